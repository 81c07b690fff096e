"""Run inside a network namespace with only loopback (``unshare -n``): start the real app with
``--allow-lan`` (it binds every address of the namespace, which is loopback alone), read its stdout lines,
and try the views, the WebSocket and the API as a screen and a Stream Deck on the LAN would. Prints one
JSON object with what it saw; the test outside the namespace checks it.

    python -m tests.web.lan_probe EVENTFILE TMPDIR
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import selectors
import subprocess
import sys
import time
from pathlib import Path

from tests.web.support import http

REPO = Path(__file__).resolve().parents[2]
APP = REPO / ".venv" / "bin" / "controlroom"


def launch(event: Path, tmp: Path) -> tuple[subprocess.Popen, dict[str, str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp), "XDG_CONFIG_HOME": str(tmp / "config"),
           "PYTHONUNBUFFERED": "1"}
    env.pop("CONTROLROOM_API_TOKEN", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring here: the token and keys hold for this run
    cmd = [str(APP)] if APP.exists() else [sys.executable, "-m", "controlroom"]
    proc = subprocess.Popen([*cmd, "open", str(event), "--api-port", "0", "--allow-lan"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, cwd=tmp)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    lines: dict[str, str] = {}
    buffer = b""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None and "views" not in lines:
        if sel.select(timeout=1):
            buffer += os.read(proc.stdout.fileno(), 4096)
            for line in buffer.decode("utf-8", "replace").splitlines():
                name, sep, value = line.partition(": ")
                if sep and name in ("api", "api-token", "views"):
                    lines[name] = value.strip()
    return proc, lines


async def websocket(port: int, key: str, view: str = "stage") -> list[dict]:
    import aiohttp

    messages = []
    async with aiohttp.ClientSession() as session, session.ws_connect(
            f"ws://127.0.0.1:{port}/ws?view={view}&key={key}") as ws:
        while len(messages) < 2:
            msg = await ws.receive(timeout=10)
            messages.append(json.loads(msg.data))
    return messages


def main() -> None:
    event, tmp = Path(sys.argv[1]), Path(sys.argv[2])
    proc, lines = launch(event, tmp)
    seen: dict = {"lines": lines}
    try:
        port = int(re.search(r":(\d+)$", lines["api"]).group(1))
        views = re.match(r"http://([^/]+):(\d+)/view/\?key=([\w-]+)$", lines["views"])
        seen["views_host"], seen["views_port"] = views.group(1), int(views.group(2))
        index_key = views.group(3)
        base = f"http://127.0.0.1:{port}"
        status, links = http(f"{base}/view/links?key={index_key}")
        stage_url = next(link["url"] for link in links["links"] if link["kind"] == "stage")
        stage_key = stage_url.rsplit("key=", 1)[1]
        token = lines.get("api-token", "")
        seen["status"] = {
            "index without key": http(f"{base}/view/")[0],
            "index with its key": http(f"{base}/view/?key={index_key}")[0],
            "links": status,
            "stage with its key": http(f"{base}/view/stage?key={stage_key}")[0],
            "stage with the index key": http(f"{base}/view/stage?key={index_key}")[0],
            "stage with the token": http(f"{base}/view/stage?key={token}")[0],
            "api without token": http(f"{base}/api/v1/state")[0],
            "api with a view key": http(f"{base}/api/v1/state", token=stage_key)[0],
            "api with the token": http(f"{base}/api/v1/state", token=token)[0],
            "start with the token": http(f"{base}/api/v1/start?expect=-1", "POST", token=token)[0],
            "start again with the same expect": http(f"{base}/api/v1/start?expect=-1", "POST", token=token)[0],
        }
        seen["stage_url_host"] = stage_url.split("/")[2]
        seen["websocket"] = [m["t"] for m in asyncio.run(websocket(port, stage_key))]
        tech_url = next(link["url"] for link in links["links"] if link["kind"] == "tech")
        tech = asyncio.run(websocket(port, tech_url.rsplit("key=", 1)[1], "tech"))[1]["data"]
        seen["tech"] = {"cues": isinstance(tech.get("cues"), list), "adapters": isinstance(tech.get("adapters"), list)}
    finally:
        proc.terminate()
        proc.wait(30)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
