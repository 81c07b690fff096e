"""Defining rooms: on-site spaces (name, capacity) and Teams/Zoom breakout rooms (name, meeting).

Saved in one transaction; more breakout rooms in one meeting than the platform allows is refused with
the message naming the limit (and the way out: put the rest in meeting 2)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.application.people import PeopleService
from controlroom.errors import BadInputError
from controlroom.grouping.rooms import RoomSpec

KINDS = ("onsite", "teams", "zoom")


class RoomsDialog(QDialog):
    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people, self.repo = people, people.repo
        self.setWindowTitle(self.tr("Rom"))
        self.resize(620, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Type"), self.tr("Kapasitet"), self.tr("Møte")])
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("Legg til rom"))
        add.clicked.connect(lambda: self.add_row(RoomSpec("", "onsite", None)))
        remove = QPushButton(self.tr("Fjern valgt"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.message = QLabel(self.tr("Tomt: standardnavn («Rom 1», «Teams-rom 1», «Zoom-rom 1») brukes."))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        for r in self.repo.rooms():
            self.add_row(r)

    def add_row(self, room: RoomSpec) -> None:
        i = self.table.rowCount()
        self.table.insertRow(i)
        self.table.setItem(i, 0, QTableWidgetItem(room.name))
        kind = QComboBox()
        for k, text in zip(KINDS, (self.tr("På stedet"), "Teams", "Zoom"), strict=True):
            kind.addItem(text, k)
        kind.setCurrentIndex(KINDS.index(room.kind))
        self.table.setCellWidget(i, 1, kind)
        cap = QSpinBox()
        cap.setRange(0, 1000)
        cap.setSpecialValueText(self.tr("—"))
        cap.setValue(room.capacity or 0)
        self.table.setCellWidget(i, 2, cap)
        meeting = QSpinBox()
        meeting.setRange(1, 20)
        meeting.setValue(room.meeting)
        self.table.setCellWidget(i, 3, meeting)

    def rooms(self) -> list[RoomSpec]:
        out = []
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            name = item.text().strip() if item else ""
            if not name:
                continue
            kind, cap, meeting = self.table.cellWidget(i, 1), self.table.cellWidget(i, 2), self.table.cellWidget(i, 3)
            assert isinstance(kind, QComboBox) and isinstance(cap, QSpinBox) and isinstance(meeting, QSpinBox)
            out.append(RoomSpec(name, kind.currentData(), cap.value() or None, meeting.value()))
        return out

    def save(self) -> bool:
        try:
            self.people.set_rooms(self.rooms())
        except BadInputError as exc:
            self.message.setText(f"<span style='color:#C92A2A'>{html.escape(str(exc))}</span>")
            return False
        self.accept()
        return True
