"""Who is in which Open Space session: people move freely between rooms, one session per time slot.

The *Deltakere* list beside the wall shows every participant and where they are in the chosen slot.
Drag people onto a session on the wall, or select them and press *Flytt hit* (Ctrl+M) to put them in
the selected session; *Fjern fra økten* takes them out. Moving someone into a session takes them out
of any other session in the same slot. Each change is one transaction, logged to the run log
(``openspace.attend`` / ``openspace.leave``, and ``openspace.undo`` when undone) before the screen
changes, and undoable with Ctrl+Z on the wall's undo stack. *Per nettrom* lists, for the tech host,
who is in each online session of the slot (online or hybrid sessions, or spaces named Zoom/Teams).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.grouping.types import Topic

if TYPE_CHECKING:
    from controlroom.ui.people.open_space import OpenSpaceWall

EMAIL_ROLE = Qt.ItemDataRole.UserRole + 2


def is_online(topic: Topic) -> bool:
    space = (topic.space or "").lower()
    return topic.mode in ("online", "both") or "zoom" in space or "teams" in space


class _Attendance(QUndoCommand):
    """Put people in a session (``attend``) or take them out (``leave``); undo restores the lists."""

    def __init__(self, panel: AttendancePanel, topic: Topic, emails: list[str], kind: str) -> None:
        text = (QCoreApplication.translate("AttendancePanel", "Flytt {n} til «{t}»") if kind == "attend"
                else QCoreApplication.translate("AttendancePanel", "Fjern {n} fra «{t}»"))
        super().__init__(text.format(n=len(emails), t=topic.title))
        self.panel, self.topic, self.emails, self.kind = panel, topic, emails, kind
        self.before: dict[int, list[str]] = {}

    def redo(self) -> None:
        wall = self.panel.wall
        self.before = wall.space.attend(wall.block_uid or "", self.topic, self.emails, self.kind)
        wall.refresh()

    def undo(self) -> None:
        wall = self.panel.wall
        wall.space.restore_attendees(wall.block_uid or "", self.before, self.topic.id, self.kind, self.emails)
        wall.refresh()


class AttendancePanel(QWidget):
    """The participants list and the selected session's attendees, beside the wall."""

    def __init__(self, wall: OpenSpaceWall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall = wall
        self.names: dict[str, str] = {}
        heading = QLabel(self.tr("Deltakere"))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk etter navn eller kommune"))
        self.search.textChanged.connect(self._filter)
        self.people_list = QListWidget()
        self.people_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people_list.setDragEnabled(True)
        self.people_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.move_here = QPushButton(self.tr("Flytt hit"))
        self.move_here.setToolTip(self.tr("Flytt valgte deltakere til økten som er valgt på veggen (Ctrl+M)"))
        self.move_here.clicked.connect(self.move_selected_here)
        self.session_label = QLabel()
        self.session_list = QListWidget()
        self.session_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        remove = QPushButton(self.tr("Fjern fra økten"))
        remove.clicked.connect(self.remove_selected)
        self.online = QPlainTextEdit()
        self.online.setReadOnly(True)
        self.online.setPlaceholderText(self.tr("Ingen i digitale økter ennå"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(heading)
        lay.addWidget(self.search)
        lay.addWidget(self.people_list, 3)
        row = QHBoxLayout()
        row.addWidget(self.move_here)
        row.addWidget(remove)
        lay.addLayout(row)
        lay.addWidget(self.session_label)
        lay.addWidget(self.session_list, 2)
        lay.addWidget(QLabel(self.tr("Per nettrom (for teknisk ansvarlig)")))
        lay.addWidget(self.online, 2)
        self.move_shortcut = QShortcut(QKeySequence("Ctrl+M"), self, self.move_selected_here)
        # set apart: PySide6's (key, parent, slot, context) constructor leaves the context window-wide
        self.move_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- view ------------------------------------------------------------------------------------------
    def current_slot(self) -> int:
        t = self.wall.current_session()
        return t.slot if t is not None and t.slot is not None else 0

    def refresh(self) -> None:
        """Rebuild the lists from the repositories (after every change on the wall)."""
        people = [p for p in self.wall.people.participants() if not p.no_show]
        self.names = {p.key: p.name for p in people}
        pools = {"teams": self.tr("Teams"), "zoom": self.tr("Zoom")}
        slot = self.current_slot()
        where = {e: t for t in self.wall.topics.values() if t.slot == slot for e in t.attendees}
        chosen = {i.data(EMAIL_ROLE) for i in self.people_list.selectedItems()}
        self.people_list.clear()
        for p in people:
            t = where.get(p.key)
            pool = f" ({pools[p.attendance]})" if p.attendance in pools else ""
            item = QListWidgetItem(f"{p.name}{pool} → {t.space if t is not None else '—'}")
            item.setToolTip(self.tr("{name}, {muni}; {email}").format(name=p.name, muni=p.municipality, email=p.key))
            item.setData(EMAIL_ROLE, p.key)
            item.setData(Qt.ItemDataRole.UserRole + 3, p.municipality)
            self.people_list.addItem(item)
            item.setSelected(p.key in chosen)
        self._filter(self.search.text())
        session = self.wall.current_session()
        self.session_list.clear()
        if session is None:
            self.session_label.setText(self.tr("Velg en økt på veggen for å se hvem som er der"))
        else:
            self.session_label.setText(self.tr("I «{t}» ({n})").format(t=session.title, n=len(session.attendees)))
            for e in session.attendees:
                item = QListWidgetItem(self.names.get(e, e))
                item.setData(EMAIL_ROLE, e)
                self.session_list.addItem(item)
        lines = []
        slot_name = self.wall.slots[slot] if slot < len(self.wall.slots) else ""
        for t in sorted((t for t in self.wall.topics.values() if t.slot == slot and is_online(t)),
                        key=lambda t: t.space or ""):
            who = ", ".join(self.names.get(e, e) for e in t.attendees) or self.tr("ingen registrert")
            lines.append(f"{t.space} – {t.title}\n    {who}")
        self.online.setPlainText(self.tr("{slot}:").format(slot=slot_name) + "\n" + "\n".join(lines)
                                 if lines else "")

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            text = f"{item.text()} {item.data(Qt.ItemDataRole.UserRole + 3) or ''}".lower()
            item.setHidden(bool(needle) and needle not in text)

    # -- actions ---------------------------------------------------------------------------------------
    def attend(self, topic_id: int, emails: list[str]) -> None:
        topic = self.wall.topics.get(topic_id)
        if topic is None or not emails:
            return
        if topic.slot is None:
            self.wall.notes_label.setText(self.tr("Legg temaet på veggen før du flytter folk dit"))
            return
        if set(emails) <= set(topic.attendees):
            return
        self.wall.undo_stack.push(_Attendance(self, topic, emails, "attend"))

    def leave(self, topic_id: int, emails: list[str]) -> None:
        topic = self.wall.topics.get(topic_id)
        emails = [e for e in emails if topic is not None and e in topic.attendees]
        if topic is not None and emails:
            self.wall.undo_stack.push(_Attendance(self, topic, emails, "leave"))

    def selected_emails(self) -> list[str]:
        return [i.data(EMAIL_ROLE) for i in self.people_list.selectedItems() if not i.isHidden()]

    def move_selected_here(self) -> None:
        session = self.wall.current_session()
        if session is None:
            self.session_label.setText(self.tr("Velg først en økt på veggen"))
            return
        self.attend(session.id, self.selected_emails())  # type: ignore[arg-type]

    def remove_selected(self) -> None:
        session = self.wall.current_session()
        if session is not None:
            self.leave(session.id, [i.data(EMAIL_ROLE) for i in self.session_list.selectedItems()])  # type: ignore[arg-type]
