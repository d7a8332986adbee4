"""Identifiers for synced rows.

Rows a person creates get a UUIDv7, which sorts by creation time and never collides across laptops.
Rows that have a natural key get a UUIDv5 of that key instead, so that two laptops recording the same
fact (the same person checked in to the same event, the same shipped reference location) produce the
same id and merge rather than duplicate.
"""

from __future__ import annotations

import os
import time
import uuid

FIELDKIT_NAMESPACE = uuid.UUID("6f1c2d8e-5b7a-4c39-9e0d-2a4b8c6d1e3f")
REFERENCE_ORIGIN = "00000000-0000-0000-0000-000000000000"


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562, version 7)."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def natural_id(kind: str, *parts: str) -> str:
    """A UUIDv5 from a natural key, identical on every device."""
    return str(uuid.uuid5(FIELDKIT_NAMESPACE, "\x1f".join((kind, *parts))))


def attendance_id(event_id: str, participant_id: str) -> str:
    return natural_id("attendance", event_id, participant_id)


def headcount_id(event_id: str, group: str, sex: str, age_band: str) -> str:
    return natural_id("headcount", event_id, group, sex, age_band)


def reference_id(table: str, key: str) -> str:
    return natural_id("reference", table, key)


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
