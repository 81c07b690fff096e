"""Fixtures of the adapters' tests: stubs on 127.0.0.1 and an in-memory keyring."""

from __future__ import annotations

import asyncio

import keyring
import pytest

from controlroom.integrations.secrets import MemoryKeyring, SecretStore

from .stubs.http_stub import CompanionStub, VmixStub, WebhookReceiver


@pytest.fixture
def run():
    """Run a coroutine to completion on a fresh loop (the adapters are plain asyncio)."""
    loop = asyncio.new_event_loop()
    yield loop.run_until_complete
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def secrets(memory_keyring) -> SecretStore:
    return SecretStore()


@pytest.fixture
def vmix_stub():
    s = VmixStub().start()
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


@pytest.fixture(scope="session")
def obs_server(tmp_path_factory):
    """One real OBS Studio for the whole session (skipped with a reason when OBS is not installed)."""
    from .obs_fixture import obs_missing, start_obs, stop_obs

    missing = obs_missing()
    if missing:
        pytest.skip(missing)
    server = start_obs(tmp_path_factory.mktemp("obshome"))
    yield server
    stop_obs(server.proc)
