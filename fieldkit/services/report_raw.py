"""The raw data export for analysts: the records behind the indicators, not aggregates.

Four tables (events, attendance with the person's details, headcounts, stock movements), restricted by
the same filters as the report, written as an XLSX workbook (one sheet each, after an "About" sheet) or
a folder of CSV files. Columns holding personal data are marked in their heading, e.g.
``name [personal]``: the name, position, phone, e-mail and consent date. A phone or e-mail is written
only for a person whose consent is recorded, as the People screen shows them. Every raw export is
audited (``report_export.append_audit``), with its row counts.

Only a coordinator's store makes it. Personal data leaves Field Kit from the national office, which
holds everyone's records and answers for them; a laptop exports reports, which hold aggregates only.

The attendance table gives both the person as recorded (``participant_id``) and the person counted
(``person_id``: ``COALESCE(merged_into, id)``), so an analyst can count people as the reports do.
Stock movements include voided ones, flagged, with no filter on their kind.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from fieldkit.services import report_queries as q
from fieldkit.services.report_export import append_audit, header_lines, save_atomic
from fieldkit.services.reports import Names, Report, ReportFilters
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import ValidationError, said

PERSONAL = " [personal]"
COLUMNS = {
    "events": (
        "event_id", "kind", "pillar", "title", "start_date", "end_date", "status", "place", "location_type",
        "economic_region", "organiser", "partners",
    ),
    "attendance": (
        "event_id", "event_date", "participant_id", "person_id", "role", "name" + PERSONAL, "sex", "age_band",
        "agency", "position" + PERSONAL, "phone" + PERSONAL, "email" + PERSONAL, "consent_date" + PERSONAL,
    ),
    "headcounts": ("event_id", "event_date", "group", "sex", "age_band", "count"),
    "stock_movements": (
        "movement_id", "occurred_at", "kind", "material", "place", "location_type", "economic_region", "event_id",
        "quantity", "voided", "forced_reason",
    ),
}  # fmt: skip
PERSONAL_COLUMNS = frozenset(c for cols in COLUMNS.values() for c in cols if c.endswith(PERSONAL))


def _queries(f: ReportFilters) -> dict[str, q.Query]:
    p: dict[str, Any] = {}
    where = q.event_where(f, p, agency=False, held=False)
    ev = f"ev AS MATERIALIZED (SELECT e.id, e.start_date FROM events e WHERE {where})"
    ev_agency = dict(p)
    events_where = q.event_where(f, ev_agency, agency=True, held=False)
    person = ""
    if f.agency_id:
        person = " AND p.agency_id = :agency_id"
        p["agency_id"] = f.agency_id
    m: dict[str, Any] = {}
    moves = ["1 = 1"]
    if f.date_from:
        moves.append("m.occurred_at >= :date_from")
        m["date_from"] = f.date_from.isoformat()
    if f.date_to:
        moves.append("m.occurred_at < :before")
        m["before"] = q.day_after(f.date_to)
    if f.material_id:
        moves.append("m.material_id = :material_id")
        m["material_id"] = f.material_id
    moves += q.place_where("m.location_id", f, m, kind=f.location_type != "event")
    if f.location_type == "event":
        moves.append("m.event_id IS NOT NULL")
    return {
        "events": q.Query(
            f"""{q.with_clause(f, places=True)}SELECT e.id, e.kind, COALESCE(e.pillar, ''), e.title, e.start_date,
    e.end_date, e.status, e.location_id, l.kind, rg.region, e.organiser_agency_id, e.partner_agency_ids
FROM events e LEFT JOIN locations l ON l.id = e.location_id LEFT JOIN region_of rg ON rg.loc = e.location_id
WHERE {events_where} ORDER BY e.start_date, e.id""",
            ev_agency,
        ),
        "attendance": q.Query(
            f"""{q.with_clause(f, ev)}SELECT a.event_id, ev.start_date, a.participant_id,
    COALESCE(p.merged_into, p.id), a.role, p.name, p.sex, p.age_band, p.agency_id, p.position,
    CASE WHEN p.consent_date IS NOT NULL THEN p.phone END, CASE WHEN p.consent_date IS NOT NULL THEN p.email END,
    p.consent_date
FROM attendance a JOIN ev ON ev.id = a.event_id JOIN participants p ON p.id = a.participant_id
WHERE a.deleted = 0 AND p.deleted = 0{person} ORDER BY ev.start_date, a.event_id, a.participant_id""",
            p,
        ),
        "headcounts": q.Query(
            f"""{q.with_clause(f, ev)}SELECT h.event_id, ev.start_date, h.group_label, h.sex, h.age_band, h.count
