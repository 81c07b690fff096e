"""The stage display: a window for a second screen or confidence monitor.

Black background, a huge countdown in the phase colours (white, yellow, red; overtime flashes red
in step with the displayed second, driven by the shared second ticker, not a faster timer), the
block title, "Neste: …", and the moderator's message large. Blackout paints everything black.
Everything is drawn in ``paintEvent`` with fonts scaled to the window, so it stays legible on any
screen size. The chosen screen and full screen are remembered in QSettings.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QEvent, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from controlroom.live.state import LiveState
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.live.timefmt import (
    STAGE_COLOURS,
    countdown_text,
    flash_on,
    phase_at,
    remaining_at,
)
from controlroom.ui.screen_layout import screen_of

#: A new message flashes (inverted) this long to catch the speaker's eye.
MESSAGE_FLASH_SECONDS = 4
FONT_FAMILIES = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"]


def fit_font(text: str, rect: QRectF, *, bold: bool = True, max_px: float | None = None) -> QFont:
    """The largest font in which ``text`` fits one line of ``rect``."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)  # DejaVu Sans has tabular digits: the width never jumps
    font.setBold(bold)
    px = max(8.0, min(rect.height(), max_px or rect.height()))
    font.setPixelSize(int(px))
    width = QFontMetricsF(font).horizontalAdvance(text or " ")
    if width > rect.width() > 0:
        px = max(8.0, px * rect.width() / width)
        font.setPixelSize(int(px))
    return font


