"""Agenda subcommands: ``import``, ``agenda`` and ``export``.

``import`` reads the whole agenda before it touches the event file, then adds it in one
transaction; a new event file is built under a temporary name and renamed into place only when
everything succeeded. So on bad input (exit 2) the event file is exactly as it was, or absent.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.cli.targets import event_target
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr

#: How many warnings/skipped lines the import report lists before "… og N til".
REPORT_LIMIT = 12
WEEKDAYS_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``sub``."""
    p = sub.add_parser(
        "import",
        help="importer en agenda (SessionLab-eksport, programtekst, CSV, XLSX, JSON) til en hendelsesfil",
        description="Leser agendaen, sjekker den og legger den til i hendelsesfilen i én transaksjon "
        "(filen lages om den ikke finnes). Ved feil er hendelsesfilen uendret (exit 2).",
    )
    p.add_argument("agenda", type=Path, help="agendafilen")
    p.add_argument("--event", type=event_target, required=True, metavar="HENDELSE",
                   help="hendelsesfilen (.krom) eller en database-URL (postgresql+psycopg://…)")
    p.add_argument("--date", default=None, metavar="ÅÅÅÅ-MM-DD",
                   help="dagen (eller året) når agendaen ikke sier det selv")
    p.set_defaults(func=cmd_import)

    c = sub.add_parser(
        "copy",
        help="kopier en hendelse til en ny fil eller en tom database (og tilbake)",
        description="Kopierer hele hendelsen (agenda, kjørelogg, deltakere, grupper, innspill, cues, innstillinger) "
        "i én transaksjon: en forberedt .krom-fil inn i PostgreSQL for en andre operatør, eller en database "
        "tilbake til en fil. Målet må være en ny fil eller en tom database; ingenting overskrives.",
    )
    c.add_argument("source", type=event_target, metavar="FRA", help="hendelsesfilen eller database-URL-en")
    c.add_argument("target", type=event_target, metavar="TIL", help="en ny hendelsesfil eller en tom database")
    c.set_defaults(func=cmd_copy)

    a = sub.add_parser("agenda", help="vis agendaen i en hendelsesfil (tabell eller --json)")
    a.add_argument("event", type=event_target, metavar="HENDELSESFIL")
    a.add_argument("--json", action="store_true", help="skriv agendaen som JSON")
    a.set_defaults(func=cmd_agenda)

    e = sub.add_parser("export", help="eksporter agendaen til JSON eller CSV (for Excel)")
    e.add_argument("event", type=event_target, metavar="HENDELSESFIL")
    e.add_argument("--format", choices=("json", "csv"), required=True, help="json (alle felt) eller csv (for Excel)")
    e.add_argument("--out", type=Path, required=True, metavar="FIL", help="filen som skal skrives")
    e.set_defaults(func=cmd_export)


def cmd_copy(args: argparse.Namespace) -> int:
    from controlroom.application.event_copy import copy, describe

    counts = copy(args.source, args.target)
    print(tr("Kopierte hendelsen fra {source} til {target}: {blocks} bolker, {actions} handlinger i kjøreloggen, "
             "{people} deltakere, {inputs} innspill.").format(
        source=describe(args.source), target=describe(args.target), blocks=counts.get("block", 0),
        actions=counts.get("run_action", 0), people=counts.get("participant", 0), inputs=counts.get("input_item", 0)))
    return 0


def parse_date_option(value: str | None) -> date | None:
    from controlroom.importers.bounds import day_bounds_message, day_in_bounds
    from controlroom.importers.common import preview

    if value is None:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise BadInputError([InputProblem("--date", None, tr("Ugyldig dato «{value}»; ventet ÅÅÅÅ-MM-DD.").format(
            value=preview(value)))]) from None
    if not day_in_bounds(day):
        raise BadInputError([InputProblem("--date", None, day_bounds_message(day))])
    return day


# -- import ------------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from controlroom.importers import read_agenda

    draft = read_agenda(args.agenda, day=parse_date_option(args.date))
    event: Path | str = args.event
    created = import_into(draft, event, str(args.agenda))
    print(import_report(draft, Path(args.agenda), event, created))
    return 0


