"""The people tables and repository on a real PostgreSQL (the shared live event), not only SQLite."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.grouping.types import RoundMode
from controlroom.models import EventStore
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimers

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_store(pg_url):
    name = f"people_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    store = EventStore.open(pg_url.replace("/postgres?", f"/{name}?"))
    yield store
    store.close()
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE {name}"))
    admin.dispose()


def test_people_area_on_postgres(pg_store):
    from controlroom.clock import FakeClock

    repo = PeopleRepository(pg_store)
    repo.import_participants(sample_participants(40, seed=3))
    f = form(repo.participants(), FormOptions(modes=[RoundMode("mix"), RoundMode("return", 1)]))
    repo.save_formation("b" * 32, f, {"size": [3, 4], "k": 2})
    assert repo.formation_json("b" * 32) == f.as_json()
    room = f.rounds[0].groups[0].room
    repo.set_group_notes("b" * 32, 1, room, "Notat æøå")
    wall = OpenSpaceRepository(pg_store)
    t = wall.propose("b" * 32, "Tema", "Kari", "online")
    wall.place(t.id, 0, "Zoom-rom 1")
    repo.set_topic_notes(t.id, "Økt-notat")
    assert {n.kind for n in repo.notes_for_block("b" * 32)} == {"group", "openspace"}
    clock = FakeClock()
    timers = RoomTimers(pg_store, clock)
    timers.start("b" * 32, [room], 300)
    clock.advance(10)
    assert timers.all("b" * 32)[room].remaining(clock.now()) == 290
