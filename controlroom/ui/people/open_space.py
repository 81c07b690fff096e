"""The Open Space wall: a marketplace of proposed topics and an agenda wall of time slots × spaces.

Drag a topic from the marketplace onto a cell (or from cell to cell; onto a taken cell swaps the two),
merge two topics, write each session's notes. Every change is saved at once (one transaction), logged
to the run log when one is given (``openspace.place``, ``openspace.merge``, ``openspace.attend`` …) and
can be undone (Ctrl+Z) through the panel's QUndoStack. People move freely between rooms; who is in
which session is kept by the *Deltakere* panel beside the wall (``attendance.AttendancePanel``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.application.open_space import OpenSpaceService
from controlroom.errors import BadInputError
from controlroom.grouping.types import Topic
from controlroom.models.people_repo import PeopleRepository
from controlroom.ui.people.attendance import EMAIL_ROLE, AttendancePanel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MODE_COLOURS = {"onsite": "#E3F4E8", "online": "#E4E9FF", "both": "#FFF4D6"}


class _Place(QUndoCommand):
    def __init__(self, wall: OpenSpaceWall, topic: Topic, slot: int | None, space: str | None) -> None:
        super().__init__(QCoreApplication.translate("OpenSpaceWall", "Flytt «{t}»").format(t=topic.title))
        self.wall, self.topic_id, self.to = wall, topic.id, (slot, space)
        self.before = (topic.slot, topic.space)
        self.swapped: int | None = None

    def redo(self) -> None:
        self.swapped = self.wall.space.place(self.wall.block_uid or "", self.topic_id, *self.to)
        self.wall.refresh()

    def undo(self) -> None:
        self.wall.space.undo_place(self.wall.block_uid or "", self.topic_id, self.before, self.to, self.swapped)
        self.wall.refresh()


class _Merge(QUndoCommand):
    def __init__(self, wall: OpenSpaceWall, keep: Topic, other: Topic) -> None:
        super().__init__(QCoreApplication.translate("OpenSpaceWall", "Slå sammen «{a}» og «{b}»").format(a=keep.title, b=other.title))
        self.wall, self.keep, self.other = wall, keep, other

    def redo(self) -> None:
        self.wall.space.merge(self.wall.block_uid or "", self.keep, self.other)
        self.wall.refresh()

    def undo(self) -> None:
        self.wall.space.unmerge(self.wall.block_uid or "", self.keep, self.other)
        self.wall.refresh()


class WallTable(QTableWidget):
    """The grid; drops from the marketplace or from another cell become ``place`` calls."""

    def __init__(self, wall: OpenSpaceWall) -> None:
        super().__init__()
        self.wall = wall
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.position().toPoint())
        source = event.source()
        if source is self.wall.attendance.people_list:
            cell = self.item(index.row(), index.column()) if index.isValid() else None
            event.setDropAction(Qt.DropAction.IgnoreAction)
            if cell is None or cell.data(ID_ROLE) is None:
                event.ignore()
                return
            event.accept()
            emails = [i.data(EMAIL_ROLE) for i in source.selectedItems()]
            self.wall.attendance.attend(int(cell.data(ID_ROLE)), emails)
            return
        item = source.currentItem() if source in (self, self.wall.market) else None
        if not index.isValid() or item is None:
            event.ignore()
            return
        topic_id = item.data(ID_ROLE)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the view is rebuilt from the repository instead
        event.accept()
        if topic_id is not None:
            self.wall.place(int(topic_id), index.row(), self.wall.spaces[index.column()])


class OpenSpaceWall(QWidget):
    def __init__(self, space: OpenSpaceService, people: PeopleRepository, blocks_source=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Every change goes through the Open Space service (which logs it); reads through its repository.
        self.space, self.repo, self.people = space, space.repo, people
        self.blocks_source = blocks_source  # () -> list[BlockData], for the block chooser
        self.block_uid: str | None = None
        self.slots: list[str] = []
        self.spaces: list[str] = []
        self.topics: dict[int, Topic] = {}
        self.undo_stack = QUndoStack(self)
        # marketplace
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Tema"))
        self.convener_edit = QLineEdit()
        self.convener_edit.setPlaceholderText(self.tr("Sammenkaller"))
        self.mode_box = QComboBox()
        for key, text in (("onsite", self.tr("På stedet")), ("online", self.tr("Digitalt")), ("both", self.tr("Begge"))):
            self.mode_box.addItem(text, key)
        propose = QPushButton(self.tr("Foreslå tema"))
        propose.clicked.connect(self.propose_from_fields)
        self.title_edit.returnPressed.connect(self.propose_from_fields)
        self.market = QListWidget()
        self.market.setDragEnabled(True)
        self.market.setSpacing(3)
        self.market.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        left = QVBoxLayout()
        self.block_box = QComboBox()
        self.block_box.activated.connect(lambda _i: self.set_block(self.block_box.currentData()))
        layout_btn = QPushButton(self.tr("Tidsluker og rom…"))
        layout_btn.clicked.connect(self.edit_layout)
        if blocks_source is not None:
            left.addWidget(self.block_box)
            left.addWidget(layout_btn)
        heading = QLabel(self.tr("Markedsplassen"))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        left.addWidget(heading)
        for w in (self.title_edit, self.convener_edit, self.mode_box, propose):
            left.addWidget(w)
        left.addWidget(self.market, 1)
        merge = QPushButton(self.tr("Slå sammen valgte"))
        merge.clicked.connect(self.merge_selected)
        unplace = QPushButton(self.tr("Tilbake til markedsplassen"))
        unplace.clicked.connect(self.unplace_selected)
        left.addWidget(merge)
        left.addWidget(unplace)
        left_host = QWidget()
        left_host.setLayout(left)
        # wall + notes
        self.table = WallTable(self)
        self.table.itemSelectionChanged.connect(self._show_notes)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notater for valgt økt (samles i arbeidsboken)"))
        save = QPushButton(self.tr("Lagre notat"))
        save.clicked.connect(self.save_notes)
        right = QVBoxLayout()
        right.addWidget(self.table, 3)
        self.notes_label = QLabel()
        right.addWidget(self.notes_label)
        right.addWidget(self.notes, 1)
        right.addWidget(save)
        right_host = QWidget()
        right_host.setLayout(right)
        self.attendance = AttendancePanel(self)
        self.table.itemSelectionChanged.connect(self.attendance.refresh)
        split = QSplitter()
        split.addWidget(left_host)
        split.addWidget(right_host)
        split.addWidget(self.attendance)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        lay = QHBoxLayout(self)
        lay.addWidget(split)
        panel_keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo).setContext(panel_keys)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo).setContext(panel_keys)

    # -- data --------------------------------------------------------------------------------------
    def set_block(self, uid: str) -> None:
        self.block_uid = uid
        self.undo_stack.clear()
        if self.blocks_source is not None:
            self.block_box.clear()
            for b in self.blocks_source():
                self.block_box.addItem(f"{b.start:%H:%M} {b.title}", b.uid)
            self.block_box.setCurrentIndex(max(0, self.block_box.findData(uid)))
        self.refresh()

    def edit_layout(self) -> None:
        """Slots and spaces as comma-separated lists (a topic in a removed slot or space goes back to the
        marketplace view until the wall has that cell again)."""
        if not self.block_uid:
            return
        slots, ok = QInputDialog.getText(self, self.tr("Tidsluker"), self.tr("Tidsluker, skilt med komma"),
                                         text=", ".join(self.slots))
        if not ok:
            return
        spaces, ok = QInputDialog.getText(self, self.tr("Rom"), self.tr("Rom, skilt med komma"),
                                          text=", ".join(self.spaces))
        if not ok:
            return
        self.set_layout([x.strip() for x in slots.split(",") if x.strip()],
                        [x.strip() for x in spaces.split(",") if x.strip()])

    def set_layout(self, slots: list[str], spaces: list[str]) -> bool:
        try:
            self.space.set_layout(self.block_uid or "", slots, spaces)
        except BadInputError as exc:
            self.notes_label.setText(str(exc))
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        if not self.block_uid:
            return
        self.slots, self.spaces = self.repo.layout(self.block_uid)
        self.topics = {t.id: t for t in self.repo.topics(self.block_uid)}  # type: ignore[misc]
        self.market.clear()
        for t in self.topics.values():
            if t.slot is None or t.space not in self.spaces or t.slot >= len(self.slots):
                item = QListWidgetItem(self._label(t))
                item.setData(ID_ROLE, t.id)
                item.setBackground(QColor(MODE_COLOURS.get(t.mode, "#FFFFFF")))
                self.market.addItem(item)
        keep = (self.table.currentRow(), self.table.currentColumn()) if self.table.selectedItems() else None
        self.table.blockSignals(True)  # one notes/attendance update at the end, not one per cleared cell
        self.table.clear()
        self.table.setRowCount(len(self.slots))
        self.table.setColumnCount(len(self.spaces))
        self.table.setHorizontalHeaderLabels(self.spaces)
        self.table.setVerticalHeaderLabels(self.slots)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for t in self.topics.values():
            if t.slot is not None and t.space in self.spaces and t.slot < len(self.slots):
                people = "\n" + self.tr("{n} deltakere").format(n=len(t.attendees)) if t.attendees else ""
                cell = QTableWidgetItem(self._label(t) + people + ("  ✎" if t.notes.strip() else ""))
                cell.setData(ID_ROLE, t.id)
                cell.setBackground(QColor(MODE_COLOURS.get(t.mode, "#FFFFFF")))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(t.slot, self.spaces.index(t.space), cell)
        if keep is not None and self.table.item(*keep) is not None:
            self.table.setCurrentCell(*keep)  # the selected session stays selected after a change
        self.table.blockSignals(False)
        self._show_notes()
        self.attendance.refresh()

    def _label(self, t: Topic) -> str:
        mode = {"onsite": self.tr("på stedet"), "online": self.tr("digitalt"), "both": self.tr("hybrid")}[t.mode]
        return f"{t.title}\n{t.convener} · {mode}" if t.convener else f"{t.title}\n{mode}"

    # -- actions -------------------------------------------------------------------------------------
    def propose(self, title: str, convener: str = "", mode: str = "onsite") -> Topic:
        topic = self.space.propose(self.block_uid or "", title, convener, mode)
        self.refresh()
        return topic

    def propose_from_fields(self) -> None:
        if not self.title_edit.text().strip() or not self.block_uid:
            return
        self.propose(self.title_edit.text(), self.convener_edit.text(), self.mode_box.currentData())
        self.title_edit.clear()
        self.convener_edit.clear()

    def place(self, topic_id: int, slot: int | None, space: str | None) -> None:
        topic = self.topics.get(topic_id)
        if topic is not None and (topic.slot, topic.space) != (slot, space):
            self.undo_stack.push(_Place(self, topic, slot, space))

    def selected_topics(self) -> list[Topic]:
        ids = [i.data(ID_ROLE) for i in self.table.selectedItems()] + [i.data(ID_ROLE) for i in self.market.selectedItems()]
        return [self.topics[int(i)] for i in ids if i is not None and int(i) in self.topics]

    def merge_selected(self) -> None:
        chosen = self.selected_topics()
        if len(chosen) >= 2:
            self.merge(chosen[0].id, chosen[1].id)  # type: ignore[arg-type]

    def merge(self, keep_id: int, other_id: int) -> None:
        self.undo_stack.push(_Merge(self, self.topics[keep_id], self.topics[other_id]))

    def unplace_selected(self) -> None:
        for t in self.selected_topics():
            self.place(t.id, None, None)  # type: ignore[arg-type]

    def current_session(self) -> Topic | None:
        item = self.table.currentItem()
        if item is None or item.data(ID_ROLE) is None or not self.table.selectedItems():
            return None
        return self.topics.get(int(item.data(ID_ROLE)))

    def _show_notes(self) -> None:
        t = self.current_session()
        self.notes.setEnabled(t is not None)
        self.notes.setPlainText(t.notes if t else "")
        self.notes_label.setText(self.tr("Notater: {t}").format(t=t.title) if t else self.tr("Velg en økt på veggen"))

    def save_notes(self) -> None:
        t = self.current_session()
        if t is not None:
            self.people.set_topic_notes(t.id, self.notes.toPlainText())  # type: ignore[arg-type]
            self.refresh()
