"""Change capture: every write to a synced row appends to the change log in the same transaction.

It hooks the ORM flush, so it sees writes from the CLI, the GUI and the services alike. Each change
gets the next sequence number of this device and a fresh HLC timestamp; both counters live in the
``local_device`` row, read and written inside the same ``BEGIN IMMEDIATE`` transaction, so two
processes can never hand out the same number. Sync applies remote changes with
``session.info["sync_apply"] = True``; those are logged by sync under their own origin and sequence,
never again as local changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, class_mapper, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from fieldkit.store import clocks
from fieldkit.store.ids import uuid7
from fieldkit.store.models import BOOKKEEPING, ChangeLog, LocalDevice, Synced

LAST_SEQ_KEY = "fieldkit_last_seq"
SYNC_APPLY_KEY = "sync_apply"


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)


def encode_value(value: Any) -> Any:
    """A JSON-ready form of a column value; dates become ISO strings."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def _column_keys(obj: Synced) -> list[str]:
    return [attr.key for attr in class_mapper(type(obj)).column_attrs]


def _fill_defaults(obj: Synced) -> None:
    """Apply scalar column defaults now, so the logged insert carries every field's real value."""
    mapper = class_mapper(type(obj))
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is not None or column.default is None:
            continue
        default = column.default
        if getattr(default, "is_scalar", False):
            setattr(obj, attr.key, default.arg)
        elif getattr(default, "is_callable", False):
            setattr(obj, attr.key, default.arg(None))


def _changed_fields(obj: Synced) -> dict[str, Any]:
    state = instance_state(obj)
    changed: dict[str, Any] = {}
    for key in _column_keys(obj):
        if key in BOOKKEEPING or key == "id":
            continue
        history = state.attrs[key].history
        if history.added:
            changed[key] = encode_value(history.added[0])
        elif history.deleted and not history.unchanged:
            changed[key] = None
    return changed


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(SYNC_APPLY_KEY):
        return
    pending: list[tuple[str, Synced, dict[str, Any]]] = []
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError(f"{type(obj).__name__} rows are never hard-deleted; set deleted=True (a tombstone).")
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if not obj.id:
                obj.id = uuid7()
            _fill_defaults(obj)
            fields = {k: encode_value(getattr(obj, k)) for k in _column_keys(obj) if k not in BOOKKEEPING and k != "id"}
            pending.append(("insert", obj, fields))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            fields = _changed_fields(obj)
            if fields:
                op = "update"
                if "deleted" in fields:
                    op = "delete" if fields["deleted"] else "restore"
                pending.append((op, obj, fields))
    if not pending:
        return
    store = session.info.get("store")
    if store is None:
        raise RuntimeError("session is not bound to a Store")
    store.require_writable()
    device = session.get(LocalDevice, 1)
    if device is None:
        raise RuntimeError("store has no local_device row")
    last_hlc, last_seq = device.last_hlc, device.last_seq
    for op, obj, fields in pending:
        last_hlc = store.clock.tick(last_hlc)
        last_seq += 1
        if op == "insert":
            obj.created_hlc = last_hlc
            obj.origin = device.device_id
            obj.clocks = None  # every field holds the creator's value
        else:
            stamp = (last_hlc, device.device_id)
            held = clocks.decode(obj.clocks)
            held.update((name, stamp) for name in fields)
            obj.clocks = clocks.encode(held, clocks.base_clock(obj.created_hlc, obj.origin))
        obj.updated_hlc = last_hlc
        session.add(
            ChangeLog(
                origin=device.device_id,
                seq=last_seq,
                hlc=last_hlc,
                table_name=type(obj).__tablename__,  # type: ignore[attr-defined]
                row_id=obj.id,
                op=op,
                fields=fields,
            )
        )
    device.last_hlc = last_hlc
    device.last_seq = last_seq
    session.info[LAST_SEQ_KEY] = last_seq
