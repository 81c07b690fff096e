"""The seed agendas' group instructions carried out end to end for a 120-person hybrid event.

Seed 001 (network gathering in Stavanger + Teams): "Danne grupper på 3-4 personer (max. 2 fra hver
kommune i samme gruppe)"; seed 002 (workshop day): "arbeidsgrupper første runde", "andre runde — mix
av deltakere", "Runde 3 tilbake til første gruppe"; seed 000: Open Space online with notes compiled
into a workbook. The registration list is a real CSV file as a registration system exports it.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from datetime import date, time

from controlroom.agenda.types import BlockData
from controlroom.cli import main
from controlroom.grouping.sample import sample_participants, write_registration_csv
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository


def test_120_person_hybrid_event(tmp_path, event_path, seed001, seed002, capsys):
    rule = re.search(r"grupper på (\d)-(\d) personer \(max\. (\d) fra hver kommune", seed001.read_text("utf-8"))
    assert rule is not None
    lo, hi, k = rule.groups()
    programme = seed002.read_text("utf-8")
    assert "andre runde—mix av deltakere" in programme and "Runde 3 tilbake til første gruppe" in programme

    store = EventStore.open(event_path, create=True)
    agenda = AgendaRepository(store)
    day = date(2024, 5, 6)
    for start, title in ((time(11, 0), "Inndeling i arbeidsgrupper første runde"),
                         (time(16, 0), "Hvor er gullet i bærekraftsarbeidet?"),
                         (time(17, 0), "Open Space: hvordan gjør vi det sammen?")):
        agenda.add_block(BlockData(day=day, start=start, minutes=60, title=title))
    blocks = agenda.blocks()
    store.close()

    # 120 registrations: Rogaland municipalities, 60 % Stavanger on site (those in the city), Teams and Zoom.
    people = sample_participants(120, seed=2024, big_share=0.3, onsite_share=0.6)
    reg = write_registration_csv(tmp_path / "påmeldte.csv", people, delimiter=";", encoding="cp1252")
    assert main(["participants", "import", str(reg), "--event", str(event_path)]) == 0
    capsys.readouterr()

    assert main(["groups", "form", "--event", str(event_path), "--block", "1", "--size", f"{lo}-{hi}",
                 "--max-per-municipality", k, "--rounds", "3", "--round-mode", "mix,mix,return:1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    pools = {p.key: p for p in people}
    assert data["breaches"] == data["min_breaches"] == 0
    assert data["repeated_pairs"] == data["repeated_pairs_lower_bound"]
    r1, r2, r3 = data["rounds"]
    for rnd in data["rounds"]:
        assert sorted(e for g in rnd["groups"] for e in g["members"]) == sorted(pools)
        for g in rnd["groups"]:
            assert int(lo) <= len(g["members"]) <= int(hi)
            assert {pools[e].attendance for e in g["members"]} == {g["pool"]}
            assert max(Counter(pools[e].municipality for e in g["members"]).values()) <= int(k)
    assert [g["members"] for g in r3["groups"]] == [g["members"] for g in r1["groups"]]
    onsite_pairs = [{frozenset(p) for g in r["groups"] if g["pool"] == "onsite"
                     for p in itertools.combinations(g["members"], 2)} for r in (r1, r2)]
    assert not (onsite_pairs[0] & onsite_pairs[1])

    store = EventStore.open(event_path)
    try:
        repo = PeopleRepository(store)
        uid = blocks[1].uid
        # the Teams tech host's view: round 2's online rooms and who moves where from round 1
        online = repo.groups_for_block(uid, 2)
        assert online and {g.pool for g in online} == {"teams", "zoom"}
        moves = repo.moves_between_rounds(uid, 1, 2)
        teams_people = {e for g in online if g.pool == "teams" for e in g.emails}
        assert {m.email for m in moves["teams"]} <= teams_people
        back = repo.moves_between_rounds(uid, 2, 3)
        assert all(m.from_room and m.to_room for m in back["zoom"])
        # group notes from on site and Teams
        for g in r1["groups"][:2] + [g for g in r1["groups"] if g["pool"] == "teams"][:1]:
            repo.set_group_notes(uid, 1, g["room"], f"Notater fra {g['room']}: målkonflikter og innspill.")
        # Open Space block: marketplace, wall, merge, notes
        os_uid = blocks[2].uid
        wall = OpenSpaceRepository(store)
        wall.set_layout(os_uid, ["13:00–13:45", "14:00–14:45"], ["Plenumssalen", "Zoom-rom 1", "Zoom-rom 2"])
        a = wall.propose(os_uid, "Frivillighet og integrering", "Kari Nilsen", "online")
        b = wall.propose(os_uid, "Frivillige i distriktene", "Per Hansen", "online")
        c = wall.propose(os_uid, "Bærekraft i innkjøp", "Åse Bærheim", "onsite")
        wall.place(a.id, 0, "Zoom-rom 1")
        wall.place(c.id, 0, "Plenumssalen")
        merged = wall.merge(a.id, b.id)
        assert merged.title == "Frivillighet og integrering + Frivillige i distriktene"
        assert wall.place(c.id, 0, "Zoom-rom 1") == a.id  # moving onto a session swaps them
        repo.set_topic_notes(a.id, "Felles søknad om frivillighetsmidler.")
        notes = repo.notes_for_block(uid) + repo.notes_for_block(os_uid)
    finally:
        store.close()
    assert [n.kind for n in notes].count("group") == 3
    [session] = [n for n in notes if n.kind == "openspace"]
    assert session.room == "Plenumssalen" and "Kari Nilsen" in session.leader
