"""``InputLog.upsert_external_many``: a page of chat messages in one transaction gives the same log, the same
history and the same results as ``upsert_external`` one message at a time, on a real event file and on
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from controlroom.inputs.log import InputLog
from controlroom.models import EventStore


def _pages(at):
    """Three pages a sync could read: new messages, then edits, deletions, repeats and a late old edit."""
    first = [
        ("m-1", "Vi mangler ungdommen #ungdom", "Ola Hansen", at, False, None),
        ("m-2", "Enig med Ola", "Siri Lie", at + timedelta(seconds=5), False, None),
        ("m-3", "", "Kari", at, False, None),  # an image only: nothing to log
        ("m-4", "slettet før vi så den", "Per", at, True, None),
        ("m-5", "x" * 20_000 + " #sdg42", None, at, False, None),  # cut, unknown SDG dropped
    ]
    second = [
        ("m-1", "Vi mangler ungdommen, rettet #ungdom #sdg4", "Ola Hansen", at, False, at + timedelta(minutes=1)),
        ("m-2", "", "Siri Lie", at, True, None),
        ("m-5", "x" * 20_000 + " #sdg42", None, at, False, None),  # unchanged: nothing written
        ("m-6", "Ny melding", "Anne", at + timedelta(seconds=9), False, None),
        ("m-6", "Ny melding, rettet", "Anne", at + timedelta(seconds=9), False, at + timedelta(minutes=2)),
    ]
    third = [
        ("m-1", "gammel tekst", "Ola Hansen", at, False, at),  # an older edit arriving late
        ("m-2", "", "Siri Lie", at, True, None),  # deleted again: unchanged
    ]
    return [first, second, third]


def _state(log: InputLog) -> list[tuple]:
    rows = []
    for r in log.all(include_deleted=True):
        history = [(h.action, h.before, h.after) for h in log.history(r.id)]
        rows.append((r.external_id, r.source, r.author, r.text, r.tags, r.deleted, r.edited_at, history))
    return rows


def _compare(one_by_one: InputLog, batched: InputLog, clock) -> None:
    for page in _pages(clock.now()):
        expected = [one_by_one.upsert_external(m[0], m[1], m[2], m[3], deleted=m[4], edited_at=m[5]) for m in page]
        got = batched.upsert_external_many(page)
        assert [_fields(r) for r in got] == [_fields(r) for r in expected]
    assert _state(batched) == _state(one_by_one)
    assert [r.external_id for r in batched.all()] == ["m-1", "m-5", "m-6"]
    assert batched.upsert_external_many([]) == []


def _fields(r):
    return None if r is None else (r.external_id, r.text, r.tags, r.deleted, r.author, r.at)


def test_a_page_gives_the_same_log_and_history_as_one_by_one(tmp_path: Path, clock):
    a = EventStore.open(tmp_path / "a.krom", create=True, backup=False)
    b = EventStore.open(tmp_path / "b.krom", create=True, backup=False)
    try:
        _compare(InputLog(a, clock), InputLog(b, clock), clock)
    finally:
        a.close()
        b.close()


def test_a_page_is_one_transaction_and_notifies_once(store, clock):
    log = InputLog(store, clock)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    notified: list[int] = []
    log.subscribe(lambda records: notified.append(len(records)))
    page = [(f"p-{i}", f"Innspill {i} #sdg{1 + i % 17}", f"Deltaker {i % 7}", clock.now(), False, None)
            for i in range(50)]
    records = log.upsert_external_many(page)
    assert len(commits) == 1 and notified == [50]
    assert [r.text for r in records] == [m[1] for m in page]
    assert {r.source for r in log.all()} == {"teams"}
    assert all(len(log.history(r.id)) == 1 for r in records)
    # the same page again (a re-read after a restart): nothing written, nothing notified
    again = InputLog(store, clock).upsert_external_many(page)
    assert [r.id for r in again] == [r.id for r in records] and notified == [50]


@pytest.mark.postgres
def test_a_page_on_postgresql(pg_event_url, clock, tmp_path):
    pg = EventStore.open(pg_event_url)
    sqlite = EventStore.open(tmp_path / "ref.krom", create=True, backup=False)
    try:
        _compare(InputLog(sqlite, clock), InputLog(pg, clock), clock)
    finally:
        pg.close()
        sqlite.close()
