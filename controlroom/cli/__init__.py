"""The command line. The GUI is the default; subcommands serve scripts and tests.

Exit codes: 0 success, 2 bad input (the message on stderr, nothing saved), 1 anything else.
Each area registers its subcommands from its own module (``register(subparsers)``).
"""

from __future__ import annotations

import argparse
import errno
import gc
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

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
    parser.add_argument("--version", action=_VersionAction)
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


class _VersionAction(argparse.Action):
    """``--version``: the installed version, read only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="vis versjonen og avslutt")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        import controlroom

        print(f"{parser.prog} {controlroom.__version__}")
        parser.exit()


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
        # No cyclic collection while the window's libraries load and its panels are built: each pass
        # walks every object made so far, a fifth of the start-up. The window turns it back on once
        # shown (``controlroom.app``), after freezing what the start-up made.
        gc.disable()
        _load_before_qt(args)
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


def _load_before_qt(args: argparse.Namespace) -> None:
    """Load the window's Qt-free libraries (SQLAlchemy and the models, for an event file SQLite's dialect
    and the file watcher, and with ``--api-port`` aiohttp, the web server and the phones' pages) before
    Qt itself. Once PySide6 is loaded it reads the source
    of every module imported after it (looking for its ``__feature__`` switches): for these libraries
    that is about 90 ms of the start and 25 MB held in ``linecache``."""
    importlib.import_module("controlroom.application.event")
    event = getattr(args, "event", None)
    if not (isinstance(event, str) and "://" in event):  # an event file: SQLite, followed by watchfiles
        importlib.import_module("sqlalchemy.dialects.sqlite")
        importlib.import_module("watchfiles")
    if getattr(args, "api_port", None) is not None:
        importlib.import_module("controlroom.web.server")
        importlib.import_module("controlroom.phone")


def gui_main() -> int:
    """The ``kontrollrom`` launcher: ``controlroom open`` with the launcher's arguments."""
    return main(["open", *sys.argv[1:]])
