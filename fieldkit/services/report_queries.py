"""The SQL behind the indicator reports: plain SQLite statements with named parameters.

Each builder returns a ``Query`` (the statement and its parameters). The reports service runs them on
the ``sqlite3`` connection under its read transaction, and the benchmark runs the very same statements
on a bare ``sqlite3`` connection as its floor. No Python functions are registered for them.

Query shapes (measured in ``bench/bench_reports.py``):

* Places form a tree (economic region > district > crossing, school ...). A recursive CTE lists every
  place with each of its ancestors (``up``), which gives both "within this place" filters and each
  place's economic region (``region_of``). The tree holds a few hundred rows.
* People are counted once as ``COALESCE(merged_into, id)``. The people are read with a scan of
  ``participants``; for each, ``ix_attendance_person`` (participant_id, role, deleted, event_id,
  migration 0009) lists their check-ins, tested against the list of chosen events, and the test
  stops at the first that matches; the duplicates merged into a person are found through
  ``ix_participants_merged``. Listing the attendees first (a scan of every check-in tested against
  the events, then every person tested against that list of 150,000 ids) cost three times as much.
  ``+column`` keeps SQLite from seeking each event in the index instead of testing the list.
* The stock ledger is read with a full scan (``NOT INDEXED``) and aggregated once, unless a filter
  keeps a small part of it (a place, a location type, a material, a short period): row look-ups by
  index cost more than a sequential scan once more than a few percent of the rows qualify. SQLite
  groups by sorting, so an aggregate over the whole ledger costs a sort of the rows it reads; that,
  not the scan, is where the stock reports spend their time (see ``LEDGER_INDEX``).
* Materials distributed reads ``handout_cells`` (live handouts per month × material × location type ×
  economic region, one row per cell of the report, kept by triggers: migration 0008) instead of the
  ledger whenever the filters allow it (``cells_serve``), and lets SQL label and order the rows. With
  a place filter the ledger, read through its place index, costs less than the summaries.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from fieldkit.services.report_filters import ReportFilters
from fieldkit.services.vocab import SEXES

TRAINING_KINDS = ("training", "workshop")
# PS.5.1-28: people whose agency is a front-line agency of the shipped list, or whose position names
# a front-line role (in Azerbaijani or English).
FIRST_RESPONDER_AGENCIES = (
    "agency:din",  # Ministry of Internal Affairs: the police
    "agency:din-anti-trafficking",  # its Main Department on Combating Trafficking in Human Beings
    "agency:dsx",  # State Border Service
    "agency:dmx",  # State Migration Service
    "agency:labour-social-protection",  # labour inspectors and social workers
)
FIRST_RESPONDER_WORDS = (
    "polis",  # polis, police, policeman
    "sərhəd",  # sərhədçi, sərhəd xidməti (border guard, border service)
    "border",
    "miqrasiya",
    "migration",
    "müfəttiş",  # inspector
    "inspector",
    "sosial işçi",
    "social worker",
    "gömrük",  # customs
    "customs",
    "müstəntiq",  # investigator
    "investigator",
    "konsul",  # consul, consular officer
    "həkim",  # doctor
    "doctor",
    "tibb",  # tibb bacısı (nurse), tibb işçisi (health worker)
    "nurse",
)
SHORT_PERIOD_DAYS = 62
# The ledger's material × place index. Once it also holds (deleted, occurred_at, quantity), stock on
# hand is read from the index alone, in group order, with no sort: see ``ledger_covered``.
LEDGER_INDEX = "ix_stock_material_location"
LEDGER_COVERING = frozenset({"material_id", "location_id", "deleted", "occurred_at", "quantity"})
# Live handouts by kind and period, covering the count of items handed out (migration 0006).
HANDOUTS_INDEX = "ix_stock_handouts"

PLACE_TREE = """up(loc, anc, depth) AS (
    SELECT id, id, 0 FROM locations
    UNION ALL
    SELECT up.loc, l.parent_id, up.depth + 1 FROM up JOIN locations l ON l.id = up.anc
    WHERE l.parent_id IS NOT NULL AND up.depth < 16
),
region_of(loc, region) AS (
    SELECT up.loc, MIN(up.anc) FROM up JOIN locations r ON r.id = up.anc
    WHERE r.kind = 'economic-region' GROUP BY up.loc
)"""


_PLACE = """place(id, kind, region) AS MATERIALIZED (
    SELECT l.id, l.kind, rg.region FROM locations l LEFT JOIN region_of rg ON rg.loc = l.id
)"""


@dataclass(frozen=True)
class Query:
    sql: str
    params: dict[str, Any]


def like_pattern(word: str) -> str:
    """A LIKE pattern for ``word`` in any case: SQLite's LIKE folds ASCII only, so every other letter
    (and i, whose capital may be İ) matches any one character."""
    return "%" + "".join(ch if ch.isascii() and ch != "i" else "_" for ch in word) + "%"


def day_after(day: dt.date) -> str:
    return (day + dt.timedelta(days=1)).isoformat()


def _places_needed(f: ReportFilters) -> bool:
    return bool(f.region_id or f.economic_region_id)


def event_where(f: ReportFilters, p: dict[str, Any], *, agency: bool, held: bool = True) -> str:
    """Conditions on events ``e``: live, held (unless ``held=False``), and the filters that describe
    events (the agency as organiser or partner only with ``agency``)."""
    where = ["e.deleted = 0", "e.status = 'held'"] if held else ["e.deleted = 0"]
    if f.date_from:
        where.append("e.start_date >= :date_from")
        p["date_from"] = f.date_from.isoformat()
    if f.date_to:
        where.append("e.start_date <= :date_to")
        p["date_to"] = f.date_to.isoformat()
    if f.event_kind:
        where.append("e.kind = :event_kind")
        p["event_kind"] = f.event_kind
    if f.pillar:
        where.append("e.pillar = :pillar")
        p["pillar"] = f.pillar
    where += place_where("e.location_id", f, p, kind=True)
    if agency and f.agency_id:
        where.append(
            "(e.organiser_agency_id = :agency_id"
            " OR EXISTS (SELECT 1 FROM json_each(e.partner_agency_ids) WHERE value = :agency_id))"
        )
        p["agency_id"] = f.agency_id
    return " AND ".join(where)


def place_where(column: str, f: ReportFilters, p: dict[str, Any], *, kind: bool) -> list[str]:
    """Conditions on a place column: within the region, the economic region, and (``kind``) of the type."""
    where = []
    if f.region_id:
        where.append(f"{column} IN (SELECT loc FROM up WHERE anc = :region_id)")
        p["region_id"] = f.region_id
    if f.economic_region_id:
        where.append(f"{column} IN (SELECT loc FROM up WHERE anc = :economic_region_id)")
        p["economic_region_id"] = f.economic_region_id
    if f.location_type and kind:
        where.append(f"{column} IN (SELECT id FROM locations WHERE kind = :location_type)")
        p["location_type"] = f.location_type
    return where


def with_clause(f: ReportFilters, *ctes: str, places: bool = False) -> str:
    """The WITH clause: the place tree when a filter or a breakdown needs it, then ``ctes``."""
    tree = places or _places_needed(f)
    parts = [PLACE_TREE] if tree else []
    parts += ctes
    if not parts:
        return ""
    return ("WITH RECURSIVE " if tree else "WITH ") + ",\n".join(parts) + "\n"


def events_held(f: ReportFilters) -> Query:
    """Held events by month × kind × pillar × economic region of their place."""
    p: dict[str, Any] = {}
    where = event_where(f, p, agency=True)
    sql = f"""{with_clause(f, places=True)}SELECT substr(e.start_date, 1, 7), e.kind, COALESCE(e.pillar, ''),
    rg.region, COUNT(*)
