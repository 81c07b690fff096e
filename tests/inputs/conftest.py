"""Fixtures for the inputs area: an input log over a real event file, an agenda, a fresh PG database."""

from __future__ import annotations

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
