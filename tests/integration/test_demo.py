"""The demo event is a live-usable day: always today, with people and formed groups."""

from __future__ import annotations

from collections import Counter
from datetime import date

from controlroom.demo import DEMO_GROUP_BLOCK, DEMO_TITLE, ensure_demo_event
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository


def _read(path):
    store = EventStore.open(path, backup=False)
    try:
        agenda, people = AgendaRepository(store), PeopleRepository(store)
        blocks = agenda.blocks()
        gold = next(b for b in blocks if b.title == DEMO_GROUP_BLOCK)
        return agenda.event_info(), blocks, people.participants(), people.rounds(gold.uid)
    finally:
        store.close()


def test_demo_is_dated_the_day_asked_and_rebuilt_on_another_day(tmp_path):
    path = ensure_demo_event(tmp_path, today=date(2030, 3, 14))
    info, blocks, people, rounds = _read(path)
    assert (info.title, info.place, info.timezone) == (DEMO_TITLE, "Stavanger", "Europe/Oslo")
    assert {b.day for b in blocks} == {date(2030, 3, 14)} and len(blocks) == 14
    assert blocks[0].start.isoformat() == "09:00:00"  # the times of day are the organiser's
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_event(tmp_path, today=date(2030, 3, 14)) == path and path.stat().st_mtime_ns == stamp
    ensure_demo_event(tmp_path, today=date(2030, 3, 15))  # the next morning: a fresh demo for that day
    assert {b.day for b in _read(path)[1]} == {date(2030, 3, 15)}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo-nettverkssamling.krom"]


def test_demo_has_participants_and_groups_of_three_or_four(tmp_path):
    _info, _blocks, people, rounds = _read(ensure_demo_event(tmp_path, today=date(2030, 3, 14)))
    assert len(people) == 40 and all(p.email.endswith("@example.no") for p in people)
    assert set(Counter(p.attendance for p in people)) == {"onsite", "teams", "zoom"}
    assert len(rounds) == 1 and len(rounds[0].groups) >= 10
    municipality = {p.key: p.municipality for p in people}
    for group in rounds[0].groups:
        assert 3 <= len(group.members) <= 4
        assert max(Counter(municipality[m] for m in group.members).values()) <= 2
    assert rounds[0].groups[0].room == "Lysefjorden"  # the venue's named rooms


def test_a_broken_demo_file_is_rebuilt(tmp_path):
    (tmp_path / "demo-nettverkssamling.krom").write_bytes(b"not a database")
    path = ensure_demo_event(tmp_path, today=date(2030, 3, 14))
    assert len(_read(path)[1]) == 14


def test_yesterdays_demo_is_rebuilt_when_opened_again_but_other_events_are_not(tmp_path, store, event_path):
    from controlroom.demo import refresh_if_demo

    path = ensure_demo_event(tmp_path, today=date(2030, 3, 14))
    assert refresh_if_demo(path, today=date(2030, 3, 15)) == path  # e.g. the last-opened event
    assert {b.day for b in _read(path)[1]} == {date(2030, 3, 15)}
    AgendaRepository(store).ensure_event(title="Styremøte")
    assert refresh_if_demo(event_path, today=date(2030, 3, 15)) == event_path
    assert AgendaRepository(store).event_info().title == "Styremøte"
