"""A real OBS Studio (obs-websocket 5.x) under Xvfb for the OBS tests and the bench: one per session.

OBS gets its own ``$HOME`` with a generated ``global.ini`` (websocket on a free port with a password),
runs as ``xvfb-run -a obs --minimize-to-tray --disable-shutdown-check`` in its own process group,
and is stopped by that group's id (the PID we started). ``scripts/test`` runs pytest in a
loopback-only network namespace, so OBS sees loopback only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "kontrollrom-test-ø"


@dataclass
class ObsServer:
    port: int
    password: str
    home: Path
    proc: subprocess.Popen
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def obs_missing() -> str | None:
    for exe in ("obs", "xvfb-run"):
        if shutil.which(exe) is None:
            return f"{exe} er ikke installert (scripts/setup installerer obs-studio og xvfb)"
    return None


def start_obs(home: Path, port: int | None = None, password: str = PASSWORD, timeout: float = 40.0) -> ObsServer:
    port = port or free_port()
    cfg = home / ".config" / "obs-studio"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "global.ini").write_text(
        # FirstRun=true: no auto-configuration wizard (a modal dialog would block OBS's UI thread).
        "[General]\nFirstRun=true\n\n"
        "[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\n"
        f"ServerPort={port}\nAuthRequired=true\nServerPassword={password}\n",
        encoding="utf-8",
    )
    log = home / "obs.log"
    env = {**os.environ, "HOME": str(home)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # OBS draws on the Xvfb display xvfb-run gives it, not offscreen
    with log.open("wb") as out:
        proc = subprocess.Popen(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", "obs", "--minimize-to-tray",
             "--disable-shutdown-check", "--disable-updater", "--multi"],
            env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"OBS stopped at start (exit {proc.returncode}); see {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return ObsServer(port, password, home, proc, log)
        except OSError:
            time.sleep(0.2)
    stop_obs(proc)
    raise RuntimeError(f"OBS did not open port {port} within {timeout:.0f} s; see {log}")


def stop_obs(proc: subprocess.Popen) -> None:
    """Stop the process group we started (xvfb-run, Xvfb, obs) by its id."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(8)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def start_rtmp_sink(port: int, log: Path) -> subprocess.Popen:
    """ffmpeg listening for one RTMP publish on 127.0.0.1, discarding what it gets."""
    return subprocess.Popen(
        ["ffmpeg", "-nostdin", "-loglevel", "warning", "-listen", "1", "-i", f"rtmp://127.0.0.1:{port}/live/kontrollrom",
         "-f", "null", "-"],
        stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )
