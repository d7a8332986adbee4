"""The version vector: per origin device, the highest sequence number held with no gap below it, the
highest seen, and the ranges missing in between ("laptop Qazax-2: changes 101–199 missing")."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class OriginState:
    origin: str
    name: str | None
    contiguous: int
    max_seen: int
    gaps: tuple[tuple[int, int], ...]

    def describe_gaps(self) -> list[str]:
        who = self.name or self.origin[:8]
        return [f"{who}: change {a} missing" if a == b else f"{who}: changes {a}–{b} missing" for a, b in self.gaps]


def advance(con: sqlite3.Connection, origins: Iterable[str], names: dict[str, str] | None = None) -> None:
    """Recompute the vector entries of these origins from the change log (inside the transaction)."""
    for origin in origins:
        row = con.execute("SELECT contiguous FROM sync_origins WHERE origin = ?", (origin,)).fetchone()
        contiguous = int(row[0]) if row else 0
        while True:
            seqs = [
                s
                for (s,) in con.execute(
                    "SELECT seq FROM change_log WHERE origin = ? AND seq > ? ORDER BY seq LIMIT 10000",
                    (origin, contiguous),
                )
            ]
            step = 0
            for s in seqs:
                if s != contiguous + 1:
                    break
                contiguous = s
                step += 1
            if step < 10000 or not seqs:
                break
        max_seen = con.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE origin = ?", (origin,)).fetchone()[0]
        name = (names or {}).get(origin)
        con.execute(
            "INSERT INTO sync_origins (origin, contiguous, max_seen, name) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(origin) DO UPDATE SET contiguous = excluded.contiguous, max_seen = excluded.max_seen, "
            "name = COALESCE(excluded.name, sync_origins.name)",
            (origin, contiguous, max_seen, name),
        )


def gaps(con: sqlite3.Connection, origin: str, contiguous: int, max_seen: int) -> tuple[tuple[int, int], ...]:
    if max_seen <= contiguous:
        return ()
    found: list[tuple[int, int]] = []
    expected = contiguous + 1
    for (seq,) in con.execute(
        "SELECT seq FROM change_log WHERE origin = ? AND seq > ? ORDER BY seq", (origin, contiguous)
    ):
        if seq > expected:
            found.append((expected, seq - 1))
        expected = seq + 1
    return tuple(found)


def read_vector(con: sqlite3.Connection) -> dict[str, int]:
    return {o: int(c) for o, c in con.execute("SELECT origin, contiguous FROM sync_origins")}


def origin_states(con: sqlite3.Connection) -> list[OriginState]:
    out = []
    for origin, name, contiguous, max_seen in con.execute(
        "SELECT origin, name, contiguous, max_seen FROM sync_origins ORDER BY name, origin"
    ):
        out.append(OriginState(origin, name, contiguous, max_seen, gaps(con, origin, contiguous, max_seen)))
    return out
