"""store encrypt, store rekey, store recovery-key; and how every command unlocks an encrypted store.

Every command takes the passphrase from ``--passphrase-file FILE`` (first) or the ``FIELDKIT_PASSPHRASE``
environment variable. A recovery key is accepted wherever a passphrase is. Before a command runs, an
encrypted store's key is unwrapped once and remembered for that command only (``unlock_for_command``,
``lock_after_command``); a wrong passphrase stops the command before the store file is opened.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from fieldkit.cli.context import CommandContext, CommandError, Output
from fieldkit.config import Paths
from fieldkit.store import cipher, keys
from fieldkit.store.errors import PassphraseRequired, WrongPassphrase

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"
HOW = (
    "Give the passphrase (or the recovery key) with --passphrase-file FILE "
    f"or the {PASSPHRASE_ENV} environment variable."
)
RECOVERY_NOTE = (
    "Recovery key (shown only now): {key}\n"
    "Write it on paper and keep it away from the laptop. It opens the store if the passphrase is forgotten. "
    "Nobody can recover the data once both the passphrase and the recovery key are lost."
)


def add_passphrase_option(parser: argparse.ArgumentParser, *, default: Any) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=default,
        metavar="FILE",
        help=f"read an encrypted store's passphrase (or recovery key) from FILE (else {PASSPHRASE_ENV})",
    )


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    st = sub.add_parser("store", parents=[common], help="encrypt the store, change its passphrase or recovery key")
    ssub = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt a plain store in place with the passphrase from --passphrase-file or " + PASSPHRASE_ENV,
    )
    p.set_defaults(handler=cmd_store_encrypt)
    p = ssub.add_parser(
        "rekey", parents=[common], help="change the passphrase (the current one or the recovery key unlocks)"
    )
    p.add_argument("--new-passphrase-file", required=True, type=Path, metavar="FILE", help="the new passphrase")
    p.set_defaults(handler=cmd_store_rekey)
    p = ssub.add_parser("recovery-key", parents=[common], help="make a new recovery key; the old one stops working")
    p.set_defaults(handler=cmd_store_recovery_key)


# -- the passphrase ---------------------------------------------------------------------------------
def read_passphrase_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CommandError(f"The passphrase file {path} cannot be read ({reason}).") from exc
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    if not text:
        raise CommandError(f"The passphrase file {path} is empty.")
    return text


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file, else from FIELDKIT_PASSPHRASE; ``None`` when neither is given."""
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return read_passphrase_file(Path(path))
    return os.environ.get(PASSPHRASE_ENV) or None


def unlock_for_command(args: argparse.Namespace, paths: Paths) -> None:
    """Unwrap an encrypted store's key with the given passphrase and remember it for this command.

    Without a passphrase nothing happens here: a command that opens the store then says one is needed.
    """
    if not keys.needs_key(paths):
        return
    passphrase = read_passphrase(args)
    if passphrase is None:
        return
    keys.remember(paths, keys.unlock(paths, passphrase))


def lock_after_command(paths: Paths) -> None:
    keys.forget(paths)


def explain(exc: Exception) -> str:
    """A store's refusal, with how to give the passphrase on the command line when that is the problem."""
    if isinstance(exc, PassphraseRequired | WrongPassphrase):
        return f"{exc} {HOW}"
    return str(exc)


def _encrypted(paths: Paths) -> bool:
    return keys.has_keys(paths) and cipher.is_encrypted(paths.store)


def _audit(ctx: CommandContext, what: str) -> None:
    """The audit log's entry for a passphrase change, on a store that has a device that may write."""
    from fieldkit.services.audit import record_passphrase_change

    store = ctx.store()
    if store.initialised and store.identity_problem is None:
        record_passphrase_change(store, what)


# -- commands ---------------------------------------------------------------------------------------
def cmd_store_encrypt(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.services.export import canonical_export
    from fieldkit.store.encrypt import encrypt_store

    passphrase = read_passphrase(args)
    if passphrase is None:
        raise CommandError(
            "Encrypting needs the new passphrase: put it in a file and give --passphrase-file FILE, "
            f"or set {PASSPHRASE_ENV}."
        )
    result = encrypt_store(ctx.paths, passphrase, canonical_export)
    keys.remember(ctx.paths, result.key)
    if result.recovery_key is not None:
        _audit(ctx, "encrypted")
    warnings = [w for w in [keys.short_passphrase_warning(passphrase)] if w]
    if result.backups_left_plain:
        names = ", ".join(p.name for p in result.backups_left_plain)
        warnings.append(
            f"These backups could not be read, so they are still plain: {names}. Delete them if not needed."
        )
    if result.recovery_key is None:  # it already was: only backups left plain by an interrupted run
        text = f"The store was already encrypted. Backups encrypted now: {result.backups_encrypted}"
    else:
        text = (
            f"The store in {ctx.paths.data_dir} is now encrypted; the plain copy was overwritten and removed.\n"
            f"Backups encrypted: {result.backups_encrypted}\n" + RECOVERY_NOTE.format(key=result.recovery_key)
        )
    data = {
        "encrypted": True,
        "data_dir": str(ctx.paths.data_dir),
        "recovery_key": result.recovery_key,
        "backups_encrypted": result.backups_encrypted,
        "backups_left_plain": [str(p) for p in result.backups_left_plain],
    }
    return Output(text, data, warnings)


def cmd_store_rekey(args: argparse.Namespace, ctx: CommandContext) -> Output:
    old = read_passphrase(args)
    if old is None:
        raise CommandError("Changing the passphrase needs the current one (or the recovery key). " + HOW)
    if not _encrypted(ctx.paths):
        raise CommandError(
            f"The store in {ctx.paths.data_dir} is not encrypted. Encrypt it with 'fieldkit store encrypt' first."
        )
    new = read_passphrase_file(args.new_passphrase_file)
    keys.change_passphrase(ctx.paths, old, new)
    _audit(ctx, "passphrase")
    warnings = [w for w in [keys.short_passphrase_warning(new)] if w]
    text = (
        "The passphrase was changed. The old passphrase no longer opens the store; the recovery key still does, "
        "and the backups open with the new passphrase."
    )
    return Output(text, {"changed": True, "data_dir": str(ctx.paths.data_dir)}, warnings)


def cmd_store_recovery_key(args: argparse.Namespace, ctx: CommandContext) -> Output:
    secret = read_passphrase(args)
    if secret is None:
        raise CommandError("A new recovery key needs the passphrase (or the current recovery key). " + HOW)
    if not _encrypted(ctx.paths):
        raise CommandError(f"The store in {ctx.paths.data_dir} is not encrypted, so it has no recovery key.")
    recovery_key = keys.new_recovery_key(ctx.paths, secret)
    _audit(ctx, "recovery_key")
    text = "The old recovery key no longer opens the store.\n" + RECOVERY_NOTE.format(key=recovery_key)
    return Output(text, {"recovery_key": recovery_key, "data_dir": str(ctx.paths.data_dir)})
