"""The keyring: in memory for most tests, the real Secret Service (gnome-keyring) for one."""

from __future__ import annotations

import logging
import os
import shutil
import uuid

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import pytest

from controlroom.cues.repository import AdapterConfig, CueRepository
from controlroom.integrations.secrets import (
    SERVICE,
    KeyringUnavailable,
    RedactingFilter,
    SecretStore,
    install_log_filter,
    secret_key,
)


def test_secret_roundtrip_in_memory(secrets, memory_keyring):
    key = secret_key("obs", "sal-a", "password")
    assert key == "obs:sal-a:password"
    assert secrets.available and secrets.unavailable_reason is None
    assert secrets.get(key) is None
    secrets.set(key, "hemmelig-æøå")
    assert secrets.get(key) == "hemmelig-æøå"
    assert memory_keyring.values[(SERVICE, key)] == "hemmelig-æøå"
    assert secrets.delete(key) is True
    assert secrets.delete(key) is False


def test_no_keyring_backend_refuses_to_store():
    store = SecretStore(keyring.backends.fail.Keyring())
    assert not store.available
    assert "Fant ingen nøkkelring" in (store.unavailable_reason or "")
    with pytest.raises(KeyringUnavailable):
        store.set("obs:x:password", "hemmelig")
    with pytest.raises(KeyringUnavailable):
        store.get("obs:x:password")


def test_empty_chainer_is_unavailable(monkeypatch):
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", [], raising=False)
    store = SecretStore(keyring.backends.chainer.ChainerBackend())
    assert not store.available
    assert "brukbar nøkkelring" in (store.unavailable_reason or "")


def test_secret_never_in_event_file_or_log(secrets, store, event_path, caplog):
    repo = CueRepository(store)
    with pytest.raises(ValueError):
        repo.save_adapter(AdapterConfig("obs", "obs", {"host": "127.0.0.1", "password": "lekk"}))
    repo.save_adapter(AdapterConfig("obs", "obs", {"host": "127.0.0.1", "port": 4455}))
    secrets.set(secret_key("obs", "obs"), "superhemmelig42")
    install_log_filter()
    with caplog.at_level(logging.INFO, logger="controlroom"):
        logging.getLogger("controlroom.test").info("connecting with superhemmelig42 and password=abc123")
    assert "superhemmelig42" not in caplog.text and "abc123" not in caplog.text
    assert "***" in caplog.text
    store.close()
    raw = event_path.read_bytes()
    assert b"superhemmelig42" not in raw and b"lekk" not in raw
    assert RedactingFilter.redact("x superhemmelig42 y") == "x *** y"


def _secret_service_running() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "ingen D-Bus-sesjon (kjør via scripts/test, som starter dbus-run-session og gnome-keyring)"
    if shutil.which("gnome-keyring-daemon") is None:
        return "gnome-keyring er ikke installert"
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.priority  # noqa: B018 - raises when the service is not reachable
    except Exception as exc:  # noqa: BLE001
        return f"Secret Service svarer ikke: {exc}"
    return None


@pytest.mark.keyring
def test_real_secret_service_roundtrip():
    reason = _secret_service_running()
    if reason:
        pytest.skip(reason)
    from keyring.backends import SecretService

    store = SecretStore(SecretService.Keyring())
    assert store.available, store.unavailable_reason
    key = secret_key("obs", f"test-{uuid.uuid4().hex[:8]}")
    store.set(key, "ekte-hemmelighet-ø")
    assert SecretStore(SecretService.Keyring()).get(key) == "ekte-hemmelighet-ø"
    assert store.delete(key)
    assert store.get(key) is None
