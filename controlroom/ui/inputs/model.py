"""A thin Qt table model over the input log: the filtered ids, newest first, updated row by row from the
log's change notifications (never re-queried on paint). 20,000 rows: a plain list of ids; the view uses
fixed row heights, so scrolling costs only the visible rows.

Phone inputs waiting for the host's approval show "venter" beside their source, in italics; the "+1"
column counts the participants who backed an input on their phones. Tooltips show the text as text
(escaped), never as Qt rich text."""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from controlroom.inputs.log import InputLog
from controlroom.inputs.types import InputFilter, InputRecord

COLUMNS = ("star", "time", "source", "kind", "text", "plus", "tags", "block")
SOURCE_COLORS = {
    "room": "#2E7D32",
    "teams": "#5B5FC7",
    "zoom": "#0B5CFF",
    "group": "#B26A00",
    "openspace": "#8E24AA",
    "mobil": "#00838F",
    "other": "#607D8B",
}
PENDING_COLOR = "#B26A00"
MAX_SHOWN = 300  # characters of an input shown in the table; the tooltip has all of it


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole + 1,
})


class InputTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, log: InputLog, zone: ZoneInfo, block_label: Callable[[str | None], str], parent=None) -> None:
        super().__init__(parent)
        self.log = log
        self.zone = zone
        self.block_label = block_label
        self._filter = InputFilter()
        #: Ids shown, newest first; kept sorted descending so inserts are a bisect.
        self._ids: list[int] = []
        self._neg: list[int] = []  # -id, ascending: the bisect key
        self._cells: dict[int, tuple[str, ...]] = {}
        self._brushes = {k: QBrush(QColor(v)) for k, v in SOURCE_COLORS.items()}
        self._star_brush = QBrush(QColor("#C99700"))
        self._pending_brush = QBrush(QColor(PENDING_COLOR))
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._labels = {
            "star": self.tr("★"), "time": self.tr("Tid"), "source": self.tr("Kilde"), "kind": self.tr("Type"),
            "text": self.tr("Innspill"), "plus": self.tr("+1"), "tags": self.tr("Stikkord"), "block": self.tr("Bolk"),
        }
        self._sources = {
            "room": self.tr("Salen"), "group": self.tr("Gruppe"), "openspace": self.tr("Open Space"),
            "teams": self.tr("Teams"), "zoom": self.tr("Zoom"), "mobil": self.tr("Mobil"), "other": self.tr("Annet"),
        }
        self._waiting = self.tr("venter")
        if log.loaded:  # otherwise the panel fills it once the log has loaded off the GUI thread
            self.set_filter(self._filter)

    # -- filtering and updates ------------------------------------------------------------------
    @property
    def filter(self) -> InputFilter:
        return self._filter

    def set_filter(self, flt: InputFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._ids = [r.id for r in reversed(self.log.search(flt))]
        self._neg = [-i for i in self._ids]
        self.endResetModel()

    def on_changed(self, records: list[InputRecord]) -> None:
        """Apply changed inputs: insert, update or remove exactly the rows concerned."""
        for r in records:
            self._cells.pop(r.id, None)
            pos = bisect.bisect_left(self._neg, -r.id)
            present = pos < len(self._ids) and self._ids[pos] == r.id
            wanted = self._filter.matches(r)
            if present and wanted:
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))
            elif present:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._ids[pos]
                del self._neg[pos]
                self.endRemoveRows()
            elif wanted:
                self.beginInsertRows(QModelIndex(), pos, pos)
                self._ids.insert(pos, r.id)
                self._neg.insert(pos, -r.id)
                self.endInsertRows()

    def _display(self, r: InputRecord) -> tuple[str, ...]:
        """The row's texts, computed once per version of the input (repaints only look them up)."""
        label = self._sources.get(r.source, r.source)
        if r.source_ref:
            label = f"{label} {r.source_ref}"
        if not r.approved:
            label = f"{label} · {self._waiting}"
        text = r.text.replace("\n", " ⏎ ")
        return (
            "★" if r.starred else "",
            r.at.astimezone(self.zone).strftime("%H:%M"),
            label,
            r.kind,
            text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…",
            f"+{r.plus}" if r.plus else "",
            " ".join("#" + t for t in r.tags),
            self.block_label(r.block_uid),
        )

    def forget_texts(self) -> None:
        """Block titles changed: recompute the cached row texts."""
        self._cells.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, input_id: int) -> int | None:
        pos = bisect.bisect_left(self._neg, -input_id)
        return pos if pos < len(self._ids) and self._ids[pos] == input_id else None

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._labels[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        r = self.log.peek(self._ids[index.row()])
        if r is None:
            return None
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells.get(r.id)
            if cells is None:
                cells = self._cells[r.id] = self._display(r)
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and col in ("text", "tags"):
            who = f"\n— {r.author}" if r.author else ""
            # Escaped and marked as rich text, so markup a participant typed shows as typed
            return "<qt>" + html.escape(r.text[:4000] + who).replace("\n", "<br>") + "</qt>"
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "source":
                return self._pending_brush if not r.approved else self._brushes.get(r.source)
            if col == "star":
                return self._star_brush
        if role == Qt.ItemDataRole.FontRole and not r.approved and col == "text":
            return self._italic
        if role == Qt.ItemDataRole.FontRole and (r.starred and col == "text" or col == "star" or col == "plus"):
            return self._bold
        if role == self.IdRole:
            return r.id
        if role == Qt.ItemDataRole.AccessibleTextRole and col == "star":
            return self.tr("stjernemerket") if r.starred else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and col == "plus":
            return self.tr("{n} har gitt +1").format(n=r.plus) if r.plus else ""
        return None
