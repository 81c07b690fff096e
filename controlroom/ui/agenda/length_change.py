"""A block's new length: move the later blocks of the day, or keep their times, with any overlap
the choice would leave said before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import QMessageBox, QWidget

from controlroom.agenda.reflow import LengthMode, Overlap, apply_changes, new_overlaps, with_new_length
from controlroom.agenda.types import BlockData


@dataclass(frozen=True)
class LengthChange:
    """The choices for one length change, worked out before the host is asked."""

    before: BlockData
    after: BlockData
    #: The changed blocks for each choice (None: that choice cannot be made, with ``shift_refusal``).
    shift: list[BlockData] | None
    keep: list[BlockData]
    shift_overlaps: list[Overlap]
    keep_overlaps: list[Overlap]
    shift_refusal: str = ""

    @property
    def movable_later(self) -> bool:
        """Whether shifting would move anything (otherwise there is nothing to ask)."""
        return self.shift is not None and len(self.shift) > 1


def plan_length_change(day_blocks: list[BlockData], before: BlockData, after: BlockData) -> LengthChange:
    """Both choices for giving ``before`` the values of ``after`` (whose length differs)."""
    base = apply_changes(day_blocks, [replace(after, minutes=before.minutes)])
    keep = with_new_length(base, before.uid, after.minutes, "keep")
    shift: list[BlockData] | None
    refusal = ""
    try:
        shift = with_new_length(base, before.uid, after.minutes, "shift")
    except ValueError as exc:
        shift, refusal = None, str(exc)
    return LengthChange(
        before=before,
        after=after,
        shift=shift,
        keep=keep,
        shift_overlaps=new_overlaps(day_blocks, apply_changes(day_blocks, shift)) if shift else [],
        keep_overlaps=new_overlaps(day_blocks, apply_changes(day_blocks, keep)),
        shift_refusal=refusal,
    )


class LengthQuestion(QMessageBox):
    """Move the later blocks, keep their times, or cancel; ``choice()`` after ``exec()``."""

    def __init__(self, change: LengthChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LengthChangeQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Ny lengde"))
        delta = change.after.minutes - change.before.minutes
        if delta > 0:
            text = self.tr("«{title}» blir {n} min lengre.").format(title=change.before.title, n=delta)
        else:
            text = self.tr("«{title}» blir {n} min kortere.").format(title=change.before.title, n=-delta)
        self.setText(text + " " + self.tr("Skal de senere bolkene samme dag flyttes like mye?"))
        details = []
        if change.shift is None:
            details.append(change.shift_refusal)
        elif change.shift_overlaps:
            details.append(self.tr("Flytter du dem, overlapper bolker med fast start:"))
            details += ["  " + o.describe() for o in change.shift_overlaps]
        if change.keep_overlaps:
            details.append(self.tr("Beholder du tidene, blir det overlapp:"))
            details += ["  " + o.describe() for o in change.keep_overlaps]
        if details:
            self.setInformativeText("\n".join(details))
        self.shift_button = self.addButton(self.tr("Flytt senere bolker"), QMessageBox.ButtonRole.AcceptRole)
        self.shift_button.setObjectName("length-shift")
        self.shift_button.setEnabled(change.shift is not None)
        self.keep_button = self.addButton(self.tr("Behold tidene"), QMessageBox.ButtonRole.ActionRole)
        self.keep_button.setObjectName("length-keep")
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("length-cancel")
        self.setDefaultButton(self.shift_button if change.shift is not None else self.keep_button)

    def choice(self) -> LengthMode | None:
        clicked = self.clickedButton()
        if clicked is self.shift_button:
            return "shift"
        if clicked is self.keep_button:
            return "keep"
        return None


class OverlapWarning(QMessageBox):
    """The new length overlaps the next block and there is nothing to move: save only on yes."""

    def __init__(self, overlaps: list[Overlap], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverlapWarning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Bolker overlapper"))
        self.setText(self.tr("Den nye lengden gir overlapp:"))
        self.setInformativeText("\n".join([*(o.describe() for o in overlaps), self.tr("Lagre likevel?")]))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.setDefaultButton(QMessageBox.StandardButton.No)


def ask_length_mode(parent: QWidget | None, change: LengthChange) -> LengthMode | None:
    """Ask the host what a length change does to the later blocks (None: cancelled, nothing changes)."""
    if not change.movable_later and change.shift is not None:
        warning = OverlapWarning(change.keep_overlaps, parent)
        warning.exec()
        saved = warning.clickedButton() is warning.button(QMessageBox.StandardButton.Yes)
        warning.deleteLater()
        return "keep" if saved else None
    question = LengthQuestion(change, parent)
    question.exec()
    choice = question.choice()
    question.deleteLater()
    return choice