FROM events e LEFT JOIN region_of rg ON rg.loc = e.location_id
WHERE {where}
GROUP BY 1, 2, 3, 4"""
    return Query(sql, p)


FEW_EVENTS = 3  # the chosen events are at most a third of the held ones: start from their check-ins


def _chosen_events(f: ReportFilters, p: dict[str, Any], *, training: bool) -> str:
    """The chosen held events, as a CTE ``ev``."""
    where = event_where(f, p, agency=False)
    if training:
        where += " AND e.kind IN ('training', 'workshop')"
    return f"ev AS (SELECT e.id FROM events e WHERE {where})"


def chosen_events(f: ReportFilters, *, training: bool) -> Query:
    """How many held events the filters choose, and how many are held in all (``from_events``)."""
    p: dict[str, Any] = {}
    ev = _chosen_events(f, p, training=training)
    held = "SELECT COUNT(*) FROM events e WHERE e.deleted = 0 AND e.status = 'held'"
    return Query(f"{with_clause(f, ev)}SELECT (SELECT COUNT(*) FROM ev), ({held})", p)


def from_events(counts: tuple[Any, ...]) -> bool:
    """Whether the people reports should start from the chosen events' check-ins (rows of
    ``chosen_events``: few events chosen) rather than test every person."""
    chosen, held = counts
    return int(chosen) * FEW_EVENTS <= int(held)


def _people(f: ReportFilters, p: dict[str, Any], *, training: bool, by_event: bool) -> tuple[str, str]:
    """The CTEs (the chosen events ``ev``, and with ``by_event`` their check-ins ``came``) and the
    condition that person ``c`` attended one of them, as a person counted once: ``c`` is not merged
    into anyone and attended, or a duplicate merged into ``c`` attended.

    Two plans, the same count. Many events chosen (a whole year, the whole store): each person's test
    walks that person's check-ins in ``ix_attendance_person`` and stops at the first at a chosen event
    (``+event_id``: the list of events is tested, not sought one by one). Few events chosen
    (``by_event``: a region, a kind, a short period): the chosen events' check-ins are gathered once
    through ``ix_attendance_event_id``, and each person is looked up in that list, which costs far
    less than walking everyone's check-ins."""
    ev = _chosen_events(f, p, training=training)
    if by_event:
        came = (
            "came(id) AS MATERIALIZED (SELECT a.participant_id FROM attendance a WHERE a.event_id IN "
            "(SELECT id FROM ev) AND a.role = 'participant' AND a.deleted = 0)"
        )
        condition = (
            "((c.merged_into IS NULL AND c.id IN came)"
            " OR EXISTS (SELECT 1 FROM participants d WHERE d.merged_into = c.id AND d.id IN came))"
        )
        return f"{ev},\n{came}", condition
    attended = (
        "SELECT 1 FROM attendance a WHERE a.participant_id = {who}.id AND a.role = 'participant'"
        " AND a.deleted = 0 AND +a.event_id IN (SELECT id FROM ev)"
    )
    condition = (
        f"((c.merged_into IS NULL AND EXISTS ({attended.format(who='c')}))"
        " OR EXISTS (SELECT 1 FROM participants d WHERE d.merged_into = c.id"
        f" AND EXISTS ({attended.format(who='d')})))"
    )
    return ev, condition


