"""The Qt item model of the upcoming cues: rows are ``CueView``s; the countdown column is repainted
on whole-second boundaries by the panel (``tick``), everything else only when the cues change."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from controlroom.cues.types import CueStatus, CueView, trigger_label
from controlroom.ui.live.timefmt import countdown_text

STATUS_COLOURS = {
    CueStatus.DONE: "#DDF3E4",
    CueStatus.FAILED: "#F9D6D5",
    CueStatus.MISSED: "#FCE7C8",
    CueStatus.UNCERTAIN: "#FCE7C8",
    CueStatus.HELD: "#FFF4BF",
    CueStatus.DUE: "#D6E6FA",
    CueStatus.FIRING: "#D6E6FA",
}


_ROOT = QModelIndex()

class CueTableModel(QAbstractTableModel):
    BLOCK, TRIGGER, CUE, DUE, COUNTDOWN, STATUS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._views: list[CueView] = []
        self._now: datetime | None = None
        self._tz = ZoneInfo("Europe/Oslo")
        self._headers = [self.tr("Bolk"), self.tr("Når"), self.tr("Cue"), self.tr("Kl."), self.tr("Om"),
                         self.tr("Status")]
        self._status_text = {
            CueStatus.PENDING: self.tr("venter"),
            CueStatus.DUE: self.tr("nå"),
            CueStatus.HELD: self.tr("holdt – trykk GO"),
            CueStatus.FIRING: self.tr("sender …"),
            CueStatus.DONE: self.tr("utført"),
            CueStatus.FAILED: self.tr("feilet"),
            CueStatus.UNCERTAIN: self.tr("ukjent utfall (avbrutt)"),
            CueStatus.MISSED: self.tr("gått glipp av"),
            CueStatus.SKIPPED: self.tr("hoppet over"),
        }

    def set_views(self, views: list[CueView], now: datetime, timezone: str = "Europe/Oslo") -> None:
        self.beginResetModel()
        self._views = list(views)
        self._now = now
        self._tz = ZoneInfo(timezone)
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Only the countdown column changes with the clock."""
        self._now = now
        if self._views:
            self.dataChanged.emit(self.index(0, self.COUNTDOWN), self.index(len(self._views) - 1, self.COUNTDOWN),
                                  [Qt.ItemDataRole.DisplayRole])

    def view(self, row: int) -> CueView | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def views(self) -> list[CueView]:
        return list(self._views)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        v = self.view(index.row())
        if v is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.BLOCK:
                return v.block_title
            if col == self.TRIGGER:
                return trigger_label(v.cue.trigger, v.cue.offset_seconds)
            if col == self.CUE:
                return v.cue.title()
            if col == self.DUE:
                return v.due_at.astimezone(self._tz).strftime("%H:%M:%S") if v.due_at else "–"
            if col == self.COUNTDOWN:
                if v.due_at is None or self._now is None or v.status not in (CueStatus.PENDING, CueStatus.DUE):
                    return ""
                return countdown_text((v.due_at - self._now).total_seconds())
            if col == self.STATUS:
                text = self._status_text[v.status]
                return f"{text}: {v.message}" if v.message and v.status is CueStatus.FAILED else text
        if role == Qt.ItemDataRole.BackgroundRole and v.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[v.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [v.cue.title(), *(f"• {a.adapter}: {a.kind} {dict(a.params) or ''}" for a in v.cue.actions)]
            if v.message:
                lines.append(v.message)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DUE, self.COUNTDOWN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
