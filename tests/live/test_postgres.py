"""The shared live event on a real PostgreSQL: moderator and tech host on two engines, one log."""

from __future__ import annotations

import pytest

from controlroom.agenda.types import AgendaDraft
from controlroom.live.report import build_report
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

from .conftest import oslo, seed001_blocks

pytestmark = pytest.mark.postgres


def test_two_machines_drive_one_timer(pg_event_url, clock):
    a, b = EventStore.open(pg_event_url), EventStore.open(pg_event_url)
    try:
        AgendaRepository(a).import_draft(AgendaDraft(title="Delt", timezone="Europe/Oslo", blocks=seed001_blocks()))
        moderator = LiveService(a, clock, origin="moderator")
        tech = LiveService(b, clock, origin="teknikk")
        clock.set(oslo(9, 0))
        moderator.start()
        clock.set(oslo(9, 30))
        assert tech.refresh() and tech.state().current_index == 0 and tech.state().remaining_seconds == 90 * 60
        st = tech.add_time(600)  # the tech host sees the running block and extends it
        assert st.current_index == 0 and st.remaining_seconds == 100 * 60
        assert moderator.refresh() and moderator.state().remaining_seconds == 100 * 60
        moderator.undo()  # undoes the tech host's extension: one log, one undo history
        tech.refresh()
        assert tech.state().remaining_seconds == 90 * 60
        assert [x.origin for x in tech.actions()] == ["moderator", "teknikk", "moderator"]
        assert build_report(b, clock).rows[0].status == "running"
    finally:
        a.close()
        b.close()


def test_concurrent_appenders_never_hide_a_row_from_a_reader(pg_event_url, clock):
    """Ids commit in id order, so ``since(last_id)`` polling while two machines append sees every row."""
    import threading

    from controlroom.live.runlog import RunLog

    stores = [EventStore.open(pg_event_url) for _ in range(3)]
    try:
        writers = [RunLog(stores[0], clock, origin="moderator"), RunLog(stores[1], clock, origin="teknikk")]
        reader = RunLog(stores[2], clock)
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def append_many(log: RunLog) -> None:
            try:
                barrier.wait()
                for i in range(60):
                    log.append("cue.fired", None, {"n": i})
            except BaseException as exc:  # noqa: BLE001 - surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=append_many, args=(w,)) for w in writers]
        for t in threads:
            t.start()
        seen: list[int] = []
        while any(t.is_alive() for t in threads):
            seen += [a.id for a in reader.since(seen[-1] if seen else 0)]
        for t in threads:
            t.join()
        seen += [a.id for a in reader.since(seen[-1] if seen else 0)]
        assert errors == []
        assert sorted(seen) == seen and len(seen) == len(set(seen)) == 120
    finally:
        for s in stores:
            s.close()
