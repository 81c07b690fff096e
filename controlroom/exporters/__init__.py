"""Agenda exporters (Qt-free): Kontrollrom JSON and CSV for Excel, written atomically (a temporary
file in the same folder, renamed into place) so a failed export never leaves half a file."""

from __future__ import annotations

import json
from pathlib import Path

from controlroom.atomic_write import atomic_open
from controlroom.errors import BadInputError, InputProblem
from controlroom.exporters.csvformat import write_csv
from controlroom.exporters.jsonformat import agenda_document
from controlroom.i18n import tr

FORMATS = ("json", "csv")


def export_agenda(store, fmt: str, out: str | Path) -> Path:  # noqa: ANN001 - EventStore, imported lazily
    """Write the event's agenda to ``out`` as ``fmt`` (json or csv). Returns the path written."""
    from controlroom.models.agenda_repo import AgendaRepository

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
            _atomic_write(out, lambda fh: (json.dump(doc, fh, ensure_ascii=False, indent=2), fh.write("\n")), "utf-8")
        else:
            _atomic_write(out, lambda fh: write_csv(blocks, fh), "utf-8-sig")
    except OSError as exc:
        raise BadInputError([InputProblem(str(out), None, tr("Kan ikke skrive filen ({error}); ingenting er skrevet.").format(
            error=exc.strerror or exc))]) from None
    return out


def _atomic_write(out: Path, write, encoding: str) -> None:  # noqa: ANN001
    with atomic_open(out, "w", encoding=encoding, newline="") as fh:
        write(fh)


__all__ = ["FORMATS", "export_agenda"]
