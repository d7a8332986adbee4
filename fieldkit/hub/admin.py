"""The hub's devices, for its administrator: ``fieldkit hub devices`` and ``fieldkit hub revoke``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, or_, select, update

from fieldkit.hub import db
from fieldkit.store.errors import KnownError
from fieldkit.sync.keys import fingerprint


@dataclass(frozen=True)
class HubDevice:
    device_id: str
    name: str
    role: str
    status: str
    fingerprint: str
    first_seen: str
    last_contact: str | None
    held: int  # changes from this device the hub holds with no gap below


def list_devices(engine: Engine) -> list[HubDevice]:
    with engine.connect() as conn:
        held = {o: int(c) for o, c in conn.execute(select(db.origins.c.origin, db.origins.c.contiguous))}
        rows = conn.execute(select(db.devices).order_by(db.devices.c.name)).mappings().all()
    return [
        HubDevice(
            r["device_id"],
            r["name"],
            r["role"],
            r["status"],
            fingerprint(r["sign_key"]),
            r["first_seen"],
            r["last_contact"],
            held.get(r["device_id"], 0),
        )
        for r in rows
    ]


def set_device_status(engine: Engine, text: str, status: str) -> HubDevice:
    """Revoke a device (its requests are refused from now on; what it sent stays), or trust it again.
    ``text`` is a device id, a unique prefix of one, or a device name."""
    with engine.begin() as conn:
        c = db.devices.c
        found = (
            conn.execute(select(c.device_id).where(or_(c.device_id.startswith(text), c.name == text))).scalars().all()
        )
        if len(found) != 1:
            raise KnownError(
                f"No device matches {text!r} on this hub."
                if not found
                else f"{text!r} matches several devices; give more of the device id ('fieldkit hub devices')."
            )
        conn.execute(update(db.devices).where(c.device_id == found[0]).values(status=status))
    return next(d for d in list_devices(engine) if d.device_id == found[0])
