"""The moderator's timer panel: the big countdown in the phase colour, the block and the next one,
the controls (the live actions' buttons), the message field with quick messages, and a notice line
for refused actions.

The keys stay the moderator's: after a message is sent (Enter, Send or a quick message) the focus
is back on the panel, so the next +, N or Space acts on the timer at once. A line made only of
+ and − signs (the moderator meant the time keys while the field had focus) is never sent to the
stage; the field is emptied and the panel gets the focus back instead."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.live.state import LiveState
from controlroom.timefmt import zone
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.controls import LiveControls
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.live.timefmt import (
    PANEL_COLOURS,
    countdown_text,
    phase_at,
    phase_name,
    plan_day_note,
    remaining_at,
)

#: How long a refused action's notice stays on the panel (ms).
NOTICE_MS = 8000
#: Lifetimes a message can be given, in seconds (None: until cleared or replaced).
MESSAGE_LIFETIMES: tuple[int | None, ...] = (None, 30, 60, 120, 300)
#: Characters of the time keys (+1/−1 min): a line of only these is a slip, not a message.
TIME_KEY_CHARS = frozenset("+-=\u2212\u00b1")


def looks_like_time_keys(text: str) -> bool:
    """True for a line made only of + / − signs (and spaces), as typed when the time keys were
    meant while the message field had the focus."""
    stripped = "".join(text.split())
    return bool(stripped) and set(stripped) <= TIME_KEY_CHARS


class CountdownLabel(QWidget):
    """The big countdown: a label that repaints itself when its text changes but never asks the
    panel to lay out again (``QLabel.setText`` does, once a second). Its size is fixed by the font,
    not the text; a text wider or taller than the room the panel can give it (a laptop screen with a
    two-line title) is drawn smaller. The colour comes from the style sheet's ``color`` (the
    palette's window text), set only when the phase changes."""

    SAMPLE = "+0:00:00"

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name, so callers read alike
        if text != self._text:
            self._text = text
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.SAMPLE) + 8, metrics.height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("00:00") // 2, metrics.height() // 2 + 8)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        font = self.font()
        metrics = QFontMetricsF(font)
        scale = 1.0
        width = metrics.horizontalAdvance(self._text or " ")
        if width > self.width() - 4 > 0:
            scale = (self.width() - 4) / width
        if metrics.height() > self.height() - 2 > 0:
            scale = min(scale, (self.height() - 2) / metrics.height())
        if scale < 1.0:
            font.setPixelSize(max(8, int(font.pixelSize() * scale)))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


