"""Groups follow the day (Qt-free): rounds in different blocks, the "Danne grupper" proposal, and live
repair of the current and every later round, on real event files."""

from __future__ import annotations

import json
from dataclasses import replace

from controlroom.cli import main
from controlroom.clock import FakeClock
from controlroom.grouping.day_rounds import asks_for_groups, planned_statuses, propose, round_hint
from controlroom.grouping.live_repair import LiveGroups
from controlroom.grouping.types import RoundMode
from controlroom.importers import read_agenda
from controlroom.live.runlog import RunLog
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.resources import resource_path
from tests.people.conftest import SEED002_ROUND_BLOCKS, SEED002_YEAR_DAY, oslo

TZ = "Europe/Oslo"


def _members(rnd) -> dict[str, list[str]]:
    return {g.room: sorted(g.members) for g in rnd.groups}


def test_seed002_rounds_are_read_from_the_blocks_text(seed002_day):
    _repo, blocks, proposal = seed002_day
    hints = {i: round_hint(blocks[i]) for i in SEED002_ROUND_BLOCKS}
    assert [h.number for h in hints.values()] == [1, 2, 3]
    assert hints[17].mode == RoundMode("mix") and hints[19].mode == RoundMode("return", 1)
    assert proposal.round_blocks == [blocks[i].uid for i in SEED002_ROUND_BLOCKS]
    assert [str(m) for m in proposal.modes] == ["mix", "mix", "return:1"]
    assert [i for i, b in enumerate(blocks) if asks_for_groups(b)] == list(SEED002_ROUND_BLOCKS)


def test_danne_grupper_proposes_the_running_or_next_block_that_asks_for_groups():
    draft = read_agenda(resource_path("demo", "nettverkssamling-2024.txt"))  # seed 001's SessionLab export
    for i, b in enumerate(draft.blocks):
        b.uid = f"b{i}"
    blocks = draft.blocks
    titles = {b.uid: b.title for b in blocks}
    from datetime import datetime
    from zoneinfo import ZoneInfo

    def at(h: int, m: int) -> str | None:
        now = datetime(2024, 5, 6, h, m, tzinfo=ZoneInfo(TZ))
        p = propose(blocks, planned_statuses(blocks, now, TZ))
        return titles[p.block_uid] if p else None

    assert at(15, 20) == "Forankring av bærekraft i plansystemet"  # the break runs: the next block asking
    assert at(15, 40) == "Forankring av bærekraft i plansystemet"  # running, and its text asks for groups
    assert at(16, 5) == "Hvor er gullet i bærekraftsarbeidet?"  # "Danne grupper på 3-4 personer …"
    assert at(16, 35) is None  # "Deling i plenum fra gruppediskusjonene" is plenary; nothing later asks
    assert not asks_for_groups(next(b for b in blocks if b.title == "Deling i plenum fra gruppediskusjonene"))


def test_seed002_proposal_during_round_two_still_names_the_whole_series(seed002_day):
    _repo, blocks, _p = seed002_day
    p = propose(blocks, planned_statuses(blocks, oslo(13, 10), TZ))
    assert p is not None and p.round_blocks == [blocks[i].uid for i in SEED002_ROUND_BLOCKS]


def test_no_shows_repair_every_later_round_and_back_to_round_one_is_the_repaired_round_one(seed002_day, store):
    repo, blocks, proposal = seed002_day
    log = RunLog(store, FakeClock(), "test")
    statuses = planned_statuses(blocks, oslo(10, 50), TZ)  # before round 1
    groups = LiveGroups(repo, log, lambda: statuses)
    before = repo.rounds(proposal.block_uid)
    gone = [p for p in repo.participants() if p.key in before[0].groups[0].members[:2]]
    change = groups.plan([replace(p, no_show=True) for p in gone], "group.noshow")
    # the preview: every round, each with the no-shows leaving
    assert [r.round for r in change.rounds] == [1, 2, 3]
    for r in change.rounds:
        assert {m.email for m in r.moves if m.to_room is None} == {p.key for p in gone}
    assert [r.run_block for r in change.rounds] == proposal.round_blocks
    assert repo.rounds(proposal.block_uid)[0].groups == before[0].groups  # nothing saved by planning
    groups.apply(change)
    after = repo.rounds(proposal.block_uid)
    assert all(repo.participant(p.key).no_show for p in gone)
    for rnd in after:
        seated = [e for g in rnd.groups for e in g.members]
        assert len(seated) == 38 and not ({p.key for p in gone} & set(seated))
        assert all(3 <= len(g.members) <= 4 for g in rnd.groups)
    assert _members(after[2]) == _members(after[0])  # round 3 returns to the repaired round 1
    for g in after[2].groups:
        assert g.leader in g.members and g.note_taker in g.members and g.leader != g.note_taker
    kinds = [(a.kind, a.payload.get("round")) for a in log.all()]
    assert kinds == [("group.noshow", None), ("group.repair", 1), ("group.repair", 2), ("group.repair", 3)]
    groups.revert(change)
    assert [_members(r) for r in repo.rounds(proposal.block_uid)] == [_members(r) for r in before]
    assert not any(repo.participant(p.key).no_show for p in gone)


