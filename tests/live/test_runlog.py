"""The run log on a real SQLite file: committed on return, read back in order, other kinds kept."""

from __future__ import annotations

import sqlite3

from controlroom.clock import FakeClock
from controlroom.live.runlog import RunLog
from controlroom.models import EventStore

from .conftest import oslo


def test_append_is_committed_before_it_returns(store, event_path):
    log = RunLog(store, FakeClock(oslo(9, 0)), origin="moderator")
    rec = log.append("start", "b00", {"via": "start"})
    assert rec.id == 1 and rec.at == oslo(9, 0) and rec.origin == "moderator"
    # a separate plain sqlite3 connection (another process would do the same) sees the row at once
    conn = sqlite3.connect(event_path)
    try:
        rows = conn.execute("SELECT id, kind, block_uid, origin FROM run_action").fetchall()
    finally:
        conn.close()
    assert rows == [(1, "start", "b00", "moderator")]


def test_since_all_and_foreign_kinds(store, event_path):
    clock = FakeClock(oslo(9, 0))
    log = RunLog(store, clock, origin="moderator")
    log.append("start", "b00")
    clock.advance(60)
    log.append("cue.fired", "b00", {"cue": "Intro-video", "adapter": "obs"})
    log.append("undo", target_id=1, origin="api")
    assert [a.kind for a in log.all()] == ["start", "cue.fired", "undo"]
    assert [a.id for a in log.since(1)] == [2, 3]
    assert log.since(3) == [] and log.last_id() == 3
    assert log.all()[1].payload == {"cue": "Intro-video", "adapter": "obs"}
    assert log.all()[2].target_id == 1 and log.all()[2].origin == "api"
    store.close()
    reopened = EventStore.open(event_path)
    try:
        again = RunLog(reopened, clock).all()
        assert [(a.id, a.kind, a.at) for a in again] == [(1, "start", oslo(9, 0)), (2, "cue.fired", oslo(9, 1)),
                                                         (3, "undo", oslo(9, 1))]  # fmt: skip
    finally:
        reopened.close()