class TimerPanel(QWidget):
    def __init__(self, bridge: LiveBridge, controls: LiveControls, ticker: SecondTicker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("live-timer-panel")
        # A click anywhere in the panel (also on a button, which takes no focus) puts the focus here,
        # where the single-key shortcuts are live.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.bridge = bridge
        self.controls = controls
        self.ticker = ticker
        #: Called after every repaint of the countdown with the text shown (the bench records flips).
        self.on_countdown_shown = None

        self.phase_label = QLabel()
        self.phase_label.setObjectName("live-phase")
        self.countdown = CountdownLabel("00:00")
        self.countdown.setObjectName("live-countdown")
        font = QFont()
        font.setPixelSize(72)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.countdown.setFont(font)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.day_note = QLabel()
        self.day_note.setObjectName("live-day-note")
        self.day_note.setWordWrap(True)
        self.day_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_note.setStyleSheet("color: #495057; font-weight: bold;")
        self.day_note.hide()
        self.title = QLabel()
        self.title.setObjectName("live-title")
        self.title.setWordWrap(True)
        title_font = QFont()
        title_font.setPointSize(14)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.next_label = QLabel()
        self.next_label.setObjectName("live-next")
        self.next_label.setWordWrap(True)
        self.message_shown = QLabel()
        self.message_shown.setObjectName("live-message-shown")
        self.message_shown.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("live-notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#FFF4E5; color:#8A4B00; border:1px solid #F0B46B; padding:4px;")
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        face = QFrame()
        face.setObjectName("live-face")
        face_layout = QVBoxLayout(face)
        face_layout.addWidget(self.phase_label, alignment=Qt.AlignmentFlag.AlignCenter)
        face_layout.addWidget(self.day_note)
        face_layout.addWidget(self.countdown)
        face_layout.addWidget(self.title)
        face_layout.addWidget(self.next_label)
        self.face = face

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # a laptop screen's height is precious
        layout.setSpacing(5)
        layout.addWidget(face)
        layout.addLayout(self._buttons())
        layout.addLayout(self._message_row())
        layout.addWidget(self.message_shown)
        layout.addWidget(self.notice)
        layout.addStretch(1)

        controls.message_focus_requested.connect(self.focus_message)
        bridge.state_changed.connect(self.show_state)
        bridge.refused.connect(self.show_notice)
        ticker.ticked.connect(self.repaint_time)
        self.show_state(bridge.state)

    # -- layout ---------------------------------------------------------------------------------
    def _button(self, name: str, *, big: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"live-button-{name}")
        button.setDefaultAction(self.controls.actions[name])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(40 if big else 28)
        if big:
            font = button.font()
            font.setPointSize(font.pointSize() + 3)
            font.setBold(True)
            button.setFont(font)
        keys = self.controls.keys_text(name)
        if keys:
            button.setToolTip(f"{self.controls.actions[name].text()} ({keys})")
        return button

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        rows = [
            [("start", True), ("toggle", True), ("next", True)],
            [("previous", False), ("goto", False), ("end", False)],
            [("minus5", False), ("minus1", False), ("plus1", False), ("plus5", False)],
            [("custom", False), ("undo", False), ("redo", False)],
            [("auto_follow", False), ("blackout", False)],
        ]
        for r, row in enumerate(rows):
            span = 12 // len(row)
            for c, (name, big) in enumerate(row):
                grid.addWidget(self._button(name, big=big), r, c * span, 1, span)
        return grid

    def _message_row(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.message_edit = QLineEdit()
        self.message_edit.setObjectName("live-message-edit")
        self.message_edit.setPlaceholderText(self.tr("Melding til scenen (M)…"))
        self.message_edit.returnPressed.connect(self.send_message)
        self.quick = QComboBox()
        self.quick.setObjectName("live-quick-messages")
        self.quick.addItem(self.tr("Hurtigmelding…"))
        for text in (self.tr("2 minutter igjen"), self.tr("Avrund nå"), self.tr("Ta spørsmål nå")):
            self.quick.addItem(text)
        self.quick.activated.connect(self._quick_chosen)
        self.quick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quick.setMinimumContentsLength(8)
        self.lifetime = QComboBox()
        self.lifetime.setObjectName("live-message-lifetime")
        self.lifetime.setToolTip(self.tr("Hvor lenge neste melding vises på scenen"))
        for seconds in MESSAGE_LIFETIMES:
            self.lifetime.addItem(self._lifetime_text(seconds), seconds)
        send = QPushButton(self.tr("Send"))
        send.setObjectName("live-message-send")
        send.clicked.connect(self.send_message)
        clear = QPushButton(self.tr("Fjern"))
        clear.setObjectName("live-message-clear")
        clear.clicked.connect(lambda: self.bridge.perform("message", None))
        row = QHBoxLayout()
        row.addWidget(self.message_edit, 1)
        row.addWidget(send)
        row.addWidget(clear)
        box.addLayout(row)
        options = QHBoxLayout()
        options.addWidget(self.quick, 1)
        options.addWidget(self.lifetime)
        box.addLayout(options)
        return box

    def _lifetime_text(self, seconds: int | None) -> str:
        if seconds is None:
            return self.tr("Til den fjernes")
        if seconds < 60:
            return self.tr("{seconds} s").format(seconds=seconds)
        return self.tr("{minutes} min").format(minutes=seconds // 60)

    # -- actions --------------------------------------------------------------------------------
    def focus_message(self) -> None:
        self.message_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.message_edit.selectAll()

    def send_message(self) -> None:
        text = self.message_edit.text().strip()
        if not text:
            self.show_notice(self.tr("Skriv en melding først, eller trykk Fjern for å ta bort meldingen."))
            return
        if looks_like_time_keys(text):
            self.message_edit.clear()
            self.return_focus()
            self.show_notice(
                self.tr("«{text}» ble ikke sendt til scenen. Tidtakeren har tastaturet igjen: trykk + eller − for å "
                        "endre tiden.").format(text=text)
            )
            return
        if self.bridge.perform("message", text, self.lifetime.currentData()):
            self.message_edit.clear()
            self.return_focus()

    def _quick_chosen(self, row: int) -> None:
        if row > 0:
            self.bridge.perform("message", self.quick.itemText(row), self.lifetime.currentData())
        self.quick.setCurrentIndex(0)
        QTimer.singleShot(0, self, self.return_focus)  # once the list has closed and handed focus back

    def return_focus(self) -> None:
        """Give the keyboard back to the timer (where the single-key shortcuts act)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- display --------------------------------------------------------------------------------
    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start(NOTICE_MS)

    def show_state(self, state: LiveState) -> None:
        if state.current_title:
            self.title.setText(state.current_title)
        else:
            self.title.setText(self.tr("Ingen bolk går"))
        self.next_label.setText(
            self.tr("Neste: {title}").format(title=state.next_title) if state.next_title else ""
        )
        note = plan_day_note(state)
        if note != (self.day_note.text() if self.day_note.isVisibleTo(self) else None):
            self.day_note.setText(note or "")
            self.day_note.setVisible(note is not None)
        if state.message and state.message_expires_at is not None:
            self.message_shown.setText(
                self.tr("På scenen til {time}: «{text}»").format(
                    time=state.message_expires_at.astimezone(zone(state.timezone)).strftime("%H:%M:%S"),
                    text=state.message,
                )
            )
        elif state.message:
            self.message_shown.setText(self.tr("På scenen nå: «{text}»").format(text=state.message))
        else:
            self.message_shown.setText("")
        self.repaint_time(now=False)

    def repaint_time(self, now: bool = True) -> None:
        """Show the countdown at the clock's now. On a tick (``now``) the label is painted at once;
        after an action the normal update is enough (the rest of the window changes too)."""
        state = self.bridge.state
        instant = self.bridge.clock.now()
        if state.current_index is None:
            text, phase = "--:--", "idle"
        else:
            text, phase = countdown_text(remaining_at(state, instant)), phase_at(state, instant)
        label = phase_name(phase)
        if state.following_clock:
            label = self.tr("{phase} (følger klokka)").format(phase=label)
        if state.blackout:
            label = self.tr("{phase} · BLACKOUT på scenen").format(phase=label)
        if self.phase_label.text() != label:
            self.phase_label.setText(label)
        if self.countdown.property("phase") != phase:
            # Restyling re-polishes and re-lays out the face: only when the phase changes, never
            # once a second (it cost ~10 ms per flip when done with every new text).
            self.countdown.setProperty("phase", phase)
            self.countdown.setStyleSheet(f"color: {PANEL_COLOURS[phase]};")
            self.face.setStyleSheet(
                f"#live-face {{ border: 3px solid {PANEL_COLOURS[phase]}; border-radius: 6px; }}"
            )
            self.countdown.setText(text)
            self._countdown_shown(text, now)
        elif self.countdown.text() != text:
            self.countdown.setText(text)
            self._countdown_shown(text, now)

    def _countdown_shown(self, text: str, now: bool) -> None:
        if now and self.countdown.isVisible():
            self.countdown.repaint()  # paint the flip now rather than after other queued events
        if self.on_countdown_shown is not None:
            self.on_countdown_shown(text)

    @property
    def countdown_phase(self) -> str:
        return str(self.countdown.property("phase"))
