"""event, participant, attend and headcount."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli.commands_privacy import register_participant as register_withdraw_consent
from fieldkit.cli.context import CommandContext, Output, table
from fieldkit.services import attendance, events, participants
from fieldkit.services.vocab import (
    AGE_BANDS,
    ATTENDANCE_ROLES,
    EVENT_KINDS,
    EVENT_STATUSES,
    LANGUAGES,
    PILLARS,
    SEXES,
)

CONSENT_WARNING = (
    "Recorded without consent. Names and contacts need the person's consent (--consent); "
    "use a headcount for people who do not give it."
)


def _event_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--title", required=adding)
    p.add_argument("--kind", required=adding, choices=EVENT_KINDS)
    p.add_argument("--date", required=adding, metavar="YYYY-MM-DD", help="start date")
    p.add_argument("--end-date", metavar="YYYY-MM-DD")
    p.add_argument("--location", metavar="L", help="location id, code (AZ-QAZ) or exact name")
    p.add_argument("--pillar", choices=PILLARS)
    p.add_argument("--organiser", metavar="AGENCY")
    p.add_argument("--partner", action="append", metavar="AGENCY", help="partner agency (repeatable)")
    p.add_argument("--audience")
    p.add_argument("--language", choices=LANGUAGES)
    p.add_argument("--status", choices=EVENT_STATUSES)
    p.add_argument("--notes")


def _participant_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding)
    p.add_argument("--sex", required=adding, choices=SEXES)
    p.add_argument("--age-band", choices=AGE_BANDS)
    p.add_argument("--agency")
    p.add_argument("--position")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--region", help="location id, code or name")
    consent = p.add_mutually_exclusive_group()
    consent.add_argument("--consent", action="store_true", default=None, help="the person gave consent today")
    if not adding:
        consent.add_argument(
            "--withdraw-consent",
            action="store_true",
            help="clear the consent record only (the name stays); 'participant withdraw-consent ID' removes the "
            "person's personal data",
        )


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    ev = sub.add_parser("event", parents=[common], help="events: round-tables, workshops, trainings ...")
    esub = ev.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = esub.add_parser("add", parents=[common], help="add an event; prints its id")
    _event_options(p, adding=True)
    p.set_defaults(handler=cmd_event_add)
    p = esub.add_parser("edit", parents=[common])
    p.add_argument("id")
    _event_options(p, adding=False)
    p.set_defaults(handler=cmd_event_edit)
    p = esub.add_parser("delete", parents=[common])
    p.add_argument("id")
    p.set_defaults(handler=cmd_event_delete)
    p = esub.add_parser("list", parents=[common])
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--kind", choices=EVENT_KINDS)
    p.add_argument("--status", choices=EVENT_STATUSES)
    p.add_argument("--search")
    p.set_defaults(handler=cmd_event_list)

    pa = sub.add_parser("participant", parents=[common], help="named participants (with consent)")
    psub = pa.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("add", parents=[common], help="add a participant; prints the id")
    _participant_options(p, adding=True)
    p.set_defaults(handler=cmd_participant_add)
    p = psub.add_parser("edit", parents=[common])
    p.add_argument("id")
    _participant_options(p, adding=False)
    p.set_defaults(handler=cmd_participant_edit)
    p = psub.add_parser("delete", parents=[common])
    p.add_argument("id")
    p.set_defaults(handler=cmd_participant_delete)
    register_withdraw_consent(psub, common)  # issue 8: consent
    p = psub.add_parser("list", parents=[common], help="list or search by name")
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_participant_list)

    p = sub.add_parser("attend", parents=[common], help="check a participant in to an event")
    p.add_argument("event_id", metavar="EVENT_ID")
    p.add_argument("participant_id", metavar="PARTICIPANT_ID")
    p.add_argument("--role", default="participant", choices=ATTENDANCE_ROLES)
    p.add_argument("--remove", action="store_true", help="remove the check-in instead")
    p.set_defaults(handler=cmd_attend)

    p = sub.add_parser("headcount", parents=[common], help="set a count of people by sex and age band")
    p.add_argument("event_id", metavar="EVENT_ID")
    p.add_argument("--group", required=True, help="group label, e.g. 'School No. 5, grade 10'")
    p.add_argument("--sex", required=True, choices=SEXES)
    p.add_argument("--age-band", required=True, choices=AGE_BANDS)
    p.add_argument("--count", required=True, type=int)
    p.set_defaults(handler=cmd_headcount)


def _event_changes(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {
        "title": "title",
        "kind": "kind",
        "date": "start_date",
        "end_date": "end_date",
        "location": "location",
        "pillar": "pillar",
        "organiser": "organiser",
        "partner": "partners",
        "audience": "audience",
        "language": "language",
        "status": "status",
        "notes": "notes",
    }
    return {field: getattr(args, arg) for arg, field in mapping.items() if getattr(args, arg) is not None}


def _event_row(e: Any) -> list[str]:
    return [e.id, e.start_date.isoformat(), e.kind, e.status, e.title]


def cmd_event_add(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = events.create_event(ctx.store(), **_event_changes(args))
    return Output(record.id, record)


def cmd_event_edit(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = events.edit_event(ctx.store(), args.id, **_event_changes(args))
    return Output(f"Updated event {record.id}", record)


def cmd_event_delete(args: argparse.Namespace, ctx: CommandContext) -> Output:
    events.delete_event(ctx.store(), args.id)
    return Output(f"Deleted event {args.id}", {"id": args.id, "deleted": True})


def cmd_event_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = events.list_events(
        ctx.store(),
        date_from=events.parse_date(args.date_from, "--from") if args.date_from else None,
        date_to=events.parse_date(args.date_to, "--to") if args.date_to else None,
        kind=args.kind,
        status=args.status,
        search=args.search,
    )
    return Output(table(["id", "date", "kind", "status", "title"], [_event_row(e) for e in rows]), rows)


def _participant_changes(args: argparse.Namespace) -> dict[str, Any]:
    names = ["name", "sex", "age_band", "agency", "position", "phone", "email", "region"]
    changes = {n: getattr(args, n) for n in names if getattr(args, n) is not None}
    if args.consent:
        changes["consent"] = True
    if getattr(args, "withdraw_consent", False):
        changes["consent"] = False
    return changes


def cmd_participant_add(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = participants.create_participant(ctx.store(), **_participant_changes(args))
    warnings = [] if record.consent_date else [CONSENT_WARNING]
    return Output(record.id, record, warnings)


def cmd_participant_edit(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = participants.edit_participant(ctx.store(), args.id, **_participant_changes(args))
    return Output(f"Updated participant {record.id}", record)


def cmd_participant_delete(args: argparse.Namespace, ctx: CommandContext) -> Output:
    participants.delete_participant(ctx.store(), args.id)
    return Output(f"Deleted participant {args.id}", {"id": args.id, "deleted": True})


def cmd_participant_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = participants.search_participants(ctx.store(), args.search, limit=args.limit)
    text = table(
        ["id", "name", "sex", "age band", "consent"],
        [[p.id, p.name, p.sex, p.age_band, str(p.consent_date or "no")] for p in rows],
    )
    return Output(text, rows)


def cmd_attend(args: argparse.Namespace, ctx: CommandContext) -> Output:
    if args.remove:
        attendance.remove_attendance(ctx.store(), args.event_id, args.participant_id)
        return Output(
            "Check-in removed", {"event_id": args.event_id, "participant_id": args.participant_id, "removed": True}
        )
    result = attendance.check_in(ctx.store(), args.event_id, args.participant_id, args.role)
    data = {**ctx_plain(result.attendance), "created": result.created}
    text = result.attendance.id if result.created else f"{result.attendance.id} (already checked in)"
    return Output(text, data)


def ctx_plain(record: Any) -> dict[str, Any]:
    from fieldkit.cli.context import plain

    value = plain(record)
    assert isinstance(value, dict)
    return value


def cmd_headcount(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = attendance.set_headcount(
        ctx.store(), args.event_id, group=args.group, sex=args.sex, age_band=args.age_band, count=args.count
    )
    return Output(record.id, record)
