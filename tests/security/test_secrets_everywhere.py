"""Secrets stay secret everywhere: a password inside a webhook URL goes to the keyring and is masked
wherever it is printed or logged; ``zoom credentials`` refuses without a keyring (exit 2) and takes the
ids from stdin or the keyring, not the command line."""

from __future__ import annotations

import base64
import contextlib
import io
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from controlroom.cli import main
from controlroom.cues.repository import AdapterConfig, CueRepository
from controlroom.integrations.secrets import SERVICE, install_log_filter
from controlroom.integrations.webhook import WebhookAdapter
from controlroom.integrations.webhook_urls import url_password_key
from controlroom.integrations.zoom import setup as zoom_setup
from controlroom.models import EventStore

CONTROLROOM = Path(sys.executable).with_name("controlroom")
PASSWORD = "Hemmelig-Pass-42"


def _no_keyring_env(tmp_path: Path) -> dict[str, str]:
    """A subprocess whose keyring is keyring's fail backend, whatever this machine has."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "HOME": str(tmp_path)}


def _cli(tmp_path: Path, *args: str | Path, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([str(CONTROLROOM), *map(str, args)], input=stdin, capture_output=True, text=True,
                          timeout=60, env=_no_keyring_env(tmp_path))


def _stored_urls(event: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(event)) as db:
        return [row[0] for row in db.execute("SELECT config FROM cue_adapter")]


def _file_bytes(event: Path) -> bytes:
    return b"".join(p.read_bytes() for p in event.parent.glob(event.name + "*"))


def _older_event(event: Path, url: str) -> Path:
    """An event saved before passwords were moved out of webhook URLs."""
    store = EventStore.open(event, create=True)
    try:
        CueRepository(store).save_adapter(AdapterConfig("hook", "webhook", {"url": url}))
    finally:
        store.close()
    return event


def test_password_in_webhook_url_is_moved_to_the_keyring_and_masked(tmp_path, memory_keyring, webhook_receiver,
                                                                    capsys):
    event = tmp_path / "dag.krom"
    EventStore.open(event, create=True).close()
    url = f"http://ola:{PASSWORD}@127.0.0.1:{webhook_receiver.port}/kontrollrom"
    assert main(["adapters", str(event), "add", "hook", "--kind", "webhook", "--url", url]) == 0
    assert main(["adapters", str(event), "list"]) == 0
    out = capsys.readouterr().out
    assert PASSWORD not in out and f"http://ola@127.0.0.1:{webhook_receiver.port}/kontrollrom" in out
    assert memory_keyring.values[(SERVICE, url_password_key("hook"))] == PASSWORD
    assert all(PASSWORD not in config for config in _stored_urls(event))
    assert PASSWORD.encode() not in _file_bytes(event)
    # the receiver still gets the password, as HTTP basic auth from the keyring
    assert main(["adapters", str(event), "test", "hook"]) == 0
    sent = webhook_receiver.requests[-1]["headers"]
    assert sent["Authorization"] == "Basic " + base64.b64encode(f"ola:{PASSWORD}".encode()).decode()
    assert PASSWORD not in capsys.readouterr().out
    assert main(["adapters", str(event), "remove", "hook"]) == 0
    assert (SERVICE, url_password_key("hook")) not in memory_keyring.values


def test_an_older_event_gets_its_webhook_url_password_moved_on_next_use(tmp_path, memory_keyring, capsys):
    event = _older_event(tmp_path / "gammel.krom", f"https://ola:{PASSWORD}@hooks.example/inn")
    assert main(["adapters", str(event), "list"]) == 0
    assert "https://ola@hooks.example/inn" in capsys.readouterr().out
    assert memory_keyring.values[(SERVICE, url_password_key("hook"))] == PASSWORD
    assert _stored_urls(event) == ['{"url": "https://ola@hooks.example/inn"}']


def test_without_a_keyring_a_webhook_url_password_is_refused_or_masked(tmp_path):
    event = tmp_path / "dag.krom"
    EventStore.open(event, create=True).close()
    done = _cli(tmp_path, "adapters", event, "add", "hook", "--kind", "webhook", "--url",
                f"http://ola:{PASSWORD}@127.0.0.1:9/x")
    assert done.returncode == 2 and "nøkkelring" in done.stderr.lower()
    assert _stored_urls(event) == []  # nothing half saved
    # an older event keeps working and its URL is printed masked (stdout and stderr)
    _older_event(event, f"http://ola:{PASSWORD}@127.0.0.1:9/x")
    done = _cli(tmp_path, "adapters", event, "list")
    assert done.returncode == 0 and "http://ola:***@127.0.0.1:9/x" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr


def test_webhook_adapter_never_shows_an_inline_password(tmp_path, run, caplog):
    install_log_filter()
    adapter = WebhookAdapter("hook", f"http://ola:{PASSWORD}@127.0.0.1:9/x", timeout=2)
    assert PASSWORD not in adapter.base_url + adapter.url + adapter.peer
    result = run(adapter.test_connection())
    run(adapter.close())
    assert not result.ok and PASSWORD not in result.message
    with caplog.at_level(logging.INFO, logger="controlroom"):
        logging.getLogger("controlroom.test").info("POST %s failed", f"http://ola:{PASSWORD}@127.0.0.1:9/x")
    assert PASSWORD not in caplog.text and "http://ola:***@127.0.0.1:9/x" in caplog.text


def test_zoom_credentials_without_a_keyring_exits_2(tmp_path):
    done = _cli(tmp_path, "zoom", "credentials", "--stdin", stdin="acc-1\ncid\ncsecret\n")
    assert done.returncode == 2 and "nøkkelring" in done.stderr.lower()
    assert "csecret" not in done.stdout + done.stderr


def test_zoom_ids_come_from_stdin_or_the_keyring_not_the_command_line(memory_keyring, monkeypatch, capsys):
    from controlroom.integrations.secrets import SecretStore

    monkeypatch.setattr("sys.stdin", io.StringIO("acc-1\ncid-1\ncsecret\n"))
    assert main(["zoom", "credentials", "--stdin"]) == 0
    assert zoom_setup.stored_ids(SecretStore()) == ("acc-1", "cid-1", True)
    # empty lines keep what the keyring holds; a new secret alone replaces the secret
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\nnyhemmelighet\n"))
    assert main(["zoom", "credentials", "--stdin"]) == 0
    creds = zoom_setup.load_credentials(SecretStore())
    assert (creds.account_id, creds.client_id, creds.client_secret) == ("acc-1", "cid-1", "nyhemmelighet")
    # a bad id is bad input: exit 2 and nothing changed
    monkeypatch.setattr("sys.stdin", io.StringIO("acc 1; rm\n\n\n"))
    assert main(["zoom", "credentials", "--stdin"]) == 2
    assert zoom_setup.stored_ids(SecretStore())[0] == "acc-1"
    capsys.readouterr()
    # older scripts with the ids as options still work, with a warning about the process list
    monkeypatch.setattr("sys.stdin", io.StringIO("csecret\n"))
    assert main(["zoom", "credentials", "--account-id", "acc-2", "--client-id", "cid-2", "--secret-stdin"]) == 0
    assert "prosesslista" in capsys.readouterr().err
    assert zoom_setup.stored_ids(SecretStore())[:2] == ("acc-2", "cid-2")


def test_settings_dialog_moves_a_webhook_url_password_to_the_keyring(qapp, loop, store, event_path, memory_keyring):
    from controlroom.integrations.secrets import SecretStore
    from controlroom.ui.tech.settings_dialog import AdapterSettingsDialog
    from tests.cues.test_tech_ui import wait_until

    repo = CueRepository(store)
    dialog = AdapterSettingsDialog(repo, SecretStore(), loop)
    dialog.kind.setCurrentIndex(dialog.kind.findData("webhook"))
    dialog.name.setText("hook")
    dialog._field_edits["url"].setText(f"http://ola:{PASSWORD}@mottaker.lan/inn")
    dialog.save()
    assert wait_until(loop, lambda: "nøkkelringen" in dialog.status.text())
    assert memory_keyring.values[(SERVICE, url_password_key("hook"))] == PASSWORD
    assert repo.adapters()[0].config == {"url": "http://ola@mottaker.lan/inn"}
    assert PASSWORD not in dialog._field_edits["url"].text()
    dialog.close()
    store.close()
    assert PASSWORD.encode() not in _file_bytes(event_path)


def test_settings_dialog_without_a_keyring_saves_no_webhook_url_password(qapp, loop, store, event_path):
    import keyring.backends.fail

    from controlroom.integrations.secrets import SecretStore
    from controlroom.ui.tech.settings_dialog import AdapterSettingsDialog

    repo = CueRepository(store)
    dialog = AdapterSettingsDialog(repo, SecretStore(keyring.backends.fail.Keyring()), loop)
    dialog.kind.setCurrentIndex(dialog.kind.findData("webhook"))
    dialog.name.setText("hook")
    dialog._field_edits["url"].setText(f"http://ola:{PASSWORD}@mottaker.lan/inn")
    dialog.save()
    assert "nøkkelring" in dialog.status.text().lower() and repo.adapters() == []
    dialog.close()
