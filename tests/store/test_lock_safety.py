"""An open event keeps SQLite's locks whatever the app does around it, and notices when it loses
them anyway: committed writes are never lost, whoever else writes the file.

SQLite's locks are per process on POSIX: any ``open()`` + ``close()`` of the database file inside
the process drops them, another process then deletes the WAL under us, and our later writes vanish
(SQLite's "How To Corrupt An SQLite Database File", §2.2). See ``controlroom.models.file_guard``.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from controlroom.models import EventStore
from controlroom.models.file_guard import GuardedFileAccess, StorageLockLost
from controlroom.models.store import last_good_path
from tests.store.conftest import input_texts

REPO = Path(__file__).resolve().parents[2]
CONTROLROOM = [sys.executable, "-m", "controlroom"]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _cli_add(event: Path, words: str) -> None:
    subprocess.run([*CONTROLROOM, "inputs", "add", str(event), words], check=True, cwd=event.parent,
                   capture_output=True, timeout=60)


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        assert time.monotonic() < end, f"{path.name} never appeared"
        time.sleep(0.05)


@pytest.mark.slow
def test_file_dialogs_over_the_events_folder_lose_no_committed_write(tmp_path: Path) -> None:
    """The moderator opens File → Open and File → Import (every file of the event's folder listed,
    in detail view) and cancels, while a command in a terminal adds inputs to the same event; then
    adds more inputs and the laptop dies (SIGKILL). Every input either side saw committed is there."""
    event = tmp_path / "day.krom"
    EventStore.open(event, create=True).close()
    signals = tmp_path / "signals"
    signals.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.lock_child", str(event), str(signals)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(child.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        for n, name in enumerate(("open", "import"), start=1):
            _wait_for(signals / f"{name}-shown", child)
            time.sleep(1.0)  # the dialog lists the folder (and would read the files) meanwhile
            _cli_add(event, f"cli-{n}")
            (signals / f"{name}-written").touch()
        end = time.monotonic() + 60
        while "done\n" not in lines:
            assert child.poll() is None and time.monotonic() < end, "".join(lines)
            time.sleep(0.05)
        _cli_add(event, "cli-3")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    reader.join(5)
    committed = sorted(line.split(" ", 1)[1].strip() for line in lines if line.startswith("committed "))
    assert committed == ["child-1", "child-2", "child-3", "child-4"], "".join(lines)
    assert not [line for line in lines if line.startswith("refused")], "".join(lines)
    assert input_texts(event) == sorted([*committed, "cli-1", "cli-2", "cli-3"])
    assert _integrity(event) == "ok"


def test_python_code_cannot_open_replace_or_delete_an_open_event(tmp_path: Path) -> None:
    event = tmp_path / "day.krom"
    store = EventStore.open(event, create=True)
    try:
        for attempt in (
            lambda: event.read_bytes(),
            lambda: open(str(event) + "-wal", "rb"),  # noqa: SIM115
            lambda: event.with_name("day.krom-shm").unlink(),
            lambda: os.replace(tmp_path / "other", event),
        ):
            (tmp_path / "other").write_bytes(b"x")
            with pytest.raises(GuardedFileAccess, match="day.krom"):
                attempt()
        assert (tmp_path / "day.krom-shm").exists()
    finally:
        store.close()
    assert event.read_bytes()[:16] == b"SQLite format 3\x00"  # closed: an ordinary file again


def test_a_lost_lock_refuses_the_write_and_reopens_safely(tmp_path: Path) -> None:
    """A C library (not Python, so the audit hook cannot see it) opens and closes the file: our lock
    is gone, and a command in another process then removes the WAL. The next write is refused with
    a message and nothing half written; the one after goes to the file everyone else reads."""
    event = tmp_path / "day.krom"
    store = EventStore.open(event, create=True)
    try:
        with store.transaction() as s:
            s.execute(text("CREATE TABLE note (x TEXT)"))
            s.execute(text("INSERT INTO note VALUES ('before')"))
        libc = ctypes.CDLL(None, use_errno=True)
        fd = libc.open(os.fsencode(event), os.O_RDONLY)
        assert fd >= 0
        libc.close(fd)
        subprocess.run(
            [sys.executable, "-c",
             f"import sqlite3; c = sqlite3.connect({str(event)!r}); c.execute(\"INSERT INTO note VALUES ('other')\"); "
             "c.commit(); c.close()"],
            check=True, timeout=30,
        )
        with pytest.raises(StorageLockLost, match="day.krom-wal"), store.transaction() as s:
            s.execute(text("INSERT INTO note VALUES ('lost')"))
        with store.transaction() as s:
            s.execute(text("INSERT INTO note VALUES ('after')"))
    finally:
        store.close()
    conn = sqlite3.connect(f"file:{event}?mode=ro", uri=True)
    assert sorted(r[0] for r in conn.execute("SELECT x FROM note")) == ["after", "before", "other"]
    conn.close()
    assert _integrity(event) == "ok"


def test_two_windows_opening_one_event_at_the_same_moment_both_open(tmp_path: Path) -> None:
    """Each writes its own last-good copy and renames it into place; neither dies."""
    event = tmp_path / "day.krom"
    EventStore.open(event, create=True).close()
    go = tmp_path / "go"
    script = (
        "import sys, time, pathlib\n"
        "from controlroom.models import EventStore\n"
        "go = pathlib.Path(sys.argv[2])\n"
        "while not go.exists(): time.sleep(0.001)\n"
        "EventStore.open(sys.argv[1]).close()\n"
        "print('opened')\n"
    )
    for _round in range(5):
        go.unlink(missing_ok=True)
        procs = [subprocess.Popen([sys.executable, "-c", script, str(event), str(go)], cwd=REPO,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        time.sleep(1.0)
        go.touch()
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0 and out.strip() == "opened", err
    assert _integrity(last_good_path(event)) == "ok"
    assert not list(tmp_path.glob("*.tmp"))
    assert last_good_path(event).stat().st_mode & 0o777 == event.stat().st_mode & 0o777


def test_a_last_good_copy_that_cannot_be_written_does_not_keep_the_event_closed(tmp_path: Path) -> None:
    event = tmp_path / "day.krom"
    EventStore.open(event, create=True).close()
    last_good_path(event).unlink()
    last_good_path(event).mkdir()  # the copy cannot replace a folder: as good as a full disk
    store = EventStore.open(event)
    try:
        assert store.last_good_problem is not None and "day.krom.lastgood" in store.last_good_problem
        with store.transaction() as s:
            s.execute(text("SELECT 1"))
    finally:
        store.close()