def test_a_no_show_after_lunch_leaves_round_one_as_it_happened(seed002_day):
    repo, blocks, proposal = seed002_day
    statuses = planned_statuses(blocks, oslo(13, 10), TZ)  # round 2 runs
    groups = LiveGroups(repo, None, lambda: statuses)
    before = repo.rounds(proposal.block_uid)
    leaving = next(p for p in repo.participants() if p.key == before[1].groups[0].members[0])
    change = groups.plan([replace(leaving, no_show=True)], "group.noshow")
    assert [r.round for r in change.rounds] == [2, 3]
    groups.apply(change)
    after = repo.rounds(proposal.block_uid)
    assert _members(after[0]) == _members(before[0])
    assert all(leaving.key not in g.members for r in after[1:] for g in r.groups)


def test_a_walk_in_is_seated_in_the_rounds_still_to_come(seed002_day):
    repo, blocks, proposal = seed002_day
    statuses = planned_statuses(blocks, oslo(12, 30), TZ)  # lunch: round 1 is over
    groups = LiveGroups(repo, None, lambda: statuses)
    walk_in = replace(repo.participants()[0], name="Ny Gjest", email="ny@example.no", municipality="Utsira",
                      attendance="onsite", walk_in=True, no_show=False)
    change = groups.plan([walk_in], "group.walkin")
    assert [r.round for r in change.rounds] == [2, 3]
    assert all(any(m.email == "ny@example.no" and m.from_room is None for m in r.moves) for r in change.rounds)
    groups.apply(change)
    rounds = repo.rounds(proposal.block_uid)
    assert "ny@example.no" not in {e for g in rounds[0].groups for e in g.members}
    assert all("ny@example.no" in {e for g in r.groups for e in g.members} for r in rounds[1:])


def test_cli_forms_rounds_in_their_blocks_and_repairs_from_a_round_on(store, event_path, seed002, capsys):
    AgendaRepository(store).import_draft(read_agenda(seed002, day=SEED002_YEAR_DAY))
    from controlroom.grouping.sample import sample_participants
    from controlroom.models.people_repo import PeopleRepository

    repo = PeopleRepository(store)
    repo.import_participants(sample_participants(40, seed=2))
    ev = str(event_path)
    assert main(["groups", "form", "--event", ev, "--block", "15", "--rounds", "3", "--round-mode", "mix,mix,return:1",
                 "--round-blocks", "15,17", "--json"]) == 2
    assert "--round-blocks" in capsys.readouterr().err
    assert main(["groups", "form", "--event", ev, "--block", "15", "--rounds", "3", "--round-mode", "mix,mix,return:1",
                 "--round-blocks", "15,17,19", "--json"]) == 0
    capsys.readouterr()
    blocks = AgendaRepository(store).blocks()
    uid = blocks[15].uid
    assert repo.round_blocks(uid) == {1: blocks[15].uid, 2: blocks[17].uid, 3: blocks[19].uid}
    round1 = _members(repo.rounds(uid)[0])
    gone = repo.rounds(uid)[1].groups[0].members[0]
    assert main(["participants", "noshow", gone, "--event", ev]) == 0
    assert main(["groups", "repair", "--event", ev, "--block", "15", "--round", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["round"] for r in out] == [2, 3]
    assert _members(repo.rounds(uid)[0]) == round1  # round 1 happened as it was


def test_someone_marked_present_again_gets_a_seat_in_the_rounds_still_to_come(seed002_day):
    repo, blocks, proposal = seed002_day
    statuses = planned_statuses(blocks, oslo(10, 50), TZ)
    groups = LiveGroups(repo, None, lambda: statuses)
    person = next(p for p in repo.participants() if p.attendance == "onsite")
    groups.apply(groups.plan([replace(person, no_show=True)], "group.noshow"))
    assert all(person.key not in {e for g in r.groups for e in g.members} for r in repo.rounds(proposal.block_uid))
    back = groups.plan([replace(person, no_show=False)], "group.present")
    assert all(any(m.email == person.key and m.from_room is None for m in r.moves) for r in back.rounds)
    groups.apply(back)
    rounds = repo.rounds(proposal.block_uid)
    assert all(person.key in {e for g in r.groups for e in g.members} for r in rounds)
    assert {g.room: sorted(g.members) for g in rounds[2].groups} == {g.room: sorted(g.members) for g in rounds[0].groups}
