"""The timeline's table model over the live state's block timings, with a header row for each day.

Fed by the service's subscribe callback (through ``LiveBridge.state_changed``): a new state is
compared with the last one; only rows whose shown values changed are written (into Qt's own item
storage, so painting never calls Python) and get one ``dataChanged`` per run of rows; a changed list
of blocks resets the model.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from controlroom.live.state import BlockTiming, LiveState
from controlroom.ui.live.timefmt import day_label, local_hm, signed_minutes

#: The title second (after the status) so it stays in view in a narrow dock; it is the only column
#: that stretches, the short time and number columns after it have fixed widths.
COLUMNS = ("status", "title", "fixed", "planned", "projected", "actual_start", "actual_end", "length", "over")
#: Role carrying the block's agenda index (None on day header rows).
BLOCK_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
__all__ = ["BLOCK_INDEX_ROLE", "COLUMNS", "DAY_ROLE", "TimelineModel", "day_label"]

class TimelineModel(QStandardItemModel):
    """The rows live in Qt's own item storage: painting never calls into Python.

    A Python ``data()`` costs PySide ~15 µs per call and Qt 6's delegate asks seven roles per cell,
    so a repaint of the visible rows through a Python model took 15–25 ms on the GUI thread; from
    ``QStandardItemModel`` storage the same repaint takes ~3 ms. Each row's values for every role
    are computed once per change of that row (``_build``) and written only where they changed.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._state: LiveState | None = None
        #: Per row: role → the value of each column (see ``_build``), as last written to the items.
        self._table: list[dict[int, list]] = []
        #: One entry per row: a day (header row) or a block's agenda index.
        self._rows: list[date | int] = []
        self._row_of: dict[int, int] = {}
        for c, name in enumerate(COLUMNS):
            header = QStandardItem(self._header(name))
            header.setToolTip(self._header_tip(name))
            self.setHorizontalHeaderItem(c, header)

    # -- feeding ------------------------------------------------------------------------------
    def set_state(self, state: LiveState) -> None:
        old = self._state
        if old is None or [t.uid for t in old.timings] != [t.uid for t in state.timings]:
            self.beginResetModel()
            self.blockSignals(True)  # one modelReset for the view, not a signal per item
            try:
                self._state = state
                self._layout(state.timings)
                self._table = [self._build(r) for r in range(len(self._rows))]
                self.setRowCount(len(self._rows))
                for r, values in enumerate(self._table):
                    for c in range(len(COLUMNS)):
                        item = QStandardItem()
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled if self.is_day_row(r) else _SELECTABLE)
                        for role, column_values in values.items():
                            if column_values[c] is not None:
                                item.setData(column_values[c], role)
                        self.setItem(r, c, item)
            finally:
                self.blockSignals(False)
            self.endResetModel()
            return
        self._state = state
        changed_blocks = [
            t.index
            for t, o in zip(state.timings, old.timings, strict=True)
            if t != o or _role_of(t, state) != _role_of(o, old)
        ]
        changed = []
        self.blockSignals(True)  # one dataChanged per run of changed rows (below), not per item
        try:
            for i in changed_blocks:
                r = self._row_of[i]
                built = self._build(r)
                if built != self._table[r]:  # a timing can change without anything shown changing
                    self._write(r, self._table[r], built)
                    self._table[r] = built
                    changed.append(r)
        finally:
            self.blockSignals(False)
        for start, end in _runs(changed):
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(COLUMNS) - 1))

    def _write(self, row: int, old: dict[int, list], new: dict[int, list]) -> None:
        for role in old.keys() | new.keys():
            before, after = old.get(role), new.get(role)
            for c in range(len(COLUMNS)):
                value = after[c] if after is not None else None
                if (before[c] if before is not None else None) != value:
                    self.item(row, c).setData(value, role)

    def _layout(self, timings: tuple[BlockTiming, ...]) -> None:
        self._rows, self._row_of = [], {}
        days = {t.day for t in timings}
        multi = len(days) > 1
        last: date | None = None
        for t in timings:
            if multi and t.day != last:
                self._rows.append(t.day)
                last = t.day
            self._row_of[t.index] = len(self._rows)
            self._rows.append(t.index)

    # -- lookups ------------------------------------------------------------------------------
    def timing_at(self, row: int) -> BlockTiming | None:
        if self._state is None or not 0 <= row < len(self._rows):
            return None
        entry = self._rows[row]
        return None if isinstance(entry, date) else self._state.timings[entry]

    def row_of_block(self, index: int) -> int | None:
        return self._row_of.get(index)

    def is_day_row(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], date)

    def day_rows(self) -> list[int]:
        return [i for i, e in enumerate(self._rows) if isinstance(e, date)]

    def _header(self, name: str) -> str:
        """Short column titles (the short columns are only as wide as a time); the tooltip says it in full."""
        return {
            "status": self.tr("Status"),
            "title": self.tr("Bolk"),
            "fixed": "\u2691",
            "planned": self.tr("Plan"),
            "projected": self.tr("Prog."),
            "actual_start": self.tr("Start"),
            "actual_end": self.tr("Slutt"),
            "length": self.tr("Lengde"),
            "over": self.tr("Avvik"),
        }[name]

    def _header_tip(self, name: str) -> str:
        return {
            "status": self.tr("Status"),
            "title": self.tr("Bolkens tittel"),
            "fixed": self.tr("Fast starttid: skyves ikke av overtid"),
            "planned": self.tr("Planlagt start"),
            "projected": self.tr("Prognose: når bolken ventes å starte"),
            "actual_start": self.tr("Faktisk start"),
            "actual_end": self.tr("Faktisk slutt"),
            "length": self.tr("Planlagt lengde (+ lagt til)"),
            "over": self.tr("Avvik: faktisk minus planlagt lengde"),
        }[name]

    def _build(self, row: int) -> dict[int, list]:
        """Every role's values of one row, computed once per change of that row."""
        entry = self._rows[row]
        n = len(COLUMNS)
        if isinstance(entry, date):
            return {
                _DISPLAY: [day_label(entry)] + [""] * (n - 1),
                _FONT: [_BOLD] * n,
                _BACKGROUND: [_DAY_BACKGROUND] * n,
                int(DAY_ROLE): [entry] * n,
            }
        assert self._state is not None
        t = self._state.timings[entry]
        kind = _role_of(t, self._state)
        fixed_tip = self.tr("Fast starttid: skyves ikke av overtid") if t.fixed_start else None
        overlap_tip = (
            self.tr("Forrige bolk slutter {n} min etter denne faste starten").format(
                n=round(t.overlap_seconds / 60)
            )
            if t.overlap_seconds > 0
            else None
        )
        return {
            _DISPLAY: [self._text(t, c) for c in COLUMNS],
            _FOREGROUND: [self._foreground(t, c) for c in COLUMNS],
            _BACKGROUND: [_BACKGROUNDS.get(kind)] * n,
            _FONT: [_BOLD if kind == "running" else None] * n,
            _TOOLTIP: [fixed_tip if c == "fixed" else overlap_tip for c in COLUMNS],
            _ALIGN: [None if c in ("title", "status") else _CENTER for c in COLUMNS],
            _BLOCK_INDEX: [entry] * n,
        }

    def _text(self, t: BlockTiming, column: str) -> str:
        tz = self._state.timezone if self._state else "Europe/Oslo"
        if column == "status":
            return self.status_text(_role_of(t, self._state))
        if column == "fixed":
            return "\u2691" if t.fixed_start else ""
        if column == "planned":
            return local_hm(t.planned_start, tz)
        if column == "projected":
            return "" if t.status == "done" else local_hm(t.projected_start, tz)
        if column == "actual_start":
            return local_hm(t.actual_start, tz)
        if column == "actual_end":
            return local_hm(t.actual_end, tz)
        if column == "length":
            planned = round(t.planned_seconds / 60)
            if round(t.added_seconds / 60):
                added = signed_minutes(t.added_seconds).removesuffix(" min")
                return f"{planned}{added} min"
            return f"{planned} min"
        if column == "over":
            return signed_minutes(t.over_under_seconds)
        return t.title

    def status_text(self, kind: str) -> str:
        return {
            "done": self.tr("Ferdig"),
            "running": self.tr("Pågår"),
            "next": self.tr("Neste"),
            "upcoming": self.tr("Kommer"),
            "skipped": self.tr("Hoppet over"),
        }.get(kind, kind)

    def _foreground(self, t: BlockTiming, column: str):
        if column == "over" and t.over_under_seconds is not None:
            minutes = round(t.over_under_seconds / 60)
            if minutes > 0:
                return _RED
            if minutes < 0:
                return _GREEN
        if (
            column == "projected"
            and t.status == "upcoming"
            and t.delay_minutes >= 1
            and (self._state is None or self._state.days_from_today == 0)  # not "late" on another day
        ):
            return _RED
        if t.status in ("done", "skipped"):
            return _GREY
        return None


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BLOCK_INDEX = int(BLOCK_INDEX_ROLE)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


_BOLD = _bold()
_DAY_BACKGROUND = QBrush(QColor("#DDE3EA"))
_BACKGROUNDS = {"running": QBrush(QColor("#FFF3BF")), "next": QBrush(QColor("#E7F0FF"))}
_RED, _GREEN, _GREY = QBrush(QColor("#C92A2A")), QBrush(QColor("#2B8A3E")), QBrush(QColor("#868E96"))


def _role_of(t: BlockTiming, state: LiveState | None) -> str:
    """The row's status as shown: the service's status, with the next block called out."""
    if state is not None and t.index == state.next_index and t.status == "upcoming":
        return "next"
    return t.status


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers grouped into (first, last) ranges."""
    runs: list[tuple[int, int]] = []
    for r in sorted(rows):
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs
