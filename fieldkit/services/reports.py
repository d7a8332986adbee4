"""Indicator reports for donors and the ministry (see ../shared/DOMAIN.md, "What donors count").

Each indicator is one function returning an ``Indicator`` (``report_tables``); ``build_report`` runs
them all. The SQL is in ``report_queries``, the stock-based indicators in ``report_stock``, the
filters and labels in ``report_filters``.

Definitions
-----------
* **Events held**: live events with status *held* whose start date falls in the period.
* **A person** is counted once, as ``COALESCE(merged_into, id)``: a duplicate merged into another
  person counts as that person, with that person's sex, age band and agency. Only live people count.
* **Attended**: a live attendance row with the role *participant* (facilitators, speakers and
  organisers deliver an event; they are not trained or reached by it) at a held event in the filters.
* **People trained (PS.5.3-15)**: distinct people who attended a held *training* or *workshop*, plus
  the headcounts (people counted without names) recorded at those events. Headcounts cannot be
  de-duplicated, so someone counted by headcount at two trainings counts twice; they are shown on
  their own row.
* **First responders trained (PS.5.1-28)**: the trained named people whose agency is a front-line
  agency of the shipped list (police: the Ministry of Internal Affairs and its Main Department on
  Combating Trafficking; the State Border Service; the State Migration Service; the Ministry of
  Labour and Social Protection: labour inspectors, social workers) or whose position names a
  front-line role (police, border, migration, inspector, social worker, customs, investigator,
  consul, doctor, nurse; Azerbaijani or English; ``report_queries.FIRST_RESPONDER_WORDS``).
  Headcounts carry no agency or position, so they are not included.
* **Participants by agency and age band**: distinct people who attended any held event.
* **Reached directly**: distinct people who attended, plus headcount totals, at held events.
  **Reached indirectly**: items handed out (live handout movements; a voided one is a tombstone).
* Region filters mean the place of the event (people, events) or of the movement (materials). The
  agency filter means the person's agency (people; headcounts are then left out), or the organiser or
  a partner (events). Filters an indicator cannot use are listed in its notes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from fieldkit.services import report_queries as q
from fieldkit.services import report_summaries as sq
from fieldkit.services.report_filters import (
    KIND_LABELS,
    LOCATION_TYPES,
    NO_FILTERS,
    PILLAR_LABELS,
    SEX_LABELS,
    TYPE_LABELS,
    Names,
    ReportFilters,
    describe_filters,
    label_order,
    months,
    not_applied,
    rank,
    resolve_filters,
)
from fieldkit.services.report_tables import COLUMNS, ROWS, TOTAL, Indicator, Table, Value, grid, grid_rows
from fieldkit.services.vocab import AGE_BANDS, EVENT_KINDS, MINOR_AGE_BANDS, PILLARS, SEXES
from fieldkit.store.engine import Store, raw_connection

__all__ = [  # the filters live in report_filters; callers may take them from here
    "LOCATION_TYPES",
    "NO_FILTERS",
    "TYPE_LABELS",
    "Names",
    "Report",
    "ReportFilters",
    "build_report",
    "describe_filters",
    "resolve_filters",
]


@dataclass(frozen=True)
class Report:
    generated_at: str  # local time with offset
    device: str
    filters: ReportFilters
    filter_lines: tuple[tuple[str, str], ...]
    suppression: bool
    indicators: tuple[Indicator, ...]


def rows_of(session: Session, query: q.Query) -> list[tuple[Any, ...]]:
    return raw_connection(session).execute(query.sql, query.params).fetchall()


def one_way(key: str, title: str, heading: str, totals: dict[str, int], order: list[str], count: str) -> Table:
    """A one-column breakdown with a total row (no suppression: events and items, not people)."""
    rows: list[tuple[Value, ...]] = [(label, totals.get(label, 0)) for label in order]
    rows.append((TOTAL, sum(totals.values())))
    return Table(key, title, (heading, count), 1, tuple(rows), chart=ROWS)


def events_held(store: Store, filters: ReportFilters = NO_FILTERS, *, lang: str = "en") -> Indicator:
    """Events held, by kind, pillar, economic region and month."""
    with store.read() as session:
        rows = rows_of(session, q.events_held(filters))
        names = Names(session, lang, need=("places",), place_ids={row[3] for row in rows if row[3]})
    by: dict[str, dict[str, int]] = {k: defaultdict(int) for k in ("kind", "pillar", "region", "month")}
    by_kind, by_pillar, by_region, by_month = by["kind"], by["pillar"], by["region"], by["month"]
    region_label = {r: names.place(r) for r in {row[3] for row in rows}}
    regions = rank(region_label.values())
    keyed = []
    for month, kind, pillar, region, n in rows:  # a row per event or so: kept to plain look-ups
        k, p, r = KIND_LABELS.get(kind, kind), PILLAR_LABELS.get(pillar, pillar), region_label[region]
        by_kind[k] += n
        by_pillar[p] += n
        by_region[r] += n
        by_month[month] += n
        keyed.append((month, k, p, regions[r], r, n))
    keyed.sort()  # plain tuples sort without a key function: regions in Azerbaijani order by rank
    detail = tuple((m, k, p, r, n) for m, k, p, _, r, n in keyed)
    total = sum(r[-1] for r in rows)
    pillars = [PILLAR_LABELS[p] for p in PILLARS] + ([PILLAR_LABELS[""]] if PILLAR_LABELS[""] in by["pillar"] else [])
    tables = (
        one_way("by_kind", "By kind", "Kind", by["kind"], [KIND_LABELS[k] for k in EVENT_KINDS], "Events"),
        one_way("by_pillar", "By pillar (4P)", "Pillar", by["pillar"], pillars, "Events"),
        one_way("by_region", "By economic region", "Economic region", by["region"], list(regions), "Events"),
        one_way("by_month", "By month", "Month", by["month"], months(filters, by["month"]), "Events"),
        Table(
            "detail",
            "By month, kind, pillar and economic region",
            ("Month", "Kind", "Pillar", "Economic region", "Events"),
            4,
            detail,
            detail=True,
        ),
    )
    return Indicator(
        "events_held",
        "Events held",
        None,
        "Live events with status 'held' whose start date falls in the period; the region is the economic "
        "region of the event's place. The agency filter matches the organiser or a partner.",
        (("Events held", total),),
        tables,
        not_applied(filters, "material_id"),
    )


def _few_events(session: Session, filters: ReportFilters, *, training: bool) -> bool:
    """Whether the filters choose few enough held events for the people statements to start from their
    check-ins (``report_queries.from_events``)."""
    return q.from_events(rows_of(session, q.chosen_events(filters, training=training))[0])


def by_sex(rows: Iterable[tuple[str, int]]) -> list[int]:
    counts = dict(rows)
    return [int(counts.get(sex, 0)) for sex in SEXES]


def _named_and_headcounts(
    store: Store, filters: ReportFilters, *, training: bool, suppress: bool
) -> tuple[Table, Value, tuple[str, ...]]:
    """The sex breakdown of named people (counted once) and headcounts, suppressed as one grid."""
    with store.read() as session:
        by_event = _few_events(session, filters, training=training)
        named = [int(n) for n in rows_of(session, q.people_by_sex(filters, training=training, by_event=by_event))[0]]
        counted = (
            None if filters.agency_id else by_sex(rows_of(session, q.headcounts_by_sex(filters, training=training)))
        )
    labels = ["Named participants (each counted once)"]
    counts = [named]
    notes: tuple[str, ...] = ()
    if counted is None:
        notes = ("Headcounts carry no agency, so they are left out under an agency filter.",)
    else:
        labels.append("Headcounts (no names; cannot be de-duplicated)")
        counts.append(counted)
    result = grid(counts, suppress=suppress)
    columns = ("Counted as", *(SEX_LABELS[s] for s in SEXES), TOTAL)
    table = Table("by_sex", "By sex", columns, 1, grid_rows(labels, result), chart=COLUMNS)
    return table, result.grand_total, notes


def people_trained(
    store: Store, filters: ReportFilters = NO_FILTERS, *, suppress: bool = True, lang: str = "en"
) -> Indicator:
    """PS.5.3-15: people trained in the prevention of human trafficking, by sex."""
    table, total, notes = _named_and_headcounts(store, filters, training=True, suppress=suppress)
    if filters.event_kind and filters.event_kind not in q.TRAINING_KINDS:
        notes += (f"The event kind filter ({filters.event_kind}) is not a training or workshop, so no one is counted.",)
    return Indicator(
        "people_trained",
        "People trained in the prevention of human trafficking",
        "PS.5.3-15",
        "Distinct people (a merged duplicate counts once) who attended a held training or workshop as a "
        "participant, plus the people counted by headcount at those events.",
        (("People trained", total),),
        (table,),
        notes + not_applied(filters, "material_id"),
        suppress,
    )


def first_responders_trained(
    store: Store, filters: ReportFilters = NO_FILTERS, *, suppress: bool = True, lang: str = "en"
) -> Indicator:
    """PS.5.1-28: first responders trained on victim identification, by agency and sex."""
    with store.read() as session:
        names = Names(session, lang, need=("agencies",))
        rows = rows_of(
            session, q.first_responders_by_agency_sex(filters, by_event=_few_events(session, filters, training=True))
        )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for agency_id, sex, n in rows:
        counts[names.agency(agency_id)][sex] += n
    agencies = label_order(counts)
    result = grid([[counts[a][s] for s in SEXES] for a in agencies] or [[0] * len(SEXES)], suppress=suppress)
    table = Table(
        "by_agency_sex",
        "By agency and sex",
        ("Agency", *(SEX_LABELS[s] for s in SEXES), TOTAL),
        1,
        grid_rows(agencies or ["(none)"], result),
        chart=(*ROWS, *COLUMNS),
    )
    return Indicator(
        "first_responders_trained",
        "First responders trained on victim identification",
        "PS.5.1-28",
        "Trained people (as for PS.5.3-15, named participants only) whose agency is a front-line agency "
        "(police: Ministry of Internal Affairs and its anti-trafficking department; State Border Service; "
        "State Migration Service; Ministry of Labour and Social Protection) or whose position names a "
        "front-line role (police, border, migration, inspector, social worker, customs, investigator, consul, "
        "doctor, nurse).",
        (("First responders trained", result.grand_total),),
        (table,),
        not_applied(filters, "material_id"),
        suppress,
    )


def participants_by_agency(
    store: Store, filters: ReportFilters = NO_FILTERS, *, suppress: bool = True, lang: str = "en"
) -> Indicator:
    """Participants of held events by agency and age band."""
    with store.read() as session:
        names = Names(session, lang, need=("agencies",))
        by_event = _few_events(session, filters, training=False)
        rows = rows_of(session, q.people_by_agency_age(filters, by_event=by_event))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for agency_id, band, n in rows:
        counts[names.agency(agency_id)][band] += n
    present = {band for per in counts.values() for band in per}
    bands = [b for b in AGE_BANDS if b not in MINOR_AGE_BANDS or b in present]
    agencies = label_order(counts)
    result = grid([[counts[a][b] for b in bands] for a in agencies] or [[0] * len(bands)], suppress=suppress)
    table = Table(
        "by_agency_age",
        "By agency and age band",
        ("Agency", *bands, TOTAL),
        1,
        grid_rows(agencies or ["(none)"], result),
        chart=(*ROWS, *COLUMNS),
    )
    return Indicator(
        "participants_by_agency",
        "Participants by agency and age band",
        None,
        "Distinct people (a merged duplicate counts once) who attended any held event as a participant, by "
        "their agency and age band. Named people only: headcounts have no agency.",
        (("Participants", result.grand_total),),
        (table,),
        not_applied(filters, "material_id"),
        suppress,
    )


def reach(
    store: Store,
    filters: ReportFilters = NO_FILTERS,
    *,
    suppress: bool = True,
    lang: str = "en",
    ledger: bool = False,
) -> Indicator:
    """People reached directly (attendance and headcounts) and indirectly (materials handed out: from
    ``handout_cells`` when the filters allow, unless ``ledger``; tests compare the two)."""
    from fieldkit.services import report_stock  # it builds on this module

    table, direct, notes = _named_and_headcounts(store, filters, training=False, suppress=suppress)
    cells = not ledger and report_stock.cells_ready(store, filters)
    with store.read() as session:
        fresh = cells and not rows_of(session, sq.CELLS_STALE)[0][0]
        items = int(rows_of(session, sq.cell_total(filters) if fresh else q.handout_total(filters))[0][0])
    summary = Table(
        "direct_indirect",
        "Direct and indirect reach",
        ("Reach", "Count"),
        1,
        (("Directly: people at held events", direct), ("Indirectly: materials handed out (items)", items)),
    )
    return Indicator(
        "reach",
        "People reached directly and indirectly",
        None,
        "Directly: distinct people who attended held events as participants, plus headcounts at those events. "
        "Indirectly: items of material handed out (live handout movements; voided ones do not count). The "
        "material filter applies to the handouts only; the agency filter to the people only.",
        (("Reached directly (people)", direct), ("Reached indirectly (items handed out)", items)),
        (summary, table),
        notes,
        suppress,
    )


def awareness_scores(store: Store, filters: ReportFilters = NO_FILTERS, *, lang: str = "en") -> Indicator:
    """Pre/post awareness test scores: not recorded yet (the store has no field for them)."""
    table = Table(
        "by_event_sex", "Scores by event and sex", ("Event", "Sex", "Pre-test % aware", "Post-test % aware"), 2, ()
    )
    return Indicator(
        "awareness_scores",
        "Pre/post awareness scores",
        None,
        "Optional pre/post awareness test scores per event (% aware of at least N risks), by sex.",
        (),
        (table,),
        ("Not recorded yet: Field Kit has no place to record test scores, so there is nothing to report.",),
    )


def build_report(
    store: Store, filters: ReportFilters = NO_FILTERS, *, suppress: bool = True, lang: str = "en"
) -> Report:
    """Every indicator, with the filters described for the header of an export."""
    from fieldkit.services import report_stock

    indicators = (
        events_held(store, filters, lang=lang),
        people_trained(store, filters, suppress=suppress, lang=lang),
        first_responders_trained(store, filters, suppress=suppress, lang=lang),
        participants_by_agency(store, filters, suppress=suppress, lang=lang),
        reach(store, filters, suppress=suppress, lang=lang),
        report_stock.materials_distributed(store, filters, lang=lang),
        report_stock.stock_on_hand(store, filters, lang=lang),
        report_stock.print_runs(store, filters, lang=lang),
        awareness_scores(store, filters, lang=lang),
    )
    return report_header(store, filters, suppress=suppress, lang=lang, indicators=indicators)


def report_header(
    store: Store,
    filters: ReportFilters = NO_FILTERS,
    *,
    suppress: bool = True,
    lang: str = "en",
    indicators: tuple[Indicator, ...] = (),
) -> Report:
    """A report's date, device and filters in words, around ``indicators`` (none for a raw export)."""
    device = store.device.name if store.device else ""
    generated = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return Report(generated, device, filters, describe_filters(store, filters, lang), suppress, indicators)
