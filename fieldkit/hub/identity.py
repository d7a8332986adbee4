"""The hub's identity (``fieldkit hub init``) and its enrolment files (``fieldkit hub enroll``).

The hub is a coordinator with a device id, an Ed25519 signing key and an X25519 key that laptops
encrypt their bundles to. Several hub processes share them, so they live in the database
(``hub_identity``), not in a file beside one process: whoever can read the hub's database can read
the records anyway. Run PostgreSQL on an encrypted disk (docs/hub.md).
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, Engine, insert, inspect, select, text

from fieldkit.config import write_atomic
from fieldkit.hub import db
from fieldkit.store.errors import KnownError
from fieldkit.store.ids import uuid7
from fieldkit.sync.keys import raw_public
from fieldkit.sync.trust import ENROLMENT_DAYS, ENROLMENT_FORMAT, now_iso, signed_body

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "h0001"


@dataclass(frozen=True)
class HubIdentity:
    device_id: str
    name: str
    sign_key: str
    box_key: str
    signer: Ed25519PrivateKey
    box: X25519PrivateKey

    def sign(self, data: bytes) -> bytes:
        return self.signer.sign(data)

    def public(self) -> dict[str, str]:
        return {"device_id": self.device_id, "name": self.name, "sign_key": self.sign_key, "box_key": self.box_key}


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    ).hex()


def upgrade(engine: Engine) -> None:
    from alembic import command  # here: a hub process only loads its identity, and starts faster without
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("hub_alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM hub_alembic_version")).first()
        return str(row[0]) if row else None


def init_hub(engine: Engine, name: str = "Hub") -> tuple[HubIdentity, bool]:
    """Create the hub's tables and identity; on a hub already set up, bring its schema up to date and
    keep its identity (the keys laptops pinned). Returns (identity, created)."""
    upgrade(engine)
    with engine.begin() as conn:
        if conn.execute(select(db.identity.c.id)).first() is not None:
            created = False
        else:
            _create_identity(conn, name)
            created = True
    # after the transaction: on SQLite every transaction takes the write lock, and loading the identity
    # inside it (on another connection) waited for itself until 'database is locked'
    return load_identity(engine), created


def _create_identity(conn: Connection, name: str) -> None:
    signer, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    conn.execute(
        insert(db.identity).values(
            id=1,
            device_id=uuid7(),
            name=name.strip() or "Hub",
            sign_private=_raw_private(signer),
            sign_key=raw_public(signer.public_key()),
            box_private=_raw_private(box),
            box_key=raw_public(box.public_key()),
            created_at=now_iso(),
        )
    )
    conn.execute(insert(db.state).values(id=1, last_position=0))


def load_identity(engine: Engine) -> HubIdentity:
    current = revision(engine)
    if current is None:
        raise KnownError("This database holds no Field Kit hub. Set it up first: 'fieldkit hub init --db URL'.")
    if current != HEAD:
        raise KnownError(
            f"The hub's database is at schema {current}, and this Field Kit expects {HEAD}. "
            "Run 'fieldkit hub init --db URL' with the newer Field Kit to bring it up to date."
        )
    with engine.connect() as conn:
        row = conn.execute(select(db.identity)).mappings().first()
    if row is None:
        raise KnownError("The hub's database has no identity. Run 'fieldkit hub init --db URL'.")
    return HubIdentity(
        row["device_id"],
        row["name"],
        row["sign_key"],
        row["box_key"],
        Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row["sign_private"])),
        X25519PrivateKey.from_private_bytes(bytes.fromhex(row["box_private"])),
    )


def write_hub_enrolment(engine: Engine, hub_url: str, out: Path, role: str = "officer") -> Path:
    """An enrolment file for a laptop (or a coordinator's desktop, ``role='coordinator'``): the hub's
    keys and URL, and a secret that lets the device register with the hub until it expires."""
    if role not in ("officer", "coordinator"):
        raise KnownError("--role must be 'officer' or 'coordinator'.")
    if not hub_url.startswith(("https://", "http://")):
        raise KnownError(f"{hub_url!r} is not a hub URL; give one like https://hub.example.az")
    hub = load_identity(engine)
    enrolment_id, secret = uuid7(), secrets.token_hex(32)
    expires = (dt.datetime.now().astimezone() + dt.timedelta(days=ENROLMENT_DAYS)).isoformat(timespec="seconds")
    document: dict[str, Any] = {
        "format": ENROLMENT_FORMAT,
        "coordinator": hub.public(),
        "hub_url": hub_url.rstrip("/"),
        "role": role,
        "enrolment": {"id": enrolment_id, "secret": secret, "expires_at": expires},
        "issued_at": now_iso(),
    }
    document["signature"] = hub.sign(signed_body(document)).hex()
    with engine.begin() as conn:
        conn.execute(
            insert(db.enrolments).values(
                enrolment_id=enrolment_id,
                secret=secret,
                role=role,
                issued_at=document["issued_at"],
                expires_at=expires,
                revoked=0,
            )
        )
    if out.is_dir():
        out = out / f"fieldkit-enrolment-hub-{role}-{enrolment_id[:8]}.json"
    try:
        write_atomic(out, json.dumps(document, ensure_ascii=False, indent=2).encode(), mode=0o600)
    except OSError as exc:
        raise KnownError(f"Could not write {out}: {exc.strerror or exc}. Nothing was written.") from exc
    return out