def _person_where(f: ReportFilters, p: dict[str, Any], condition: str, rule: str = "") -> str:
    """Conditions on person ``c``: live, of the agency filter, ``rule``, then ``condition`` (attended:
    the costly test comes last, so SQLite makes it only for the people the others keep)."""
    where = ["c.deleted = 0"]
    if f.agency_id:
        where.append("c.agency_id = :agency_id")
        p["agency_id"] = f.agency_id
    if rule:
        where.append(rule)
    return " AND ".join([*where, condition])


def people_by_sex(f: ReportFilters, *, training: bool, by_event: bool = False) -> Query:
    """Distinct people (merged counted once) who attended the chosen held events: one row, a count per
    sex of ``SEXES`` in order (conditional sums: a GROUP BY would sort every person counted)."""
    p: dict[str, Any] = {}
    ev, condition = _people(f, p, training=training, by_event=by_event)
    counts = []
    for n, sex in enumerate(SEXES):
        counts.append(f"COALESCE(SUM(c.sex = :sex_{n}), 0)")
        p[f"sex_{n}"] = sex
    sql = f"""{with_clause(f, ev)}SELECT {", ".join(counts)} FROM participants c NOT INDEXED
WHERE {_person_where(f, p, condition)}"""
    return Query(sql, p)


