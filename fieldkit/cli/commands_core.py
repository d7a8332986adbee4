"""init, status, identity, export, and the reference lists: location, agency, helpline."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli.commands_store import RECOVERY_NOTE, read_passphrase
from fieldkit.cli.context import CommandContext, CommandError, Output, table
from fieldkit.services import export, helplines, locations, reference
from fieldkit.services.vocab import AGENCY_KINDS, LOCATION_KINDS
from fieldkit.store import keys
from fieldkit.store.cipher import has_content, is_encrypted
from fieldkit.store.open import ROLES, initialise_device, needs_key, renew_identity


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help="set up this laptop: device identity and reference data; with a passphrase (--passphrase-file or "
        "FIELDKIT_PASSPHRASE) the store is encrypted",
    )
    p.add_argument("--name", required=True, help="device or officer name, e.g. Qazax-2")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--enroll", type=Path, metavar="FILE", help="the coordinator's enrolment file")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("status", parents=[common], help="device identity and what the store holds")
    p.set_defaults(handler=cmd_status)

    ident = sub.add_parser("identity", parents=[common], help="show or renew this device's identity")
    isub = ident.add_subparsers(dest="action", required=True, metavar="ACTION")
    isub.add_parser("show", parents=[common]).set_defaults(handler=cmd_identity_show)
    isub.add_parser(
        "renew", parents=[common], help="take a new identity after copying or restoring a store"
    ).set_defaults(handler=cmd_identity_renew)

    p = sub.add_parser("export", parents=[common], help="write every live record in canonical form")
    p.add_argument("--format", required=True, choices=["json"])
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_export)

    loc = sub.add_parser("location", parents=[common], help="locations: regions, districts, crossings ...")
    lsub = loc.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = lsub.add_parser("list", parents=[common])
    p.add_argument("--kind", choices=LOCATION_KINDS)
    p.add_argument("--all", action="store_true", help="include inactive locations")
    p.set_defaults(handler=cmd_location_list)
    p = lsub.add_parser("add", parents=[common])
    p.add_argument("--kind", required=True, choices=LOCATION_KINDS)
    p.add_argument("--name-az", required=True)
    p.add_argument("--name-en", default="")
    p.add_argument("--name-ru", default="")
    p.add_argument("--parent", help="the district or city it lies in (id, code or name)")
    p.set_defaults(handler=cmd_location_add)

    ag = sub.add_parser("agency", parents=[common], help="agencies and organisations")
    asub = ag.add_subparsers(dest="action", required=True, metavar="ACTION")
    asub.add_parser("list", parents=[common]).set_defaults(handler=cmd_agency_list)
    p = asub.add_parser("add", parents=[common])
    p.add_argument("--name-az", required=True)
    p.add_argument("--name-en", default="")
    p.add_argument("--kind", default="ngo", choices=AGENCY_KINDS)
    p.add_argument("--abbreviation", default="")
    p.set_defaults(handler=cmd_agency_add)

    hl = sub.add_parser("helpline", parents=[common], help="helpline numbers printed on materials")
    hsub = hl.add_subparsers(dest="action", required=True, metavar="ACTION")
    hsub.add_parser("list", parents=[common]).set_defaults(handler=cmd_helpline_list)
    p = hsub.add_parser("add", parents=[common])
    p.add_argument("--label", required=True)
    p.add_argument("--number", required=True, help="+994... (E.164) or a short code")
    p.add_argument("--verified-by")
    p.add_argument("--verified-at", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_helpline_add)
    p = hsub.add_parser("verify", parents=[common], help="record that the number was dialled and works")
    p.add_argument("helpline", metavar="ID_OR_NUMBER")
    p.add_argument("--by", required=True)
    p.add_argument("--on", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_helpline_verify)


def cmd_init(args: argparse.Namespace, ctx: CommandContext) -> Output:
    document = None
    if args.enroll:
        from fieldkit.sync.trust import read_enrolment

        document = read_enrolment(args.enroll)  # check the file before anything is created
    if not args.name.strip():
        raise CommandError("The device needs a name, for example 'Qazax-2' or the officer's name.")
    recovery_key, passphrase = _encrypt_new_store(args, ctx)
    was_encrypted = passphrase is not None and recovery_key is None
    store = ctx.store(create=True)
    if was_encrypted and not store.initialised:
        assert passphrase is not None  # a set-up that stopped halfway: its recovery key was never shown
        recovery_key = keys.new_recovery_key(ctx.paths, passphrase)
    device = initialise_device(store, args.name, args.role)
    loaded = reference.load_reference(store)
    if args.enroll:
        from fieldkit.sync.keys import fingerprint
        from fieldkit.sync.trust import accept_enrolment

        document = accept_enrolment(store, args.enroll)
    data: dict[str, Any] = {
        "device_id": device.device_id,
        "name": device.name,
        "role": device.role,
        "data_dir": str(ctx.paths.data_dir),
        "reference": {"locations": loaded.locations_total, "agencies": loaded.agencies_total},
    }
    text = (
        f"Set up device '{device.name}' ({device.role}), id {device.device_id}\n"
        f"Data directory: {ctx.paths.data_dir}\n"
        f"Reference data: {loaded.locations_total} locations, {loaded.agencies_total} agencies"
    )
    if document is not None:
        coordinator = document["coordinator"]
        data["coordinator"] = {
            "device_id": coordinator["device_id"],
            "name": coordinator["name"],
            "fingerprint": fingerprint(coordinator["sign_key"]),
            "hub_url": document.get("hub_url"),
        }
        text += f"\nEnrolled with coordinator {coordinator['name']} (fingerprint {data['coordinator']['fingerprint']})"
    data["encrypted"] = passphrase is not None
    warnings = []
    if passphrase is not None:
        text += "\nThe store is encrypted: it opens only with the passphrase or the recovery key."
        warnings = [w for w in [keys.short_passphrase_warning(passphrase)] if w]
    if recovery_key is not None:
        data["recovery_key"] = recovery_key
        text += "\n" + RECOVERY_NOTE.format(key=recovery_key)
    return Output(text, data, warnings)


def _encrypt_new_store(args: argparse.Namespace, ctx: CommandContext) -> tuple[str | None, str | None]:
    """With a passphrase, make the key for a store about to be created: (recovery key, passphrase).

    An encrypted store that already exists was unlocked before the command ran (no new recovery key
    here); a plain one is not encrypted by ``init``: that is ``store encrypt``'s job, with its checks.
    """
    passphrase = read_passphrase(args)
    if passphrase is None:
        return None, None
    paths = ctx.paths
    if needs_key(paths):
        return None, passphrase
    if has_content(paths.store):
        raise CommandError(
            f"There is already a store in {paths.data_dir} that is not encrypted. Encrypt it with "
            "'fieldkit store encrypt --passphrase-file FILE' instead; nothing was changed."
        )
    new = keys.create_keys(paths, passphrase)
    keys.remember(paths, new.key)
    return new.recovery_key, passphrase


def _identity(ctx: CommandContext) -> dict[str, Any]:
    store = ctx.store()
    device = store.device
    if device is None:
        raise CommandError("This store has no device identity yet. Run 'fieldkit init' first.")
    return {
        "device_id": device.device_id,
        "name": device.name,
        "role": device.role,
        "public_key": device.public_key,
        "fingerprint": _fingerprint(device.public_key),
        "last_seq": device.last_seq,
        "retired_ids": list(device.retired_ids),
        "writable": store.identity_problem is None,
        "problem": store.identity_problem,
    }


def _fingerprint(public_hex: str) -> str:
    from fieldkit.sync.keys import fingerprint

    return fingerprint(public_hex)


def cmd_status(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.summary import store_summary

    info = _identity(ctx)
    info["data_dir"] = str(ctx.paths.data_dir)
    info["encrypted"] = keys.has_keys(ctx.paths) and is_encrypted(ctx.paths.store)
    info["counts"] = store_summary(ctx.store())
    lines = [
        f"Device: {info['name']} ({info['role']}), id {info['device_id']}",
        f"Data directory: {info['data_dir']}",
        "Store: " + ("encrypted (SQLCipher)" if info["encrypted"] else "not encrypted"),
        "Counts: " + ", ".join(f"{k} {v}" for k, v in info["counts"].items()),
    ]
    if info["problem"]:
        lines.append(f"WRITES REFUSED: {info['problem']}")
    return Output("\n".join(lines), info)


def cmd_identity_show(args: argparse.Namespace, ctx: CommandContext) -> Output:
    info = _identity(ctx)
    text = (
        f"{info['name']} ({info['role']}) {info['device_id']}\nkey {info['public_key']}\n"
        f"fingerprint {info['fingerprint']}  (a coordinator checks this before approving the laptop)"
    )
    if info["problem"]:
        text += f"\n{info['problem']}"
    return Output(text, info)


def cmd_identity_renew(args: argparse.Namespace, ctx: CommandContext) -> Output:
    device = renew_identity(ctx.store())
    return Output(
        f"New device identity {device.device_id}; the old one ({device.retired_ids[-1]}) is retired.",
        {"device_id": device.device_id, "retired_ids": list(device.retired_ids)},
    )


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> Output:
    out: Path = args.out
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name such as {out / 'export.json'}.")
    try:
        size = export.write_export(ctx.store(), out)
    except OSError as exc:
        raise CommandError(f"Could not write {out}: {exc.strerror or exc}. Nothing was written.") from exc
    return Output(f"Wrote {out} ({size} bytes)", {"path": str(out), "bytes": size})


def cmd_location_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = locations.list_locations(ctx.store(), kind=args.kind, include_inactive=args.all)
    text = table(["id", "kind", "code", "name"], [[r.id, r.kind, r.iso_code or r.code or "", r.name_az] for r in rows])
    return Output(text, rows)


def cmd_location_add(args: argparse.Namespace, ctx: CommandContext) -> Output:
    row = locations.create_location(
        ctx.store(),
        kind=args.kind,
        name_az=args.name_az,
        name_en=args.name_en,
        name_ru=args.name_ru,
        parent=args.parent,
    )
    return Output(row.id, row)


def cmd_agency_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = locations.list_agencies(ctx.store())
    return Output(table(["id", "kind", "name"], [[r.id, r.kind, r.name_az] for r in rows]), rows)


def cmd_agency_add(args: argparse.Namespace, ctx: CommandContext) -> Output:
    row = locations.create_agency(
        ctx.store(), name_az=args.name_az, name_en=args.name_en, kind=args.kind, abbreviation=args.abbreviation
    )
    return Output(row.id, row)


def cmd_helpline_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    rows = helplines.list_helplines(ctx.store())
    text = table(
        ["id", "number", "label", "verified"],
        [[r.id, r.number, r.label, f"{r.verified_at} by {r.verified_by}" if r.verified_at else "never"] for r in rows],
    )
    return Output(text, rows)


def cmd_helpline_add(args: argparse.Namespace, ctx: CommandContext) -> Output:
    row = helplines.add_helpline(
        ctx.store(), label=args.label, number=args.number, verified_at=args.verified_at, verified_by=args.verified_by
    )
    warnings = [] if row.verified_at else ["This number has never been verified; printing will ask to confirm it."]
    return Output(row.id, row, warnings)


def cmd_helpline_verify(args: argparse.Namespace, ctx: CommandContext) -> Output:
    row = helplines.verify_helpline(ctx.store(), args.helpline, by=args.by, on=args.on)
    return Output(f"{row.number} verified on {row.verified_at} by {row.verified_by}", row)