def import_into(draft: AgendaDraft, event: Path | str, agenda_file: str = "") -> bool:
    """Add ``draft`` to ``event`` (a file or a database URL) in one transaction (a new file appears
    only when complete). Returns True when the event was new. Block uids it already has get new ones."""
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    if isinstance(event, str):  # a database: the one transaction is all or nothing there
        store = EventStore.open(event, create=True, backup=False)
        created = not AgendaRepository(store).blocks()
        target: Path | str = event
    else:
        created = not event.exists()
        target = event.with_name(f".{event.name}.importing") if created else event
        if created:
            _remove_sqlite(target)
        try:
            store = EventStore.open(target, create=created, backup=not created)
        except BaseException:  # a full disk while the new file is made: no half-made file is left behind
            if created:
                _remove_sqlite(target)
            raise
    file_made = created and isinstance(target, Path)
    try:
        repo = AgendaRepository(store)
        clashes = repo.existing_uids([b.uid for b in draft.blocks])
        for b in draft.blocks:
            if b.uid in clashes:
                draft.warnings.append(InputProblem(agenda_file or str(event), b.source_line, tr(
                    "«{title}» finnes allerede i hendelsen (samme id); lagt til som en ny bolk.").format(title=b.title)))
                b.uid = ""
        repo.import_draft(draft)
        if created:  # a new event looks like its source: the file's colours over the defaults
            for name, color in draft.categories.items():
                repo.set_category_color(name, color)
    except BaseException:
        store.close()
        if file_made:
            _remove_sqlite(Path(target))
        raise
    store.close()
    if file_made:
        os.replace(target, event)
    return created


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def import_report(draft: AgendaDraft, agenda: Path, event: Path | str, created: bool) -> str:
    from controlroom.application.event_copy import describe
    from controlroom.importers import FORMAT_NAMES

    days = draft.days
    people = {p for b in draft.blocks for p in b.assigned}
    streamed = [b.streamed for b in draft.blocks]
    lines = [
        (tr("Importerte «{title}» ({kind}) fra {agenda} til {event} (ny fil).")
         if created and isinstance(event, Path) else
         tr("Importerte «{title}» ({kind}) fra {agenda} til {event}.")).format(
            title=draft.title or agenda.name, kind=tr(FORMAT_NAMES.get(draft.source, draft.source)),
            agenda=agenda.name, event=describe(event)),
        tr("Fant {days} ({dates}), {blocks} og {people}.").format(
            days=_count(len(days), tr("1 dag"), tr("{n} dager")), dates=", ".join(_day_label(d) for d in days),
            blocks=_count(len(draft.blocks), tr("1 bolk"), tr("{n} bolker")),
            people=_count(len(people), tr("1 person"), tr("{n} personer"))),
        tr("Strømming: {yes} strømmes, {no} strømmes ikke, {unknown} uten forslag.").format(
            yes=streamed.count(True), no=streamed.count(False), unknown=streamed.count(None)),
    ]
    for heading, problems in ((tr("Advarsler"), draft.warnings), (tr("Hoppet over"), draft.skipped)):
        if problems:
            lines.append(f"{heading} ({len(problems)}):")
            lines += [f"  {p}" for p in problems[:REPORT_LIMIT]]
            if len(problems) > REPORT_LIMIT:
                lines.append("  " + tr("… og {n} til").format(n=len(problems) - REPORT_LIMIT))
    return "\n".join(lines)


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def _day_label(d: date) -> str:
    return f"{tr(WEEKDAYS_NB[d.weekday()])} {d.isoformat()}"


# -- agenda ------------------------------------------------------------------------------------
def cmd_agenda(args: argparse.Namespace) -> int:
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    store = EventStore.open(args.event, backup=False)
    try:
        repo = AgendaRepository(store)
        info, blocks = repo.event_info(), repo.blocks()
    finally:
        store.close()
    if args.json:
        doc = {"title": info.title, "timezone": info.timezone, "blocks": [block_json(b) for b in blocks]}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(agenda_table(info.title, blocks))
    return 0


def block_json(b: BlockData) -> dict[str, object]:
    return {
        "day": b.day.isoformat(),
        "start": f"{b.start.hour:02d}:{b.start.minute:02d}",
        "minutes": b.minutes,
        "end": b.end_mark,
        "title": b.title,
        "category": b.category,
        "assigned": list(b.assigned),
        "description": b.description,
        "notes": b.notes,
        "streamed": b.streamed,
    }


def agenda_table(title: str, blocks: list[BlockData]) -> str:
    streamed = {True: tr("ja"), False: tr("nei"), None: ""}
    header = f"{'#':>3}  {tr('KL.'):5}  {tr('Min'):>4}  {tr('Tittel'):44}  {tr('Kategori'):10}  {tr('Strøm'):5}  {tr('Ansvarlig')}"
    lines = [title or tr("(uten tittel)")]
    day = None
    for i, b in enumerate(blocks):
        if b.day != day:
            day = b.day
            lines += ["", f"— {_day_label(day)} —", header]
        lines.append(
            f"{i:>3}  {b.start.hour:02d}:{b.start.minute:02d}  {b.minutes:>4}  {_cut(b.title, 44):44}  "
            f"{_cut(b.category or '', 10):10}  {streamed[b.streamed]:5}  {', '.join(b.assigned)}".rstrip()
        )
    if not blocks:
        lines.append(tr("Agendaen er tom."))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- export ------------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from controlroom.application.agenda_files import export_agenda
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    store = EventStore.open(args.event, backup=False)
    try:
        count = len(AgendaRepository(store).blocks())
        out = export_agenda(store, args.format, args.out)
    finally:
        store.close()
    print(tr("Skrev {n} bolker til {out}.").format(n=count, out=out))
    return 0
