"""The command line (JSON schema, exit codes) and notes for the workbook (text, .txt, .docx)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from docx import Document

from controlroom.cli import main
from controlroom.grouping.sample import sample_participants, write_registration_csv
from controlroom.models import EventStore
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository


@pytest.fixture
def event_with_people(tmp_path, store, block_uid, event_path):
    csv_path = write_registration_csv(tmp_path / "påmelding.csv", sample_participants(40, seed=2))
    assert main(["participants", "import", str(csv_path), "--event", str(event_path)]) == 0
    return event_path


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_participants_json_schema(event_with_people, capsys):
    capsys.readouterr()
    assert main(["participants", str(event_with_people), "--json"]) == 0
    data = _json(capsys)
    assert len(data) == 40
    assert set(data[0]) == {"name", "email", "organisation", "municipality", "attendance"}
    assert {d["attendance"] for d in data} == {"onsite", "teams", "zoom"}


def test_bad_file_exits_2_and_saves_nothing(tmp_path, event_path, store, capsys):
    bad = tmp_path / "feil.csv"
    bad.write_text("Navn;E-post;Kommune;Deltakelse\nA;a@b.no;Sola;Fysisk\nB;;Sola;Fysisk\n", encoding="utf-8")
    assert main(["participants", "import", str(bad), "--event", str(event_path)]) == 2
    err = capsys.readouterr().err
    assert "feil.csv:3" in err and "mangler e-post" in err
    assert PeopleRepository(store).participants() == []


def test_groups_form_prints_the_schema_and_reads_back(event_with_people, capsys, block_uid):
    capsys.readouterr()
    assert main(["groups", "form", "--event", str(event_with_people), "--block", "1", "--size", "3-4",
                 "--max-per-municipality", "2", "--rounds", "3", "--round-mode", "mix,mix,return:1",
                 "--seed", "3", "--json"]) == 0
    data = _json(capsys)
    assert set(data) == {"rounds", "breaches", "min_breaches", "repeated_pairs", "repeated_pairs_lower_bound"}
    assert [r["round"] for r in data["rounds"]] == [1, 2, 3]
    g = data["rounds"][0]["groups"][0]
    assert set(g) == {"room", "pool", "members", "leader", "note_taker"}
    assert g["pool"] in ("onsite", "teams", "zoom") and g["leader"] in g["members"]
    assert main(["groups", str(event_with_people), "--block", "1", "--json"]) == 0
    assert _json(capsys) == data


def test_groups_form_bad_block_and_size_exit_2(event_with_people, capsys):
    assert main(["groups", "form", "--event", str(event_with_people), "--block", "9", "--json"]) == 2
    assert "bolk 9 finnes ikke" in capsys.readouterr().err
    assert main(["groups", "form", "--event", str(event_with_people), "--block", "1", "--size", "5-5"]) == 2


def test_noshow_walkin_and_repair(event_with_people, capsys, store, block_uid):
    main(["groups", "form", "--event", str(event_with_people), "--block", "1", "--json"])
    data = _json(capsys)
    onsite = next(g for g in data["rounds"][0]["groups"] if g["pool"] == "onsite")
    gone = onsite["members"][:2]
    assert main(["participants", "noshow", *gone, "--event", str(event_with_people)]) == 0
    # as in the window: the run log says who did not come, and from where
    from controlroom.clock import SystemClock
    from controlroom.live.runlog import RunLog

    entry = RunLog(store, SystemClock()).all()[-1]
    assert (entry.kind, entry.payload, entry.origin) == ("group.noshow", {"emails": gone}, "cli")
    assert main(["participants", "add", "--event", str(event_with_people), "--name", "Ny Gjest",
                 "--email", "ny@example.no", "--municipality", "Utsira", "--attendance", "Fysisk"]) == 0
    assert main(["groups", "repair", "--event", str(event_with_people), "--block", "1", "--json"]) == 0
    moves = _json(capsys)[0]["moves"]
    assert {m["email"] for m in moves if m["to"] is None} == set(gone)
    assert any(m["email"] == "ny@example.no" and m["from"] is None for m in moves)
    rounds = PeopleRepository(store).rounds(block_uid)
    members = {e for g in rounds[0].groups for e in g.members}
    assert "ny@example.no" in members and not (set(gone) & members)
    assert all(3 <= len(g.members) <= 4 for g in rounds[0].groups)


def test_exports_zoom_csv_teams_list_and_pdf(event_with_people, capsys, tmp_path):
    main(["groups", "form", "--event", str(event_with_people), "--block", "1", "--rounds", "2", "--json"])
    data = _json(capsys)
    assert main(["groups", "export", "--event", str(event_with_people), "--block", "1", "--format", "zoom-csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["Pre-assign Room Name", "Email Address"]
    zoom = {e for g in data["rounds"][0]["groups"] if g["pool"] == "zoom" for e in g["members"]}
    assert {r[1].lower() for r in rows[1:]} == zoom
    assert main(["groups", "export", "--event", str(event_with_people), "--block", "1", "--format", "teams-list"]) == 0
    text = capsys.readouterr().out
    assert "Teams-rom 1" in text and "Flyttinger fra forrige runde" in text
    pdf = tmp_path / "grupper.pdf"
    assert main(["groups", "export", "--event", str(event_with_people), "--block", "1", "--format", "pdf",
                 "-o", str(pdf)]) == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_notes_text_txt_docx_and_openspace_for_the_workbook(event_with_people, tmp_path, block_uid, capsys):
    main(["groups", "form", "--event", str(event_with_people), "--block", "1", "--json"])
    data = _json(capsys)
    r1 = data["rounds"][0]["groups"]
    doc = Document()
    doc.add_paragraph("Vi fant tre målkonflikter: vei mot natur, bolig mot jordvern, vekst mot klima.")
    doc.save(tmp_path / "notat.docx")
    (tmp_path / "notat.txt").write_bytes("Referat fra gruppa: æøå i cp1252".encode("cp1252"))
    assert main(["groups", "notes", "--event", str(event_with_people), "--block", "1", "--round", "1",
                 "--room", r1[0]["room"], "--file", str(tmp_path / "notat.docx")]) == 0
    assert main(["groups", "notes", "--event", str(event_with_people), "--block", "1", "--round", "1",
                 "--room", r1[1]["room"], "--file", str(tmp_path / "notat.txt")]) == 0
    store = EventStore.open(event_with_people)
    try:
        repo = PeopleRepository(store)
        repo.set_group_notes(block_uid, 1, r1[2]["room"], "Innspill fra Teams: husk chatten")
        os_repo = OpenSpaceRepository(store)
        t = os_repo.propose(block_uid, "Frivillighet i distriktene", "Åse Bærheim", "online")
        os_repo.place(t.id, 0, "Zoom-rom 1")
        repo.set_topic_notes(t.id, "Tre kommuner vil samarbeide om frivilligsentral.")
        notes = repo.notes_for_block(block_uid)
    finally:
        store.close()
    groups = [n for n in notes if n.kind == "group"]
    assert len(groups) == 3 and "målkonflikter" in groups[0].text and "æøå" in groups[1].text
    assert groups[0].leader and groups[0].members and "@" not in groups[0].members[0]
    [os_note] = [n for n in notes if n.kind == "openspace"]
    assert (os_note.title, os_note.room, os_note.round, os_note.leader) == (
        "Frivillighet i distriktene", "Zoom-rom 1", 1, "Åse Bærheim")


def test_rooms_cli_and_limit(event_with_people, capsys):
    assert main(["rooms", "set", "--event", str(event_with_people), "--onsite", "Peisestua:8",
                 "--onsite", "Bibliotek:4", "--teams", "Teams-rom A"]) == 0
    assert main(["rooms", str(event_with_people), "--json"]) == 0
    assert _json(capsys)[0] == {"name": "Peisestua", "kind": "onsite", "capacity": 8, "meeting": 1}
    args = ["rooms", "set", "--event", str(event_with_people)]
    for i in range(101):
        args += ["--zoom", f"Z{i}"]
    assert main(args) == 2
    assert "høyst 100 grupperom" in capsys.readouterr().err