def first_responders_by_agency_sex(f: ReportFilters, *, by_event: bool = False) -> Query:
    """Distinct first responders trained, by agency × sex."""
    p: dict[str, Any] = {}
    ev, condition = _people(f, p, training=True, by_event=by_event)
    keys = []
    for n, key in enumerate(FIRST_RESPONDER_AGENCIES):
        keys.append(f":fr_agency_{n}")
        p[f"fr_agency_{n}"] = key
    words = []
    for n, word in enumerate(FIRST_RESPONDER_WORDS):
        words.append(f"c.position LIKE :fr_word_{n}")
        p[f"fr_word_{n}"] = like_pattern(word)
    rule = f"(c.agency_id IN (SELECT id FROM agencies WHERE ref_key IN ({', '.join(keys)})) OR {' OR '.join(words)})"
    sql = f"""{with_clause(f, ev)}SELECT c.agency_id, c.sex, COUNT(*) FROM participants c NOT INDEXED
WHERE {_person_where(f, p, condition, rule)}
GROUP BY 1, 2"""
    return Query(sql, p)


def people_by_agency_age(f: ReportFilters, *, by_event: bool = False) -> Query:
    """Distinct participants of the chosen held events (any kind), by agency × age band."""
    p: dict[str, Any] = {}
    ev, condition = _people(f, p, training=False, by_event=by_event)
    sql = f"""{with_clause(f, ev)}SELECT c.agency_id, c.age_band, COUNT(*) FROM participants c NOT INDEXED
WHERE {_person_where(f, p, condition)} GROUP BY 1, 2"""
    return Query(sql, p)


def headcounts_by_sex(f: ReportFilters, *, training: bool) -> Query:
    """Headcount totals (people counted without names) at the chosen held events, by sex."""
    p: dict[str, Any] = {}
    ev = _chosen_events(f, p, training=training)
    sql = f"""{with_clause(f, ev)}SELECT h.sex, SUM(h.count) FROM headcounts h
WHERE h.deleted = 0 AND +h.event_id IN (SELECT id FROM ev) GROUP BY h.sex"""
    return Query(sql, p)


def ledger_covered(con: sqlite3.Connection) -> bool:
    """Whether the ledger's material × place index covers stock on hand (a schema this code does not
    require; it is used when present)."""
    return {row[2] for row in con.execute(f"PRAGMA index_info({LEDGER_INDEX})")} >= LEDGER_COVERING


def movement_where(f: ReportFilters, p: dict[str, Any], *, kinds: str | None, since: bool = True) -> tuple[str, str]:
    """Conditions on movements ``m`` and the table to read them from.

    A filter that keeps a small part of the ledger (a place, a location type, a material, a short
    period) lets the planner go through the matching index. Without one, the table is read
    sequentially (``NOT INDEXED``): otherwise SQLite would walk the material × place index for the
    GROUP BY and look up every row, which costs several times a scan. ``since=False`` ignores the
    start of the period (stock on hand counts everything up to its end).
    """
    where = ["m.deleted = 0", f"m.kind {kinds}"] if kinds else ["m.deleted = 0"]
    if since and f.date_from:
        where.append("m.occurred_at >= :date_from")
        p["date_from"] = f.date_from.isoformat()
    if f.date_to:
        where.append("m.occurred_at < :before")
        p["before"] = day_after(f.date_to)
    if f.material_id:
        where.append("m.material_id = :material_id")
        p["material_id"] = f.material_id
    where += place_where("m.location_id", f, p, kind=False)
    short = bool(since and f.date_from and f.date_to and (f.date_to - f.date_from).days < SHORT_PERIOD_DAYS)
    narrow = short or _places_needed(f) or bool(f.material_id) or f.location_type not in (None, "event")
    return " AND ".join(where), "stock_movements m" if narrow else "stock_movements m NOT INDEXED"


