"""Edit an input, and see its history. Opened with ``open()`` (never ``exec()``), results by signal."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from controlroom.inputs.parse import KINDS, SOURCES
from controlroom.inputs.types import InputRecord, Revision
from controlroom.ui.dialogs import stacked
from controlroom.ui.input_labels import kind_label, source_label


class InputEditDialog(QDialog):
    def __init__(self, record: InputRecord, blocks: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rediger innspill nr. {id}").format(id=record.id))
        self.record = record
        self.text = QPlainTextEdit(record.text)
        self.text.setTabChangesFocus(True)
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(KINDS.index(record.kind))
        self.source = QComboBox()
        for s in SOURCES:
            self.source.addItem(source_label(s), s)
        self.source.setCurrentIndex(SOURCES.index(record.source))
        self.ref = QLineEdit(record.source_ref or "")
        self.author = QLineEdit(record.author or "")
        self.block = QComboBox()
        self.block.addItem(self.tr("Uten bolk"), None)
        for i, b in enumerate(blocks):
            self.block.addItem(f"{i}. {b.title}", b.uid)
        self.block.setCurrentIndex(max(self.block.findData(record.block_uid), 0))
        form = QFormLayout()
        form.addRow(self.tr("Tekst"), self.text)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Kilde"), self.source)
        form.addRow(self.tr("Gruppe/sesjon"), self.ref)
        form.addRow(self.tr("Hvem"), self.author)
        form.addRow(self.tr("Bolk"), self.block)
        stacked(self, form)
        self.resize(560, 320)

    def changes(self) -> dict:
        return {
            "text": self.text.toPlainText(),
            "kind": self.kind.currentData(),
            "source": self.source.currentData(),
            "source_ref": self.ref.text().strip() or None,
            "author": self.author.text().strip() or None,
            "block_uid": self.block.currentData(),
        }


class HistoryDialog(QDialog):
    def __init__(self, revisions: list[Revision], zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historikk"))
        names = {
            "add": self.tr("lagt til"), "edit": self.tr("redigert"), "delete": self.tr("slettet"),
            "restore": self.tr("gjenopprettet"), "star": self.tr("stjerne på"), "unstar": self.tr("stjerne av"),
            "undo": self.tr("angret"), "redo": self.tr("gjort om igjen"),
            "external_edit": self.tr("endret i chatten"), "external_delete": self.tr("slettet i chatten"),
        }
        self.table = QTableWidget(len(revisions), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Tid"), self.tr("Hva"), self.tr("Før"), self.tr("Etter")])
        for row, rev in enumerate(revisions):
            before = (rev.before or {}).get("text", "")
            after = (rev.after or {}).get("text", "")
            cells = (rev.at.astimezone(zone).strftime("%H:%M:%S"), names.get(rev.action, rev.action),
                     before if before != after else "", after)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        stacked(self, self.table, buttons=QDialogButtonBox.StandardButton.Close)
        self.resize(720, 300)
