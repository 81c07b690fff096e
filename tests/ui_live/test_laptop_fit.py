"""At 1366×768 (a laptop) nothing in the timer panel is squeezed below what it needs: a two-line
title in overtime with a message, and a rehearsal on another day (one more line on the face).

In the app's default layout at 1366×768 the timer dock shares the left column with the room board
and gets about 475 px (docs/screenshots/live-1366-*.png); the panel is given a little less here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton


def squeezed(panel) -> list[str]:
    """Children drawn smaller than their minimum, or buttons lying over each other."""
    out = []
    widgets = [w for w in panel.findChildren(QLabel) + panel.findChildren(QToolButton) + panel.findChildren(QLineEdit)
               if w.isVisible()]
    for w in widgets:
        hint = w.minimumSizeHint()
        need = w.heightForWidth(w.width()) if isinstance(w, QLabel) and w.wordWrap() else hint.height()
        if w.height() < need:
            out.append(f"{w.objectName() or type(w).__name__} {w.height()} < {need}")
    buttons = [w for w in widgets if isinstance(w, QToolButton)]
    for i, a in enumerate(buttons):
        for b in buttons[i + 1:]:
            if a.geometry().intersects(b.geometry()) and a.parentWidget() is b.parentWidget():
                out.append(f"{a.objectName()} overlaps {b.objectName()}")
    countdown = panel.countdown
    if countdown.height() < countdown.minimumSizeHint().height():
        out.append("countdown")
    return out


#: The timer panel's height in the default layout at 1366×768, minus a margin.
LAPTOP_PANEL_HEIGHT = 460


@pytest.mark.parametrize("rehearsal", [False, True])
def test_the_timer_panel_fits_a_laptop_screen(live_window, qtbot, service, clock, rehearsal):
    window, ui = live_window
    if rehearsal:
        clock.advance(days=30)  # the file's day is a month ago: the face says which day is planned
    service.goto(2)  # a title that wraps onto two lines in the dock
    clock.advance(minutes=48)  # in overtime
    service.message("Avrund nå")
    ui.bridge.reload()
    panel = ui.timer_panel
    window.resize(1366, 768)
    QCoreApplication.processEvents()
    window.resize(1366, 768 - (panel.height() - LAPTOP_PANEL_HEIGHT))  # the panel gets what a laptop gives it
    QCoreApplication.processEvents()
    assert panel.height() == LAPTOP_PANEL_HEIGHT
    qtbot.waitUntil(lambda: panel.title.height() > 0)
    assert ui.bridge.state.phase == "overtime"
    assert panel.title.heightForWidth(panel.title.width()) > panel.title.fontMetrics().height()  # two lines
    assert panel.day_note.isVisible() == rehearsal
    assert squeezed(panel) == []
