"""Which screen a window is on, asked without ``QWidget.screen()``: with PySide6 6.11 the screen that
returns is destroyed together with the widget, and the next window made then crashes."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from controlroom.ui.screen_layout import available_size, screen_of


def _made_and_deleted_asking_for_its_screen() -> None:
    window = QMainWindow()
    window.show()
    shown_on = screen_of(window)
    assert shown_on is not None and available_size(window) == shown_on.availableGeometry().size()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_screen_outlives_the_windows_that_asked_which_it_is(qapp, qtbot):
    screen = QGuiApplication.primaryScreen()
    for _ in range(3):
        _made_and_deleted_asking_for_its_screen()
    assert shiboken6.isValid(screen) and QGuiApplication.screens() == [screen]
    later = QWidget()
    qtbot.addWidget(later)
    later.show()
    assert screen_of(later) is screen
