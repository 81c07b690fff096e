"""``controlroom inputs …`` and ``controlroom workbook …``.

    controlroom inputs add EVENTFILE TEXT [--block INDEX] [--source room|group|openspace|teams|zoom|mobil|other]
                                          [--kind innspill|spørsmål|idé|målkonflikt|tiltak] [--tag TAG]…
                                          [--author NAME] [--ref GROUP]
    controlroom inputs EVENTFILE [--json] [--search TEXT] [--block INDEX] [--source S] [--kind K] [--tag T]
    controlroom inputs star|unstar|delete|restore EVENTFILE ID
    controlroom workbook EVENTFILE --out FILE.docx|.pdf|.md [--include-personal-data]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from controlroom.cli.targets import event_target
from controlroom.clock import SystemClock
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr

ACTIONS = ("add", "list", "star", "unstar", "delete", "restore")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``sub``."""
    p = sub.add_parser(
        "inputs",
        help="innspill: legg til (inputs add FIL TEKST) eller list (inputs FIL --json)",
        description="Innspillsloggen. «inputs add FIL TEKST» legger til; «inputs FIL --json» lister.",
    )
    p.add_argument("words", nargs=argparse.REMAINDER, metavar="[add|star|unstar|delete|restore] FIL …")
    p.set_defaults(func=_inputs)
    w = sub.add_parser("workbook", help="skriv arbeidsboka (.docx, .pdf eller .md)")
    w.add_argument("event", type=event_target, help="hendelsesfilen (.krom) eller en database-URL")
    w.add_argument("--out", type=Path, default=None, help="målfil: .docx, .pdf eller .md (påkrevd uten --wait)")
    w.add_argument("--include-personal-data", action="store_true",
                   help="ta med navn og e-postadresser (standard: fjernet)")
    w.add_argument("--progress", action="store_true",
                   help="skriv «PROGRESS ferdig totalt» på stderr underveis (for vinduets fremdriftslinje)")
    w.add_argument("--wait", action="store_true",
                   help="forbered arbeidsboka og vent på én JSON-linje på stdin: "
                        "{\"out\": FIL, \"include_personal_data\": true|false} (vinduets eksportdialog)")
    w.add_argument("--lay-out-pdf", action="store_true",
                   help="med --wait: legg ut sidene til en PDF straks arbeidsboka er bygd (filnavnet sier .pdf)")
    # the PDF printer's helper process (controlroom/cli/pdf_helper.py), started by the printer itself
    w.add_argument("--pdf-helper", action="store_true", help=argparse.SUPPRESS)
    w.set_defaults(func=_workbook)


# -- parsers for the inputs actions -------------------------------------------------------------
def _add_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="controlroom inputs add", description="Legg til et innspill.")
    p.add_argument("event", help="hendelsesfilen (.krom) eller en database-URL")
    p.add_argument("text", help="innspillet (#stikkord og #sdg13 i teksten blir stikkord)")
    p.add_argument("--block", type=int, default=None, metavar="INDEX",
                   help="bolkens nummer i agendaen (0 er den første); standard: den som går nå")
    p.add_argument("--source", default="room", help="room|group|openspace|teams|zoom|mobil|other (standard room)")
    p.add_argument("--ref", default=None, help="gruppe eller Open Space-sesjon (id)")
    p.add_argument("--kind", default=None, help="innspill|spørsmål|idé|målkonflikt|tiltak (også uten æøå/é)")
    p.add_argument("--tag", action="append", default=[], help="stikkord (kan gjentas); sdg1–sdg17")
    p.add_argument("--author", default=None, help="hvem som sa det (valgfritt)")
    return p


def _list_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="controlroom inputs", description="List innspill.")
    p.add_argument("event", help="hendelsesfilen (.krom) eller en database-URL")
    p.add_argument("--json", action="store_true", help="skriv JSON")
    p.add_argument("--search", default="", help="tekst (store/små bokstaver og aksenter likegyldig)")
    p.add_argument("--block", type=int, default=None, metavar="INDEX")
    p.add_argument("--source", default=None)
    p.add_argument("--kind", default=None)
    p.add_argument("--tag", default=None)
    p.add_argument("--starred", action="store_true", help="bare stjernemerkede")
    return p


