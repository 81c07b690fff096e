"""Window layouts are remembered per screen size: a layout arranged on a 1920×1080 desk screen must not
come back squeezed onto a 1366×768 laptop, and the laptop's own arrangement must survive a day at the desk.
Settings keys are ``layout/<width>x<height>/<name>``, from the available area of the window's screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget``'s window is on, or the primary screen.

    Never ``widget.screen()`` (nor its window handle's ``screen()``): with PySide6 6.11 the screen those
    return is destroyed together with the widget, and the next widget made crashes asking for its screen.
    """
    return QGuiApplication.screenAt(widget.window().geometry().center()) or QGuiApplication.primaryScreen()


def available_size(widget: QWidget) -> QSize:
    """The usable area (without task bars) of the screen ``widget`` is on, or the primary screen."""
    screen = screen_of(widget)
    return screen.availableGeometry().size() if screen is not None else QSize(0, 0)


def layout_key(widget: QWidget, name: str) -> str:
    """``layout/1366x768/<name>``: where ``widget``'s window keeps ``name`` for its current screen size."""
    size = available_size(widget)
    return f"layout/{size.width()}x{size.height()}/{name}"
