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
    def __init__(self, rows: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("live-shortcuts-dialog")
        self.setWindowTitle(self.tr("Hurtigtaster"))
        rows = [
            *rows,
            (self.tr("Scenevisning: fullskjerm av/på"), "F11"),
            (self.tr("Scenevisning: gå ut av fullskjerm"), "Esc"),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Handling"), self.tr("Taster")])
        self.table.verticalHeader().setVisible(False)
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        note = QLabel(
            self.tr(
                "Enkelttastene virker overalt i hovedvinduet unntatt når du skriver i et tekstfelt. "
                "Angre/gjør om for direkte handlinger er Ctrl+Alt+Z / Ctrl+Alt+Shift+Z, så de ikke "
                "blandes med angre i dagsordenen (Ctrl+Z)."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 620)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())
        ]
