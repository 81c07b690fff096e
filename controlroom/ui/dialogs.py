"""What the small dialogs share: their buttons wired to accept/reject, below their content."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

Button = QDialogButtonBox.StandardButton


def button_box(dialog: QDialog, buttons: Button = Button.Save | Button.Cancel) -> QDialogButtonBox:
    """Standard ``buttons`` whose accept/reject roles accept/reject ``dialog``."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def stacked(dialog: QDialog, *content: QWidget | QLayout, buttons: Button = Button.Save | Button.Cancel,
            stretch: QWidget | None = None) -> QDialogButtonBox:
    """Lay ``dialog`` out as its ``content`` top to bottom (``stretch`` takes the spare height) with the
    :func:`button_box` under it; returns the buttons."""
    lay = QVBoxLayout(dialog)
    for item in content:
        if isinstance(item, QLayout):
            lay.addLayout(item)
        else:
            lay.addWidget(item, 1 if item is stretch else 0)
    box = button_box(dialog, buttons)
    lay.addWidget(box)
    return box
