"""A 120-person hybrid day end to end, through the command line as a script would run it:
agenda imported, participants imported from a realistic CSV, groups formed (two rounds), Zoom
pre-assigned against the stub and read back, the Teams chat signed in (device code at the MSAL stub)
and synced into the input log, and all of it in the workbook (.docx, reopened with python-docx)."""

from __future__ import annotations

import docx
import pytest

from controlroom.cli import main
from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.integrations import IntegrationsRepository
from controlroom.models.people_repo import PeopleRepository
from tests.platforms.helpers import CHAT, JOIN, MEETING, write_registrations


@pytest.fixture
def platform_env(monkeypatch, zoom_stub, graph_stub, msal_stub, tmp_path, memory_keyring):
    monkeypatch.setenv("KONTROLLROM_ZOOM_OAUTH_URL", zoom_stub.url)
    monkeypatch.setenv("KONTROLLROM_ZOOM_API_URL", f"{zoom_stub.url}/v2")
    monkeypatch.setenv("KONTROLLROM_GRAPH_URL", f"{graph_stub.url}/v1.0")
    monkeypatch.setenv("KONTROLLROM_MSAL_AUTHORITY", msal_stub.authority)
    monkeypatch.setenv("KONTROLLROM_MSAL_CA", str(msal_stub.cert_path))
    monkeypatch.setenv("KONTROLLROM_TEAMS_CLIENT_ID", "app-123")
    monkeypatch.setenv("KONTROLLROM_TEAMS_CACHE", str(tmp_path / "teams-cache.bin"))
    graph_stub.tokens = msal_stub.access_tokens
    return zoom_stub, graph_stub, msal_stub


def test_120_person_hybrid_day_end_to_end(tmp_path, seed001, platform_env, capsys, monkeypatch):
    zoom_stub, graph_stub, msal_stub = platform_env
    event = tmp_path / "samling.krom"
    assert main(["import", str(seed001), "--event", str(event), "--date", "2024-05-06"]) == 0
    store = EventStore.open(event, backup=False)
    titles = [b.title for b in AgendaRepository(store).blocks()]
    block = next(i for i, t in enumerate(titles) if t.startswith("Målkonflikter"))
    uid = AgendaRepository(store).blocks()[block].uid
    store.close()

    regs = tmp_path / "pameldte.csv"
    write_registrations(regs)
    assert main(["participants", "import", str(regs), "--event", str(event)]) == 0
    assert main(["groups", "form", "--event", str(event), "--block", str(block), "--rounds", "2",
                 "--size", "3-4"]) == 0
    capsys.readouterr()

    # Zoom: credentials in the keyring, round 1 pre-assigned and read back; one address Zoom drops.
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("csecret\n"))
    assert main(["zoom", "credentials", "--account-id", "acc-1", "--client-id", "cid", "--secret-stdin"]) == 0
    zoom_stub.add_meeting(MEETING)
    store = EventStore.open(event, backup=False)
    zoom_groups = [g for g in PeopleRepository(store).groups_for_block(uid, 1) if g.pool == "zoom"]
    store.close()
    dropped = zoom_groups[0].emails[0]
    zoom_stub.unknown_emails = {dropped}
    csv_out = tmp_path / "zoom-runde-1.csv"
    assert main(["zoom", "preassign", str(event), "--block", str(block), "--round", "1", "--meeting", MEETING,
                 "--csv-out", str(csv_out)]) == 0
    out = capsys.readouterr().out
    assert "Kan ikke forhåndstildeles" in out and dropped in out
    sent = zoom_stub.patches[-1]["settings"]["breakout_room"]["rooms"]
    assert sum(len(r["participants"]) for r in sent) == 30 and len(sent) == len(zoom_groups)
    kept = zoom_stub.meetings[MEETING]["settings"]["breakout_room"]["rooms"]
    assert sum(len(r["participants"]) for r in kept) == 29
    assert len(csv_out.read_text(encoding="utf-8").splitlines()) == 31
    # Round 2, once the meeting has started: Zoom refuses; the move list is printed instead.
    zoom_stub.meetings[MEETING]["status"] = "started"
    assert main(["zoom", "preassign", str(event), "--block", str(block), "--round", "2", "--meeting", MEETING]) == 1
    captured = capsys.readouterr()
    assert "før møtet starter" in captured.err and "Flytteliste runde 1 → 2" in captured.out

    # Teams: per-room lists for the host, sign-in with a device code, the chat into the input log.
    assert main(["teams", "rooms", str(event), "--block", str(block), "--round", "2"]) == 0
    assert "Flytteliste runde 1 → 2" in capsys.readouterr().out
    msal_stub.auto_approve_after = 0
    assert main(["teams", "login", str(event)]) == 0
    assert "Logget inn som Kari Nordmann" in capsys.readouterr().out
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Solveig Økland", "<p>Husk <b>ungdomsrådet</b> når vi snakker om målkonflikter</p>")
    graph_stub.system_event(CHAT)
    graph_stub.post(CHAT, "Håkon Bø", "Arealnøytralitet må med i planstrategien")
    assert main(["teams", "sync", str(event), "--join-link", JOIN, "--once"]) == 0
    assert main(["teams", "sync", str(event), "--once"]) == 0  # again: nothing duplicated
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 nye")
    store = EventStore.open(event, backup=False)
    lines = [(r.author, r.text) for r in InputLog(store, SystemClock()).all() if r.source == "teams"]
    assert lines == [("Solveig Økland", "Husk ungdomsrådet når vi snakker om målkonflikter"),
                     ("Håkon Bø", "Arealnøytralitet må med i planstrategien")]
    assert [r.status for r in IntegrationsRepository(store).room_results(uid, 1)].count("partial") == 1
    first_room = PeopleRepository(store).groups_for_block(uid, 1)[0].room
    store.close()

    # A digital group's note-taker hands in the notes; the workbook has them with the group.
    assert main(["groups", "notes", "--event", str(event), "--block", str(block), "--round", "1",
                 "--room", first_room, "--text", "Gruppa ønsker felles kunnskapsgrunnlag for arealregnskap."]) == 0

    # The workbook has the Teams lines and the groups.
    book = tmp_path / "arbeidsbok.docx"
    assert main(["workbook", str(event), "--out", str(book), "--include-personal-data"]) == 0
    text = "\n".join(p.text for p in docx.Document(str(book)).paragraphs)
    tables = "\n".join(c.text for t in docx.Document(str(book)).tables for row in t.rows for c in row.cells)
    everything = text + "\n" + tables
    assert "Arealnøytralitet må med i planstrategien" in everything
    assert first_room in everything
    assert "felles kunnskapsgrunnlag for arealregnskap" in everything
