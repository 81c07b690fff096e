"""The agenda panel: the table, in-place editing, the block dialog, and undoable add / delete /
reorder. It takes its collaborators (the service and an undo stack) in its constructor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controlroom.agenda.reflow import LengthMode
from controlroom.agenda.types import BlockData
from controlroom.application.agenda import AgendaService, parse_clock, parse_minutes
from controlroom.ui.agenda.commands import (
    AddBlockCommand,
    DeleteBlockCommand,
    EditBlockCommand,
    EditBlocksCommand,
    EditEventCommand,
    MoveBlockCommand,
)
from controlroom.ui.agenda.dialog import BlockDialog
from controlroom.ui.agenda.event_dialog import EventDialog
from controlroom.ui.agenda.length_change import LengthChange, ask_length_mode, plan_length_change
from controlroom.ui.agenda.model import (
    COL_ASSIGNED,
    COL_CATEGORY,
    COL_LENGTH,
    COL_LOCATION,
    COL_START,
    COL_STREAMED,
    COL_TITLE,
    AgendaTableModel,
)

WIDTHS = {
    COL_START: 56, COL_LENGTH: 70, COL_TITLE: 330, COL_CATEGORY: 112, COL_ASSIGNED: 170, COL_STREAMED: 80,
    COL_LOCATION: 80,
}


class AgendaDelegate(QStyledItemDelegate):
    """Combo boxes for category, streamed and location; plain line edits elsewhere."""

    def __init__(self, model: AgendaTableModel, categories: Callable[[], list[str]], parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._categories = categories

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        col = index.column()
        if col == COL_CATEGORY:
            combo = QComboBox(parent)
            combo.addItem(self.tr("(ingen)"), None)
            for name in self._categories():
                combo.addItem(name, name)
            return combo
        if col == COL_STREAMED:
            combo = QComboBox(parent)
            for streamed in (True, False, None):
                combo.addItem(self._model.streamed_text(streamed), streamed)
            return combo
        if col == COL_LOCATION:
            combo = QComboBox(parent)
            for location in ("both", "onsite", "online"):
                combo.addItem(self._model.location_text(location), location)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            if index.column() == COL_CATEGORY:
                value = value or None
            editor.setCurrentIndex(max(0, editor.findData(value)))
            return
        super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class AgendaPanel(QWidget):
    def __init__(self, service: AgendaService, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgendaPanel")
        self.service = service
        self.undo_stack = undo_stack
        #: Shows a refusal to the user; tests swap it to collect the messages.
        self.show_error: Callable[[str], None] = self._message_box
        #: Asks what a new length does to the later blocks (None: cancel).
        self.choose_length_mode: Callable[[LengthChange], LengthMode | None] = lambda change: ask_length_mode(
            self, change
        )
        self.last_error = ""
        self.model = AgendaTableModel(service, self)
        self.model.edit_handler = self._edit_in_place
        self.model.move_requested.connect(self._move_to)
        self.model.drop_refused.connect(self._refuse)

        self.view = QTableView(self)
        self.view.setObjectName("AgendaTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(AgendaDelegate(self.model, lambda: list(service.categories()), self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in WIDTHS.items():
            header.resizeSection(col, width)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(True)  # the notes take what is left
        self.view.setMinimumWidth(360)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_spans)
        self._update_spans()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.actions_by_key = self._make_actions()

    # -- actions -----------------------------------------------------------------------------
    def _make_actions(self) -> dict[str, QAction]:
        def action(key: str, text: str, slot, *shortcuts) -> QAction:
            act = QAction(text, self)
            if shortcuts:
                act.setShortcuts([QKeySequence(s) for s in shortcuts])
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        undo = self.undo_stack.createUndoAction(self, self.tr("Angre"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, self.tr("Gjør om"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act in (undo, redo):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        return {
            "undo": undo,
            "redo": redo,
            "add": action("add", self.tr("Ny bolk …"), self.add_block, "Insert", "Ctrl+Shift+N"),
            "edit": action("edit", self.tr("Rediger bolk …"), self.edit_selected, "Ctrl+E", "Ctrl+Return"),
            "delete": action("delete", self.tr("Slett bolk"), self.delete_selected, QKeySequence.StandardKey.Delete),
            "up": action("up", self.tr("Flytt bolk opp"), lambda: self.move_selected(-1), "Alt+Up"),
            "down": action("down", self.tr("Flytt bolk ned"), lambda: self.move_selected(1), "Alt+Down"),
            "event": action("event", self.tr("Hendelsen (tittel, sted, datoer, tidssone) …"), self.edit_event),
        }

    # -- selection ---------------------------------------------------------------------------
    def selected_block(self) -> BlockData | None:
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.view.currentIndex()
        return self.model.block_at(index.row()) if index.isValid() else None

    def select_uid(self, uid: str) -> None:
        row = self.model.row_of_uid(uid)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, COL_TITLE))

    # -- commands ----------------------------------------------------------------------------
    def _edit_in_place(self, block: BlockData, col: int, value: object) -> bool:
        try:
            after = self._with_value(block, col, value)
        except ValueError as exc:
            self._refuse(str(exc))
            return False
        if after == block:
            return False
        if after.minutes != block.minutes and after.minutes and self._length_question_needed(block, after):
            # The question about the later blocks comes after the editor has closed (see ``_refuse``).
            QTimer.singleShot(0, lambda: self._push_edit(block, after))
            return True
        return self._push_edit(block, after)

    def _length_question_needed(self, block: BlockData, after: BlockData) -> bool:
        change = plan_length_change(self.service.day_blocks(block.day), block, after)
        return change.movable_later or change.shift is None or bool(change.keep_overlaps)

    def _push_edit(self, block: BlockData, after: BlockData) -> bool:
        """One undoable edit; a new length first asks about the later blocks of the day."""
        text = self.tr("Endre «%s»") % block.title
        if after.minutes == block.minutes or not after.minutes or after.day != block.day:
            self.undo_stack.push(EditBlockCommand(self.service, block, after, text))
            return True
        day_blocks = self.service.day_blocks(block.day)
        change = plan_length_change(day_blocks, block, after)
        needed = change.movable_later or change.shift is None or bool(change.keep_overlaps)
        mode = self.choose_length_mode(change) if needed else "keep"
        if mode is None:
            return False
        changed = change.shift if mode == "shift" else change.keep
        if changed is None:
            self._refuse(change.shift_refusal)
            return False
        if len(changed) == 1:
            self.undo_stack.push(EditBlockCommand(self.service, block, changed[0], text))
        else:
            before = {b.uid: b for b in day_blocks}
            self.undo_stack.push(EditBlocksCommand(self.service, [before[b.uid] for b in changed], changed, text))
        return True

    def edit_event(self, *, dialog: EventDialog | None = None) -> bool:
        """The event dialog; title, place, zone and a move of the dates are one undoable step."""
        dialog = dialog or EventDialog(self.service, parent=self)
        if dialog.exec() != EventDialog.DialogCode.Accepted or not dialog.changed():
            return False
        result = dialog.result_edit()
        assert result is not None
        info, shift_days = result
        command = EditEventCommand(
            self.service, self.service.event_info(), info, shift_days, self.tr("Endre hendelsen"), self._refuse
        )
        self.undo_stack.push(command)
        return True

    def _with_value(self, block: BlockData, col: int, value: object) -> BlockData:
        text = "" if value is None else str(value)
        if col == COL_START:
            return replace(block, start=parse_clock(text))
        if col == COL_LENGTH:
            return replace(block, minutes=parse_minutes(text))
        if col == COL_TITLE:
            if not text.strip():
                raise ValueError(self.tr("Tittelen kan ikke være tom."))
            return replace(block, title=text.strip())
        if col == COL_CATEGORY:
            return replace(block, category=text.strip() or None)
        if col == COL_STREAMED:
            if value not in (True, False, None):
                raise ValueError(self.tr("Strømmes må være Ja, Nei eller Ukjent."))
            return replace(block, streamed=value)
        if col == COL_LOCATION:
            if value not in ("onsite", "online", "both"):
                raise ValueError(self.tr("Hvor må være På stedet, Digitalt eller Begge."))
            return replace(block, location=value)
        raise ValueError(self.tr("Denne kolonnen redigeres i bolkdialogen (Ctrl+E)."))

    def add_block(self, *, dialog: BlockDialog | None = None) -> BlockData | None:
        current = self.selected_block()
        template = self._new_block_template(current)
        dialog = dialog or BlockDialog(template, list(self.service.categories()), new=True, parent=self)
        if dialog.exec() != BlockDialog.DialogCode.Accepted or dialog.result_block() is None:
            return None
        block = dialog.result_block()
        assert block is not None
        position = None
        if current is not None and current.day == block.day:
            position = self.service.position_in_day(current.uid) + 1
        command = AddBlockCommand(self.service, block, position, self.tr("Ny bolk «%s»") % block.title)
        self.undo_stack.push(command)
        self.select_uid(command.block.uid)
        return command.block

    def _new_block_template(self, current: BlockData | None) -> BlockData:
        if current is not None:
            end = datetime.combine(current.day, current.start) + timedelta(minutes=current.minutes)
            start = end.time() if end.date() == current.day else current.start
            return BlockData(day=current.day, start=start, minutes=30, title="")
        blocks = self.service.blocks()
        day = blocks[-1].day if blocks else date.today()
        return BlockData(day=day, start=time(9, 0), minutes=30, title="")

    def edit_selected(self, *, dialog: BlockDialog | None = None) -> BlockData | None:
        block = self.selected_block()
        if block is None:
            return None
        dialog = dialog or BlockDialog(block, list(self.service.categories()), parent=self)
        if dialog.exec() != BlockDialog.DialogCode.Accepted or dialog.result_block() is None:
            return None
        after = dialog.result_block()
        assert after is not None
        if after != block and self._push_edit(block, after):
            self.select_uid(block.uid)
        return after

    def delete_selected(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        row = self.model.row_of_uid(block.uid) or 0
        self.undo_stack.push(DeleteBlockCommand(self.service, block.uid, self.tr("Slett «%s»") % block.title))
        # Keep the keyboard where it was: select the block that took its place.
        for r in (row, row - 1, row + 1):
            if self.model.block_at(r) is not None:
                self.view.selectRow(r)
                break

    def move_selected(self, delta: int) -> None:
        block = self.selected_block()
        if block is None:
            return
        position = self.service.position_in_day(block.uid) + delta
        if not 0 <= position < len(self.service.day_blocks(block.day)):
            self._refuse(self.tr("Bolken er allerede først eller sist på sin dag."))
            return
        self._move_to(block.uid, position)

    def _move_to(self, uid: str, position: int) -> None:
        title = self.service.block(self.service.index_of(uid)).title
        self.undo_stack.push(MoveBlockCommand(self.service, uid, position, self.tr("Flytt «%s»") % title))
        self.select_uid(uid)

    # -- helpers -----------------------------------------------------------------------------
    def _refuse(self, message: str) -> None:
        self.last_error = message
        # After the editor has closed: a modal box inside setData would re-enter the view.
        QTimer.singleShot(0, lambda: self.show_error(message))

    def _message_box(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Kan ikke endre agendaen"), message)

    def _update_spans(self, *_args) -> None:
        self.view.clearSpans()
        for row in self.model.day_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())
