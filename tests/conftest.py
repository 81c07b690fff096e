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
