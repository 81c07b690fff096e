"""Fixtures of the cue tests: stub peers on 127.0.0.1 (OBS websocket, Companion, webhook)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the stubs live in tests/integrations

from integrations.stubs.http_stub import CompanionStub, WebhookReceiver  # noqa: E402
from integrations.stubs.obs_stub import ObsStub  # noqa: E402

from .day import OBS_PASSWORD  # noqa: E402


@pytest.fixture
def run():
    loop = asyncio.new_event_loop()
    yield loop.run_until_complete
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


@pytest.fixture
def obs_stub():
    s = ObsStub(OBS_PASSWORD).start()
    yield s
    s.stop()


@pytest.fixture
def companion_stub():
    s = CompanionStub().start()
    yield s
    s.stop()


@pytest.fixture
def webhook_receiver():
    s = WebhookReceiver().start()
    yield s
    s.stop()
