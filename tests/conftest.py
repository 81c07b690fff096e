"""Shared fixtures. Qt runs offscreen; every test gets its own real event file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seed001() -> Path:
    return FIXTURES / "seed001_sessionlab.txt"


@pytest.fixture
def seed002() -> Path:
    return FIXTURES / "seed002_programme.txt"


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return tmp_path / "hendelse.krom"


@pytest.fixture
def store(event_path: Path):
    from controlroom.models import EventStore

    s = EventStore.open(event_path, create=True)
    yield s
    s.close()


@pytest.fixture
def copy_fixture(tmp_path: Path):
    def _copy(name: str) -> Path:
        dest = tmp_path / name
        shutil.copy(FIXTURES / name, dest)
        return dest

    return _copy
