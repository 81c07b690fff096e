"""How close to the true second boundary the displayed countdown flips, and whether it drifts.

For every repaint whose text changed (the timer panel's countdown label and the stage display),
record wall time minus the instant the remaining time crossed that whole second. Baseline in the
same run: a label repainted by a plain repeating 1000 ms QTimer, the usual "tick" approach.

    .venv/bin/python bench/live_display_flip.py [--quick]   (default 10 minutes; --quick 30 s)
"""

from __future__ import annotations

import argparse
import math
import time

from live_display_common import app, live_window, run_for, summary
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel


def lateness_s(remaining: float) -> float:
    """Seconds since the remaining time crossed the whole second now displayed."""
    if remaining > 0:
        return math.ceil(remaining) - remaining
    return (-remaining) - math.floor(-remaining)


class PaintRecorder(QObject):
    """Records, at each paint of a label whose text changed, how late after the boundary it is."""

    def __init__(self, label: QLabel, remaining) -> None:
        super().__init__(label)
        self.label, self.remaining, self.last = label, remaining, None
        self.samples: list[tuple[float, float]] = []
        label.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Paint and self.label.text() != self.last:
            self.last = self.label.text()
            self.samples.append((time.time(), lateness_s(self.remaining())))
        return False


def drift_ms_per_min(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of lateness over time (ms per minute): 0 means no cumulative drift."""
    if len(samples) < 3:
        return float("nan")
    t0 = samples[0][0]
    xs = [(t - t0) / 60 for t, _ in samples]
    ys = [v * 1000 for _, v in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="30 s instead of 10 minutes")
    parser.add_argument("--seconds", type=float, default=None)
    args = parser.parse_args()
    duration = args.seconds or (30.0 if args.quick else 600.0)

    app()
    window, ui, service, store = live_window()
    from controlroom.ui.live.timefmt import countdown_text, remaining_at

    service.start()
    ui.stage.resize(1280, 720)
    ui.stage.show()

    def remaining() -> float:
        return remaining_at(ui.bridge.state, ui.bridge.clock.now())

    panel = PaintRecorder(ui.timer_panel.countdown, remaining)
    stage_samples: list[tuple[float, float]] = []
    ui.stage.on_countdown_shown = lambda _text: stage_samples.append((time.time(), lateness_s(remaining())))

    baseline_label = QLabel()
    baseline_label.resize(200, 60)
    baseline_label.show()
    baseline = PaintRecorder(baseline_label, remaining)
    tick = QTimer()
    tick.setInterval(1000)
    tick.timeout.connect(lambda: baseline_label.setText(countdown_text(remaining())))
    tick.start()

    print(f"running {duration:.0f} s with a live countdown (timer panel + stage display)…", flush=True)
    run_for(duration)
    tick.stop()

    def report(name: str, samples: list[tuple[float, float]]) -> None:
        body = samples[2:]  # the first paints are the window appearing, not flips
        lat = [v * 1000 for _, v in body]
        print(f"{name:<34} {summary(lat)}  drift={drift_ms_per_min(body):+.3f} ms/min")

    report("timer panel (second ticker)", panel.samples)
    report("stage display (second ticker)", stage_samples)
    report("baseline: 1000 ms repeating QTimer", baseline.samples)
    ui.ticker.stop()
    window.close()
    store.close()


if __name__ == "__main__":
    main()
