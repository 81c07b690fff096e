"""The timeline panel: where the day is. A header (now, next, behind/ahead, projected end of the
day) over the table of every block. Double-click a block to go to it; right-click to fix its start."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView, QVBoxLayout, QWidget

from controlroom.live.state import LiveState
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.controls import LiveControls
from controlroom.ui.live.timefmt import local_hm, offset_text, plan_day_note
from controlroom.ui.live.timeline_model import COLUMNS, TimelineModel

#: Padding around a cell's and a header's text (px).
CELL_PADDING = 10
HEADER_PADDING = 14
#: Below this much room for the title, the actual start/end columns are hidden.
MIN_TITLE_PX = 200


class TimelinePanel(QWidget):
    def __init__(
        self,
        bridge: LiveBridge,
        controls: LiveControls,
        repository: AgendaRepository,
        agenda_service: Any = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("live-timeline-panel")
        # A click anywhere in the panel (also on a button, which takes no focus) puts the focus here,
        # where the single-key shortcuts are live.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.bridge = bridge
        self.controls = controls
        self.repository = repository
        self.agenda_service = agenda_service
        self.model = TimelineModel(self)

        self.now_label = QLabel()
        self.now_label.setObjectName("live-timeline-now")
        self.next_label = QLabel()
        self.next_label.setObjectName("live-timeline-next")
        self.offset_label = QLabel()
        self.offset_label.setObjectName("live-timeline-offset")
        big = QFont()
        big.setPointSize(13)
        big.setBold(True)
        self.offset_label.setFont(big)
        self.end_label = QLabel()
        self.end_label.setObjectName("live-timeline-end")
        for label in (self.now_label, self.next_label, self.offset_label):
            label.setWordWrap(True)

        self.view = QTableView()
        self.view.setObjectName("live-timeline-view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setWordWrap(False)  # one line per block: rows never change height
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(16)
        # Never ResizeToContents: it re-reads every cell and role on each dataChanged, which cost
        # tens of milliseconds per action on the GUI thread. The title stretches; the short
        # columns get fixed widths from sample texts (``_size_columns``).
        for i, name in enumerate(COLUMNS):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if name == "title" else QHeaderView.ResizeMode.Fixed)
        self._size_columns()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.model.modelReset.connect(self._spans)

        layout = QVBoxLayout(self)
        layout.addWidget(self.now_label)
        layout.addWidget(self.next_label)
        row = QWidget()
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.offset_label)
        row_layout.addWidget(self.end_label)
        layout.addWidget(row)
        layout.addWidget(self.view, 1)

        bridge.state_changed.connect(self.show_state)
        self.show_state(bridge.state)

    def show_state(self, state: LiveState) -> None:
        self.model.set_state(state)
        if state.current_title:
            self.now_label.setText(self.tr("Nå: {title}").format(title=state.current_title))
        else:
            self.now_label.setText(self.tr("Nå: ingen bolk går"))
        if state.next is not None:
            self.next_label.setText(
                self.tr("Neste: {title} (ca. {time})").format(
                    title=state.next.title, time=local_hm(state.next.projected_start, state.timezone)
                )
            )
        else:
            self.next_label.setText(self.tr("Neste: –"))
        note = plan_day_note(state)  # another day than today: the offset would compare two days
        if note is not None:
            text, colour = note, "#495057"
        else:
            text = offset_text(state.offset_minutes)
            colour = "#C92A2A" if round(state.offset_minutes) >= 1 else "#2B8A3E"
        self.offset_label.setText(text)
        if self.offset_label.property("colour") != colour:  # restyling relayouts the panel: only on change
            self.offset_label.setProperty("colour", colour)
            self.offset_label.setStyleSheet(f"color: {colour};")
        if state.projected_day_end is not None and note is None:
            self.end_label.setText(
                self.tr("Dagen slutter ca. {time}").format(
                    time=local_hm(state.projected_day_end, state.timezone)
                )
            )
        else:
            self.end_label.setText("")

    def _spans(self) -> None:
        self.view.clearSpans()
        for row in self.model.day_rows():
            self.view.setSpan(row, 0, 1, len(COLUMNS))

    def _size_columns(self) -> None:
        """Fixed widths for the short columns, from the longest text each can hold (and its header),
        so the title keeps the rest of the dock; no column is sized by reading its cells."""
        normal = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        status = max(
            [normal.horizontalAdvance(self.model.status_text(s)) for s in ("done", "next", "upcoming", "skipped")]
            + [bold_metrics.horizontalAdvance(self.model.status_text("running"))]
        )
        widths = {
            "status": status,
            "fixed": normal.horizontalAdvance("\u2691"),
            "length": bold_metrics.horizontalAdvance("120+15 min"),
            "over": normal.horizontalAdvance("\u221299 min"),
        }
        header_metrics = QFontMetrics(self.view.horizontalHeader().font())
        for i, name in enumerate(COLUMNS):
            if name == "title":
                continue
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            wanted = max(
                widths.get(name, bold_metrics.horizontalAdvance("00:00")) + CELL_PADDING,
                header_metrics.horizontalAdvance(title) + HEADER_PADDING,
            )
            self.view.setColumnWidth(i, wanted)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """In a narrow dock (a laptop), hide the actual start and end so the title keeps room; they
        are back as soon as there is space, and in the report either way."""
        room = self.view.viewport().width()
        fixed = sum(self.view.columnWidth(i) for i, name in enumerate(COLUMNS) if name != "title")
        narrow = room - fixed < MIN_TITLE_PX
        for i, name in enumerate(COLUMNS):
            if name in ("actual_start", "actual_end") and self.view.isColumnHidden(i) != narrow:
                self.view.setColumnHidden(i, narrow)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    # -- interaction ------------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        timing = self.model.timing_at(index.row())
        if timing is not None:
            self.controls.goto(timing.index)

    def _context_menu(self, pos: QPoint) -> None:
        timing = self.model.timing_at(self.view.indexAt(pos).row())
        if timing is None:
            return
        menu = QMenu(self)
        go = menu.addAction(self.tr("Gå til denne bolken"))
        fixed = menu.addAction(self.tr("Fast starttid (skyves ikke)"))
        fixed.setCheckable(True)
        fixed.setChecked(timing.fixed_start)
        chosen = menu.exec(self.view.viewport().mapToGlobal(pos))
        if chosen is go:
            self.controls.goto(timing.index)
        elif chosen is fixed:
            self.set_fixed_start(timing.uid, not timing.fixed_start)

    def set_fixed_start(self, uid: str, fixed: bool) -> bool:
        """Fix (or free) a block's start in the agenda; the live projection reloads the agenda."""
        block = self.repository.block(uid)
        if block is None:
            self.bridge.refused.emit(self.tr("Bolken finnes ikke lenger i dagsordenen."))
            return False
        changed = replace(block, fixed_start=fixed)
        update = getattr(self.agenda_service, "update", None)
        if update is not None:
            update(changed)  # the agenda panel hears of it through its own service
        else:
            self.repository.update_block(changed)
        reload_blocks = getattr(self.bridge.service, "reload_blocks", None)
        if reload_blocks is not None:
            reload_blocks()
        else:
            self.bridge.reload()
        # A live override in the run log (set from another device) would mask the agenda edit.
        state = self.bridge.state
        timing = next((t for t in state.timings if t.uid == uid), None)
        if timing is not None and timing.fixed_start != fixed and hasattr(self.bridge.service, "set_fixed"):
            return self.bridge.perform("set_fixed", timing.index, fixed)
        return True
