"""material and stock."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli.context import CommandContext, Output, table
from fieldkit.services import materials, stock
from fieldkit.services.vocab import MATERIAL_KINDS

SIMPLE_MOVEMENTS = ("receive", "handout", "adjust", "print-run", "write-off")
KIND_OF = {
    "receive": "receipt",
    "handout": "handout",
    "adjust": "adjustment",
    "print-run": "print-run",
    "write-off": "write-off",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    ma = sub.add_parser("material", parents=[common], help="the material catalogue")
    msub = ma.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = msub.add_parser("add", parents=[common], help="add a material; prints its id")
    p.add_argument("--code", required=True)
    p.add_argument("--kind", required=True, choices=MATERIAL_KINDS)
    p.add_argument("--title-az", required=True)
    p.add_argument("--title-en", default="")
    p.add_argument("--title-ru", default="")
    p.add_argument("--languages", help="comma-separated, e.g. az,en (default: the titles given)")
    p.add_argument("--version", default="1")
    p.set_defaults(handler=cmd_material_add)
    p = msub.add_parser("list", parents=[common])
    p.add_argument("--all", action="store_true", help="include inactive materials")
    p.set_defaults(handler=cmd_material_list)

    st = sub.add_parser("stock", parents=[common], help="stock movements and balances")
    ssub = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action in SIMPLE_MOVEMENTS:
        p = ssub.add_parser(action, parents=[common], help=f"record a {KIND_OF[action]}")
        p.add_argument("material", metavar="MATERIAL_CODE")
        p.add_argument("quantity", metavar="QTY", type=int)
        p.add_argument("--location", required=True, metavar="L")
        p.add_argument("--event", metavar="E")
        p.add_argument("--reason", metavar="R", help="why; required to take stock below zero")
        p.add_argument("--note", default="")
        p.set_defaults(handler=cmd_stock_move, kind=KIND_OF[action])
    p = ssub.add_parser("transfer", parents=[common], help="move stock from one location to another")
    p.add_argument("material", metavar="MATERIAL_CODE")
    p.add_argument("quantity", metavar="QTY", type=int)
    p.add_argument("--from", dest="source", required=True, metavar="L")
    p.add_argument("--to", dest="target", required=True, metavar="L")
    p.add_argument("--reason", metavar="R")
    p.set_defaults(handler=cmd_stock_transfer)
    p = ssub.add_parser("balance", parents=[common], help="stock on hand per material and location")
    p.add_argument("--location", metavar="L")
    p.add_argument("--material", metavar="CODE")
    p.set_defaults(handler=cmd_stock_balance)
    p = ssub.add_parser("ledger", parents=[common], help="the movements behind the balance")
    p.add_argument("--location", metavar="L")
    p.add_argument("--material", metavar="CODE")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_stock_ledger)
    p = ssub.add_parser("void", parents=[common], help="undo a movement recorded by mistake")
    p.add_argument("id")
    p.set_defaults(handler=cmd_stock_void)


def cmd_material_add(args: argparse.Namespace, ctx: CommandContext) -> Output:
    record = materials.create_material(
        ctx.store(),
        code=args.code,
        kind=args.kind,
        title_az=args.title_az,
        title_en=args.title_en,
        title_ru=args.title_ru,
        languages=args.languages,
        version=args.version,
    )
    return Output(record.id, record)


def cmd_material_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = materials.list_materials(ctx.store(), include_inactive=args.all)
    text = table(
        ["code", "kind", "languages", "title"], [[m.code, m.kind, ",".join(m.languages), m.title_az] for m in rows]
    )
    return Output(text, rows)


def cmd_stock_move(args: argparse.Namespace, ctx: CommandContext) -> Output:
    store = ctx.store()
    record = stock.record_movement(
        store,
        args.kind,
        args.material,
        args.quantity,
        args.location,
        event=args.event,
        note=args.note,
        reason=args.reason,
    )
    balance = stock.on_hand(store, record.material_id, record.location_id)
    data = {"movement": record, "on_hand": balance}
    warnings = [f"Recorded below zero, reason: {record.forced_reason}"] if record.forced_reason else []
    return Output(f"{record.id}\nOn hand now: {balance}", data, warnings)


def cmd_stock_transfer(args: argparse.Namespace, ctx: CommandContext) -> Output:
    out, inn = stock.transfer(ctx.store(), args.material, args.quantity, args.source, args.target, reason=args.reason)
    return Output(f"{out.id}\n{inn.id}", {"out": out, "in": inn})


def cmd_stock_balance(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = stock.balances(ctx.store(), location=args.location, material=args.material)
    text = table(
        ["material", "location", "on hand"], [[b.material_code, b.location_name, str(b.on_hand)] for b in rows]
    )
    return Output(text, rows)


def cmd_stock_ledger(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = stock.ledger(ctx.store(), location=args.location, material=args.material, limit=args.limit)
    text = table(
        ["id", "when", "kind", "quantity", "reason"],
        [[m.id, m.occurred_at, m.kind, f"{m.quantity:+d}", m.forced_reason or ""] for m in rows],
    )
    return Output(text, rows)


def cmd_stock_void(args: argparse.Namespace, ctx: CommandContext) -> Output:
    stock.void_movement(ctx.store(), args.id)
    return Output(f"Voided movement {args.id}", {"id": args.id, "voided": True})
