"""Writing the event's agenda to a file (Kontrollrom JSON or CSV for Excel), for every front end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from controlroom.errors import BadInputError, InputProblem
from controlroom.exporters import FORMATS, atomic_write
from controlroom.exporters.csvformat import write_csv
from controlroom.exporters.jsonformat import agenda_document
from controlroom.i18n import tr
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.store import EventStore


def export_agenda(store: EventStore, fmt: str, out: str | Path) -> Path:
    """Write the event's agenda to ``out`` as ``fmt`` (json or csv). Returns the path written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise BadInputError([InputProblem(str(out), None, tr("Ukjent format «{fmt}»; ventet json eller csv.").format(fmt=fmt))])
    if not out.parent.exists():
        raise BadInputError([InputProblem(str(out), None, tr("Mappen {folder} finnes ikke.").format(folder=out.parent))])
    if out.is_dir():
        raise BadInputError([InputProblem(str(out), None, tr("{out} er en mappe; ventet et filnavn.").format(out=out))])
    repo = AgendaRepository(store)
    blocks = repo.blocks()
    info = repo.event_info()
    try:
        if fmt == "json":
            doc = agenda_document(info.title, info.timezone, info.place, repo.categories(), blocks)
            def write_json(fh: TextIO) -> None:
                json.dump(doc, fh, ensure_ascii=False, indent=2)
                fh.write("\n")

            atomic_write(out, write_json, "utf-8")
        else:
            atomic_write(out, lambda fh: write_csv(blocks, fh), "utf-8-sig")
    except OSError as exc:
        raise BadInputError([InputProblem(str(out), None, tr("Kan ikke skrive filen ({error}); ingenting er skrevet.").format(
            error=exc.strerror or exc))]) from None
    return out
