"""participant withdraw-consent, and retention set|show|preview|purge."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli.context import CommandContext, Output, table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    ret = sub.add_parser(
        "retention", parents=[common], help="how long personal data is kept, and purging what is older"
    )
    rsub = ret.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = rsub.add_parser("set", parents=[common], help="coordinator: publish the project's retention period")
    p.add_argument("--months", required=True, type=int, metavar="N", help="keep personal data N months")
    p.set_defaults(handler=cmd_retention_set)
    p = rsub.add_parser("show", parents=[common], help="the retention period in force")
    p.set_defaults(handler=cmd_retention_show)
    for name, handler, about in (
        ("preview", cmd_retention_preview, "list the people a purge would clear; change nothing"),
        ("purge", cmd_retention_purge, "clear the personal fields of people older than the period"),
    ):
        p = rsub.add_parser(name, parents=[common], help=about)
        p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to count back from (default today)")
        p.set_defaults(handler=handler)


def register_participant(psub: Any, common: argparse.ArgumentParser) -> None:
    """``participant withdraw-consent ID``, added to the ``participant`` command's actions."""
    p = psub.add_parser(
        "withdraw-consent",
        parents=[common],
        help="the person withdrew consent: clear their name, contacts and position (synced; check-ins stay)",
    )
    p.add_argument("id")
    p.set_defaults(handler=cmd_withdraw_consent)


def cmd_withdraw_consent(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.participants import withdraw_consent

    record = withdraw_consent(ctx.store(), args.id)
    text = (
        f"Consent withdrawn: the personal data of {record.id} was cleared. Their check-ins stay and are still "
        "counted; the change reaches the coordinator with the next sync."
    )
    return Output(text, record)


def cmd_retention_set(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.privacy import set_retention

    retention = set_retention(ctx.store(), args.months)
    text = (
        f"Personal data is kept {retention.months} months after a person's last activity. "
        "Every laptop learns it with the next sync."
    )
    return Output(text, retention)


def cmd_retention_show(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.privacy import get_retention

    retention = get_retention(ctx.store())
    if retention is None:
        return Output("No retention period is set for this project.", None)
    return Output(f"{retention.months} months (set by {retention.set_by} on {retention.set_at[:10]}).", retention)


def cmd_retention_preview(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.privacy import preview_purge

    preview = preview_purge(ctx.store(), args.as_of)
    head = (
        f"Retention {preview.months} months, as of {preview.as_of}: people last active before {preview.cutoff} "
        f"would be cleared ({len(preview.people)})."
    )
    rows = [[p.id, p.last_activity.isoformat(), p.name + (" (deleted)" if p.deleted else "")] for p in preview.people]
    return Output(head + "\n" + table(["id", "last activity", "name"], rows), preview)


def cmd_retention_purge(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.privacy import purge

    result = purge(ctx.store(), args.as_of)
    text = (
        f"Cleared the personal data of {len(result.ids)} people last active before {result.cutoff} "
        f"(retention {result.months} months). Their check-ins stay; the audit log lists them."
    )
    return Output(text, result)
