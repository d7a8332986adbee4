"""The command line. Thin: it parses arguments, calls ``fieldkit.services`` and prints the result.

Exit codes: 0 done, 1 input refused (the message says why and what to do), 2 usage error. Errors go to
stderr; with ``--json`` the result (or the error) is printed as JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from fieldkit import __version__


class _Parser(argparse.ArgumentParser):
    """argparse that points to --help in its usage errors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\nRun '{self.prog} --help' for the options.\n")


def build_parser() -> argparse.ArgumentParser:
    from fieldkit.cli import commands_core, commands_print, commands_records, commands_stock, commands_sync
    from fieldkit.cli.commands_audit import register as register_audit  # issue 8: audit log
    from fieldkit.cli.commands_hub import register as register_hub  # issue 6: the hub
    from fieldkit.cli.commands_people import register as register_people  # issue 7: duplicates, merge
    from fieldkit.cli.commands_privacy import register as register_privacy  # issue 8: retention
    from fieldkit.cli.commands_report import register as register_report  # issue 7: indicator reports
    from fieldkit.cli.commands_store import add_passphrase_option
    from fieldkit.cli.commands_store import register as register_store  # issue 8: encryption at rest

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON")
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR", help="use this data directory")
    add_passphrase_option(common, default=argparse.SUPPRESS)

    parser = _Parser(
        prog="fieldkit",
        description="Field Kit: events, attendance, materials, stock and leaflets for awareness campaigns. "
        "With no command it starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data directory (default: FIELDKIT_DATA_DIR or the user data directory)"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    add_passphrase_option(parser, default=None)
    parser.add_argument("--demo", action="store_true", help="start the app on a throw-away store full of sample data")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (commands_core, commands_records, commands_stock, commands_print, commands_sync):
        module.register(sub, common)
    register_people(sub, common)  # issue 7
    register_report(sub, common)  # issue 7
    register_privacy(sub, common)  # issue 8
    register_audit(sub, common)  # issue 8
    register_store(sub, common)  # issue 8
    register_hub(sub, common)  # issue 6
    return parser


def _app_only(argv: Sequence[str]) -> str | bool | None:
    """The data directory when the command line only starts the app; ``False`` otherwise.

    Starting the desktop app is the common case and is on the start-up path, so it skips building
    the full command parser and importing every command's services.
    """
    if not argv:
        return None
    if argv == ["--demo"]:
        return "--demo"
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return argv[0].split("=", 1)[1]
    return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before anything heavy is imported (packaging smoke test)
        print(f"fieldkit {__version__}")
        return 0
    data_dir = _app_only(argv)
    if data_dir is not False:
        from fieldkit.app import run_app

        if data_dir == "--demo":
            return run_app(demo=True)
        return run_app(data_dir if isinstance(data_dir, str) else None)
    from fieldkit.cli.commands_store import explain, lock_after_command, unlock_for_command
    from fieldkit.cli.context import CommandContext, CommandError, emit, emit_error
    from fieldkit.store.errors import KnownError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from fieldkit.app import run_app

        return run_app(args.data_dir, demo=args.demo)
    ctx = CommandContext(args)
    try:
        unlock_for_command(args, ctx.paths)  # an encrypted store: its passphrase, checked before anything runs
        output = args.handler(args, ctx)
    except (KnownError, CommandError) as exc:
        emit_error(ctx, explain(exc))
        return 1
    except KeyboardInterrupt:
        emit_error(ctx, "Interrupted; nothing was half-written.")
        return 130
    finally:
        ctx.close()
        lock_after_command(ctx.paths)
    try:
        emit(ctx, output)
    except BrokenPipeError:  # the output was piped into something that stopped reading (| head)
        sys.stderr.close()
    return ctx.exit_code


if __name__ == "__main__":
    sys.exit(main())
