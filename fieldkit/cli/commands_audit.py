"""audit list|export|verify: this device's audit log.

Every device can read, check and export its own log. It records only what was done on that device,
and it holds no names or contacts (see ``fieldkit.services.audit``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from fieldkit.cli.context import CommandContext, CommandError, Output, table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from fieldkit.store.audit_models import ACTIONS

    au = sub.add_parser(
        "audit", parents=[common], help="the audit log: who exported, imported, merged, deleted or purged what"
    )
    asub = au.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("list", parents=[common], help="list the entries, oldest first")
    p.add_argument(
        "--action", dest="actions", action="append", choices=ACTIONS, metavar="A",
        help=f"only this action (repeatable): {', '.join(ACTIONS)}",
    )  # fmt: skip
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only entries from this day on")
    p.add_argument("--limit", type=int, metavar="N", help="only the last N entries")
    p.set_defaults(handler=cmd_audit_list)
    p = asub.add_parser("export", parents=[common], help="write the whole log to a CSV file")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    p.set_defaults(handler=cmd_audit_export)
    p = asub.add_parser("verify", parents=[common], help="check that no entry was changed or removed")
    p.set_defaults(handler=cmd_audit_verify)


def _summary(details: dict[str, Any], width: int = 90) -> str:
    text = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in details.items())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_audit_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services import audit

    if args.limit is not None and args.limit < 1:
        raise CommandError("--limit must be 1 or more.")
    entries = audit.list_entries(ctx.store(), actions=args.actions or (), since=args.since, limit=None)
    if args.limit is not None:
        entries = entries[-args.limit :]
    rows = [[str(e.id), e.at, e.actor, e.action, _summary(e.details)] for e in entries]
    return Output(table(["id", "at", "device", "action", "details"], rows), entries)


def cmd_audit_export(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services import audit

    if args.out.is_dir():
        raise CommandError(f"{args.out} is a folder; give a file name such as {args.out / 'audit.csv'}.")
    count = audit.export_csv(ctx.store(), args.out)
    return Output(f"Wrote {count} audit entries to {args.out}.", {"path": str(args.out), "entries": count})


def cmd_audit_verify(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services import audit

    check = audit.verify_chain(ctx.store())
    if check.ok:
        return Output(f"The audit log is intact: {check.entries} entries, each chained to the one before.", check)
    ctx.exit_code = 1
    text = (
        f"The audit log was tampered with: {check.problem}. The {check.entries} entries before it are intact. "
        "Keep this store as it is and tell your coordinator."
    )
    return Output(text, check)
