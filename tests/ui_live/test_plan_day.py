"""An agenda day that is not today (a rehearsal on an old file, a file prepared days ahead): the
timeline header and the timer say which day is planned instead of "N min bak skjema"; the engine's
``offset_minutes`` is left as computed (API consumers may use it)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

#: Seed 001 is planned for Monday 6 May 2024 (Europe/Oslo).
PAST = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
FRIDAY_BEFORE = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
SUNDAY_BEFORE = datetime(2024, 5, 5, 21, 0, tzinfo=UTC)  # 23:00 in Oslo: still Sunday there


def test_a_day_in_the_past_says_so_instead_of_millions_of_minutes(live_window, service, clock):
    window, ui = live_window
    clock.set(PAST)
    ui.bridge.reload()
    note = "Planlagt for mandag 6. mai 2024 \u2014 avvik vises ikke"
    assert ui.timeline_panel.offset_label.text() == note  # nothing run yet: the day the plan is for
    service.start()  # a rehearsal: starts at the top
    ui.bridge.reload()
    state = ui.bridge.state
    assert state.offset_minutes > 1_000_000  # the engine's figure is unchanged …
    assert state.days_from_today < 0
    header = ui.timeline_panel.offset_label.text()
    assert header == note  # … but no one is shown it
    assert not any(ch.isdigit() for ch in header.replace("6. mai 2024", ""))
    assert ui.timeline_panel.end_label.text() == ""
    assert not ui.timer_panel.day_note.isHidden()
    assert ui.timer_panel.day_note.text() == note
    assert ui.timer_panel.countdown.text() == "2:00:00"  # the timer itself runs as normal
    assert service.state().api_dict()["offset_minutes"] == pytest.approx(state.offset_minutes, abs=0.01)


@pytest.mark.parametrize(
    ("instant", "text"),
    [
        (FRIDAY_BEFORE, "Starter om 3 dager (mandag 6. mai 2024)"),
        (SUNDAY_BEFORE, "Starter i morgen (mandag 6. mai 2024)"),
    ],
)
def test_a_day_ahead_says_when_it_starts(live_window, clock, instant, text):
    window, ui = live_window
    clock.set(instant)
    ui.bridge.reload()
    assert ui.timeline_panel.offset_label.text() == text
    assert ui.timer_panel.day_note.text() == text
    assert not ui.timer_panel.day_note.isHidden()


def test_on_the_day_itself_the_offset_is_shown(live_window, service, clock):
    window, ui = live_window  # 08:55 on 6 May 2024 in Oslo
    assert ui.timeline_panel.offset_label.text() == "I rute"
    assert ui.timer_panel.day_note.isHidden()
    service.start()
    clock.advance(minutes=126)
    service.next()
    ui.bridge.reload()
    assert ui.timeline_panel.offset_label.text() == "1 min bak skjema"
    assert ui.timer_panel.day_note.isHidden()
