"""Agenda exporters (Qt-free): Kontrollrom JSON and CSV for Excel, written atomically (a temporary
file in the same folder, renamed into place) so a failed export never leaves half a file.

``controlroom.application.agenda_files.export_agenda`` reads the event and writes through these."""

from __future__ import annotations

from pathlib import Path

from controlroom.atomic_write import atomic_open

FORMATS = ("json", "csv")


def atomic_write(out: Path, write, encoding: str) -> None:
    with atomic_open(out, "w", encoding=encoding, newline="") as fh:
        write(fh)


__all__ = ["FORMATS", "atomic_write"]
