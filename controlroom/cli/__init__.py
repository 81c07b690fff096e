"""The command line. The GUI is the default; subcommands serve scripts and tests.

Exit codes: 0 success, 2 bad input (the message on stderr, nothing saved), 1 anything else.
Each area registers its subcommands from its own module (``register(subparsers)``).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from controlroom import __version__
from controlroom.cli.targets import event_target
from controlroom.errors import ControlroomError
from controlroom.i18n import tr

#: Faults of the machine rather than of the program: said in one line, never as a traceback.
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EFBIG}

#: Modules under ``controlroom.cli`` that add subcommands, in the order ``--help`` lists them.
COMMAND_MODULES = ("agenda_cmds", "live_cmds", "people_cmds", "input_cmds", "cue_cmds", "integration_cmds")

GUI_COMMANDS = {"open", "gui"}


def build_parser(*, window_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with ``window_only`` just ``open`` (the window starts without loading
    every other command's module)."""
    parser = argparse.ArgumentParser(
        prog="controlroom",
        description="Kontrollrom: kontrollrommet for hybride arrangementsdager. Uten argumenter åpnes vinduet.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    gui = sub.add_parser("open", help="åpne en hendelsesfil i vinduet")
    add_gui_options(gui)
    gui.add_argument("event", type=event_target, nargs="?", help="hendelsesfilen (.krom); uten: sist åpnede eller demo")
    if window_only:
        return parser
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"controlroom.cli.{name}")
        module.register(sub)
    return parser


def add_gui_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--api-port", type=int, default=None, metavar="PORT",
                   help="slå på fjernstyrings-API-et på denne porten (0 velger en ledig port)")
    p.add_argument("--allow-lan", action="store_true",
                   help="la API-et lytte på nettverket (krever token); standard er bare denne maskinen")
    p.add_argument("--announce", action="store_true",
                   help="kunngjør hendelsen på nettverket (mDNS) så teknisk ansvarlig finner den med «controlroom find»")
    p.add_argument("--lang", choices=["nb", "en"], default=None, help="språk (standard: norsk bokmål)")
    p.add_argument("--demo", action="store_true", help="åpne demo-arrangementet")
    p.add_argument("--screenshot", type=Path, default=None, metavar="PNG",
                   help="lagre et skjermbilde av vinduet etter oppstart og avslutt (for dokumentasjon og tester)")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "-h", "--version"):
        argv = ["open", *argv]
    parser = build_parser(window_only=argv[0] == "open" and "-h" not in argv and "--help" not in argv)
    args = parser.parse_args(argv)
    from controlroom.logfile import configure_logging

    configure_logging("gui" if args.command in GUI_COMMANDS else f"cli {args.command}")
    if args.command in GUI_COMMANDS:
        from controlroom.app import run_gui  # the composition root; the only Qt import here

        return run_gui(args)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except ControlroomError as exc:  # bad input, a refused action, a bad file, sick storage
        print(f"controlroom: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno not in ENVIRONMENT_ERRNOS:
            raise
        where = exc.filename or ""
        print(f"controlroom: {where}{': ' if where else ''}{exc.strerror}. " + tr("Ingenting er endret."),
              file=sys.stderr)
        return 2


def gui_main() -> int:
    """The ``kontrollrom`` launcher: ``controlroom open`` with the launcher's arguments."""
    return main(["open", *sys.argv[1:]])
