"""Hjelp → Hurtigtaster: every live shortcut, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("live-shortcuts-dialog")
        self.setWindowTitle(self.tr("Hurtigtaster"))
        rows = [
            *rows,
            (self.tr("Scenevisning: fullskjerm av/på"), "F11", ""),
            (self.tr("Scenevisning: gå ut av fullskjerm"), "Esc", ""),
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Handling"), self.tr("I direktepanelene"), self.tr("Overalt i vinduet")]
        )
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "Enkelttastene (mellomrom, N, P, E, G, +, −, B …) virker bare når du står i Tidtaker "
                "eller Tidslinje, i scenevisningen eller publikumsvisningen, eller når ingenting har "
                "fokus — aldri i en tabell i et annet panel eller mens du skriver i et tekstfelt. "
                "Tastene med Ctrl, Alt eller F-taster virker overalt i hovedvinduet. Angre/gjør om "
                "for direkte handlinger er Ctrl+Alt+Z / Ctrl+Alt+Shift+Z, så de ikke blandes med "
                "angre i dagsordenen (Ctrl+Z)."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 680)

    def rows(self) -> list[tuple[str, str, str]]:
        return [(self._text(r, 0), self._text(r, 1), self._text(r, 2)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
