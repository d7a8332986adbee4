"""Hybrid logical clock: 64-bit timestamps that order events across devices.

The upper 48 bits hold wall-clock milliseconds and the lower 16 bits a counter. A timestamp never goes
backwards on one device, even when the laptop's clock is set back, because ``tick`` takes the larger of
the wall clock and the last timestamp issued. ``observe`` folds in a timestamp from another device so
that later local writes order after what was received.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
MAX_MILLIS = (1 << 47) - 1  # keeps the packed value positive in SQLite's signed 64-bit integer


def pack(millis: int, counter: int) -> int:
    if not 0 <= millis <= MAX_MILLIS:
        raise ValueError(f"HLC milliseconds out of range: {millis}")
    if not 0 <= counter <= COUNTER_MASK:
        raise ValueError(f"HLC counter out of range: {counter}")
    return (millis << COUNTER_BITS) | counter


def unpack(value: int) -> tuple[int, int]:
    return value >> COUNTER_BITS, value & COUNTER_MASK


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


def tick(last: int, now_millis: int) -> int:
    """The next local timestamp after ``last``, given the wall clock."""
    last_millis, last_counter = unpack(last)
    if now_millis > last_millis:
        return pack(now_millis, 0)
    if last_counter < COUNTER_MASK:
        return pack(last_millis, last_counter + 1)
    # 65,536 events within one millisecond: borrow the next millisecond rather than wrap.
    return pack(last_millis + 1, 0)


def observe(last: int, remote: int, now_millis: int) -> int:
    """The local timestamp after receiving ``remote``: greater than both it and ``last``."""
    return tick(max(last, remote), now_millis)


class Clock:
    """A clock bound to a wall-time source, so tests can set the wall clock back."""

    def __init__(self, wall: Callable[[], int] = wall_millis) -> None:
        self.wall = wall

    def tick(self, last: int) -> int:
        return tick(last, self.wall())

    def observe(self, last: int, remote: int) -> int:
        return observe(last, remote, self.wall())


def to_iso(value: int) -> str:
    """A readable form for logs and status: UTC time plus the counter."""
    from datetime import UTC, datetime

    millis, counter = unpack(value)
    stamp = datetime.fromtimestamp(millis / 1000, tz=UTC).isoformat(timespec="milliseconds")
    return f"{stamp}+{counter}"