def _handout_where(f: ReportFilters, p: dict[str, Any], *, covered: bool = False) -> tuple[str, str]:
    """Live handouts in the filters. A handout counts towards an event kind or pillar only when it was
    recorded at a live event of it; its location type is ``event`` when it was recorded at an event,
    otherwise the kind of the place. Unless ``covered`` (``HANDOUTS_INDEX`` holds every column read),
    the kind is tested as ``+m.kind``: otherwise the planner would pick that index for a place or
    material filter and look up most of the handouts row by row."""
    where, table = movement_where(f, p, kinds="= 'handout'")
    if not covered:
        where = where.replace("m.kind = 'handout'", "+m.kind = 'handout'", 1)
    if f.event_kind or f.pillar:
        at = ["deleted = 0"]
        if f.event_kind:
            at.append("kind = :event_kind")
            p["event_kind"] = f.event_kind
        if f.pillar:
            at.append("pillar = :pillar")
            p["pillar"] = f.pillar
        where += f" AND m.event_id IN (SELECT id FROM events WHERE {' AND '.join(at)})"
    if f.location_type == "event":
        where += " AND m.event_id IS NOT NULL"
    elif f.location_type:
        where += " AND m.event_id IS NULL AND m.location_id IN (SELECT id FROM locations WHERE kind = :location_type)"
        p["location_type"] = f.location_type
    return where, table


def handouts(f: ReportFilters) -> Query:
    """Items handed out by month × material × location type × economic region, in one pass over the
    ledger: each movement's place is looked up in a small materialised table of places (kind and
    economic region), which costs less than summing per place first and regrouping the sums."""
    p: dict[str, Any] = {}
    where, table = _handout_where(f, p)
    sql = f"""{with_clause(f, _PLACE, places=True)}SELECT substr(m.occurred_at, 1, 7), m.material_id,
    CASE WHEN m.event_id IS NOT NULL THEN 'event' ELSE COALESCE(pl.kind, '') END, pl.region, -SUM(m.quantity)
FROM {table} LEFT JOIN place pl ON pl.id = m.location_id
WHERE {where}
GROUP BY 1, 2, 3, 4"""
    return Query(sql, p)


def handout_total(f: ReportFilters) -> Query:
    """All items handed out (people reached indirectly)."""
    p: dict[str, Any] = {}
    covered = handouts_covered(f)
    where, table = _handout_where(f, p, covered=covered)
    if covered:
        table = "stock_movements m"  # ``HANDOUTS_INDEX`` holds every column read: the planner reads it alone
    return Query(f"{with_clause(f)}SELECT COALESCE(-SUM(m.quantity), 0) FROM {table} WHERE {where}", p)


def handouts_covered(f: ReportFilters) -> bool:
    """Whether ``HANDOUTS_INDEX`` (kind, deleted, occurred_at, quantity) covers the items handed out in
    these filters: only the period applies to the ledger (no material, place or event filter)."""
    return not (f.material_id or f.location_type or f.event_kind or f.pillar or _places_needed(f))


def print_runs(f: ReportFilters) -> Query:
    """Print runs by month × material: how many runs, how many copies."""
    p: dict[str, Any] = {}
    where, table = movement_where(f, p, kinds="= 'print-run'")
    if f.location_type:
        where += " AND m.location_id IN (SELECT id FROM locations WHERE kind = :location_type)"
        p["location_type"] = f.location_type
    sql = f"""{with_clause(f)}SELECT substr(m.occurred_at, 1, 7), m.material_id, COUNT(*), SUM(m.quantity)
FROM {table} WHERE {where} GROUP BY 1, 2"""
    return Query(sql, p)
