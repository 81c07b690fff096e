"""One event open in two processes: each change committed by the other reaches this process's
services through the change feed (a file watch on SQLite, LISTEN/NOTIFY on PostgreSQL), not by polling."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap

import pytest

from controlroom.application.event import EventServices, open_event
from controlroom.clock import SystemClock
from controlroom.grouping.types import Participant
from controlroom.importers import read_agenda
from controlroom.integrations.secrets import SecretStore
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository

WRITER = textwrap.dedent("""
    import sys
    from controlroom.application.event import open_event
    from controlroom.clock import SystemClock
    from controlroom.integrations.secrets import SecretStore
    services = open_event(sys.argv[1], clock=SystemClock(), secrets=SecretStore(), origin="cli")
    what = sys.argv[2]
    if what == "start":
        services.live.start()
    elif what == "input":
        services.inputs.add("Fra den andre prosessen")
    elif what == "noshow":
        services.people.set_no_show(["kari@example.no"], True)
    services.close()
""")


def _prepare(target: str, seed001) -> None:
    store = EventStore.open(target, create=True)
    try:
        AgendaRepository(store).import_draft(read_agenda(seed001))
        PeopleRepository(store).import_participants([Participant("Kari Nordmann", "kari@example.no")])
    finally:
        store.close()


async def _write_elsewhere(target: str, what: str) -> None:
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", WRITER, target, what,
                                                stderr=subprocess.PIPE)
    _out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()


async def _sees_each_change(services: EventServices, target: str) -> None:
    loop = asyncio.get_running_loop()
    services.follow_feed(loop)
    services.inputs.all()  # the input log is loaded, as the window's panel does
    seen: dict[str, asyncio.Event] = {k: asyncio.Event() for k in ("live", "inputs", "people")}
    services.live.subscribe(lambda st: seen["live"].set() if st.current_uid else None)
    services.inputs.subscribe(lambda _recs: seen["inputs"].set())
    services.people.changes.subscribe(lambda _none: seen["people"].set())

    await _write_elsewhere(target, "start")
    await asyncio.wait_for(seen["live"].wait(), 5)
    assert services.live.state().current_uid == services.agenda.blocks()[0].uid

    await _write_elsewhere(target, "input")
    await asyncio.wait_for(seen["inputs"].wait(), 5)
    assert [r.text for r in services.inputs.all()] == ["Fra den andre prosessen"]

    await _write_elsewhere(target, "noshow")
    await asyncio.wait_for(seen["people"].wait(), 5)
    assert services.people.repo.participant("kari@example.no").no_show


def test_a_second_process_is_seen_through_the_feed_on_sqlite(tmp_path, seed001, memory_keyring):
    target = str(tmp_path / "dag.krom")
    _prepare(target, seed001)
    services = open_event(target, clock=SystemClock(), secrets=SecretStore())
    try:
        asyncio.run(_sees_each_change(services, target))
    finally:
        services.close()


@pytest.mark.postgres
def test_a_second_process_is_seen_through_the_feed_on_postgresql(pg_event_url, seed001, memory_keyring):
    _prepare(pg_event_url, seed001)
    services = open_event(pg_event_url, clock=SystemClock(), secrets=SecretStore())
    try:
        asyncio.run(_sees_each_change(services, pg_event_url))
    finally:
        services.close()


def test_an_idle_event_announces_nothing(tmp_path, seed001, memory_keyring):
    target = str(tmp_path / "dag.krom")
    _prepare(target, seed001)
    services = open_event(target, clock=SystemClock(), secrets=SecretStore())
    announced: list[None] = []
    services.feed.changes.subscribe(announced.append)

    async def idle() -> None:
        services.follow_feed(asyncio.get_running_loop())
        await asyncio.sleep(0.5)

    try:
        asyncio.run(idle())
    finally:
        services.close()
    assert announced == []
