"""A read-only text view with copy and save: per-room lists and move lists for the tech host."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.ui import file_dialogs


class TextDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit(text)
        self.view.setReadOnly(True)
        font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.view.setFont(font)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("&Kopier"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.view.toPlainText()))
        save = QPushButton(self.tr("&Lagre …"))
        save.clicked.connect(self._save)
        close = QPushButton(self.tr("Lukk"))
        close.clicked.connect(self.close)
        row.addWidget(copy)
        row.addWidget(save)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def _save(self) -> None:
        name, _ = file_dialogs.get_save_file_name(self, self.tr("Lagre"), "liste.txt", "Tekst (*.txt)")
        if name:
            Path(name).write_text(self.view.toPlainText(), encoding="utf-8")
