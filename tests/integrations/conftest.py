"""Fixtures of the adapters' tests: stubs on 127.0.0.1 and an in-memory keyring."""

from __future__ import annotations

import pytest

from controlroom.integrations.secrets import SecretStore

from .stubs.http_stub import VmixStub


@pytest.fixture
def secrets(memory_keyring) -> SecretStore:
    return SecretStore()


@pytest.fixture
def vmix_stub():
    s = VmixStub().start()
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
