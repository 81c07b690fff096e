"""Countdown text, phases and the second ticker's schedule, computed from a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from controlroom.ui.live.ticker import MARGIN_MS, SecondTicker
from controlroom.ui.live.timefmt import (
    countdown_text,
    displayed_seconds,
    offset_text,
    phase_at,
    remaining_at,
    seconds_to_next_flip,
)


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (300.0, "05:00"),
        (299.2, "05:00"),
        (0.4, "00:01"),
        (0.0, "00:00"),
        (-0.5, "00:00"),
        (-1.0, "+00:01"),
        (-83.7, "+01:23"),
        (3725.0, "1:02:05"),
        (-3725.2, "+1:02:05"),
    ],
)
def test_countdown_text_counts_down_then_overrun_up(remaining, text):
    assert countdown_text(remaining) == text


def test_the_displayed_second_flips_exactly_on_whole_seconds_of_the_remaining_time():
    assert displayed_seconds(10.000001) == 11
    assert displayed_seconds(10.0) == 10
    assert seconds_to_next_flip(10.25) == pytest.approx(0.25)
    assert seconds_to_next_flip(-2.75) == pytest.approx(0.25)  # -2.75 → -3.0 after 0.25 s
    assert seconds_to_next_flip(7.0) == 1.0


def test_offset_text_in_norwegian():
    assert offset_text(12.2) == "12 min bak skjema"
    assert offset_text(-3.4) == "3 min foran skjema"
    assert offset_text(0.3) == "I rute"
    assert offset_text(135) == "2 t 15 min bak skjema"
    assert offset_text(3 * 24 * 60 + 5) == "3 døgn bak skjema"


def test_phase_moves_on_with_the_clock_between_actions(service, clock):
    service.start()  # 09:00 block of 120 min, warn 5 min, danger 1 min
    state = service.state()
    assert phase_at(state, clock.now()) == "default"
    later = clock.now() + timedelta(seconds=state.remaining_seconds - 200)
    assert phase_at(state, later) == "warning"
    assert phase_at(state, clock.now() + timedelta(seconds=state.remaining_seconds - 30)) == "danger"
    assert phase_at(state, clock.now() + timedelta(seconds=state.remaining_seconds + 1)) == "overtime"
    # the extrapolation agrees with a fresh fold at that instant
    clock.set(later)
    assert remaining_at(state, later) == pytest.approx(service.state().remaining_seconds)
    assert phase_at(state, later) == service.state().phase


def test_ticker_schedules_its_next_fire_just_after_the_boundary(qtbot, service, clock):
    ticker = SecondTicker(clock)
    service.start()
    clock.advance(seconds=12.3)  # 7200 − 12.3 = 7187.7 left: the display flips in 0.7 s
    ticker.set_state(service.state())
    assert ticker.seconds_to_next_fire() == pytest.approx(0.7)
    assert ticker.next_interval_ms() == 700 + MARGIN_MS
    assert ticker.active and ticker.interval_ms == 700 + MARGIN_MS
    # the next computation starts from the clock again, so nothing drifts
    clock.advance(seconds=0.701)
    assert ticker.next_interval_ms() == 1000 + MARGIN_MS - 1
    ticker.stop()


def test_ticker_idles_when_nothing_runs_and_nothing_is_shown(qtbot, service, clock):
    ticker = SecondTicker(clock)
    ticker.set_state(service.state())
    assert ticker.next_interval_ms() is None and not ticker.active
    ticker.want_wall_seconds("clock", True)  # a displayed clock flips on wall seconds
    clock.set(clock.now().replace(microsecond=250_000))
    assert ticker.seconds_to_next_fire() == pytest.approx(0.75)
    ticker.want_wall_seconds("clock", False)
    assert not ticker.active
    service.start()
    service.pause()
    ticker.set_state(service.state())
    assert not ticker.active  # a paused countdown does not move
    ticker.stop()


def test_ticker_fires_and_reschedules(qtbot, service, clock):
    ticker = SecondTicker(clock)
    service.start()
    ticker.set_state(service.state())
    with qtbot.waitSignal(ticker.ticked, timeout=3000):
        pass
    assert ticker.active  # rescheduled for the next boundary
    ticker.stop()
