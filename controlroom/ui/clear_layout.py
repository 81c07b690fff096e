"""Emptying a layout whose widgets are built again (the room board's cards, the Skjermer panel's links,
the foyer's programme)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout) -> None:
    """Take every item out of ``layout``; each widget is hidden and detached at once (nothing of it is
    drawn or laid out again) and deleted when the event loop next runs."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
