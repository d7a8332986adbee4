"""report: indicator reports, donor exports (XLSX, CSV, PDF) and the raw export for analysts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli.context import CommandContext, CommandError, Output, table

FORMATS = ("xlsx", "csv", "pdf")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from fieldkit.services.reports import LOCATION_TYPES
    from fieldkit.services.vocab import EVENT_KINDS, LANGUAGES, PILLARS

    p = sub.add_parser(
        "report",
        parents=[common],
        help="indicator reports: print them, or export them for donors (xlsx, csv, pdf)",
        description="Counts what donors and the ministry ask for (events held, PS.5.3-15, PS.5.1-28, "
        "participants, reach, materials, stock, print runs). Without --format it prints the headline figures "
        "(--json: every table). Small counts of people are shown as <5 unless --no-suppression is given.",
    )
    p.add_argument("--format", choices=FORMATS, help="write an export in this format (csv: a folder of files)")
    p.add_argument("--out", metavar="PATH", help="where to write the export")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="start of the period")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="end of the period (inclusive)")
    p.add_argument("--region", metavar="R", help="a place (id, code or name) and everything under it")
    p.add_argument("--economic-region", metavar="R", help="an economic region (id or name)")
    p.add_argument("--agency", metavar="A", help="an agency (id, abbreviation or name)")
    p.add_argument("--kind", choices=EVENT_KINDS, help="event kind")
    p.add_argument("--pillar", choices=PILLARS, help="4P pillar")
    p.add_argument("--material", metavar="M", help="a material (code or id)")
    p.add_argument("--location-type", choices=LOCATION_TYPES, help="kind of place ('event': handed out at an event)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of place and agency names (default en)")
    p.add_argument(
        "--no-suppression", action="store_true", help="show counts under 5 (internal use only; never for donors)"
    )
    p.add_argument(
        "--raw",
        action="store_true",
        help="export the records behind the report (xlsx or csv) for analysts; personal data, audited",
    )
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services import report_export, report_raw, reports

    if args.format and not args.out:
        raise CommandError("--format needs --out PATH: where to write the export.")
    if args.out and not args.format:
        raise CommandError("--out needs --format xlsx, csv or pdf.")
    if args.raw and args.format not in ("xlsx", "csv"):
        raise CommandError("The raw export is written as --format xlsx or --format csv, with --out PATH.")
    store = ctx.store()
    filters = reports.resolve_filters(
        store,
        date_from=args.date_from,
        date_to=args.date_to,
        region=args.region,
        economic_region=args.economic_region,
        agency=args.agency,
        kind=args.kind,
        pillar=args.pillar,
        material=args.material,
        location_type=args.location_type,
    )
    suppress = not args.no_suppression
    warnings = [] if suppress else ["Small counts are not suppressed: for internal use only, never for donors."]
    if args.raw:
        report = reports.report_header(store, filters, suppress=suppress, lang=args.lang)
        entry = report_raw.write_raw(store, report, args.format, Path(args.out), lang=args.lang)
        counts = ", ".join(f"{name} {n:,}" for name, n in entry["rows"].items())
        warnings.append(
            "This export holds personal data (columns marked [personal]); it was recorded in the audit log "
            "('fieldkit audit list')."
        )
        text = f"Wrote the raw records to {entry['path']} ({counts})."
        return Output(text, {"filters": filters.as_dict(), "written": entry["path"], "audit": entry}, warnings)
    report = reports.build_report(store, filters, suppress=suppress, lang=args.lang)
    rows = [[ind.code or "", label, _shown(value)] for ind in report.indicators for label, value in ind.figures]
    text = "\n".join(f"{label}: {value}" for label, value in report.filter_lines)
    text += "\n\n" + table(["code", "figure", "value"], rows)
    data: dict[str, Any] = {
        "generated_at": report.generated_at,
        "filters": filters.as_dict(),
        "suppression": suppress,
        "indicators": list(report.indicators),
    }
    if args.format:
        entry = report_export.export_report(store, report, args.format, Path(args.out))
        text += f"\n\nWrote the {args.format.upper()} report to {entry['path']}."
        data["written"] = entry["path"]
    return Output(text, data, warnings)


def _shown(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value or "")
