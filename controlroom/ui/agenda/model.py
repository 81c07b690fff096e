"""A thin Qt table model over the agenda service, with a spanning separator row per day.

The model keeps its own copy of the blocks and applies the service's change events to it
(begin/endInsertRows, dataChanged ...); it never queries the database while painting.
Edits and drops are not applied here: they go to ``edit_handler`` / ``move_requested`` so the
panel can push them onto the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from controlroom.agenda.types import BlockData
from controlroom.application.agenda import (
    AgendaEvent,
    AgendaReset,
    AgendaService,
    BlockChanged,
    BlocksInserted,
    BlocksRemoved,
    format_minutes,
)

COL_START, COL_LENGTH, COL_TITLE, COL_CATEGORY, COL_ASSIGNED, COL_STREAMED, COL_LOCATION, COL_NOTES = range(8)
EDITABLE = {COL_START, COL_LENGTH, COL_TITLE, COL_CATEGORY, COL_STREAMED, COL_LOCATION}

BlockRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2
IsDayRole = Qt.ItemDataRole.UserRole + 3
CategoryColorRole = Qt.ItemDataRole.UserRole + 4

MIME_TYPE = "application/x-kontrollrom-block"
SEPARATOR_BG = QColor("#2E3A48")
SEPARATOR_FG = QColor("#FFFFFF")

#: (day, None) for a day separator, (day, block index) for a block.
Row = tuple[date, int | None]
EditHandler = Callable[[BlockData, int, object], bool]


def tint(color: QColor, strength: float = 0.22) -> QColor:
    """The category colour mixed into white: a light background that keeps black text readable."""
    r = round(255 + (color.red() - 255) * strength)
    g = round(255 + (color.green() - 255) * strength)
    b = round(255 + (color.blue() - 255) * strength)
    return QColor(r, g, b)


class AgendaTableModel(QAbstractTableModel):
    #: A block dropped at another place in its day: (uid, new position in its day).
    move_requested = Signal(str, int)
    #: A drop the model refused, with the reason (already translated).
    drop_refused = Signal(str)

    def __init__(self, service: AgendaService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._blocks: list[BlockData] = service.blocks()
        self._categories = {name: QColor(c) for name, c in service.categories().items()}
        self._rows: list[Row] = _layout(self._blocks)
        self.edit_handler: EditHandler | None = None
        self._unsubscribe = service.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def headers(self) -> list[str]:
        return [
            self.tr("Kl."),
            self.tr("Lengde"),
            self.tr("Tittel"),
            self.tr("Kategori"),
            self.tr("Ansvarlig"),
            self.tr("Strømmes"),
            self.tr("Hvor"),
            self.tr("Notater"),
        ]

    # -- structure ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def is_day_row(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][1] is None

    def day_rows(self) -> list[int]:
        return [i for i, (_d, b) in enumerate(self._rows) if b is None]

    def block_at(self, row: int) -> BlockData | None:
        if not 0 <= row < len(self._rows):
            return None
        index = self._rows[row][1]
        return None if index is None else self._blocks[index]

    def row_of_block(self, index: int) -> int:
        for r, (_d, b) in enumerate(self._rows):
            if b == index:
                return r
        raise IndexError(index)

    def row_of_uid(self, uid: str) -> int | None:
        for i, b in enumerate(self._blocks):
            if b.uid == uid:
                return self.row_of_block(i)
        return None

    def day_label(self, day: date) -> str:
        # The date format is translatable: English wants "Monday 6 May 2024".
        text = QLocale().toString(QDate(day.year, day.month, day.day), self.tr("dddd d. MMMM yyyy"))
        return text[:1].upper() + text[1:]

    # -- data --------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day, block_index = self._rows[index.row()]
        if block_index is None:
            return self._day_data(day, index.column(), role)
        block = self._blocks[block_index]
        col = index.column()
        if role == BlockRole:
            return block
        if role == DayRole:
            return day
        if role == IsDayRole:
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(block, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(block, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(block, col)
        color = self._categories.get(block.category or "")
        if role == CategoryColorRole:
            return color
        if role == Qt.ItemDataRole.BackgroundRole and color is not None:
            return tint(color)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_CATEGORY and color is not None:
            return color
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_START, COL_LENGTH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _day_data(self, day: date, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            return self.day_label(day)
        if role == DayRole:
            return day
        if role == IsDayRole:
            return True
        if role == Qt.ItemDataRole.BackgroundRole:
            return SEPARATOR_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return SEPARATOR_FG
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            return font
        return None

    def streamed_text(self, value: bool | None) -> str:
        return {True: self.tr("Ja"), False: self.tr("Nei"), None: self.tr("Ukjent")}[value]

    def location_text(self, value: str) -> str:
        return {"onsite": self.tr("På stedet"), "online": self.tr("Digitalt"), "both": self.tr("Begge")}.get(
            value, value
        )

    def _display(self, b: BlockData, col: int) -> str:
        if col == COL_START:
            return b.start.strftime("%H:%M")
        if col == COL_LENGTH:
            return format_minutes(b.minutes) if b.minutes else ""
        if col == COL_TITLE:
            return b.title
        if col == COL_CATEGORY:
            return b.category or ""
        if col == COL_ASSIGNED:
            return ", ".join(b.assigned)
        if col == COL_STREAMED:
            return self.streamed_text(b.streamed)
        if col == COL_LOCATION:
            return self.location_text(b.location)
        if col == COL_NOTES:
            first = b.notes.strip().splitlines()
            return first[0] + (" …" if len(first) > 1 else "") if first else ""
        return ""

    def _edit_value(self, b: BlockData, col: int):
        if col == COL_STREAMED:
            return b.streamed
        if col == COL_LOCATION:
            return b.location
        return self._display(b, col)

    def _tooltip(self, b: BlockData, col: int) -> str | None:
        if col == COL_TITLE and b.description:
            return b.description
        if col == COL_NOTES and b.notes:
            return b.notes
        if col == COL_ASSIGNED and b.assigned:
            return "\n".join(b.assigned)
        return None

    # -- editing -----------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self.is_day_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        block = self.block_at(index.row()) if index.isValid() else None
        if block is None or role != Qt.ItemDataRole.EditRole or self.edit_handler is None:
            return False
        return bool(self.edit_handler(block, index.column(), value))

    # -- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        block = self.block_at(rows[0]) if rows else None
        if block is not None:
            data.setData(MIME_TYPE, QByteArray(block.uid.encode()))
        return data

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        uid = bytes(data.data(MIME_TYPE).data()).decode()
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        move = self.drop_position(uid, target)
        if move is None:
            return False
        self.move_requested.emit(uid, move)
        return False  # the move arrives through the service's events, not through Qt's row removal

    def drop_position(self, uid: str, target_row: int) -> int | None:
        """Where a block dropped before ``target_row`` lands in its day, or None (refused)."""
        source_row = self.row_of_uid(uid)
        if source_row is None:
            return None
        source = self.block_at(source_row)
        assert source is not None
        if target_row >= len(self._rows):
            target_day = self._rows[-1][0]
        elif self.is_day_row(target_row):
            # Dropping on a day's header: the end of the previous day (or the top of the first day).
            target_day = self._rows[target_row - 1][0] if target_row > 0 else self._rows[0][0]
            if target_row == 0:
                target_row = 1
        else:
            target_day = self._rows[target_row][0]
        if target_day != source.day:
            self.drop_refused.emit(self.tr("En bolk kan bare flyttes innenfor sin egen dag."))
            return None
        same_day = [r for r, (d, b) in enumerate(self._rows) if d == source.day and b is not None]
        before = sum(1 for r in same_day if r < target_row)
        mine = same_day.index(source_row)
        position = before - 1 if before > mine else before
        return None if position == mine else position

    # -- following the service ---------------------------------------------------------------
    def _on_event(self, event: AgendaEvent) -> None:
        if isinstance(event, AgendaReset):
            self._reset(list(event.blocks))
        elif isinstance(event, BlockChanged):
            old = self._blocks[event.index]
            if old.day != event.block.day:
                blocks = list(self._blocks)
                blocks[event.index] = event.block
                self._reset(blocks)
                return
            self._blocks[event.index] = event.block
            row = self.row_of_block(event.index)
            self.dataChanged.emit(self.index(row, 0), self.index(row, 7))
        elif isinstance(event, BlocksInserted):
            blocks = self._blocks[: event.index] + list(event.blocks) + self._blocks[event.index :]
            days = {b.day for b in event.blocks}
            if len(days) != 1 or not days <= {b.day for b in self._blocks}:
                self._reset(blocks)
                return
            new_rows = _layout(blocks)
            first = next(r for r, (_d, b) in enumerate(new_rows) if b == event.index)
            self.beginInsertRows(QModelIndex(), first, first + len(event.blocks) - 1)
            self._blocks, self._rows = blocks, new_rows
            self.endInsertRows()
        elif isinstance(event, BlocksRemoved):
            gone = self._blocks[event.index : event.index + event.count]
            blocks = self._blocks[: event.index] + self._blocks[event.index + event.count :]
            days = {b.day for b in gone}
            if len(days) != 1 or not days <= {b.day for b in blocks}:
                self._reset(blocks)
                return
            first = self.row_of_block(event.index)
            self.beginRemoveRows(QModelIndex(), first, first + event.count - 1)
            self._blocks, self._rows = blocks, _layout(blocks)
            self.endRemoveRows()
        self._categories = {name: QColor(c) for name, c in self._service.categories().items()}

    def _reset(self, blocks: list[BlockData]) -> None:
        self.beginResetModel()
        self._blocks = blocks
        self._rows = _layout(blocks)
        self._categories = {name: QColor(c) for name, c in self._service.categories().items()}
        self.endResetModel()


def _layout(blocks: list[BlockData]) -> list[Row]:
    rows: list[Row] = []
    current: date | None = None
    for i, b in enumerate(blocks):
        if b.day != current:
            rows.append((b.day, None))
            current = b.day
        rows.append((b.day, i))
    return rows