FROM headcounts h JOIN ev ON ev.id = h.event_id WHERE h.deleted = 0{" AND 1 = 0" if f.agency_id else ""}
ORDER BY ev.start_date, h.event_id, h.group_label, h.sex, h.age_band""",
            {k: v for k, v in p.items() if k != "agency_id"},
        ),
        "stock_movements": q.Query(
            f"""{q.with_clause(f, places=True)}SELECT m.id, m.occurred_at, m.kind, m.material_id, m.location_id,
    l.kind, rg.region, m.event_id, m.quantity, m.deleted, m.forced_reason
FROM stock_movements m LEFT JOIN locations l ON l.id = m.location_id LEFT JOIN region_of rg ON rg.loc = m.location_id
WHERE {" AND ".join(moves)} ORDER BY m.occurred_at, m.id""",
            m,
        ),
    }


def _rows(table: str, cursor: Any, names: Names) -> Iterator[tuple[Any, ...]]:
    """The rows of one table with ids turned into names where a reader needs them."""
    for r in cursor:
        if table == "events":
            partners = "; ".join(names.agency(a) for a in json.loads(r[11] or "[]"))
            yield (*r[:7], names.place(r[7], ""), r[8] or "", names.place(r[9]), names.agency(r[10]), partners)
        elif table == "attendance":
            yield (*r[:8], names.agency(r[8]), *r[9:])
        elif table == "stock_movements":
            code = names.material(r[3])[0]
            yield (
                r[0],
                r[1],
                r[2],
                code,
                names.place(r[4], ""),
                r[5] or "",
                names.place(r[6]),
                *r[7:9],
                bool(r[9]),
                r[10],
            )
        else:
            yield tuple(r)


def write_raw(store: Store, report: Report, fmt: str, out: Path, *, lang: str = "en") -> dict[str, Any]:
    """Write the raw records (xlsx or csv) to ``out``, audit the export, and return the audit entry."""
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"the raw export is XLSX or CSV, not {fmt!r}")
    require_coordinator(store)
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    about = [
        ("Contents", "Raw records for analysts. Columns marked [personal] hold personal data."),
        *header_lines(report),
    ]
    counts: dict[str, int] = {}
    with store.read() as session:
        names = Names(session, lang)
        con = raw_connection(session)
        queries = _queries(report.filters)

        def tables() -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
            for table, query in queries.items():
                counts[table] = 0
                yield table, _counted(table, _rows(table, con.execute(query.sql, query.params), names), counts)

        if fmt == "xlsx":
            _write_xlsx(out, about, tables())
        else:
            _write_csv(out, about, tables())
    return append_audit(
        store,
        "raw-export",
        format=fmt,
        path=str(out.resolve()),
        filters=report.filters.as_dict(),
        filters_in_words=dict(report.filter_lines),
        rows=counts,
    )


def require_coordinator(store: Store) -> None:
    """Refuse a personal-data export anywhere but on a coordinator's store."""
    device = store.device
    if device is None or device.role != "coordinator":
        raise ValidationError(
            said(
                "The raw export holds personal data, so only a coordinator makes it. On this laptop, export the "
                "report instead (xlsx, csv or pdf): it holds counts only, no names or contacts."
            ),
            "role",
        )


def _counted(table: str, rows: Iterator[tuple[Any, ...]], counts: dict[str, int]) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        counts[table] += 1
        yield row


def _write_xlsx(
    out: Path, about: list[tuple[str, str]], tables: Iterator[tuple[str, Iterator[tuple[Any, ...]]]]
) -> None:
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("About")
    for line in about:
        sheet.append(list(line))
    for table, rows in tables:
        sheet = wb.create_sheet(table)
        sheet.append(list(COLUMNS[table]))
        for row in rows:
            sheet.append(list(row))
    save_atomic(out, wb.save)


def _write_csv(
    out: Path, about: list[tuple[str, str]], tables: Iterator[tuple[str, Iterator[tuple[Any, ...]]]]
) -> None:
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        with (work / "about.csv").open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([["field", "value"], *about])
        for table, rows in tables:
            with (work / f"{table}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(COLUMNS[table])
                writer.writerows(rows)
        if out.exists():
            shutil.rmtree(out) if out.is_dir() else out.unlink()
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
