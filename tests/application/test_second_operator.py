"""A second operator in real time on PostgreSQL: an agenda imported straight into a database, an event
copied between a file and a database and back, two app windows (two processes) sharing one day with the
change feed between them, one advance for two simultaneous *Neste*, and who else is connected."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest

from controlroom.cli import main
from controlroom.clock import SystemClock
from controlroom.live.runlog import RunLog
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from tests.web.support import http

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parents[2]


def blocks_and_log(target: str | Path) -> tuple[list[str], list[tuple[str, str | None]]]:
    store = EventStore.open(target, backup=False)
    try:
        return ([b.title for b in AgendaRepository(store).blocks()],
                [(a.kind, a.block_uid) for a in RunLog(store, SystemClock()).all()])
    finally:
        store.close()


def test_import_into_a_database_then_copy_to_a_file_and_back(pg_event_url, pg_url, seed001, tmp_path, capsys):
    assert main(["import", str(seed001), "--event", pg_event_url]) == 0
    assert "postgres@" in capsys.readouterr().out  # the report names the database (no password to hide here)
    assert main(["live", pg_event_url, "start"]) == 0
    titles, log = blocks_and_log(pg_event_url)
    assert len(titles) > 5 and [k for k, _ in log] == ["start"]

    krom = tmp_path / "hjem.krom"
    assert main(["copy", pg_event_url, str(krom)]) == 0
    assert blocks_and_log(krom) == (titles, log)
    assert main(["copy", pg_event_url, str(krom)]) == 2  # an existing file is never overwritten
    assert "finnes allerede" in capsys.readouterr().err

    assert main(["copy", str(krom), pg_event_url]) == 2  # a database with an event in it is refused
    assert "tom database" in capsys.readouterr().err
    fresh = pg_url.replace("@/postgres?", "@/kopi_tilbake?")
    import sqlalchemy as sa

    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS kopi_tilbake")
        c.exec_driver_sql("CREATE DATABASE kopi_tilbake")
    try:
        assert main(["copy", str(krom), fresh]) == 0
        assert blocks_and_log(fresh) == (titles, log)
        assert main(["live", fresh, "next"]) == 0  # ids go on after the copied ones
        assert [k for k, _ in blocks_and_log(fresh)[1]] == ["start", "start"]
    finally:
        with admin.connect() as c:
            c.exec_driver_sql("DROP DATABASE IF EXISTS kopi_tilbake WITH (FORCE)")
        admin.dispose()


def launch(target: str, tmp: Path, name: str) -> tuple[subprocess.Popen, int]:
    home = tmp / name
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg"),
           "PYTHONUNBUFFERED": "1", "CONTROLROOM_LOG_DIR": str(home)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.Popen([sys.executable, "-m", "controlroom", "open", target, "--api-port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=home)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buffer, deadline = b"", time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if sel.select(timeout=1):
            buffer += os.read(proc.stdout.fileno(), 4096)
            for line in buffer.decode().splitlines():
                if line.startswith("api: http://127.0.0.1:"):
                    return proc, int(line.rsplit(":", 1)[1])
    proc.kill()
    raise AssertionError(f"the window did not start: {buffer.decode()!r}")


def wait_for(predicate, seconds: float = 5.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    return predicate()


def test_two_windows_share_one_day_and_advance_once_for_two_simultaneous_presses(pg_event_url, seed001, tmp_path):
    assert main(["import", str(seed001), "--event", pg_event_url]) == 0
    a, port_a = launch(pg_event_url, tmp_path, "moderator")
    b, port_b = launch(pg_event_url, tmp_path, "tekniker")
    try:
        state = lambda port: http(f"http://127.0.0.1:{port}/api/v1/state")[1]  # noqa: E731
        assert http(f"http://127.0.0.1:{port_a}/api/v1/start", "POST")[0] == 200
        # the other window hears of it through LISTEN/NOTIFY (no poll), well within a second
        assert wait_for(lambda: state(port_b)["index"] == 0, 3)
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(lambda port: http(f"http://127.0.0.1:{port}/api/v1/next?expect=0", "POST"),
                                    (port_a, port_b)))
        assert sorted(status for status, _ in answers) == [200, 409]
        refused = next(body for status, body in answers if status == 409)
        assert refused["index"] == 1 and refused["expected"] == 0
        assert wait_for(lambda: state(port_a)["index"] == 1 and state(port_b)["index"] == 1, 3)
        assert [k for k, _ in blocks_and_log(pg_event_url)[1]] == ["start", "start"]  # one advance, not two
    finally:
        for p in (a, b):
            p.terminate()
        for p in (a, b):
            p.wait(timeout=30)


def test_who_else_is_connected(pg_event_url, seed001):
    assert main(["import", str(seed001), "--event", pg_event_url]) == 0
    other = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from controlroom.models import EventStore\n"
        "s = EventStore.open(sys.argv[1], backup=False)\n"
        "with s.engine.connect():\n"
        "    print('open', flush=True)\n"
        "    time.sleep(30)\n"), pg_event_url], stdout=subprocess.PIPE, text=True)
    store = EventStore.open(pg_event_url, backup=False)
    try:
        assert other.stdout.readline().strip() == "open"
        import getpass
        import socket

        assert f"{getpass.getuser()}@{socket.gethostname()}" in store.others_connected()
        other.kill()
        other.wait()
        assert wait_for(lambda: not store.others_connected(), 5)
    finally:
        store.close()
        if other.poll() is None:
            other.kill()


def test_the_window_says_offline_refuses_actions_and_recovers_by_itself(pg_event_url, seed001, tmp_path, qtbot, loop,
                                                                        settings):
    from controlroom.app import build_window, make_context
    from controlroom.ui.presence import PresenceLabel
    from tests.application.pg_proxy import PgProxy

    assert main(["import", str(seed001), "--event", pg_event_url]) == 0
    folder = tmp_path / "line"
    folder.mkdir()
    proxy = PgProxy(pg_event_url, folder)
    store = EventStore.open(proxy.url, backup=False)
    window = build_window(make_context(store, SystemClock(), loop, settings, None))
    qtbot.addWidget(window)
    presence = window.findChild(PresenceLabel, "Presence")
    bridge = window.areas.live.ui.bridge
    refused: list[str] = []
    bridge.refused.connect(refused.append)
    try:
        loop.run_until_complete(asyncio.sleep(1.0))  # the feed listens
        assert "Ingen andre tilkoblet" in presence.text()
        proxy.cut()
        assert run_until(loop, lambda: presence.text() == "Frakoblet databasen", 10)
        counting = window.areas.live.ui.timer_panel.countdown.text()
        assert bridge.perform("start") is False  # refused at once, not queued behind the lost database
        assert refused and "Databasen svarer ikke" in refused[-1]
        assert counting  # the displays keep what they knew
        proxy.restore()
        assert run_until(loop, lambda: presence.text() == "Ingen andre tilkoblet", 15)
        assert bridge.perform("start") is True
        assert run_until(loop, lambda: window.ctx.services.live.state().running, 10)
        assert [k for k, _ in blocks_and_log(pg_event_url)[1]] == ["start"]
    finally:
        loop.run_until_complete(window.shut_down())
        window.close()
        window.ctx.services.close()
        proxy.close()


def run_until(loop, predicate, seconds: float) -> bool:
    async def wait() -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if predicate():
                return True
            await asyncio.sleep(0.05)
        return bool(predicate())

    return loop.run_until_complete(wait())
