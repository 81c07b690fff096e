"""What an agenda import found, shown before anything is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from controlroom.agenda.types import AgendaDraft


class ImportReportDialog(QDialog):
    def __init__(self, path: Path, draft: AgendaDraft, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReportDialog")
        self.setWindowTitle(self.tr("Importer agenda"))
        self.resize(640, 460)
        self.draft = draft
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.summary_text(path, draft))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(self.details_text(draft))
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Importer %n bolker", "", len(draft.blocks)))
        self.import_button.setEnabled(bool(draft.blocks))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def summary_text(self, path: Path, draft: AgendaDraft) -> str:
        days = ", ".join(QLocale().toString(QDate(d.year, d.month, d.day), "d. MMMM yyyy") for d in draft.days) or "–"
        text = self.tr("Fra %1 fant Kontrollrom %n bolker", "", len(draft.blocks)).replace("%1", path.name)
        text += " " + self.tr("(dager: %1).").replace("%1", days)
        if draft.title:
            text = f"<b>{draft.title}</b><br>" + text
        return text

    def details_text(self, draft: AgendaDraft) -> str:
        lines: list[str] = []
        for b in draft.blocks:
            lines.append(f"{b.day:%d.%m} {b.start:%H:%M}  {b.minutes:>4} min  {b.title}")
        if draft.warnings:
            lines += ["", self.tr("Advarsler (importeres likevel):")]
            lines += [f"  {p}" for p in draft.warnings]
        if draft.skipped:
            lines += ["", self.tr("Hoppet over:")]
            lines += [f"  {p}" for p in draft.skipped]
        return "\n".join(lines)
