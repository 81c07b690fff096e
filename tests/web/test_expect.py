"""``?expect=INDEX``: an action on the block the caller saw running, refused with 409 when the day moved
on; and two operators pressing *Neste* at once with the same expectation advance the day by one block."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest

from controlroom.clock import SystemClock
from controlroom.live.errors import StaleAction
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from tests.web.support import ServerThread


@pytest.fixture
def api(event: Path):
    s = ServerThread(event).start()  # loopback, no token: as the app runs without --allow-lan
    yield s
    s.close()


def log_kinds(event: Path) -> list[tuple[str, str | None]]:
    store = EventStore.open(event, backup=False)
    try:
        return [(a.kind, a.payload.get("via")) for a in RunLog(store, SystemClock()).all()]
    finally:
        store.close()


def test_expect_refuses_with_409_when_another_block_runs(api, event):
    status, body = api.act("/api/v1/start?expect=-1")  # -1: no block running, as the caller saw it
    assert status == 200 and body["index"] == 0
    status, body = api.act("/api/v1/next?expect=0")
    assert status == 200 and body["index"] == 1
    before = log_kinds(event)
    status, body = api.act("/api/v1/next?expect=0")  # the second press of the same "Neste"
    assert status == 409
    assert set(body) == {"error", "expected", "index"} and body["expected"] == 0 and body["index"] == 1
    assert "Bolk 1" in body["error"] and "Ingenting ble endret" in body["error"]
    for path in ("/api/v1/previous?expect=5", "/api/v1/goto/4?expect=3", "/api/v1/start?expect=-1"):
        status, body = api.act(path)
        assert status == 409 and body["index"] == 1, path
    assert log_kinds(event) == before  # nothing appended by the refused actions
    status, body = api.act("/api/v1/goto/4?expect=1")
    assert status == 200 and body["index"] == 4
    status, body = api.act("/api/v1/previous?expect=4")
    assert status == 200 and body["index"] == 3


@pytest.mark.parametrize("query", ["expect=abc", "expect=1_0", "expect=%D9%A1", "expect=", "expect=1&expect=1"])
def test_a_bad_expect_answers_400_and_changes_nothing(api, event, query):
    status, body = api.act(f"/api/v1/next?{query}")
    assert status == 400 and body["error"]
    assert log_kinds(event) == []


def test_expect_needs_the_token_like_every_action(event):
    s = ServerThread(event, token="hemmelig").start()
    try:
        assert s.act("/api/v1/start?expect=-1")[0] == 401
        assert s.act("/api/v1/start?expect=-1", token="hemmelig")[0] == 200
    finally:
        s.close()


def test_the_service_raises_stale_action_and_appends_nothing(event):
    store = EventStore.open(event, backup=False)
    try:
        svc = LiveService(store, SystemClock())
        svc.goto(2)
        with pytest.raises(StaleAction) as refused:
            svc.next(expect=1)
        assert refused.value.expected == 1 and refused.value.actual == 2
        assert len(RunLog(store, SystemClock()).all()) == 1
        assert svc.next(expect=2).current_index == 3
    finally:
        store.close()


def _press_next_together(event: Path, expect: int, operators: int) -> list[str]:
    """``operators`` live services on the one event file (each its own connection), pressing next with
    the same ``expect`` at the same instant; returns each one's outcome."""
    stores = [EventStore.open(event, backup=False) for _ in range(operators)]
    services = [LiveService(store, SystemClock(), origin=f"operator-{i}") for i, store in enumerate(stores)]
    barrier = threading.Barrier(operators)
    outcomes: list[str] = [""] * operators

    def press(i: int) -> None:
        barrier.wait()
        try:
            services[i].next(expect=expect)
            outcomes[i] = "advanced"
        except StaleAction:
            outcomes[i] = "stale"

    threads = [threading.Thread(target=press, args=(i,)) for i in range(operators)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for store in stores:
        store.close()
    return outcomes


def test_two_operators_pressing_next_together_advance_one_block(event):
    store = EventStore.open(event, backup=False)
    LiveService(store, SystemClock()).goto(0)
    store.close()
    for expect in range(0, 6):
        outcomes = _press_next_together(event, expect, operators=2)
        assert sorted(outcomes) == ["advanced", "stale"], (expect, outcomes)
    store = EventStore.open(event, backup=False)
    try:
        assert LiveService(store, SystemClock()).state().current_index == 6
        starts = [a for a in RunLog(store, SystemClock()).all() if a.kind == "start"]
        assert len(starts) == 7  # goto 0, then exactly one advance per round
    finally:
        store.close()


def _operator_process(path: str, expect: int, barrier, results) -> None:
    store = EventStore.open(Path(path), backup=False)
    try:
        service = LiveService(store, SystemClock())
        barrier.wait()
        try:
            service.next(expect=expect)
            results.put("advanced")
        except StaleAction:
            results.put("stale")
    finally:
        store.close()


def test_four_operator_processes_on_one_file_advance_one_block(event):
    """The same race between processes (SQLite's lock is the only thing they share)."""
    store = EventStore.open(event, backup=False)
    LiveService(store, SystemClock()).goto(3)
    store.close()
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_operator_process, args=(str(event), 3, barrier, results)) for _ in range(4)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    assert sorted(outcomes) == ["advanced", "stale", "stale", "stale"]
    assert [kind for kind in log_kinds(event) if kind[0] == "start"] == [("start", "goto"), ("start", "next")]
