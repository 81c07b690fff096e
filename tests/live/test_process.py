"""End to end through real processes: the app offscreen with the API on, killed with SIGKILL and
reopened; the report command; a damaged event file through the CLI."""

from __future__ import annotations

import csv
import json
import os
import selectors
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from controlroom.agenda.types import BlockData
from controlroom.cli import main
from controlroom.clock import SystemClock
from controlroom.live.service import LiveService
from controlroom.models import EventStore

from .conftest import make_event_file, seed001_blocks

REPO = Path(__file__).resolve().parents[2]
APP = REPO / ".venv" / "bin" / "controlroom"


def today_blocks() -> list[BlockData]:
    """The seed day moved to today, so the projection is realistic against the wall clock."""
    today = datetime.now(ZoneInfo("Europe/Oslo")).date()
    return [BlockData(**{**b.__dict__, "day": today}) for b in seed001_blocks()]


def launch(event: Path, tmp: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp / "config"),
           "HOME": str(tmp), "PYTHONUNBUFFERED": "1"}  # fmt: skip
    if "--allow-lan" not in extra:
        env.pop("CONTROLROOM_API_TOKEN", None)
    cmd = [str(APP) if APP.exists() else sys.executable, *([] if APP.exists() else ["-m", "controlroom"])]
    proc = subprocess.Popen([*cmd, "open", str(event), "--api-port", "0", *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, cwd=tmp)  # fmt: skip
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 90
    buffer = b""
    while time.monotonic() < deadline and proc.poll() is None:
        if sel.select(timeout=1):
            chunk = os.read(proc.stdout.fileno(), 4096)
            buffer += chunk
            for line in buffer.decode("utf-8", "replace").splitlines():
                if line.startswith("api: http://"):
                    return proc, line.removeprefix("api: ").strip()
    proc.kill()
    raise AssertionError(f"no api line from the app; output: {buffer!r}")


def call(url: str, method: str = "GET", body: bytes | None = None) -> dict:
    req = urllib.request.Request(url, data=body if body is not None else (b"" if method == "POST" else None), method=method,
                                 headers={"Content-Type": "application/json"})  # the API takes bodies only as JSON
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def test_kill_minus_9_and_reopen_resumes_exactly(tmp_path):
    event = make_event_file(tmp_path / "dag.krom", today_blocks())
    proc, base = launch(event, tmp_path)
    try:
        assert base.startswith("http://127.0.0.1:")
        assert call(f"{base}/api/v1/start", "POST")["index"] == 0
        assert call(f"{base}/api/v1/goto/2", "POST")["index"] == 2
        state = call(f"{base}/api/v1/time?add=120", "POST")
        measured_at = time.time()
        assert state["running"] and state["title"].startswith("4 år siden")
        assert 45 * 60 + 120 - 5 < state["remaining_seconds"] <= 45 * 60 + 120
        call(f"{base}/api/v1/message", "POST", json.dumps({"text": "Avrund nå"}).encode())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    proc, base = launch(event, tmp_path)
    try:
        again = call(f"{base}/api/v1/state")
        elapsed = time.time() - measured_at
        assert again["index"] == 2 and again["running"] and again["phase"] == "default"
        expected = state["remaining_seconds"] - elapsed
        assert abs(again["remaining_seconds"] - expected) < 3, (again, expected)
        assert again["next_title"] == "Lunsj"
        # the message and the added time survived too
        store = EventStore.open(event, backup=False)
        try:
            live = LiveService(store, SystemClock()).state()
            assert live.message == "Avrund nå" and live.timings[2].added_seconds == 120
        finally:
            store.close()
        with pytest.raises(urllib.error.HTTPError) as err:
            call(f"{base}/api/v1/goto/99", "POST")
        assert err.value.code == 409
    finally:
        proc.terminate()
        proc.wait(30)


def _ran_event(tmp_path: Path) -> Path:
    from controlroom.clock import FakeClock

    from .conftest import oslo

    event = make_event_file(tmp_path / "dag.krom")
    store = EventStore.open(event, backup=False)
    try:
        clock = FakeClock(oslo(9, 5))
        svc = LiveService(store, clock)
        svc.start()
        clock.set(oslo(11, 10))
        svc.next()
        clock.set(oslo(11, 30))
        svc.pause()
    finally:
        store.close()
    return event


def test_report_json_schema(tmp_path, capsys):
    event = _ran_event(tmp_path)
    assert main(["report", str(event), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Nettverkssamling 6. mai 2024" and data["timezone"] == "Europe/Oslo"
    first, second, third = data["blocks"][:3]
    assert first == {
        "index": 0, "day": "2024-05-06", "title": "Fylkeskommunenes samling", "planned_start": "2024-05-06T09:00",
        "planned_minutes": 120.0, "actual_start": "2024-05-06T09:05:00+02:00", "actual_minutes": 125.0,
        "difference_minutes": 5.0, "status": "done",
    }  # fmt: skip
    assert second["status"] == "running" and second["actual_start"] == "2024-05-06T11:10:00+02:00"
    assert second["actual_minutes"] is None and second["difference_minutes"] is None
    assert third["status"] == "upcoming" and third["actual_start"] is None
    assert len(data["blocks"]) == 14


def test_report_csv(tmp_path, capsys):
    event = _ran_event(tmp_path)
    out = tmp_path / "rapport.csv"
    assert main(["report", str(event), "--csv", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Nr", "Dag", "Tittel", "Planlagt start"]
    assert rows[1][2] == "Fylkeskommunenes samling" and rows[1][7] == "125" and rows[1][-1] == "ferdig"
    assert rows[2][-1] == "pågår" and len(rows) == 15
    assert main(["report", str(event), "--csv"]) == 2
    assert "--out" in capsys.readouterr().err


def test_damaged_event_file_is_refused_and_not_touched(tmp_path, capsys):
    event = make_event_file(tmp_path / "dag.krom")
    EventStore.open(event).close()  # opening leaves a last good copy
    data = event.read_bytes()
    event.write_bytes(data[: len(data) // 2])  # truncated, as after a full disk
    before = event.read_bytes()
    assert main(["report", str(event), "--json"]) == 2
    err = capsys.readouterr().err
    assert "dag.krom" in err and "skadet" in err and "dag.krom.lastgood" in err
    assert event.read_bytes() == before
    assert main(["live", str(event), "start"]) == 2
    assert event.read_bytes() == before


def test_live_command_drives_the_same_log(tmp_path, capsys):
    event = make_event_file(tmp_path / "dag.krom", today_blocks())
    assert main(["live", str(event), "goto", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Lunsj"
    assert main(["live", str(event), "time", "-60"]) == 0
    assert json.loads(capsys.readouterr().out)["remaining_seconds"] <= 44 * 60
    assert main(["live", str(event), "goto", "x"]) == 2
    assert main(["live", str(event), "goto", "40"]) == 2
    assert "Bolk 40 finnes ikke" in capsys.readouterr().err
    assert main(["live", str(event)]) == 0
    assert json.loads(capsys.readouterr().out)["index"] == 3



def test_allow_lan_requires_the_token(tmp_path, monkeypatch):
    event = make_event_file(tmp_path / "dag.krom", today_blocks())
    monkeypatch.setenv("CONTROLROOM_API_TOKEN", "scenetoken-42")
    proc, base = launch(event, tmp_path, "--allow-lan")
    try:
        with pytest.raises(urllib.error.HTTPError) as err:
            call(f"{base}/api/v1/state")
        assert err.value.code == 401
        req = urllib.request.Request(f"{base}/api/v1/start", data=b"", method="POST",
                                     headers={"Authorization": "Bearer scenetoken-42"})  # fmt: skip
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert json.loads(resp.read())["index"] == 0
    finally:
        proc.terminate()
        proc.wait(30)
