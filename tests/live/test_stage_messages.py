"""Stage messages in the fold: a lifetime, and clearing when the block changes (the event's setting).

The real service on a real event file and a fake clock; a second service opened on the same file
stands for a restarted app (or another screen) and must show the same message."""

from __future__ import annotations

import pytest

from controlroom.errors import ActionRefused
from controlroom.live import runlog as k
from controlroom.live.engine import fold
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models.agenda_repo import AgendaRepository


def restarted(store, clock) -> LiveService:
    return LiveService(store, clock, "restart")


def test_a_message_with_a_lifetime_is_gone_after_it_everywhere(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.start()
    service.message("Avrund nå", 90)
    clock.advance(seconds=89)
    assert service.state().message == "Avrund nå"
    assert restarted(seed_store, clock).state().message == "Avrund nå"
    clock.advance(seconds=1)
    assert service.state().message is None
    assert restarted(seed_store, clock).state().message is None
    blocks = AgendaRepository(seed_store).blocks()
    assert fold(blocks, RunLog(seed_store, clock).all(), clock.now()).message is None  # the pure fold agrees


def test_a_message_without_a_lifetime_stays(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.start()
    service.message("Ta spørsmål nå")
    clock.advance(minutes=30)
    assert service.state().message == "Ta spørsmål nå"
    assert service.state().message_expires_at is None


def test_a_message_clears_when_the_block_changes(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.start()
    service.message("2 minutter igjen")
    clock.advance(minutes=1)
    service.next()
    assert service.state().message is None
    assert restarted(seed_store, clock).state().message is None


def test_a_message_clears_when_the_block_ends_and_survives_a_pause(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.start()
    service.message("Avrund nå")
    service.pause()
    service.resume()
    assert service.state().message == "Avrund nå"
    service.end_block()
    assert service.state().message is None


def test_with_the_setting_off_a_message_outlives_the_block(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.set_clear_message_on_block_change(False)
    service.start()
    service.message("Husk Teams-chatten")
    service.next()
    service.goto(4)
    assert service.state().message == "Husk Teams-chatten"
    again = restarted(seed_store, clock).state()  # the setting is the event's: it survives a restart
    assert again.message == "Husk Teams-chatten" and not again.clear_message_on_block_change


def test_the_setting_is_not_undone_by_live_undo(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.start()
    service.set_clear_message_on_block_change(False)
    service.undo()  # undoes the start, not the setting
    state = service.state()
    assert state.current_index is None and not state.clear_message_on_block_change


def test_a_message_sent_before_the_day_starts_stays_when_the_first_block_starts(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.message("Vi starter 09:05")
    service.start()
    assert service.state().message == "Vi starter 09:05"


def test_auto_follow_moving_on_clears_a_message_sent_during_the_block(seed_store, clock):
    from .conftest import oslo

    service = LiveService(seed_store, clock, "test")
    clock.set(oslo(10, 58))
    service.set_auto_follow(True)
    service.message("Avrund nå")
    assert service.state().message == "Avrund nå"
    clock.set(oslo(11, 1))  # the clock moved auto-follow to the next block
    assert service.state().current_index == 1
    assert service.state().message is None


@pytest.mark.parametrize("seconds", [0, -5, float("nan"), float("inf"), 13 * 3600, "lenge", True])
def test_a_lifetime_that_makes_no_sense_is_refused(seed_store, clock, seconds):
    service = LiveService(seed_store, clock, "test")
    with pytest.raises(ActionRefused):
        service.message("Avrund nå", seconds)
    assert [a.kind for a in service.actions()] == []


def test_the_lifetime_is_in_the_log(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    service.message("Avrund nå", 60)
    assert [(a.kind, a.payload) for a in RunLog(seed_store, clock).all()] == [
        (k.MESSAGE, {"text": "Avrund nå", "seconds": 60.0})
    ]
