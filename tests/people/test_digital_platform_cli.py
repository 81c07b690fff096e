"""``participants import --digital teams|zoom`` as a real command: "Digitalt" without a platform takes the
platform given, which becomes the event's default for later lists (and for the window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from controlroom.models import EventStore
from controlroom.models.people_repo import PeopleRepository

HEADER = "Fornavn;Etternavn;E-post;Kommune;Deltakelse\n"


def _run(*args: str) -> subprocess.CompletedProcess:
    """The command in a bare environment; its home (settings, log) is the test session's log folder."""
    home = os.environ["CONTROLROOM_LOG_DIR"]
    return subprocess.run([sys.executable, "-m", "controlroom", *args], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home, "CONTROLROOM_LOG_DIR": home})


def _people(path: Path) -> dict[str, str]:
    store = EventStore.open(path, backup=False)
    try:
        repo = PeopleRepository(store)
        return {p.key: p.attendance for p in repo.participants()} | {"(default)": repo.default_online() or ""}
    finally:
        store.close()


def test_digital_option_and_the_events_default_platform(tmp_path):
    event = tmp_path / "samling.krom"
    first = tmp_path / "påmeldte.csv"
    first.write_text(HEADER + "Anne;Hå;anne@example.no;Sola;Digitalt\nBo;Ek;bo@example.no;Hå;Fysisk i Stavanger\n",
                     encoding="utf-8")
    refused = _run("participants", "import", str(first), "--event", str(event))
    assert refused.returncode == 2
    assert "Digitalt" in refused.stderr and "--digital teams" in refused.stderr and str(first) in refused.stderr
    assert not event.exists()  # refused: nothing written, not even an empty event file
    done = _run("participants", "import", str(first), "--event", str(event), "--digital", "zoom", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == 2
    assert _people(event) == {"anne@example.no": "zoom", "bo@example.no": "onsite", "(default)": "zoom"}
    later = tmp_path / "etterpåmeldte.csv"
    later.write_text(HEADER + "Cato;Li;cato@example.no;Time;Digitalt\n", encoding="utf-8")
    assert _run("participants", "import", str(later), "--event", str(event)).returncode == 0  # the default holds
    assert _people(event)["cato@example.no"] == "zoom"
    teams = tmp_path / "teams.csv"
    teams.write_text(HEADER + "Dina;Ås;dina@example.no;Sola;digitalt\n", encoding="utf-8")
    assert _run("participants", "import", str(teams), "--event", str(event), "--digital", "teams").returncode == 0
    assert _people(event)["dina@example.no"] == "teams" and _people(event)["(default)"] == "teams"
