"""The cue log: every firing, result, missed cue, skip and hold, from the run log (newest first)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from controlroom.cues.scheduler import FIRING, HOLD, MISSED, RESULT, SKIP, CueLogEntry
from controlroom.ui.tech.controller import CueController

_ROOT = QModelIndex()

class CueLogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CueLogEntry] = []
        self._tz = ZoneInfo("Europe/Oslo")
        self._headers = [self.tr("Kl."), self.tr("Hendelse"), self.tr("Cue"), self.tr("Resultat")]

    def set_entries(self, entries: list[CueLogEntry], timezone: str) -> None:
        self.beginResetModel()
        self._rows = list(reversed(entries))
        self._tz = ZoneInfo(timezone)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._headers[section] if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole else None

    def _kind_text(self, e: CueLogEntry) -> str:
        if e.kind == FIRING:
            return self.tr("utløst (GO)") if e.reason == "go" else self.tr("utløst")
        if e.kind == RESULT:
            return self.tr("ferdig") if e.ok else self.tr("feilet")
        if e.kind == MISSED:
            return self.tr("gått glipp av")
        if e.kind == SKIP:
            return self.tr("hoppet over")
        if e.kind == HOLD:
            return self.tr("automatiske cues holdt") if e.reason == "on" else self.tr("automatiske cues aktivert")
        return e.kind

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return e.at.astimezone(self._tz).strftime("%H:%M:%S")
            if col == 1:
                return self._kind_text(e)
            if col == 2:
                return e.label
            if col == 3:
                if e.kind == RESULT:
                    return e.message
                if e.kind == MISSED:
                    return self.tr("forfalt mens Kontrollrom var lukket; ikke sendt")
                return ""
        if role == Qt.ItemDataRole.ToolTipRole and e.results:
            return "\n".join(f"{'✓' if r.get('ok') else '✗'} {r.get('describe', '')}: {r.get('message', '')}"
                             for r in e.results)
        if role == Qt.ItemDataRole.BackgroundRole:
            if e.kind == RESULT:
                return QBrush(QColor("#DDF3E4" if e.ok else "#F9D6D5"))
            if e.kind == MISSED:
                return QBrush(QColor("#FCE7C8"))
        return None


class CueLogPanel(QWidget):
    def __init__(self, controller: CueController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tech-cue-log")
        self.controller = controller
        self.model = CueLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_entries(self.controller.scheduler.log_entries(), self.controller.state.timezone)
