"""Fixtures of the cue tests: the OBS websocket stub on 127.0.0.1 (Companion and the webhook receiver
are shared fixtures in tests/conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The stubs live in tests/integrations; the cue tests import them as ``integrations.stubs…``.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from integrations.stubs.obs_stub import ObsStub

from .day import OBS_PASSWORD


@pytest.fixture
def obs_stub():
    s = ObsStub(OBS_PASSWORD).start()
    yield s
    s.stop()
