"""The preview of a live group change: who moves where, round by round, with OK / Cancel.

``LiveChangeFlow.propose`` is how the participants table (no-shows, walk-ins) and the room board
(repair) change groups during the day: the change is planned in the Qt-free ``LiveGroups`` service;
when it moves anyone, the preview opens (``open()``, never a nested ``exec()``) and OK applies it as
one undoable step; a refusal opens a message saying why, and nothing changes. Planning and saving run
in a worker thread, one change at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.errors import BadInputError
from controlroom.grouping.live_repair import LiveChange, LiveGroups
from controlroom.grouping.types import Participant
from controlroom.ui.tasks import TaskRunner


class RepairPreviewDialog(QDialog):
    """Lists the moves of a planned change per round; accepted → the caller applies it."""

    def __init__(self, change: LiveChange, names: dict[str, str], block_label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repair-preview")
        self.setWindowTitle(self.tr("Reparere gruppene"))
        self.change = change
        head = QLabel(self._headline(change, names))
        head.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        for r in change.rounds:
            top = QTreeWidgetItem([self.tr("Runde {n} · {block}: {m} flyttinger").format(
                n=r.round, block=block_label(r.run_block), m=len(r.moves))])
            for m in r.moves:
                who = names.get(m.email, m.email)
                src = m.from_room or self.tr("ny")
                dst = m.to_room or self.tr("ut")
                QTreeWidgetItem(top, [f"{who}: {src} → {dst}"])
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Flytt og lagre"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.tree, 1)
        lay.addWidget(buttons)
        self.resize(720, 440)

    def _headline(self, change: LiveChange, names: dict[str, str]) -> str:
        who = ", ".join(names.get(p.key, p.name) for p in change.people)
        rounds = ", ".join(str(r.round) for r in change.rounds)
        if change.kind == "group.noshow":
            first = self.tr("Ikke møtt: {who}.").format(who=who)
        elif change.kind == "group.present":
            first = self.tr("Møtt likevel: {who}.").format(who=who)
        elif change.kind == "group.walkin":
            first = self.tr("Uanmeldt: {who}.").format(who=who)
        else:
            first = self.tr("Reparer etter fravær og uanmeldte.")
        return first + " " + self.tr("Gruppene repareres i runde {rounds}; tidligere runder står som de var.").format(
            rounds=rounds)

    def text(self) -> str:
        """Everything the dialog lists, one line per row (what the host reads)."""
        lines = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            lines.append(top.text(0))
            children = (top.child(j) for j in range(top.childCount()))
            lines += ["  " + child.text(0) for child in children if child is not None]
        return "\n".join(lines)


class _ApplyChange(QUndoCommand):
    """A live change already saved when pushed; undo and redo run in the flow's worker, in order."""

    def __init__(self, flow: LiveChangeFlow, change: LiveChange, text: str) -> None:
        super().__init__(text)
        self.flow, self.change = flow, change
        self.applied = True  # pushed after the change was saved: the first redo has nothing to do

    def redo(self) -> None:
        if self.applied:
            return
        self.applied = True
        self.flow.spawn(self.flow.run(self.flow.service.apply, self.change))

    def undo(self) -> None:
        self.applied = False
        self.flow.spawn(self.flow.run(self.flow.service.revert, self.change))


class LiveChangeFlow(QObject):
    """Plan → preview → apply, shared by the participants table and the room board.

    Planning and saving run in a worker thread (a repair of 1000 people takes tens of milliseconds), one
    at a time and in the order asked, so the window keeps repainting and an undo never overtakes the
    change it undoes."""

    changed = Signal()
    #: The message of a refused change (already shown in a dialog).
    refused = Signal(str)

    def __init__(self, service: LiveGroups, undo_stack: QUndoStack, block_label: Callable[[str], str],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.service, self.undo_stack, self.block_label = service, undo_stack, block_label
        self.window = parent
        #: The dialog last opened (preview or refusal), for whoever wants to look at it.
        self.dialog: QDialog | None = None
        self._lock = asyncio.Lock()
        self.tasks = TaskRunner(None, self._show_failure)

    def spawn(self, work: Coroutine) -> asyncio.Future:
        """Run ``work`` on the app's loop; a refusal or failure is shown to the host."""
        return self.tasks.run(work)

    async def settled(self) -> None:
        """Wait until every change asked for (apply, undo, redo) has been saved."""
        await self.tasks.settled()

    async def run(self, work: Callable[[LiveChange], None], change: LiveChange) -> None:
        async with self._lock:
            await asyncio.to_thread(work, change)
        self.changed.emit()

    async def apply(self, change: LiveChange, text: str) -> None:
        await self.run(self.service.apply, change)
        self.undo_stack.push(_ApplyChange(self, change, text))

    async def propose(self, changed: list[Participant], kind: str, text: str,
                      from_round: tuple[str, int] | None = None) -> QDialog | None:
        """Plan the change; save it at once when it moves nobody, else open the preview (OK saves it).
        Returns the dialog opened (preview or refusal), or None when saved at once."""
        try:
            async with self._lock:
                change = await asyncio.to_thread(self.service.plan, changed, kind, from_round)
                people = await asyncio.to_thread(self.service.repo.participants)
        except BadInputError as exc:
            return self._refuse(str(exc))
        if not change.move_count:
            if changed:  # nobody moves: the mark (or the walk-in) is saved as one undoable step
                await self.apply(change, text)
            return None
        names = {p.key: p.name for p in people}
        names.update({p.key: p.name for p in changed})
        dlg = RepairPreviewDialog(change, names, self.block_label, self.window)
        dlg.accepted.connect(lambda: self.spawn(self.apply(change, text)))
        dlg.finished.connect(dlg.deleteLater)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _show_failure(self, message: str) -> None:
        self._refuse(message)

    def _refuse(self, message: str) -> QDialog:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Gruppene kan ikke repareres"),
                          self.tr("Ingenting er endret.") + "\n\n" + message, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("repair-refused")
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        self.refused.emit(message)
        return box
