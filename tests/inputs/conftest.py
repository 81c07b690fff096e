"""Fixtures for the inputs area: an input log over a real event file, an agenda, a fresh PG database."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from controlroom.clock import FakeClock
from controlroom.inputs.log import InputLog
from controlroom.inputs.sample import make_event


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 5, 6, 8, 0, tzinfo=UTC))


@pytest.fixture
def blocks(store):
    return make_event(store)


@pytest.fixture
def log(store, clock) -> InputLog:
    return InputLog(store, clock, origin="test")


@pytest.fixture
def pg_event_url(pg_url):
    """A fresh database on the session's PostgreSQL server for one test."""
    import sqlalchemy as sa

    name = "ev_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    yield pg_url.replace("@/postgres?", f"@/{name}?")
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()
