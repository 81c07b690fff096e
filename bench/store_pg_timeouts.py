"""How long a sick PostgreSQL holds a write or an open before the host gets a message, against the same
call on a healthy server in the same run.

``tests/store/test_sick_storage.py`` checks that each call ends with a clear message while the fault is
still there (the lock still held, the server still frozen) and that nothing is lost; this bench prints
how long that took:

- a write while another session holds ``input_item`` in an exclusive lock (ends at the lock time-out,
  ``PG_LOCK_TIMEOUT``) — baseline: the same write with no blocker;
- opening the event while the server is frozen with SIGSTOP (ends at ``PG_CONNECT_TIMEOUT``) — baseline:
  opening it on the running server.

Starts its own server (as ``tests/conftest.py`` does: initdb as ``nobody``, unix socket only).

    .venv/bin/python bench/store_pg_timeouts.py
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import psycopg  # noqa: E402

from controlroom.clock import FakeClock  # noqa: E402
from controlroom.inputs.log import InputLog  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.storage_errors import PG_CONNECT_TIMEOUT, PG_LOCK_TIMEOUT, StorageUnavailable  # noqa: E402


@contextlib.contextmanager
def postgres() -> Iterator[tuple[str, int, Path]]:
    """A throwaway server: yields (SQLAlchemy URL, postmaster pid, socket dir)."""
    bindir = next(d for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
                  if (d / "initdb").exists())
    base = Path(tempfile.mkdtemp(prefix="kontrollrom-pg-bench-"))
    base.chmod(0o777)
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    sock.chmod(0o777)
    run_as = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "pg.log"), "-o",
                    f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off", "-w", "start"],
                   check=True, capture_output=True)
    try:
        pid = int((data / "postmaster.pid").read_text().split()[0])
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}&port={port}", pid, sock
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def seconds(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def refused(fn) -> None:
    try:
        fn()
    except StorageUnavailable:
        return
    raise AssertionError("the call did not end with StorageUnavailable")


def main() -> int:
    with postgres() as (url, pid, sock):
        port = url.rsplit("port=", 1)[1]
        store = EventStore.open(url, create=True)
        log = InputLog(store, FakeClock())
        log.add("først")
        write_ok = min(seconds(lambda: log.add("uten blokkering")) for _ in range(5))
        blocker = psycopg.connect(dbname="postgres", user="postgres", host=str(sock), port=port)
        blocker.execute("LOCK TABLE input_item IN ACCESS EXCLUSIVE MODE")
        write_blocked = seconds(lambda: refused(lambda: log.add("mens databasen henger")))
        blocker.rollback()
        blocker.close()
        store.close()

        open_ok = min(seconds(lambda: EventStore.open(url).close()) for _ in range(3))
        os.kill(pid, signal.SIGSTOP)
        try:
            open_frozen = seconds(lambda: refused(lambda: EventStore.open(url).close()))
        finally:
            os.kill(pid, signal.SIGCONT)

    print(f"{'case':44}{'s':>9}{'baseline s':>12}   setting")
    print(f"{'write while a table lock is held':44}{write_blocked:>9.2f}{write_ok:>12.3f}   "
          f"lock_timeout {PG_LOCK_TIMEOUT} s; baseline: the same write, no blocker")
    print(f"{'open while the server is frozen':44}{open_frozen:>9.2f}{open_ok:>12.3f}   "
          f"connect_timeout {PG_CONNECT_TIMEOUT} s; baseline: open on the running server")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
