"""Participants' personal fields, and removing them from the change log as well as from the row.

When a person withdraws consent, or their data reaches the end of the retention period, their
personal fields are cleared as an ordinary synced edit (``fieldkit.services.privacy``). The earlier
change-log entries of that row still hold the old values: the insert carries the name, an edit the
new phone. Those entries are relayed to other coordinators, and each store keeps them, so clearing
the row alone would leave the name in every store that ever saw it.

``scrub_log`` rewrites the personal fields in a cleared person's entries to the values the row now
holds. Convergence is kept: the entry that set the current value (the clearing edit, or a later one)
is unchanged, and every entry rewritten is one that value already wins over, in any store. A store
that receives a rewritten entry before the clearing edit holds the cleared value a little early. It
ends where every other store ends. The store that clears scrubs its own log. The importer scrubs
after each bundle that touches a cleared person, which covers an old entry arriving late too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection

import orjson

PERSONAL_FIELDS = ("name", "phone", "email", "position", "consent_date", "consent_text_version")
# What a cleared person's name becomes, by why it was cleared. Names, never shown as a person's name.
WITHDRAWN_NAME = "(consent withdrawn)"
EXPIRED_NAME = "(retention period over)"
HANDED_OVER_NAME = "(kept by the coordinator)"  # a laptop's copy, once the coordinator holds the person
ANONYMISED_NAMES = (WITHDRAWN_NAME, EXPIRED_NAME, HANDED_OVER_NAME)


def _marks(count: int) -> str:
    return ",".join("?" * count)


def anonymised_among(con: sqlite3.Connection, ids: Collection[str]) -> set[str]:
    """Which of these participants have had their personal fields cleared (looked up by id)."""
    if not ids:
        return set()
    rows = con.execute(
        f"SELECT id FROM participants WHERE id IN (SELECT value FROM json_each(?)) "
        f"AND name IN ({_marks(len(ANONYMISED_NAMES))})",
        (json.dumps(sorted(ids)), *ANONYMISED_NAMES),
    )
    return {r[0] for r in rows}


def scrub_log(con: sqlite3.Connection, ids: Collection[str]) -> int:
    """Rewrite the personal fields of these participants' change-log entries to the row's current
    values; the number of entries rewritten. Reads the whole change log once (it has no index on the
    participants' rows), so call it only for people who were just cleared."""
    if not ids:
        return 0
    columns = ", ".join(PERSONAL_FIELDS)
    current = {
        row[0]: dict(zip(PERSONAL_FIELDS, row[1:], strict=True))
        for row in con.execute(
            f"SELECT id, {columns} FROM participants WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        )
    }
    if not current:
        return 0
    rewritten: list[tuple[str, str, int]] = []
    entries = con.execute(
        "SELECT origin, seq, row_id, fields FROM change_log WHERE table_name = 'participants' "
        "AND row_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(current)),),
    )
    for origin, seq, row_id, raw in entries:
        fields = orjson.loads(raw)
        now = current[row_id]
        changed = {k: now[k] for k in PERSONAL_FIELDS if k in fields and fields[k] != now[k]}
        if changed:
            fields.update(changed)
            rewritten.append((orjson.dumps(fields).decode("utf-8"), origin, seq))
    con.executemany("UPDATE change_log SET fields = ? WHERE origin = ? AND seq = ?", rewritten)
    return len(rewritten)


def drop_log(con: sqlite3.Connection, ids: Collection[str], acknowledged: dict[str, int]) -> int:
    """Remove these participants' change-log entries that ``acknowledged`` (origin → highest sequence
    number a coordinator holds) covers; the number removed. For a laptop that clears its own copy of
    people its coordinator already holds. Those changes are never sent again, and if they ever were,
    they would be missing, not rewritten, so no coordinator could take a blank for the real value."""
    removed = 0
    for origin, seq in acknowledged.items():
        cursor = con.execute(
            "DELETE FROM change_log WHERE origin = ? AND seq <= ? AND table_name = 'participants' "
            "AND row_id IN (SELECT value FROM json_each(?))",
            (origin, seq, json.dumps(sorted(ids))),
        )
        removed += cursor.rowcount
    return removed
