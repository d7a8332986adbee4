"""Field clocks: which change each field of a synced row last took its value from.

A field takes an incoming value only if the incoming (HLC, origin) is greater than the field's own.
A row stores only the clocks that differ from its *base*: the clock of the change that created it,
``(created_hlc, origin)``, or zero for shipped reference data (``created_hlc == 0``), which any real
change beats. Most rows are created once and never edited, so their ``clocks`` stay NULL and cost
nothing to write.
"""

from __future__ import annotations

from collections.abc import Iterable

import orjson

Clock = tuple[int, str]
ZERO: Clock = (0, "")


def base_clock(created_hlc: int, origin: str) -> Clock:
    return ZERO if created_hlc == 0 else (created_hlc, origin)


def decode(raw: str | bytes | None) -> dict[str, Clock]:
    if not raw:
        return {}
    return {name: (int(stamp[0]), str(stamp[1])) for name, stamp in orjson.loads(raw).items()}


def encode(clocks: dict[str, Clock], base: Clock, columns: Iterable[str] | None = None) -> str | None:
    """The JSON kept in ``clocks``: every field whose clock is not ``base``. With ``columns``, a field
    missing from ``clocks`` counts as zero (a row created by a change that did not carry it)."""
    full = {name: clocks.get(name, ZERO) for name in columns} if columns is not None else clocks
    kept = {name: [stamp[0], stamp[1]] for name, stamp in sorted(full.items()) if stamp != base}
    return orjson.dumps(kept).decode("utf-8") if kept else None
