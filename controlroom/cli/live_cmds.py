"""Live subcommands: ``report`` (planned versus actual) and ``live`` (the timer from a script).

``controlroom report EVENTFILE --json`` prints the report; ``--csv --out FILE`` writes it as CSV.
``controlroom live EVENTFILE [state|start|pause|resume|next|previous|end|undo|redo|goto N|time S|message TEXT]``
acts through the same service and run log as the window (and prints the API's state object).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from controlroom.cli.targets import event_target
from controlroom.errors import ActionRefused, BadInputError, EventFileError, InputProblem
from controlroom.i18n import tr

ACTIONS = ("state", "start", "pause", "resume", "next", "previous", "end", "undo", "redo", "goto", "time", "message")


def register(sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("report", help="planlagt mot faktisk tid per bolk (JSON eller CSV)")
    rep.add_argument("event", type=event_target, help="hendelsesfilen (.krom)")
    fmt = rep.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="skriv rapporten som JSON på stdout (standard)")
    fmt.add_argument("--csv", action="store_true", help="skriv rapporten som CSV (semikolon, UTF-8 med BOM)")
    rep.add_argument("--out", type=Path, default=None, metavar="FIL", help="filen CSV-en skrives til")
    rep.set_defaults(func=run_report)

    live = sub.add_parser("live", help="styr timeren fra et skript (samme logg som vinduet)")
    live.add_argument("event", type=event_target, help="hendelsesfilen (.krom)")
    live.add_argument("action", choices=ACTIONS, nargs="?", default="state", help="handlingen (standard: state)")
    live.add_argument("value", nargs="?", default=None, help="bolknummer (goto), sekunder (time) eller tekst (message)")
    live.set_defaults(func=run_live)

    find = sub.add_parser("find", help="list hendelsene som kunngjøres på nettverket (startet med --announce)")
    find.add_argument("--seconds", type=float, default=3.0, help="hvor lenge det lyttes (standard 3)")
    find.add_argument("--json", action="store_true", help="skriv listen som JSON")
    find.set_defaults(func=run_find)


def run_find(args: argparse.Namespace) -> int:
    """The events announced over mDNS on this network, with the address of their views."""
    import asyncio

    from controlroom.web.announce import find_events

    if not 0 < args.seconds <= 60:
        raise BadInputError(tr("--seconds må være mellom 0 og 60."))
    found = asyncio.run(find_events(args.seconds))
    if args.json:
        json.dump([{"title": e.title, "url": e.url} for e in found], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not found:
        print(tr("Fant ingen hendelser på nettverket."))
    for e in found if not args.json else []:
        print(f"{e.title}\t{e.url}")
    return 0


def _open(path: Path):
    from controlroom.models import EventStore
    from controlroom.models.store import last_good_path

    try:
        return EventStore.open(path, backup=False)
    except EventFileError as exc:
        if exc.recoverable_copy is not None:
            hint = tr("Siste gode kopi finnes i {copy}; åpne den i vinduet eller kopier den.").format(
                copy=last_good_path(path)
            )
            raise EventFileError(f"{exc}\n{hint}", path, exc.recoverable_copy) from None
        raise


def run_report(args: argparse.Namespace) -> int:
    from controlroom.live.report import build_report, write_csv

    if args.csv and args.out is None:
        raise BadInputError(tr("--csv trenger --out FIL."))
    store = _open(args.event)
    try:
        report = build_report(store)
    finally:
        store.close()
    if args.csv:
        try:
            write_csv(report, args.out)
        except OSError as exc:
            raise BadInputError(InputProblem(str(args.out), None, tr(
                "Kan ikke skrive filen ({why}); ventet en fil i en mappe som finnes og er skrivbar.").format(
                why=exc.strerror or exc))) from None
        print(tr("Skrev {n} bolker til {path}").format(n=len({r.index for r in report.rows}), path=args.out))
        return 0
    json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def run_live(args: argparse.Namespace) -> int:
    from controlroom.cli.event_services import services_for

    services = services_for(_open(args.event))
    try:
        svc = services.live
        action, value = args.action, args.value
        if action in ("goto", "time") and value is None:
            raise BadInputError(tr("{action} trenger et tall.").format(action=action))
        try:
            if action == "goto":
                state = svc.goto(_number(value, int, "goto"))
            elif action == "time":
                state = svc.add_time(_number(value, float, "time"))
            elif action == "message":
                state = svc.message(value)
            elif action == "end":
                state = svc.end_block()
            elif action == "state":
                state = svc.state()
            else:
                state = getattr(svc, action)()
        except ActionRefused as exc:  # name the event the action was refused in
            raise BadInputError(InputProblem(str(args.event), None, f"{action}: {exc}")) from None
        from controlroom.api.server import api_state

        json.dump(api_state(state), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    finally:
        services.close()


def _number(value: str, kind: type, action: str):
    try:
        return kind(value)
    except ValueError:
        raise BadInputError(tr("{action} trenger et tall, ikke «{value}».").format(action=action, value=value)) from None
