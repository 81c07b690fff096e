"""The agenda as CSV for Excel: ``;``-separated UTF-8 with BOM, Norwegian column names that the
CSV importer reads back (``importers.spreadsheet.COLUMNS``)."""

from __future__ import annotations

from typing import TextIO

from controlroom.agenda.types import BlockData
from controlroom.exporters import safe_csv

HEADER = ("Dato", "KL.", "Lengde", "Tittel", "Beskrivelse", "Kategori", "Ansvarlig", "Notater", "Strømmes", "Sted")
_STREAMED = {True: "ja", False: "nei", None: ""}
_LOCATION = {"onsite": "fysisk", "online": "digitalt", "both": "begge"}


def write_csv(blocks: list[BlockData], fh: TextIO) -> None:
    """Write to a text stream opened with ``encoding="utf-8-sig", newline=""``."""
    writer = safe_csv.writer(fh, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for b in blocks:
        writer.writerow(
            (
                b.day.isoformat(),
                f"{b.start.hour:02d}:{b.start.minute:02d}",
                b.minutes,
                b.title,
                b.description,
                b.category or "",
                ", ".join(b.assigned),
                b.notes,
                _STREAMED[b.streamed],
                _LOCATION.get(b.location, "begge"),
            )
        )
