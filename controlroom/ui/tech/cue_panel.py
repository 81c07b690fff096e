"""Upcoming cues with countdowns, the big GO with the next cue shown, hold/arm, and editing with undo.

The countdowns repaint on whole-second boundaries (one single-shot timer re-armed to the next
boundary after each repaint), never on a fast tick. GO is Ctrl+Space (and F9), installed as a
window action by the wiring: Space is the moderator's pause key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controlroom.application.cue_plan import CuePlan
from controlroom.cues.types import CueData, CueStatus, Trigger
from controlroom.ui.inputs.flow import FlowLayout
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.live.timefmt import countdown_text, seconds_to_next_flip
from controlroom.ui.tech.controller import CueController
from controlroom.ui.tech.cue_model import CueTableModel
from controlroom.ui.tech.undo import AddCue, DeleteCue, EditCue, MoveCue

GO_KEYS = ("Ctrl+Space", "F9")


class UpcomingCuesPanel(QWidget):
    def __init__(self, controller: CueController, repo: CuePlan, undo: QUndoStack | None = None,
                 parent: QWidget | None = None, ticker: SecondTicker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tech-upcoming-cues")
        self.controller = controller
        self.repo = repo
        self.undo = undo or QUndoStack(self)
        self.model = CueTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CueTableModel.BLOCK, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CueTableModel.CUE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CueTableModel.BLOCK, 190)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.go_button = QPushButton(self.tr("GO"))
        self.go_button.setObjectName("tech-go")
        font = QFont(self.go_button.font())
        font.setPointSize(font.pointSize() + 14)
        font.setBold(True)
        self.go_button.setFont(font)
        self.go_button.setMinimumSize(150, 80)
        self.go_button.setStyleSheet(
            "QPushButton { background: #1E7A3C; color: white; border-radius: 8px; }"
            "QPushButton:disabled { background: #9AA5B1; }")
        self.go_button.setToolTip(self.tr("Utløs neste cue ({keys})").format(keys=" / ".join(GO_KEYS)))
        self.go_button.clicked.connect(self.go)
        self.next_label = QLabel()
        self.next_label.setObjectName("tech-next-cue")
        self.next_label.setWordWrap(True)
        big = QFont(self.next_label.font())
        big.setPointSize(big.pointSize() + 3)
        self.next_label.setFont(big)
        self.hold = QCheckBox(self.tr("Hold automatiske cues"))
        self.hold.setToolTip(self.tr("Automatiske cues som forfaller mens de holdes, venter på GO."))
        self.hold.toggled.connect(self.controller.set_hold)

        buttons = FlowLayout()  # wraps onto a second row in a laptop's side dock instead of squeezing
        for text, slot, name in (
            (self.tr("Ny …"), self.add_cue, "add"), (self.tr("Rediger …"), self.edit_selected, "edit"),
            (self.tr("Slett"), self.delete_selected, "delete"), (self.tr("Opp"), lambda: self.move_selected(-1), "up"),
            (self.tr("Ned"), lambda: self.move_selected(1), "down"), (self.tr("Utløs valgt"), self.fire_selected, "fire"),
            (self.tr("Hopp over"), self.skip_selected, "skip"),
        ):
            b = QPushButton(text)
            b.setObjectName(f"tech-cue-{name}")
            b.clicked.connect(slot)
            buttons.addWidget(b)

        top = QHBoxLayout()
        top.addWidget(self.go_button)
        side = QVBoxLayout()
        side.addWidget(self.next_label)
        side.addWidget(self.hold)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        # Undo/redo of cue edits while the cue list has focus (the agenda editor owns Ctrl+Z elsewhere).
        for seq, slot in ((QKeySequence.StandardKey.Undo, self.undo.undo), (QKeySequence.StandardKey.Redo, self.undo.redo),
                          (QKeySequence.StandardKey.Delete, self.delete_selected)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        # Countdowns flip through the live displays' second ticker (one per clock), woken only while a
        # pending cue counts down; a panel built on its own gets a ticker of its own.
        self.ticker = ticker if ticker is not None else SecondTicker(controller.live.clock, self)
        self.ticker.ticked.connect(self._on_second)
        self.ticker.want_changes(f"tech-cues-{id(self)}", self._seconds_to_flip)
        controller.changed.connect(self.refresh)
        self.refresh()

    # -- display ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.controller.current_state()
        views = self.controller.scheduler.views(state)
        selected = self.selected_cue()
        self.model.set_views(views, state.now, state.timezone)
        if selected is not None:
            for row, v in enumerate(views):
                if v.cue.uid == selected.uid:
                    self.table.selectRow(row)
        hold = self.controller.scheduler.hold_all
        if self.hold.isChecked() != hold:
            self.hold.blockSignals(True)
            self.hold.setChecked(hold)
            self.hold.blockSignals(False)
        self._update_next(state.now)
        self.ticker.reschedule()

    def _update_next(self, now) -> None:
        nxt = self.controller.next_go()
        self.go_button.setEnabled(nxt is not None)
        if nxt is None:
            self.next_label.setText(self.tr("Neste på GO: ingen"))
            return
        when = ""
        if nxt.status is CueStatus.HELD:
            when = self.tr(" (holdt)")
        elif nxt.due_at is not None and nxt.status is CueStatus.PENDING:
            when = " " + self.tr("om {t}").format(t=countdown_text((nxt.due_at - now).total_seconds()))
        self.next_label.setText(self.tr("Neste på GO: {cue} — {block}{when}").format(
            cue=nxt.cue.title(), block=nxt.block_title, when=when))

    def _seconds_to_flip(self, now) -> float | None:
        """Seconds to the next change of a shown countdown (None while no pending cue counts down)."""
        gaps = [(v.due_at - now).total_seconds() for v in self.model.views()
                if v.due_at is not None and v.status is CueStatus.PENDING and v.due_at > now]
        return min(seconds_to_next_flip(g) for g in gaps) if gaps else None

    def _on_second(self) -> None:
        now = self.controller.current_state().now
        self.model.tick(now)
        self._update_next(now)

    # -- actions ---------------------------------------------------------------------------------------
    def go(self) -> None:
        self.controller.go()

    def selected_cue(self) -> CueData | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        v = self.model.view(rows[0].row()) if rows else None
        return v.cue if v else None

    def _blocks(self) -> list[tuple[str, str]]:
        return [(t.uid, f"{t.index + 1}. {t.title}") for t in self.controller.current_state().timings]

    def _done(self) -> None:
        self.controller.cues_edited()

    def add_cue(self) -> None:
        state = self.controller.current_state()
        block = state.current_uid or (state.next.uid if state.next else (state.timings[0].uid if state.timings else ""))
        if not block:
            return
        from controlroom.ui.tech.cue_editor import CueEditDialog

        dialog = CueEditDialog(CueData(block, Trigger.MANUAL), self._blocks(), self.controller.registry, self)
        dialog.accepted.connect(lambda: self.undo.push(AddCue(self.repo, dialog.cue, self._done)))
        dialog.open()

    def edit_selected(self) -> None:
        cue = self.selected_cue()
        if cue is None:
            return
        from controlroom.ui.tech.cue_editor import CueEditDialog

        dialog = CueEditDialog(cue, self._blocks(), self.controller.registry, self)
        dialog.accepted.connect(lambda: self.undo.push(EditCue(self.repo, cue, dialog.cue, self._done)))
        dialog.open()

    def delete_selected(self) -> None:
        cue = self.selected_cue()
        if cue is not None:
            self.undo.push(DeleteCue(self.repo, cue.uid, self._done))

    def move_selected(self, step: int) -> None:
        cue = self.selected_cue()
        if cue is None:
            return
        siblings = [c.uid for c in self.repo.for_block(cue.block_uid)]
        old = siblings.index(cue.uid)
        new = max(0, min(len(siblings) - 1, old + step))
        if new != old:
            self.undo.push(MoveCue(self.repo, cue.uid, old, new, self._done))

    def fire_selected(self) -> None:
        cue = self.selected_cue()
        if cue is not None:
            self.controller.fire(cue)

    def skip_selected(self) -> None:
        cue = self.selected_cue()
        if cue is not None:
            self.controller.skip(cue)