class StageDisplay(QWidget):
    def __init__(self, bridge: LiveBridge, ticker: SecondTicker, settings: QSettings, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("live-stage-display")
        self.setWindowTitle(self.tr("Scenevisning – Kontrollrom"))
        self.bridge = bridge
        self.ticker = ticker
        self.settings = settings
        self.resize(1280, 720)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._message: str | None = bridge.state.message
        self._message_since: datetime | None = None
        #: The countdown text painted last, and a hook the bench uses to time the flips.
        self.shown_text = ""
        self._shown_key: tuple | None = None
        self.on_countdown_shown = None
        QShortcut(QKeySequence("F11"), self, self.toggle_fullscreen)
        QShortcut(QKeySequence("Esc"), self, self.leave_fullscreen)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.screen_menu().exec(self.mapToGlobal(pos)))
        bridge.state_changed.connect(self.show_state)
        ticker.ticked.connect(self._tick)

    # -- screens and full screen ------------------------------------------------------------------
    def screen_menu(self, menu: QMenu | None = None) -> QMenu:
        menu = menu or QMenu(self.tr("Velg skjerm"), self)
        menu.clear()
        shown_on = screen_of(self)
        current = shown_on.name() if shown_on is not None else ""
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == current)
            action.triggered.connect(partial(self._screen_chosen, screen.name()))
        menu.addSeparator()
        full = menu.addAction(self.tr("Fullskjerm (F11)"))
        full.setCheckable(True)
        full.setChecked(self.isFullScreen())
        full.triggered.connect(self.toggle_fullscreen)
        return menu

    def _screen_chosen(self, name: str, _checked: bool = False) -> None:
        self.move_to_screen(name)

    def move_to_screen(self, name: str) -> bool:
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
        if screen is None:
            return False
        was_full = self.isFullScreen()
        if was_full:
            self.showNormal()
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        if was_full:
            self.showFullScreen()
        self.settings.setValue("live/stage/screen", name)
        return True

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.leave_fullscreen()
        else:
            self.showFullScreen()
            self.settings.setValue("live/stage/fullscreen", True)

    def leave_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.settings.setValue("live/stage/fullscreen", False)

    def open(self) -> None:
        """Show on the remembered screen, full screen if it was."""
        name = self.settings.value("live/stage/screen", "")
        if name:
            self.move_to_screen(str(name))
        if str(self.settings.value("live/stage/fullscreen", False)).lower() in ("true", "1"):
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    # -- state ------------------------------------------------------------------------------------
    def show_state(self, state: LiveState) -> None:
        if state.message != self._message:
            self._message = state.message
            self._message_since = self.bridge.clock.now() if state.message else None
            self.ticker.want_wall_seconds("stage-message", bool(state.message) and self.isVisible())
        # Repaint only when something the stage shows changed (an action on the moderator's side,
        # such as a fixed start or another block's time, often leaves the stage as it was).
        text, phase, _ = self._countdown()
        shown = (state.blackout, state.current_title, state.next_title, state.message, state.paused, text, phase)
        if shown != self._shown_key:
            self._shown_key = shown
            self.update()

    def _tick(self) -> None:
        if self._message_since is not None:
            age = (self.bridge.clock.now() - self._message_since).total_seconds()
            if age > MESSAGE_FLASH_SECONDS:
                self._message_since = None
                self.ticker.want_wall_seconds("stage-message", False)
        if self.isVisible():
            # Now, not after whatever else is queued: the flip is due this instant. Only the
            # countdown changes on a tick (unless a new message is flashing).
            if self._message_since is None:
                self.repaint(self.regions()["countdown"].toAlignedRect())
            else:
                self.repaint()

    def message_flashing(self, now: datetime | None = None) -> bool:
        if self._message_since is None:
            return False
        age = ((now or self.bridge.clock.now()) - self._message_since).total_seconds()
        return age <= MESSAGE_FLASH_SECONDS and int(age) % 2 == 0

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.WindowStateChange:
            # No mouse pointer on a full-screen stage; a normal window keeps it (it may share a screen).
            self.setCursor(Qt.CursorShape.BlankCursor if self.isFullScreen() else Qt.CursorShape.ArrowCursor)
        super().changeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ticker.want_wall_seconds("stage-message", False)
        super().hideEvent(event)

    # -- layout (also read by tests) ---------------------------------------------------------------
    def regions(self) -> dict[str, QRectF]:
        """Where everything goes, as fractions of the window (fonts are fitted to these boxes)."""
        w, h = float(self.width()), float(self.height())
        pad = min(w, h) * 0.04
        inner = w - 2 * pad
        has_message = bool(self.bridge.state.message)
        title = QRectF(pad, pad, inner, h * 0.11)
        countdown = QRectF(pad, title.bottom(), inner, h * (0.40 if has_message else 0.50))
        badge = QRectF(pad, countdown.bottom(), inner, h * 0.09)
        message = QRectF(pad, badge.bottom(), inner, h * 0.2 if has_message else 0)
        nxt = QRectF(pad, h - pad - h * 0.09, inner, h * 0.09)
        return {"title": title, "countdown": countdown, "badge": badge, "message": message, "next": nxt}

    def countdown_font(self, text: str | None = None) -> QFont:
        return fit_font(text or self._countdown()[0], self.regions()["countdown"])

    def _countdown(self, now: datetime | None = None) -> tuple[str, str, float]:
        state = self.bridge.state
        now = now or self.bridge.clock.now()
        if state.current_index is None:
            return "--:--", "idle", 0.0
        remaining = remaining_at(state, now)
        return countdown_text(remaining), phase_at(state, now), remaining

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#000000"))
        state = self.bridge.state
        if state.blackout:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        regions = self.regions()
        text, phase, remaining = self._countdown()
        colour = QColor(STAGE_COLOURS[phase])
        if phase == "overtime" and not flash_on(remaining):
            colour = QColor("#5A0000")  # the dark half of the flash: still readable, clearly blinking
        painter.setPen(colour)
        painter.setFont(fit_font(text, regions["countdown"]))
        painter.drawText(regions["countdown"], Qt.AlignmentFlag.AlignCenter, text)

        title = state.current_title or self.tr("Ingen bolk går")
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(fit_font(title, regions["title"], max_px=regions["title"].height() * 0.8))
        painter.drawText(regions["title"], Qt.AlignmentFlag.AlignCenter, title)

        if state.paused:
            painter.setPen(QColor(STAGE_COLOURS["paused"]))
            badge = regions["badge"]
            painter.setFont(fit_font(self.tr("PAUSE"), badge))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.tr("PAUSE"))

        if state.message:
            box = regions["message"]
            if self.message_flashing():
                painter.fillRect(box, QColor("#FFD400"))
                painter.setPen(QColor("#000000"))
            else:
                painter.fillRect(box, QColor("#1E1E1E"))
                painter.setPen(QColor("#FFD400"))
            painter.setFont(
                fit_font(
                    state.message,
                    box.adjusted(box.height() * 0.1, 0, -box.height() * 0.1, 0),
                    max_px=box.height() * 0.7,
                )
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, state.message)

        if state.next_title:
            nxt = self.tr("Neste: {title}").format(title=state.next_title)
            painter.setPen(QColor("#BFBFBF"))
            painter.setFont(fit_font(nxt, regions["next"], bold=False, max_px=regions["next"].height() * 0.7))
            painter.drawText(regions["next"], Qt.AlignmentFlag.AlignCenter, nxt)
        painter.end()
        if text != self.shown_text:
            self.shown_text = text
            if self.on_countdown_shown is not None:
                self.on_countdown_shown(text)
