"""The real app with ``--allow-lan``, in a network namespace that has only loopback (so nothing listens on
a real network): the api, api-token and views lines on stdout, view keys required and never acting, the
token required for every action, and ``?expect=`` refusing a second start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.web.support import make_event

REPO = Path(__file__).resolve().parents[2]


def _namespace_available() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _namespace_available(), reason="needs unshare -n (a network namespace) and ip")
def test_the_app_on_the_lan_needs_keys_to_show_and_the_token_to_act(tmp_path):
    event = make_event(tmp_path / "dag.krom")
    probe = f"ip link set lo up && exec {sys.executable} -m tests.web.lan_probe {event} {tmp_path}"
    done = subprocess.run(["unshare", "-n", "sh", "-c", probe], capture_output=True, text=True, cwd=REPO,
                          timeout=240, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["lines"]["api"].startswith("http://127.0.0.1:")
    assert seen["lines"]["api-token"]  # no keyring in the namespace: a token for this run, printed
    assert seen["views_port"] == int(seen["lines"]["api"].rsplit(":", 1)[1])
    assert seen["views_host"] != "127.0.0.1" and seen["stage_url_host"].split(":")[0] == seen["views_host"]
    assert seen["status"] == {
        "index without key": 401, "index with its key": 200, "links": 200, "stage with its key": 200,
        "stage with the index key": 403, "stage with the token": 403, "api without token": 401,
        "api with a view key": 401, "api with the token": 200, "start with the token": 200,
        "start again with the same expect": 409,
    }
    assert seen["websocket"] == ["hello", "state"]
    assert seen["tech"] == {"cues": True, "adapters": True}  # the cue runner's part, as the wiring connects it
