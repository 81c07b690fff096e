"""LiveService on a real event file: actions, refusals that change nothing, undo across restarts,
and other windows/processes seen through ``refresh``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from controlroom.errors import ActionRefused
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

from .conftest import DAY, oslo


@pytest.fixture
def svc(seed_store, clock):
    return LiveService(seed_store, clock)


def test_start_next_previous_goto(svc, clock):
    clock.set(oslo(9, 0))
    st = svc.start()
    assert st.current_index == 0 and st.running and st.remaining_seconds == 7200
    clock.advance(minutes=125)
    st = svc.next()
    assert st.current_index == 1 and st.timings[0].status == "done"
    assert st.timings[0].over_under_seconds == 300
    st = svc.previous()
    assert st.current_index == 0 and st.elapsed_seconds == 7500  # back to where it was
    st = svc.goto(5)
    assert st.current_index == 5 and [t.status for t in st.timings[1:5]] == ["done", "skipped", "skipped", "skipped"]


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s: s.pause(), "Ingen bolk går"),
        (lambda s: s.resume(), "ikke pauset"),
        (lambda s: s.previous(), "ingen forrige"),
        (lambda s: s.goto(14), "Bolk 14 finnes ikke; dagsordenen har bolk 0–13."),
        (lambda s: s.goto(-1), "Bolk -1 finnes ikke"),
        (lambda s: s.add_time(60), "Ingen bolk går"),
        (lambda s: s.end_block(), "Ingen bolk går"),
        (lambda s: s.message("x" * 201), "for lang (201 tegn)"),
        (lambda s: s.message("   "), "Meldingen er tom"),
        (lambda s: s.undo(), "ingenting å angre"),
        (lambda s: s.redo(), "ingenting å gjøre om"),
    ],
)
def test_senseless_actions_are_refused_and_change_nothing(svc, action, message):
    before = len(RunLog(svc.store, svc.clock).all())
    with pytest.raises(ActionRefused, match=re.escape(message)):
        action(svc)
    assert len(RunLog(svc.store, svc.clock).all()) == before


def test_refusals_while_running(svc, clock):
    clock.set(oslo(9, 0))
    svc.goto(13)
    count = len(svc.actions())
    with pytest.raises(ActionRefused, match="siste bolk; det finnes ingen neste"):
        svc.next()
    with pytest.raises(ActionRefused, match="går allerede"):
        svc.start()
    with pytest.raises(ActionRefused, match="går allerede"):
        svc.goto(13)
    with pytest.raises(ActionRefused, match="høyst 12 timer"):
        svc.add_time(100 * 3600)
    with pytest.raises(ActionRefused, match="endelig antall sekunder"):
        svc.add_time(float("inf"))
    with pytest.raises(ActionRefused, match="mer enn 0 minutter"):
        svc.add_time(-120 * 60)
    svc.add_time(11 * 3600)
    with pytest.raises(ActionRefused, match="har fått 660 minutter"):
        svc.add_time(3600 + 1)
    assert len(svc.actions()) == count + 1
    svc.goto(0)
    with pytest.raises(ActionRefused, match="første bolk"):
        svc.previous()


def test_pause_resume_add_time_and_message(svc, clock):
    clock.set(oslo(9, 0))
    svc.start()
    clock.advance(minutes=10)
    st = svc.pause()
    assert st.paused and st.phase == "paused"
    with pytest.raises(ActionRefused, match="allerede pauset"):
        svc.pause()
    clock.advance(minutes=5)
    st = svc.start()  # start while paused resumes
    assert st.running and st.remaining_seconds == 110 * 60
    st = svc.add_time(-300)
    assert st.remaining_seconds == 105 * 60 and st.timings[0].added_seconds == -300
    st = svc.message("  Avrund   nå ")
    assert st.message == "Avrund nå"
    assert svc.message("").message is None
    assert svc.blackout(True).blackout


def test_undo_redo_survive_a_restart(seed_store, clock, event_path):
    svc = LiveService(seed_store, clock)
    clock.set(oslo(9, 0))
    svc.start()
    clock.advance(minutes=1)
    svc.add_time(600)
    assert svc.undo_text() == "Juster tid +10 min"
    svc.undo()
    assert svc.state().remaining_seconds == 119 * 60 and svc.can_redo()
    assert svc.redo_text() == "Juster tid +10 min"
    seed_store.close()
    reopened = EventStore.open(event_path)
    try:
        again = LiveService(reopened, clock)
        assert again.can_redo() and again.state().remaining_seconds == 119 * 60
        st = again.redo()
        assert st.remaining_seconds == 129 * 60 and not again.can_redo()
        again.undo()
        again.undo()  # undoes the start too
        assert again.state().phase == "idle"
        again.start()  # a new action clears the redo stack
        assert not again.can_redo()
    finally:
        reopened.close()


def test_refresh_picks_up_actions_of_another_process(seed_store, clock, event_path):
    here = LiveService(seed_store, clock)
    seen = []
    unsubscribe = here.subscribe(seen.append)
    other_store = EventStore.open(event_path, backup=False)
    try:
        there = LiveService(other_store, clock, origin="teknikk")
        clock.set(oslo(9, 0))
        there.goto(2)
        assert here.state().current_index is None  # not yet seen
        assert here.refresh() is True and here.state().current_index == 2
        assert seen and seen[-1].current_index == 2
        assert here.refresh() is False
        unsubscribe()
        there.next()
        here.refresh()
        assert len(seen) == 1 and here.state().current_index == 3
    finally:
        other_store.close()


def test_subscribers_hear_each_committed_action_and_a_broken_one_is_isolated(svc, clock):
    heard = []

    def broken(_state):
        raise RuntimeError("panel bug")

    svc.subscribe(broken)
    svc.subscribe(lambda st: heard.append((st.current_index, RunLog(svc.store, clock).last_id())))
    clock.set(oslo(9, 0))
    svc.start()
    svc.next()
    # the action was committed before the subscriber ran
    assert heard == [(0, 1), (1, 2)]


def test_reload_blocks_keeps_runs_by_uid(svc, clock):
    clock.set(oslo(9, 0))
    svc.goto(1)
    repo = AgendaRepository(svc.store)
    blocks = repo.blocks()
    first = blocks[0]
    repo.update_block(replace(first, minutes=60))
    repo.move_block(blocks[1].uid, 0)
    svc.reload_blocks()
    st = svc.state()
    assert st.current_index == 0 and st.current_uid == blocks[1].uid
    assert st.timings[1].planned_seconds == 3600


def test_auto_follow_then_start_by_hand(svc, clock):
    clock.set(oslo(11, 20))
    st = svc.set_auto_follow(True)
    assert st.following_clock and st.current_index == 2 and st.remaining_seconds == 40 * 60
    with pytest.raises(ActionRefused, match="følger klokka"):
        svc.pause()
    st = svc.start()
    assert not st.following_clock and st.current_index == 2 and st.remaining_seconds == 45 * 60


def test_reopening_after_a_crash_keeps_pauses_and_counts_downtime(seed_store, clock, event_path):
    svc = LiveService(seed_store, clock)
    clock.set(oslo(9, 0))
    svc.start()
    clock.set(oslo(9, 20))
    svc.pause()
    clock.set(oslo(9, 25))
    svc.resume()
    svc.add_time(120)
    clock.set(oslo(10, 0))
    svc.goto(1)
    clock.set(oslo(10, 5))
    svc.pause()
    seed_store.close()  # the process dies here: nothing but the file survives
    clock.set(oslo(10, 30))
    reopened = EventStore.open(event_path)
    try:
        st = LiveService(reopened, clock).state()
        assert st.paused and st.current_index == 1 and st.remaining_seconds == 10 * 60  # still paused: 5 of 15 used
        assert st.timings[0].elapsed_seconds == 55 * 60 and st.timings[0].added_seconds == 120
        again = LiveService(reopened, clock)
        again.resume()
        clock.set(oslo(10, 34))
        assert again.state().remaining_seconds == 6 * 60
    finally:
        reopened.close()
    clock.set(oslo(11, 0))  # killed while running: the downtime counts as elapsed
    third = EventStore.open(event_path)
    try:
        st = LiveService(third, clock).state()
        assert st.running and st.current_index == 1 and st.remaining_seconds == -20 * 60 and st.phase == "overtime"
    finally:
        third.close()


def test_the_plan_day_and_how_far_it_is_from_today(svc, clock):
    """``days_from_today`` tells the panels when the offset compares two different days; the
    offset itself is computed as always (API consumers may use it)."""
    clock.set(oslo(9, 0))
    st = svc.state()
    assert (st.plan_day, st.days_from_today) == (DAY, 0)
    clock.set(oslo(12, 0, day=DAY - timedelta(days=3)))
    assert svc.state().days_from_today == 3
    clock.set(oslo(23, 30, day=DAY - timedelta(days=1)))  # 23:30 in Oslo: the plan is tomorrow there
    assert svc.state().days_from_today == 1
    clock.set(oslo(9, 0, day=DAY + timedelta(days=400)))
    st = svc.state()
    assert st.current is None and st.next is None  # a past day that never ran: nothing to come …
    assert (st.plan_day, st.days_from_today) == (DAY, -400)  # … but the plan's day is named
    st = svc.start()  # a rehearsal starts at the top
    assert st.days_from_today == -400
    assert st.offset_minutes > 400 * 24 * 60 - 1  # unchanged: the projection against the plan


def test_an_action_racing_another_appender_still_folds_every_row_in_order(svc, seed_store, clock):
    """After its own append the service folds its row in without reading it back, unless another
    process appended in between (the ids are not contiguous): then it reads the log."""
    clock.set(oslo(9, 0))
    svc.start()
    other = LiveService(seed_store, clock, "tech-host")
    real_append = svc.log.append

    def racing_append(*args, **kwargs):
        other.message("Fra teknikk")  # committed after svc checked the log, before svc's row
        return real_append(*args, **kwargs)

    svc.log.append = racing_append
    st = svc.add_time(60)
    svc.log.append = real_append
    ids = [a.id for a in svc.actions()]
    assert ids == sorted(ids) == [a.id for a in RunLog(seed_store, clock).all()]
    assert st.message == "Fra teknikk" and st.duration_seconds == 7260
    st = svc.pause()  # contiguous again: the fast path
    assert [a.kind for a in svc.actions()] == ["start", "message", "add_time", "pause"]
    assert svc.actions()[-1].payload == {} and st.paused
