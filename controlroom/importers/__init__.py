"""Agenda importers (Qt-free). ``read_agenda`` detects the format and hands the file to one of:

- ``sessionlab``: SessionLab's text export (tab table ``KL. LENGDE TITTEL BESKRIVELSE`` + block details);
- ``plaintext``: a programme pasted from an invitation (day headers, ``12.00`` times, indented lines);
- ``spreadsheet``: CSV (``;``/``,``, UTF-8 ± BOM, Windows-1252) and XLSX with Norwegian or English headers;
- ``jsonformat``: Kontrollrom's own JSON export (``{"format": "kontrollrom-agenda", "version": 1, …}``).

Every importer returns an unsaved ``AgendaDraft`` (with warnings and skipped lines) or raises
``BadInputError`` naming the file, the line and what was expected. Nothing is written anywhere.
Whatever the format, the draft then passes one gate (``bounds.check_values``): days, lengths,
thresholds and texts inside the bounds of ``agenda.types``, so nothing accepted can break the event.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from controlroom.agenda.types import AgendaDraft
from controlroom.i18n import tr
from controlroom.importers.bounds import check_values, day_bounds_message, day_in_bounds
from controlroom.importers.common import OLE_MAGIC, ZIP_MAGIC, DateNeededError, bad, decode_text, read_bytes

#: Human names of ``AgendaDraft.source`` values, for reports.
FORMAT_NAMES = {
    "sessionlab": "SessionLab-eksport",
    "plaintext": "programtekst",
    "csv": "CSV-regneark",
    "xlsx": "Excel-regneark (XLSX)",
    "json": "Kontrollrom-JSON",
}


def read_agenda(path: str | Path, *, day: date | None = None) -> AgendaDraft:
    """Read an agenda file of any supported kind. ``day`` gives the date (or, for programmes
    without a year, the year) when the file does not say it; without it such a file raises
    ``DateNeededError`` (a ``BadInputError``), so a GUI can ask for the date and call again."""
    from controlroom.importers import jsonformat, plaintext, sessionlab, spreadsheet

    path = Path(path)
    file = str(path)
    if day is not None and not day_in_bounds(day):
        raise bad(file, None, day_bounds_message(day))
    data = read_bytes(path)
    if data.startswith(ZIP_MAGIC):
        draft = spreadsheet.parse_xlsx(path, day, data)
    elif data.startswith(OLE_MAGIC):
        raise bad(file, None, tr("Gamle Excel-filer (.xls) kan ikke leses; lagre som .xlsx eller CSV og prøv igjen."))
    else:
        text, _encoding = decode_text(data, file)
        if text.lstrip().startswith(("{", "[")) or path.suffix.lower() == ".json":
            draft = jsonformat.parse_json(text, path)
        elif path.suffix.lower() in (".csv", ".tsv"):
            draft = spreadsheet.parse_csv(text, path, day)
        elif sessionlab.looks_like_sessionlab(text):
            draft = sessionlab.parse_sessionlab(text, path, day)
        elif spreadsheet.looks_like_csv(text):
            draft = spreadsheet.parse_csv(text, path, day)
        else:
            draft = plaintext.parse_plaintext(text, path, day)
    check_values(draft, file)
    return draft


__all__ = ["FORMAT_NAMES", "DateNeededError", "read_agenda"]
