"""Live repair keeps fixed placements and must-not-share pairs, or says which rule and why (nothing applied)."""

from __future__ import annotations

import json

import pytest

from controlroom.cli import main
from controlroom.grouping.repair import RuleConflict, repair_round
from controlroom.grouping.sample import sample_participants, write_registration_csv
from controlroom.grouping.types import Group, Participant
from controlroom.models import EventStore
from controlroom.models.people_repo import PeopleRepository


def _people(n: int) -> dict[str, Participant]:
    return {f"p{i}@x.no": Participant(f"P {i}", f"p{i}@x.no", municipality=f"M{i}", attendance="onsite")
            for i in range(n)}


def _walk(ppl: dict[str, Participant], email: str = "ny@x.no") -> Participant:
    w = Participant("Ny", email, municipality="M99", attendance="onsite", walk_in=True)
    ppl[w.key] = w
    return w


def _where(out: list[Group], email: str) -> str:
    return next(g.room for g in out if email in g.members)


def test_walk_in_never_joins_someone_they_must_not_share_with():
    ppl = _people(7)
    w = _walk(ppl)
    groups = [Group("Rom 1", "onsite", ["p0@x.no", "p1@x.no", "p2@x.no"]),
              Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no", "p6@x.no"])]
    # Without the rule the walk-in takes Rom 1's free seat; with it, Rom 1 is off limits, so one member
    # of the full Rom 2 moves to Rom 1's free seat and the walk-in takes theirs: one move, not a new group.
    out, moves = repair_round(groups, ppl, absent=set(), walk_ins=[w], min_size=3, max_size=4, k=2)
    assert _where(out, "ny@x.no") == "Rom 1"
    out, moves = repair_round(groups, ppl, absent=set(), walk_ins=[w], min_size=3, max_size=4, k=2,
                              apart=[("ny@x.no", "p1@x.no")])
    room = _where(out, "ny@x.no")
    assert "p1@x.no" not in next(g for g in out if g.room == room).members
    assert sorted(len(g.members) for g in out) == [4, 4]
    assert len([m for m in moves if m.from_room is not None]) == 1


def test_fixed_people_are_never_moved_and_a_donor_is_taken_elsewhere():
    ppl = _people(11)
    groups = [Group("Rom 1", "onsite", ["p0@x.no", "p1@x.no", "p2@x.no"]),
              Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no", "p6@x.no"]),
              Group("Rom 3", "onsite", ["p7@x.no", "p8@x.no", "p9@x.no", "p10@x.no"])]
    fixed = {f"p{i}@x.no": "Rom 2" for i in range(3, 7)}
    out, moves = repair_round(groups, ppl, absent={"p0@x.no"}, walk_ins=[], min_size=3, max_size=4, k=2,
                              fixed=fixed)
    [shift] = [m for m in moves if m.from_room and m.to_room]
    assert shift.from_room == "Rom 3" and shift.to_room == "Rom 1"
    assert all(_where(out, e) == "Rom 2" for e in fixed)


def test_group_with_a_fixed_member_is_filled_not_dissolved():
    ppl = _people(10)
    groups = [Group("Rom 1", "onsite", ["p0@x.no", "p1@x.no", "p2@x.no"]),
              Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no"]),
              Group("Rom 3", "onsite", ["p6@x.no", "p7@x.no", "p8@x.no", "p9@x.no"])]
    # Dissolving Rom 1 (one move) would beat filling it (two), but p2 is fixed in Rom 1.
    out, moves = repair_round(groups, ppl, absent={"p0@x.no", "p1@x.no"}, walk_ins=[], min_size=2, max_size=4,
                              k=2, fixed={"p2@x.no": "Rom 1"})
    assert _where(out, "p2@x.no") == "Rom 1"
    assert not [m for m in moves if m.email == "p2@x.no"]


def test_fixed_walk_in_joins_their_room_or_the_conflict_is_named():
    ppl = _people(7)
    w = _walk(ppl)
    groups = [Group("Rom 1", "onsite", ["p0@x.no", "p1@x.no", "p2@x.no"]),
              Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no"])]
    out, _ = repair_round(groups, ppl, absent=set(), walk_ins=[w], min_size=3, max_size=4, k=2,
                          fixed={"ny@x.no": "Rom 2"})
    assert _where(out, "ny@x.no") == "Rom 2"
    full = [Group("Rom 1", "onsite", ["p0@x.no", "p1@x.no", "p2@x.no"]),
            Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no", "p6@x.no"])]
    with pytest.raises(RuleConflict, match="ny@x.no har fast plass i Rom 2"):
        repair_round(full, ppl, absent=set(), walk_ins=[w], min_size=3, max_size=4, k=2,
                     fixed={"ny@x.no": "Rom 2"})


def test_unkeepable_rule_is_named_before_anything_is_applied():
    ppl = _people(6)
    groups = [Group("Rom 1", "onsite", ["p0@x.no", "p1@x.no", "p2@x.no"]),
              Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no"])]
    # Rom 1 loses one person; the only candidates that could fill it must not share with p1 / are fixed.
    apart = [("p1@x.no", e) for e in ("p3@x.no", "p4@x.no")]
    with pytest.raises(RuleConflict, match="Rom 1 mangler folk"):
        repair_round([*groups[:1], Group("Rom 2", "onsite", ["p3@x.no", "p4@x.no", "p5@x.no", "p0@x.no"])],
                     ppl, absent={"p2@x.no"}, walk_ins=[], min_size=3, max_size=4, k=2,
                     apart=apart, fixed={"p5@x.no": "Rom 2", "p0@x.no": "Rom 2"})


@pytest.fixture
def event_with_rules(tmp_path, store, block_uid, event_path):
    csv_path = write_registration_csv(tmp_path / "påmelding.csv", sample_participants(40, seed=2))
    assert main(["participants", "import", str(csv_path), "--event", str(event_path)]) == 0
    return event_path


def _groups(path, block_uid):
    store = EventStore.open(path)
    try:
        return PeopleRepository(store).rounds(block_uid)[0].groups
    finally:
        store.close()


def test_cli_repair_keeps_fixed_and_apart(event_with_rules, capsys, block_uid):
    path = str(event_with_rules)
    main(["groups", "form", "--event", path, "--block", "1", "--json"])
    onsite = [g for g in json.loads(capsys.readouterr().out)["rounds"][0]["groups"] if g["pool"] == "onsite"]
    keeper, room = onsite[1]["members"][0], onsite[1]["room"]
    a, b = onsite[0]["members"][1], onsite[2]["members"][1]
    assert main(["groups", "form", "--event", path, "--block", "1", "--fix", f"{keeper}={room}",
                 "--apart", f"{a},{b}", "--json"]) == 0
    formed = [g for g in json.loads(capsys.readouterr().out)["rounds"][0]["groups"] if g["pool"] == "onsite"]
    # Empty most of two groups (not the keeper's, not a's or b's): their last members must be moved.
    victims = [g for g in formed if not {keeper, a, b} & set(g["members"])][:2]
    gone = [e for g in victims for e in g["members"][:2]]
    assert main(["participants", "noshow", *gone, "--event", path]) == 0
    capsys.readouterr()
    assert main(["groups", "repair", "--event", path, "--block", "1", "--json"]) == 0
    moves = json.loads(capsys.readouterr().out)[0]["moves"]
    assert [m for m in moves if m["from"] and m["to"]], "the repair had to move someone"
    assert keeper not in {m["email"] for m in moves}
    groups = _groups(event_with_rules, block_uid)
    assert keeper in next(g for g in groups if g.room == room).members
    assert not any(a in g.members and b in g.members for g in groups)
    assert all(3 <= len(g.members) <= 4 for g in groups)


def test_cli_repair_conflict_exits_2_names_the_rule_and_saves_nothing(event_with_rules, capsys, block_uid):
    path = str(event_with_rules)
    main(["groups", "form", "--event", path, "--block", "1", "--json"])
    onsite = [g for g in json.loads(capsys.readouterr().out)["rounds"][0]["groups"] if g["pool"] == "onsite"]
    fixes = [x for g in onsite for e in g["members"] for x in ("--fix", f"{e}={g['room']}")]
    assert main(["groups", "form", "--event", path, "--block", "1", *fixes, "--json"]) == 0
    before = _groups(event_with_rules, block_uid)
    target = next(g for g in before if g.pool == "onsite")
    assert main(["participants", "noshow", *target.members[:len(target.members) - 2], "--event", path]) == 0
    capsys.readouterr()
    assert main(["groups", "repair", "--event", path, "--block", "1", "--json"]) == 2
    err = capsys.readouterr().err
    assert f"{target.room} mangler folk" in err and "faste plasseringer" in err
    assert [g.members for g in _groups(event_with_rules, block_uid)] == [g.members for g in before]
