"""Recently used event files, remembered in QSettings across runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent/files"
LAST = "recent/last"
LIMIT = 8


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[Path]:
        value = self.settings.value(KEY, [])
        if isinstance(value, str):  # QSettings gives a str for a one-element list in INI files
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(v)) for v in value]

    def existing(self) -> list[Path]:
        return [p for p in self.paths() if p.exists()]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [path, *(p for p in self.paths() if p != path)][:LIMIT]
        self.settings.setValue(KEY, [str(p) for p in items])
        self.settings.setValue(LAST, str(path))
        self.settings.sync()

    def clear(self) -> None:
        self.settings.remove(KEY)
        self.settings.sync()
