"""people duplicates, people merge and people unmerge: the coordinator's clean-up of people registered
twice (see ``fieldkit.services.duplicates``)."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli.context import CommandContext, CommandError, Output, table
from fieldkit.services import duplicates


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    pe = sub.add_parser("people", parents=[common], help="people registered twice: find, merge, unmerge")
    psub = pe.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("duplicates", parents=[common], help="list groups of people who are probably one person")
    p.add_argument(
        "--min-score",
        type=int,
        default=duplicates.DEFAULT_MIN_SCORE,
        metavar="S",
        help=f"show pairs scoring at least S of 100 (default {duplicates.DEFAULT_MIN_SCORE})",
    )
    p.set_defaults(handler=cmd_duplicates)
    p = psub.add_parser("merge", parents=[common], help="coordinator: merge duplicates into the person kept")
    p.add_argument("keep", metavar="KEEP_ID", help="the record to keep")
    p.add_argument("duplicates", nargs="+", metavar="DUP_ID", help="the records merged into it")
    p.set_defaults(handler=cmd_merge)
    p = psub.add_parser("unmerge", parents=[common], help="coordinator: undo a mistaken merge of one person")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_unmerge)


def cmd_duplicates(args: argparse.Namespace, ctx: CommandContext) -> Output:
    if not 0 <= args.min_score <= 100:
        raise CommandError("--min-score must be between 0 and 100.")
    found = duplicates.find_duplicates(ctx.store(), min_score=args.min_score)
    blocks = []
    for n, group in enumerate(found.groups, start=1):
        heading = f"Group {n}: score {group.score} ({', '.join(group.reasons)})"
        rows = [
            [
                "keep" if p.id == group.keep_id else "",
                p.id,
                p.name,
                p.sex,
                p.age_band,
                p.agency,
                p.region,
                str(p.events_attended),
                p.registered_on,
            ]
            for p in group.people
        ]
        headers = ["", "id", "name", "sex", "age band", "agency", "region", "events", "registered on"]
        blocks.append(f"{heading}\n{table(headers, rows)}")
    summary = f"{len(found.groups)} group(s) of possible duplicates among {found.people_compared} people."
    if found.too_common:
        summary += f" {found.too_common} people with very common names were compared by phone and e-mail only."
    text = "\n\n".join([*blocks, summary])
    if found.groups:
        text += "\nMerge with: fieldkit people merge KEEP_ID DUP_ID..."
    return Output(text, found)


def cmd_merge(args: argparse.Namespace, ctx: CommandContext) -> Output:
    result = duplicates.merge_people(ctx.store(), args.keep, args.duplicates)
    lines = [f"Merged {len(result.merged)} record(s) into {result.kept.name} ({result.kept.id})."]
    if result.repointed:
        lines.append(f"{len(result.repointed)} record(s) merged into them before now point to the kept record.")
    if result.filled:
        lines.append(f"Filled from the duplicates: {', '.join(result.filled)}.")
    return Output("\n".join(lines), result)


def cmd_unmerge(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = duplicates.unmerge_person(ctx.store(), args.id)
    return Output(f"Unmerged {record.name} ({record.id}); they are listed on their own again.", record)
