"""Shared fixtures. Qt runs offscreen; every test gets its own real event file."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The log of commands run in-process goes to a folder of the test session, not the user's log.
os.environ.setdefault("CONTROLROOM_LOG_DIR", __import__("tempfile").mkdtemp(prefix="kontrollrom-log-"))

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


# -- Python's cyclic collector on the GUI thread, as in the app ------------------------------------------
@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application object, with the collector moved to its thread as the app does
    (``controlroom.ui.gui_thread_gc``): a collection on a worker thread could free a Qt object there."""
    _collector()
    return qapp


@pytest.fixture(autouse=True)
def _collector_as_in_the_process_under_test(request):
    """A test with Qt runs as the window does: the collector on the GUI thread only, collecting what is due
    as the test ends. A test without Qt runs as a command does, with automatic collection; before the first
    such test after Qt tests, what they left is collected here, on this (the GUI) thread, so no Qt object of
    theirs is left for a worker thread to free."""
    from_qt = "qapp" in request.fixturenames or "qtbot" in request.fixturenames
    if _qt_application() is not None:
        if from_qt:
            _collector()  # automatic collection off
        elif not gc.isenabled():
            gc.collect()
            gc.enable()
    yield
    if from_qt:
        _collector().collect_when_due()


def _qt_application():
    if "PySide6.QtCore" not in sys.modules:
        return None
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance()


def _collector():
    from controlroom.ui.gui_thread_gc import collect_on_gui_thread

    return collect_on_gui_thread()


# -- shared by several areas: in-memory keyring, event loops, QSettings --------------------------------
@pytest.fixture
def memory_keyring():
    """An in-memory keyring for the test (no desktop keyring here); the one before comes back after."""
    import keyring

    from controlroom.integrations.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def run():
    """Run a coroutine to completion on a fresh plain asyncio loop (the adapters are plain asyncio)."""
    import asyncio

    loop = asyncio.new_event_loop()
    yield loop.run_until_complete
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


@pytest.fixture
def loop(qapp):
    """A qasync loop for widget tests. At teardown every task still pending (a sync loop, a sign-in) is
    cancelled and allowed to finish its cleanup (closing sockets) before the loop closes, so no Qt socket
    notifier or timer of this loop outlives it."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(asyncio.sleep(0.05))  # transports finish closing
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def settings(tmp_path: Path):
    """QSettings in a temporary INI file: nothing a test remembers reaches the user's settings."""
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    yield s
    s.sync()


# -- device stubs on 127.0.0.1 (tests/integrations/stubs), used by the cue and the adapter tests ---------
@pytest.fixture
def companion_stub():
    from tests.integrations.stubs.http_stub import CompanionStub

    s = CompanionStub().start()
    yield s
    s.stop()


@pytest.fixture
def webhook_receiver():
    from tests.integrations.stubs.http_stub import WebhookReceiver

    s = WebhookReceiver().start()
    yield s
    s.stop()


# -- PostgreSQL (shared live event): a real server, started once per session --------------------------
PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


@pytest.fixture(scope="session")
def pg_url():
    """A real PostgreSQL (peers.md recipe): initdb as ``nobody`` in a temp dir, unix socket only
    (``listen_addresses=''``), stopped by its data dir at session end. Yields a SQLAlchemy URL."""
    import socket
    import subprocess
    import tempfile

    bindir = next((d for d in PG_BIN_DIRS if (d / "initdb").exists() and (d / "pg_ctl").exists()), None)
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not installed under /usr/lib/postgresql/*/bin")
    base = Path(tempfile.mkdtemp(prefix="kontrollrom-pg-"))  # not under pytest's 0700 dirs: nobody must enter
    base.chmod(0o777)
    data, sock, logf = base / "data", base / "sock", base / "pg.log"
    sock.mkdir()
    sock.chmod(0o777)
    run_as = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    with socket.socket() as s:  # a free port number (the socket file's name; no TCP listener)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(logf), "-o",
                    f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off", "-w", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}&port={port}"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_event_url(pg_url):
    """A fresh database on the session's PostgreSQL server for one test (dropped afterwards)."""
    import uuid

    import sqlalchemy as sa

    name = "ev_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    yield pg_url.replace("@/postgres?", f"@/{name}?")
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


# -- real peers may not quietly skip in CI ----------------------------------------------------------
REAL_PEER_MARKERS = ("obs", "postgres", "keyring")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With ``CI`` set, a test that needs a real peer (OBS, PostgreSQL, a Secret Service) and skipped
    fails instead: a green run must mean the peer was really there and really answered."""
    outcome = yield
    report = outcome.get_result()
    if not os.environ.get("CI") or not report.skipped or hasattr(report, "wasxfail"):
        return
    peers = [m for m in REAL_PEER_MARKERS if item.get_closest_marker(m) is not None]
    if peers:
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"real peer ({', '.join(peers)}) skipped in CI: {reason}"
