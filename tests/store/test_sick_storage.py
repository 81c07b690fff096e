"""Sick storage is survived and explained: a full disk, a read-only event, a database that hangs.
Every refusal is a plain message (exit 2 on the command line), nothing is half saved, and every
acknowledged action is still there when the storage is well again."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import text

from controlroom.clock import FakeClock
from controlroom.inputs.log import InputLog
from controlroom.models import EventStore
from controlroom.models.storage_errors import StorageUnavailable
from tests.store.conftest import input_texts

CLI = [sys.executable, "-m", "controlroom"]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


@contextlib.contextmanager
def _tmpfs(path: Path, options: str):
    path.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True).returncode == 0
    if not mounted:
        if os.environ.get("CI"):
            pytest.fail("cannot mount a tmpfs in CI (the suite runs as root in its own mount namespace)")
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    return filler


def test_a_full_disk_refuses_with_a_message_and_the_event_opens_afterwards(tmp_path, seed001):
    with _tmpfs(tmp_path / "disk", "size=2m") as disk:
        event = disk / "dag.krom"
        assert _run("import", str(seed001), "--event", str(event), "--date", "2026-12-05").returncode == 0
        assert _run("inputs", "add", str(event), "før full disk").returncode == 0
        filler = _fill(disk)

        added = _run("inputs", "add", str(event), "x" * 5000 + " på full disk")
        assert added.returncode == 2, added.stderr
        assert "Disken er full" in added.stderr and "Traceback" not in added.stderr
        new = _run("import", str(seed001), "--event", str(disk / "ny.krom"), "--date", "2026-12-05")
        assert new.returncode == 2 and "Traceback" not in new.stderr, new.stderr
        assert not [p.name for p in disk.iterdir() if "importing" in p.name or p.name.startswith("ny.krom")]

        store = EventStore.open(event)  # too full to write: it opens for reading and says why
        try:
            assert store.read_only and "Disken er full" in (store.read_only_reason or "")
            log = InputLog(store, FakeClock())
            assert [r.text for r in log.all()] == ["før full disk"]
            with pytest.raises(StorageUnavailable, match="Disken er full"):
                log.add("nytt")
        finally:
            store.close()

        filler.unlink()
        assert _run("inputs", "add", str(event), "etter full disk").returncode == 0
        assert input_texts(event) == ["etter full disk", "før full disk"]
        assert _run("agenda", str(event), "--json").returncode == 0


def test_a_read_only_event_opens_read_only_with_a_message(tmp_path, seed001):
    with _tmpfs(tmp_path / "cd", "size=4m") as medium:
        event = medium / "arkiv.krom"
        assert _run("import", str(seed001), "--event", str(event), "--date", "2026-12-05").returncode == 0
        assert _run("inputs", "add", str(event), "arkivert innspill").returncode == 0
        before = {p.name for p in medium.iterdir()}
        assert subprocess.run(["mount", "-o", "remount,ro", str(medium)], capture_output=True).returncode == 0

        store = EventStore.open(event)
        try:
            assert store.read_only
            log = InputLog(store, FakeClock())
            assert [r.text for r in log.all()] == ["arkivert innspill"]
            with pytest.raises(StorageUnavailable, match="skrivebeskyttet"):
                log.add("nytt innspill")
        finally:
            store.close()

        shown = _run("agenda", str(event), "--json")
        assert shown.returncode == 0 and "skadet" not in shown.stderr
        refused = _run("inputs", "add", str(event), "nytt")
        assert refused.returncode == 2 and "skrivebeskyttet" in refused.stderr and "Traceback" not in refused.stderr
        assert {p.name for p in medium.iterdir()} == before


# -- PostgreSQL ----------------------------------------------------------------------------------
@pytest.mark.postgres
@pytest.mark.slow
def test_a_database_held_by_another_session_answers_in_time_and_loses_nothing(pg_event_url):
    store = EventStore.open(pg_event_url)
    blocker = None
    try:
        log = InputLog(store, FakeClock())
        log.add("først")
        import psycopg

        url = urlparse(pg_event_url.replace("postgresql+psycopg", "postgresql"))
        query = parse_qs(url.query)
        blocker = psycopg.connect(dbname=url.path.lstrip("/"), user="postgres", host=query["host"][0],
                                  port=query["port"][0])
        blocker.execute("LOCK TABLE input_item IN ACCESS EXCLUSIVE MODE")  # a transaction left hanging
        with pytest.raises(StorageUnavailable, match="svarte ikke i tide"):
            log.add("mens databasen henger")
        # given up while the blocker still holds the table: the lock's time-out ended the wait, not the
        # blocker (how long it took: bench/store_pg_timeouts.py)
        assert blocker.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        blocker.rollback()
        log.add("etterpå")
        with store.session() as s:
            assert sorted(r[0] for r in s.execute(text("SELECT text FROM input_item"))) == ["etterpå", "først"]
    finally:
        if blocker is not None:
            blocker.close()
        store.close()


def _postmaster_pid(pg_url: str) -> int:
    sock = Path(parse_qs(urlparse(pg_url).query)["host"][0])
    return int((sock.parent / "data" / "postmaster.pid").read_text().split()[0])


@pytest.mark.postgres
@pytest.mark.slow
def test_a_frozen_database_server_refuses_within_the_connect_timeout(pg_url, pg_event_url):
    pid = _postmaster_pid(pg_url)
    os.kill(pid, signal.SIGSTOP)
    try:
        with pytest.raises(StorageUnavailable, match="Får ikke kontakt"):
            store = EventStore.open(pg_event_url)
            store.close()
        # refused while the server is still frozen: the connect time-out ended the wait (how long it
        # took: bench/store_pg_timeouts.py)
        assert Path(f"/proc/{pid}/stat").read_text().split()[2] == "T"
    finally:
        os.kill(pid, signal.SIGCONT)
    store = EventStore.open(pg_event_url)  # and it works again once the server does
    store.close()


def test_the_message_names_no_internal_text(tmp_path):
    """A storage message is for the host: no SQL, no driver names."""
    event = tmp_path / "dag.krom"
    EventStore.open(event, create=True).close()
    shutil.copy(event, tmp_path / "kopi.krom")
    from controlroom.models.storage_errors import explain

    message = explain(sqlite3.OperationalError("database or disk is full"), "dag.krom")
    assert message is not None and "dag.krom" in message and "sqlite" not in message.lower()
