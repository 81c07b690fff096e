"""Undoable cue edits (QUndoStack commands over the tech host's cue plan)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from controlroom.application.cue_plan import CuePlan
from controlroom.cues.types import CueData


def _tr(text: str) -> str:
    return QCoreApplication.translate("CueUndo", text)


class AddCue(QUndoCommand):
    def __init__(self, plan: CuePlan, cue: CueData, done: Callable[[], None], position: int | None = None):
        super().__init__()
        self.setText(_tr("Ny cue"))
        self.plan, self.cue, self.done, self.position = plan, cue, done, position

    def redo(self) -> None:
        self.cue = self.plan.add(self.cue, self.position)
        self.done()

    def undo(self) -> None:
        self.plan.delete(self.cue.uid)
        self.done()


class EditCue(QUndoCommand):
    def __init__(self, plan: CuePlan, before: CueData, after: CueData, done: Callable[[], None]):
        super().__init__()
        self.setText(_tr("Rediger cue"))
        self.plan, self.before, self.after, self.done = plan, before, after, done

    def redo(self) -> None:
        self.plan.update(self.after)
        self.done()

    def undo(self) -> None:
        self.plan.update(self.before)
        self.done()


class DeleteCue(QUndoCommand):
    def __init__(self, plan: CuePlan, uid: str, done: Callable[[], None]):
        super().__init__()
        self.setText(_tr("Slett cue"))
        self.plan, self.uid, self.done = plan, uid, done
        self.removed: CueData | None = None
        self.position = 0

    def redo(self) -> None:
        self.removed, self.position = self.plan.delete(self.uid)
        self.done()

    def undo(self) -> None:
        assert self.removed is not None
        self.plan.add(self.removed, self.position)
        self.done()


class MoveCue(QUndoCommand):
    def __init__(self, plan: CuePlan, uid: str, old: int, new: int, done: Callable[[], None]):
        super().__init__()
        self.setText(_tr("Flytt cue"))
        self.plan, self.uid, self.old, self.new, self.done = plan, uid, old, new, done

    def redo(self) -> None:
        self.plan.move(self.uid, self.new)
        self.done()

    def undo(self) -> None:
        self.plan.move(self.uid, self.old)
        self.done()
