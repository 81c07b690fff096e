"""Open Space on the command line and attendance in the repository (one session per slot, undo)."""

from __future__ import annotations

import json
from dataclasses import replace

from controlroom.cli import main
from controlroom.models.openspace_repo import OpenSpaceRepository


def test_openspace_propose_and_list_json(event_path, store, block_uid, capsys):
    assert main(["openspace", "propose", str(event_path), "--block", "1", "--topic", "Frivillighet i distriktene",
                 "--convener", "Åse Bærheim", "--online"]) == 0
    assert main(["openspace", "propose", str(event_path), "--block", "1", "--topic", "Sirkulær økonomi",
                 "--convener", "Per Ødegård"]) == 0
    capsys.readouterr()
    repo = OpenSpaceRepository(store)
    first = repo.topics(block_uid)[0]
    repo.place(first.id, 1, "Zoom-rom 1")
    repo.attend(first.id, "Ola@Example.no")
    repo.update(replace(repo.topics(block_uid)[0], notes="Felles frivilligsentral"))
    assert main(["openspace", str(event_path), "--block", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["topic"] for t in data] == ["Frivillighet i distriktene", "Sirkulær økonomi"]
    assert data[0] == {"id": first.id, "topic": "Frivillighet i distriktene", "convener": "Åse Bærheim",
                       "mode": "online", "slot": "Økt 2", "space": "Zoom-rom 1", "notes": "Felles frivilligsentral",
                       "attendees": ["ola@example.no"]}
    assert (data[1]["mode"], data[1]["slot"], data[1]["space"], data[1]["attendees"]) == ("onsite", None, None, [])


def test_openspace_bad_input_exits_2(event_path, store, block_uid, capsys):
    assert main(["openspace", "propose", str(event_path), "--block", "7", "--topic", "X", "--convener", "Y"]) == 2
    assert "bolk 7 finnes ikke" in capsys.readouterr().err
    assert main(["openspace", "propose", str(event_path), "--block", "1", "--topic", "  ", "--convener", "Y"]) == 2
    assert "tittel" in capsys.readouterr().err
    assert main(["openspace", str(event_path), "--block", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_attending_one_session_leaves_the_other_in_the_same_slot(store, block_uid):
    repo = OpenSpaceRepository(store)
    a = repo.propose(block_uid, "A", "x")
    b = repo.propose(block_uid, "B", "y")
    c = repo.propose(block_uid, "C", "z")
    repo.place(a.id, 0, "Plenumssalen")
    repo.place(b.id, 0, "Grupperom A")
    repo.place(c.id, 1, "Grupperom A")
    repo.attend(a.id, "kari@x.no")
    repo.attend(c.id, "kari@x.no")  # another slot: stays in A too
    before = repo.attend(b.id, "kari@x.no")
    lists = {t.title: t.attendees for t in repo.topics(block_uid)}
    assert lists == {"A": [], "B": ["kari@x.no"], "C": ["kari@x.no"]}
    assert repo.where_in_slot(block_uid, 0) == {"kari@x.no": "Grupperom A"}
    repo.set_attendees(before)  # undo
    assert {t.title: t.attendees for t in repo.topics(block_uid)} == {"A": ["kari@x.no"], "B": [],
                                                                      "C": ["kari@x.no"]}
    assert repo.leave(a.id, "kari@x.no") == {a.id: ["kari@x.no"]}
    assert repo.leave(a.id, "kari@x.no") == {}
