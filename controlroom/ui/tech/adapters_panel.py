"""Each adapter's state (connected / degraded / down, with the reason) with a test button, and the
stream's health from OBS (state, duration, congestion, skipped frames)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from controlroom.integrations.base import AdapterStatus, ConnectionState
from controlroom.ui.tech.controller import CueController

STATE_COLOURS = {
    ConnectionState.CONNECTED: "#1E7A3C",
    ConnectionState.DEGRADED: "#B26A00",
    ConnectionState.DOWN: "#B3261E",
    ConnectionState.CONNECTING: "#35618F",
    ConnectionState.DISABLED: "#5F6B7A",
}

STREAM_STATES = {
    "OBS_WEBSOCKET_OUTPUT_STARTING": "starter",
    "OBS_WEBSOCKET_OUTPUT_STARTED": "på lufta",
    "OBS_WEBSOCKET_OUTPUT_STOPPING": "stopper",
    "OBS_WEBSOCKET_OUTPUT_STOPPED": "stoppet",
    "OBS_WEBSOCKET_OUTPUT_RECONNECTING": "kobler til på nytt",
    "OBS_WEBSOCKET_OUTPUT_RECONNECTED": "tilkoblet igjen",
}


class AdapterStatusPanel(QWidget):
    def __init__(self, controller: CueController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tech-adapters")
        self.controller = controller
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._state_text = {
            ConnectionState.CONNECTED: self.tr("tilkoblet"),
            ConnectionState.DEGRADED: self.tr("redusert"),
            ConnectionState.DOWN: self.tr("nede"),
            ConnectionState.CONNECTING: self.tr("kobler til"),
            ConnectionState.DISABLED: self.tr("slått av"),
        }
        self.stream = QGroupBox(self.tr("Strømmen (OBS)"))
        form = QFormLayout(self.stream)
        self.stream_state = QLabel("–")
        self.stream_state.setObjectName("tech-stream-state")
        self.stream_duration = QLabel("–")
        self.stream_congestion = QLabel("–")
        self.stream_congestion.setToolTip(self.tr("OBS-ens «congestion»: hvor mye av utgangen som står i kø (0 % er best)."))
        self.stream_skipped = QLabel("–")
        self.stream_scene = QLabel("–")
        form.addRow(self.tr("Status"), self.stream_state)
        form.addRow(self.tr("Varighet"), self.stream_duration)
        form.addRow(self.tr("Belastning"), self.stream_congestion)
        form.addRow(self.tr("Tapte bilder"), self.stream_skipped)
        form.addRow(self.tr("Scene"), self.stream_scene)

        box = QGroupBox(self.tr("Utstyr"))
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        for row, adapter in enumerate(controller.registry):
            name = QLabel(f"<b>{adapter.label}</b> <span style='color:#5F6B7A'>({adapter.title})</span>")
            state = QLabel()
            state.setObjectName(f"tech-adapter-state-{adapter.name}")
            reason = QLabel()
            reason.setWordWrap(True)
            reason.setMinimumWidth(120)
            reason.setObjectName(f"tech-adapter-reason-{adapter.name}")
            test = QPushButton(self.tr("Test"))
            test.setObjectName(f"tech-adapter-test-{adapter.name}")
            test.clicked.connect(lambda _=False, n=adapter.name: self._test(n))
            grid.addWidget(name, row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(reason, row, 2)
            grid.addWidget(test, row, 3)
            self._rows[adapter.name] = (state, reason)
            self.show_status(adapter.name, adapter.status)
        if not self._rows:
            empty = QLabel(self.tr("Ingen utstyr er satt opp. Bruk Teknikk → Utstyr og passord …"))
            empty.setWordWrap(True)  # a laptop's side dock is narrower than the sentence
            grid.addWidget(empty, 0, 0, 1, 4)

        # Side by side and in a scroll area: on a 900-pixel-high screen this dock shares the column
        # with the cue list, and squeezed rows must scroll, never overlap.
        content = QWidget()
        side_by_side = QHBoxLayout(content)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addWidget(box, 3, Qt.AlignmentFlag.AlignTop)
        side_by_side.addWidget(self.stream, 2, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(scroll)
        controller.adapter_status.connect(self.show_status)
        controller.tested.connect(self._tested)

    def _test(self, name: str) -> None:
        state, reason = self._rows[name]
        reason.setText(self.tr("Tester …"))
        self.controller.test_adapter(name)

    def _tested(self, name: str, ok: bool, message: str) -> None:
        if name in self._rows:
            self._rows[name][1].setText(message)

    def show_status(self, name: str, status: AdapterStatus) -> None:
        row = self._rows.get(name)
        if row is None:
            return
        state, reason = row
        colour = STATE_COLOURS[status.state]
        state.setText(f"<span style='color:{colour}'>●</span> {self._state_text[status.state]}")
        text = status.reason
        if status.retry_in:
            text += " " + self.tr("(nytt forsøk om {s:.0f} s)").format(s=status.retry_in)
        reason.setText(text)
        adapter = self.controller.registry.get(name)
        if adapter is not None and adapter.kind == "obs":
            self._show_stream(status)

    def _show_stream(self, status: AdapterStatus) -> None:
        d = status.detail
        if status.state is not ConnectionState.CONNECTED and not d:
            self.stream_state.setText(self.tr("ukjent (OBS er ikke tilkoblet)"))
            return
        raw = d.get("stream_state")
        active = d.get("stream_active")
        text = self.tr(STREAM_STATES[raw]) if raw in STREAM_STATES else (
            self.tr("på lufta") if active else self.tr("stoppet"))
        if d.get("stream_reconnecting"):
            text = self.tr("kobler til på nytt")
        colour = "#1E7A3C" if active else "#5F6B7A"
        self.stream_state.setText(f"<b style='color:{colour}'>{text}</b>")
        ms = int(d.get("duration_ms") or 0)
        h, rest = divmod(ms // 1000, 3600)
        self.stream_duration.setText(f"{h}:{rest // 60:02d}:{rest % 60:02d}")
        congestion = float(d.get("congestion") or 0.0)
        self.stream_congestion.setText(f"{congestion * 100:.0f} %")
        skipped, total = int(d.get("skipped_frames") or 0), int(d.get("total_frames") or 0)
        share = f" ({skipped / total * 100:.1f} %)" if total else ""
        self.stream_skipped.setText(self.tr("{n} av {total}").format(n=skipped, total=total) + share)
        self.stream_scene.setText(str(d.get("scene") or "–"))
        self.stream_state.setAlignment(Qt.AlignmentFlag.AlignLeft)
