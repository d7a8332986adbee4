"""leaflet (render, texts) and settings."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from fieldkit.cli.context import CommandContext, CommandError, Output

TEMPLATES = ("trifold", "a5", "a6", "poster-a3", "poster-a2", "signin")
SETTING_KEYS = {
    "language": "language",
    "home-location": "home_location_id",
    "funder": "funder",
    "low-stock-threshold": "low_stock_threshold",
    "tally-step": "tally_step",
    "purge-after-ack": "purge_after_ack",  # a laptop clears the people its coordinator holds (yes/no)
}
YES, NO = ("yes", "on", "true", "1"), ("no", "off", "false", "0")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    lf = sub.add_parser("leaflet", parents=[common], help="print leaflets, brochures, posters and sign-in sheets")
    lsub = lf.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = lsub.add_parser("render", parents=[common], help="write a print-ready PDF")
    p.add_argument("--template", required=True, choices=TEMPLATES)
    p.add_argument("--lang", required=True, help="az, or two or three languages: az,en")
    p.add_argument("--helpline", required=True, metavar="NUMBER_OR_ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--print-shop", action="store_true", help="3 mm bleed, crop marks, CMYK")
    p.add_argument("--copies", type=int, default=1)
    p.add_argument("--event", metavar="ID", help="the event (sign-in sheet; recorded with the print run)")
    p.add_argument("--material", metavar="CODE", help="record the run as a print-run movement of this material")
    p.add_argument("--confirm-helpline", action="store_true", help="print with a never-verified helpline")
    p.add_argument("--location", metavar="L", help="where the run is recorded (default: home location)")
    p.add_argument("--layout", choices=["single", "side-by-side", "stacked"])
    p.add_argument("--sides", type=int, choices=[1, 2])
    p.add_argument("--line", action="append", metavar="TEXT", help="a personalised line, one per copy (repeatable)")
    p.add_argument("--lines-file", type=Path, metavar="FILE", help="personalised lines, one per line of the file")
    p.add_argument("--n-up", type=int, default=1, help="items per A4 sheet")
    p.add_argument("--logo", action="append", type=Path, default=[], metavar="FILE", help="PNG or SVG logo")
    p.add_argument("--funder", help="funder named in the footer (default: the funder setting)")
    p.add_argument("--qr-url", metavar="URL", help="encode this URL instead of the helpline's tel: link")
    p.add_argument("--consent-columns", action="store_true", help="sign-in sheet with name and consent columns")
    p.add_argument("--rows", type=int, default=20, help="sign-in sheet rows")
    p.set_defaults(handler=cmd_leaflet_render)
    p = lsub.add_parser("texts", parents=[common], help="show the texts in use, as JSON")
    p.add_argument("--lang", required=True, choices=["az", "en", "ru"])
    p.set_defaults(handler=cmd_leaflet_texts)
    p = lsub.add_parser("publish", parents=[common], help="publish edited texts (coordinators)")
    p.add_argument("--lang", required=True, choices=["az", "en", "ru"])
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.set_defaults(handler=cmd_leaflet_publish)

    st = sub.add_parser("settings", parents=[common], help="show or change settings")
    ssub = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    ssub.add_parser("show", parents=[common]).set_defaults(handler=cmd_settings_show)
    p = ssub.add_parser("set", parents=[common])
    p.add_argument("key", choices=sorted(SETTING_KEYS))
    p.add_argument("value")
    p.set_defaults(handler=cmd_settings_set)


def _lines(args: argparse.Namespace) -> tuple[str, ...] | None:
    lines = list(args.line or [])
    if args.lines_file:
        try:
            lines += [ln.strip() for ln in args.lines_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Could not read {args.lines_file}: {exc}") from exc
    return tuple(lines) or None


def cmd_leaflet_render(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.config import load_settings
    from fieldkit.services.leaflets import LeafletJob, parse_languages, render_leaflet

    settings = load_settings(ctx.paths.settings)
    job = LeafletJob(
        template=args.template,
        languages=parse_languages(args.lang),
        helpline=args.helpline,
        out_path=args.out,
        print_shop=args.print_shop,
        copies=args.copies,
        event_id=args.event,
        material_code=args.material,
        confirm_helpline=args.confirm_helpline,
        location=args.location,
        layout=args.layout,
        sides=args.sides,
        personal_lines=_lines(args),
        n_up=args.n_up,
        logos=tuple(args.logo),
        funder=args.funder or settings.funder or None,
        qr_url=args.qr_url,
        consent_columns=args.consent_columns,
        sign_in_rows=args.rows,
    )
    outcome = render_leaflet(ctx.store(), job, settings.home_location_id)
    text = f"{outcome.path}\n{outcome.pages} page(s), {outcome.items} item(s); QR: {outcome.qr_text or 'none'}"
    if outcome.print_run:
        text += f"\nPrint run recorded: {outcome.print_run.quantity} (movement {outcome.print_run.id})"
    return Output(text, outcome, outcome.warnings)


def cmd_leaflet_texts(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.print import default_texts, texts_to_dict
    from fieldkit.services.leaflets import published_texts

    texts = published_texts(ctx.store()).get(args.lang) or default_texts(args.lang)
    data = texts_to_dict(texts)
    return Output(json.dumps(data, ensure_ascii=False, indent=2), data)


def cmd_leaflet_publish(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.leaflets import publish_texts

    try:
        content = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CommandError(f"Could not read {args.file} as JSON: {exc}") from exc
    if not isinstance(content, dict):
        raise CommandError(f"{args.file} must hold one JSON object, as 'fieldkit leaflet texts' prints it.")
    version = publish_texts(ctx.store(), args.lang, content)
    return Output(f"Published {args.lang} texts, version {version}", {"language": args.lang, "version": version})


def cmd_settings_show(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from dataclasses import asdict

    from fieldkit.config import load_settings

    data = asdict(load_settings(ctx.paths.settings))
    return Output("\n".join(f"{k}: {v}" for k, v in data.items()), data)


def cmd_settings_set(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.config import load_settings, save_settings

    settings = load_settings(ctx.paths.settings)
    name = SETTING_KEYS[args.key]
    value: Any = args.value
    if name == "home_location_id":
        from fieldkit.services.locations import resolve_location

        value = resolve_location(ctx.store(), args.value).id
    elif name == "language":
        if value not in ("az", "en", "ru"):
            raise CommandError("language must be az, en or ru.")
    elif isinstance(getattr(settings, name), bool):
        if value.lower() not in YES + NO:
            raise CommandError(f"{args.key} must be yes or no.")
        value = value.lower() in YES
    elif isinstance(getattr(settings, name), int):
        try:
            value = int(value)
        except ValueError as exc:
            raise CommandError(f"{args.key} must be a whole number.") from exc
    previous = getattr(settings, name)
    setattr(settings, name, value)
    save_settings(ctx.paths.settings, settings)
    if name == "purge_after_ack":  # a retention setting: audited
        from fieldkit.services import audit

        audit.record(ctx.store(), "settings", {"key": name, "value": value, "previous": previous})
    return Output(f"{args.key} = {value}", {args.key: value})
