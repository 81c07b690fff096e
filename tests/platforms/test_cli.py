"""``controlroom zoom …`` / ``controlroom teams …`` on small events: bad input and faults give exit codes and
plain messages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from controlroom.cli import main
from tests.platforms.helpers import CHAT, write_registrations


@pytest.fixture
def grouped_event(tmp_path, seed001):
    event = tmp_path / "dag.krom"
    assert main(["import", str(seed001), "--event", str(event), "--date", "2024-05-06"]) == 0
    regs = tmp_path / "p.csv"
    write_registrations(regs, 40)
    assert main(["participants", "import", str(regs), "--event", str(event)]) == 0
    assert main(["groups", "form", "--event", str(event), "--block", "5", "--rounds", "2"]) == 0
    return event


def test_zoom_csv_as_a_script_would_run_it(grouped_event, tmp_path):
    out = tmp_path / "zoom.csv"
    proc = subprocess.run([sys.executable, "-m", "controlroom", "zoom", "csv", str(grouped_event), "--block", "5",
                           "--round", "1", "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "Pre-assign Room Name,Email Address" and len(rows) == 1 + 10  # 10 of the 40 are on Zoom


def test_block_index_out_of_range_is_bad_input(grouped_event, capsys):
    assert main(["zoom", "moves", str(grouped_event), "--block", "99", "--round", "2"]) == 2
    assert "Bolk 99 finnes ikke" in capsys.readouterr().err


def test_zoom_moves_between_rounds(grouped_event, capsys):
    assert main(["zoom", "moves", str(grouped_event), "--block", "5", "--round", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Flytteliste runde 1 → 2") and "→ Zoom-rom" in out


def test_zoom_preassign_with_wrong_credentials_exits_1(grouped_event, zoom_stub, monkeypatch, memory_keyring,
                                                       capsys):
    from controlroom.integrations.secrets import SecretStore
    from controlroom.integrations.zoom import setup

    setup.save_credentials(SecretStore(), "acc-1", "cid", "feil-hemmelighet")
    monkeypatch.setenv("KONTROLLROM_ZOOM_OAUTH_URL", zoom_stub.url)
    monkeypatch.setenv("KONTROLLROM_ZOOM_API_URL", f"{zoom_stub.url}/v2")
    zoom_stub.add_meeting("81234567890")
    assert main(["zoom", "preassign", str(grouped_event), "--block", "5", "--meeting", "81234567890"]) == 1
    assert "klienthemmelighet" in capsys.readouterr().err


def test_teams_sync_before_sign_in_says_what_to_do(grouped_event, tmp_path, monkeypatch, memory_keyring, capsys):
    monkeypatch.setenv("KONTROLLROM_TEAMS_CACHE", str(tmp_path / "none.bin"))
    assert main(["teams", "sync", str(grouped_event), "--once"]) == 1
    assert "controlroom teams login" in capsys.readouterr().err


def test_teams_sync_with_a_zoom_link_is_refused(grouped_event, tmp_path, monkeypatch, msal_stub, graph_stub,
                                                memory_keyring, capsys):
    monkeypatch.setenv("KONTROLLROM_GRAPH_URL", f"{graph_stub.url}/v1.0")
    monkeypatch.setenv("KONTROLLROM_MSAL_AUTHORITY", msal_stub.authority)
    monkeypatch.setenv("KONTROLLROM_MSAL_CA", str(msal_stub.cert_path))
    monkeypatch.setenv("KONTROLLROM_TEAMS_CLIENT_ID", "app-123")
    monkeypatch.setenv("KONTROLLROM_TEAMS_CACHE", str(tmp_path / "c.bin"))
    msal_stub.auto_approve_after = 0
    assert main(["teams", "login", str(grouped_event)]) == 0
    graph_stub.chats[CHAT] = []
    assert main(["teams", "sync", str(grouped_event), "--join-link", "https://zoom.us/j/81234567890", "--once"]) == 2  # bad input
    assert "ikke en Teams-møtelenke" in capsys.readouterr().err
    assert main(["teams", "post", str(grouped_event), "Pause til 14:15"]) == 1  # no chat chosen yet
    assert "møtelenken" in capsys.readouterr().err
