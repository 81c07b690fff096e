"""SessionLab's end row («Slutt» with no length) is the day's end mark: ``agenda --json`` keeps it with
``"minutes": 0`` and ``"end": true``, the timer never runs it (Next from the last real block ends that
block and the day), and no cue fires on it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from controlroom.agenda.types import BlockData
from controlroom.cli import main
from controlroom.clock import FakeClock
from controlroom.cues.proposer import propose
from controlroom.cues.repository import CueRepository
from controlroom.cues.scheduler import CueScheduler
from controlroom.cues.types import CueData, CueStatus, Trigger
from controlroom.importers import read_agenda
from controlroom.integrations.base import Action
from controlroom.live import runlog as k
from controlroom.live.engine import fold
from controlroom.live.runlog import ActionRecord, RunLog
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

SEED001 = Path(__file__).resolve().parents[1] / "fixtures" / "seed001_sessionlab.txt"
AVRUNDNING, SLUTT, MIDDAG = 11, 12, 13


def oslo(hh: int, mm: int) -> datetime:
    return datetime.combine(date(2024, 5, 6), time(hh, mm), tzinfo=ZoneInfo("Europe/Oslo")).astimezone(UTC)


def _cli(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.fixture
def seed001_event(tmp_path, capsys) -> Path:
    event = tmp_path / "samling.krom"
    _cli(capsys, "import", str(SEED001), "--event", str(event))
    return event


def test_the_end_row_is_imported_as_an_end_mark():
    blocks = read_agenda(SEED001).blocks
    assert [(b.title, b.minutes, b.end_mark) for b in blocks if b.end_mark] == [("Slutt", 0, True)]
    assert blocks[SLUTT].start == time(17, 30) and blocks[MIDDAG].title == "Middag på Hotel Victoria"


def test_agenda_json_keeps_the_end_mark(seed001_event, capsys):
    doc = json.loads(_cli(capsys, "agenda", str(seed001_event), "--json"))
    slutt = doc["blocks"][SLUTT]
    assert (slutt["title"], slutt["start"], slutt["minutes"], slutt["end"]) == ("Slutt", "17:30", 0, True)
    assert [b["end"] for b in doc["blocks"]] == [False] * 12 + [True, False]


def test_the_end_mark_survives_a_json_round_trip(seed001_event, tmp_path, capsys):
    out = tmp_path / "agenda.json"
    _cli(capsys, "export", str(seed001_event), "--format", "json", "--out", str(out))
    again = tmp_path / "igjen.krom"
    _cli(capsys, "import", str(out), "--event", str(again))
    doc = json.loads(_cli(capsys, "agenda", str(again), "--json"))
    assert [(b["title"], b["minutes"], b["end"]) for b in doc["blocks"] if b["end"]] == [("Slutt", 0, True)]


def test_next_from_the_last_real_block_ends_the_day(seed001_event, capsys):
    state = json.loads(_cli(capsys, "live", str(seed001_event), "goto", str(AVRUNDNING)))
    assert state["running"] and state["title"] == "Avrundning" and state["next_title"] == "Slutt"
    state = json.loads(_cli(capsys, "live", str(seed001_event), "next"))
    # «Slutt» is not run: the timer stops, nothing is current, the next block to run is the dinner
    assert (state["running"], state["index"], state["title"], state["phase"]) == (False, None, None, "idle")
    assert state["next_title"] == "Middag på Hotel Victoria"
    report = json.loads(_cli(capsys, "report", str(seed001_event), "--json"))["blocks"]
    assert report[AVRUNDNING]["status"] == "done" and report[AVRUNDNING]["actual_minutes"] is not None
    assert (report[SLUTT]["status"], report[SLUTT]["actual_start"]) == ("skipped", None)
    assert report[MIDDAG]["status"] == "upcoming"
    state = json.loads(_cli(capsys, "live", str(seed001_event), "next"))  # later: the dinner, when the host wants
    assert state["running"] and state["title"] == "Middag på Hotel Victoria"


def test_the_timer_never_runs_the_end_mark(tmp_path):
    """Go to it, start from before it, follow the clock past it: it is never the current block."""
    store = EventStore.open(tmp_path / "e.krom", create=True)
    try:
        AgendaRepository(store).import_draft(read_agenda(SEED001))
        clock = FakeClock(oslo(17, 20))
        svc = LiveService(store, clock)
        svc.goto(AVRUNDNING)
        clock.set(oslo(17, 31))
        st = svc.goto(SLUTT)
        assert st.current_index is None and st.timings[AVRUNDNING].status == "done"
        assert st.timings[SLUTT].status == "skipped" and st.timings[SLUTT].actual_start is None
        assert st.next_index == MIDDAG and st.spans.get(st.timings[SLUTT].uid) is None
        st = svc.previous()  # back to the last block that ran, not to the mark
        assert st.current_title == "Avrundning"
        svc.end_block()
        st = svc.start()
        assert st.current_title == "Middag på Hotel Victoria"
    finally:
        store.close()


def test_following_the_clock_never_lands_on_the_end_mark():
    blocks = read_agenda(SEED001).blocks
    follow = ActionRecord(1, oslo(9, 0), k.AUTO_FOLLOW, None, {"on": True})
    assert fold(blocks, [follow], oslo(17, 25)).current_index == AVRUNDNING
    assert fold(blocks, [follow], oslo(17, 30)).current_index is None


def test_before_the_day_reaches_it_the_end_mark_shows_where_the_programme_ends():
    blocks = read_agenda(SEED001).blocks
    for i, b in enumerate(blocks):
        b.uid = f"b{i:02d}"
    start = ActionRecord(1, oslo(17, 20), k.START, "b11")
    st = fold(blocks, [start], oslo(17, 35))  # Avrundning (10 min) runs five minutes over
    assert st.current_index == AVRUNDNING and st.next_index == MIDDAG  # the mark is never "next"
    assert st.timings[SLUTT].status == "upcoming" and st.timings[SLUTT].projected_start == oslo(17, 35)
    assert st.timings[SLUTT].projected_end == st.timings[SLUTT].projected_start


def test_no_cue_is_proposed_on_the_end_mark_and_none_fires_on_it(tmp_path):
    store = EventStore.open(tmp_path / "e.krom", create=True)
    try:
        blocks = AgendaRepository(store).import_draft(read_agenda(SEED001))
        cues = propose(blocks)
        assert not [c for c in cues if c.block_uid == blocks[SLUTT].uid]
        stop = [c for c in cues if c.block_uid == blocks[AVRUNDNING].uid and c.trigger is Trigger.END]
        assert [a.kind for c in stop for a in c.actions] == ["stop_stream"]  # the stream stops as Avrundning ends
        repo = CueRepository(store)
        repo.replace_proposed(cues)
        for trigger in (Trigger.START, Trigger.END, Trigger.BEFORE_END):  # cues put there by hand
            repo.add(CueData(blocks[SLUTT].uid, trigger, [Action("obs", "stop_stream")], f"på slutt {trigger.value}"))
        clock = FakeClock(oslo(17, 20))
        svc = LiveService(store, clock)
        scheduler = CueScheduler(repo, RunLog(store, clock), clock, watch_from=oslo(9, 0))
        svc.goto(AVRUNDNING)
        clock.set(oslo(17, 30))
        state = svc.next()
        due = scheduler.due(state)
        assert [v.cue.label for v in due] == ["Stopp strømmen (programmet slutter)"]
        on_mark = [v for v in scheduler.views(state) if v.cue.block_uid == blocks[SLUTT].uid]
        assert len(on_mark) == 3 and all(v.status is CueStatus.SKIPPED for v in on_mark)
    finally:
        store.close()


def test_a_stored_end_mark_is_a_block_of_zero_minutes():
    assert BlockData(day=date(2024, 5, 6), start=time(17, 30), minutes=0, title="Slutt").end_mark
    assert not BlockData(day=date(2024, 5, 6), start=time(17, 30), minutes=1, title="Slutt").end_mark
