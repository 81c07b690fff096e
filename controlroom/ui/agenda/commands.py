"""Undoable agenda edits. Each redo/undo is one call on the service, so one transaction in the
event file; undo restores the same uid at the same place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from controlroom.agenda.types import BlockData
from controlroom.application.agenda import AgendaService
from controlroom.models.agenda_repo import EventInfo, new_uid


class EditBlockCommand(QUndoCommand):
    def __init__(self, service: AgendaService, before: BlockData, after: BlockData, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.before = replace(before)
        self.after = replace(after, uid=before.uid, id=before.id)

    def redo(self) -> None:
        self.service.update(self.after)

    def undo(self) -> None:
        self.service.update(self.before)


class AddBlockCommand(QUndoCommand):
    """Add a block at ``position`` in its day (None: where its start time puts it)."""

    def __init__(self, service: AgendaService, block: BlockData, position: int | None, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.block = replace(block, uid=block.uid or new_uid(), id=None)
        self.position = position

    def redo(self) -> None:
        self.service.add(self.block, self.position)
        # Redo after undo must land at the same place even when the first add was placed by time.
        self.position = self.service.position_in_day(self.block.uid)

    def undo(self) -> None:
        self.service.delete(self.block.uid)


class DeleteBlockCommand(QUndoCommand):
    def __init__(self, service: AgendaService, uid: str, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.uid = uid
        self.saved: BlockData | None = None
        self.position = 0

    def redo(self) -> None:
        self.saved, self.position = self.service.delete(self.uid)

    def undo(self) -> None:
        assert self.saved is not None
        self.service.add(replace(self.saved, id=None), self.position)


class MoveBlockCommand(QUndoCommand):
    """Move a block within its day from one position to another."""

    def __init__(self, service: AgendaService, uid: str, to_position: int, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.uid = uid
        self.from_position = service.position_in_day(uid)
        self.to_position = to_position

    def redo(self) -> None:
        self.service.move(self.uid, self.to_position)

    def undo(self) -> None:
        self.service.move(self.uid, self.from_position)


class EditBlocksCommand(QUndoCommand):
    """Several blocks changed at once (a new length and the later blocks moved): one transaction each way."""

    def __init__(self, service: AgendaService, before: list[BlockData], after: list[BlockData], text: str) -> None:
        super().__init__(text)
        self.service = service
        self.before = [replace(b) for b in before]
        self.after = [replace(a, uid=b.uid, id=b.id) for a, b in zip(after, before, strict=True)]

    def redo(self) -> None:
        self.service.update_many(self.after)

    def undo(self) -> None:
        self.service.update_many(self.before)


class EditEventCommand(QUndoCommand):
    """The event's title, place and zone, and every block moved by ``shift_days`` days.

    Undo is checked like the edit itself: while a block runs live, neither moves the dates. The refusal
    goes to ``on_refused``, the event file is left as it is, and the command leaves the undo stack (made
    obsolete), so a later redo can never move the event a second time."""

    def __init__(
        self,
        service: AgendaService,
        before: EventInfo,
        after: EventInfo,
        shift_days: int,
        text: str,
        on_refused: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.service = service
        self.before = before
        self.after = after
        self.shift_days = shift_days
        self.on_refused = on_refused or (lambda _message: None)

    def redo(self) -> None:
        self._apply(self.after, self.shift_days)

    def undo(self) -> None:
        self._apply(self.before, -self.shift_days)

    def _apply(self, info: EventInfo, shift_days: int) -> None:
        try:
            self.service.edit_event(info, shift_days)
        except ValueError as exc:
            self.setObsolete(True)
            self.on_refused(str(exc))