def _id_parser(action: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"controlroom inputs {action}")
    p.add_argument("event", help="hendelsesfilen (.krom) eller en database-URL")
    p.add_argument("id", type=int, help="innspillets id (fra «inputs FIL --json»)")
    return p


def _inputs(args: argparse.Namespace) -> int:
    words = list(args.words)
    action = words.pop(0) if words and words[0] in ACTIONS else "list"
    if action == "add":
        return _add(_add_parser().parse_args(words))
    if action == "list":
        return _list(_list_parser().parse_args(words))
    return _by_id(action, _id_parser(action).parse_args(words))


def _open(event: str, backup: bool = True):
    from controlroom.models import EventStore

    return EventStore.open(event if "://" in event else Path(event), backup=backup)


def _block_uid(store, index: int | None) -> str | None:
    if index is None:
        return None
    from controlroom.models.agenda_repo import AgendaRepository

    blocks = AgendaRepository(store).blocks()
    if not 0 <= index < len(blocks):
        raise BadInputError(InputProblem("--block", None,
            tr("Bolk nr. {i} finnes ikke: agendaen har {n} bolker (0–{last}).").format(
                i=index, n=len(blocks), last=max(len(blocks) - 1, 0)
            )
        ))
    return blocks[index].uid


def _add(a: argparse.Namespace) -> int:
    from controlroom.cli.event_services import services_for

    services = services_for(_open(a.event, backup=False))
    try:
        uid = _block_uid(services.store, a.block)  # without --block: the running block's
        rec = services.inputs.add(a.text, block_uid=uid, source=a.source, source_ref=a.ref, author=a.author,
                      kind=a.kind, tags=a.tag)
        print(rec.id)
    finally:
        services.close()
    return 0


def input_rows(store) -> list[dict]:
    """The ``--json`` rows: id, time (ISO in the event's zone), block index or null, source, kind, text,
    tags, starred. Deleted inputs are left out."""
    from controlroom.inputs.log import InputLog
    from controlroom.models.agenda_repo import AgendaRepository

    repo = AgendaRepository(store)
    zone = ZoneInfo(repo.event_info().timezone or "Europe/Oslo")
    index = {b.uid: i for i, b in enumerate(repo.blocks())}
    rows = []
    for r in InputLog(store, SystemClock()).all():
        rows.append(
            {
                "id": r.id,
                "time": r.at.astimezone(zone).isoformat(),
                "block": index.get(r.block_uid) if r.block_uid else None,
                "source": r.source,
                "kind": r.kind,
                "text": r.text,
                "tags": list(r.tags),
                "starred": r.starred,
            }
        )
    return rows


def _list(a: argparse.Namespace) -> int:
    from controlroom.inputs.log import InputLog
    from controlroom.inputs.parse import normalise_kind, normalise_source
    from controlroom.inputs.types import InputFilter

    store = _open(a.event, backup=False)
    try:
        flt = InputFilter(
            text=a.search,
            block_uid=_block_uid(store, a.block),
            source=normalise_source(a.source) if a.source else None,
            kind=normalise_kind(a.kind) if a.kind else None,
            tag=a.tag,
            starred=True if a.starred else None,
        )
        wanted = {r.id for r in InputLog(store, SystemClock()).search(flt)}
        rows = [r for r in input_rows(store) if r["id"] in wanted]
    finally:
        store.close()
    if a.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            star = "★" if r["starred"] else " "
            block = "-" if r["block"] is None else r["block"]
            print(f"{r['id']:>6} {star} {r['time'][11:16]} [{block}] {r['source']:<9} {r['kind']:<11} {r['text']}")
    return 0


def _by_id(action: str, a: argparse.Namespace) -> int:
    from controlroom.cli.event_services import services_for

    services = services_for(_open(a.event, backup=False))
    try:
        log = services.inputs
        {"star": lambda i: log.star(i, True), "unstar": lambda i: log.star(i, False),
         "delete": log.delete, "restore": log.restore}[action](a.id)
    finally:
        services.close()
    return 0


def _workbook(a: argparse.Namespace) -> int:
    from controlroom.cli.workbook_cmd import run

    return run(a)
