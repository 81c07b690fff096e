"""The Qt-free agenda service: change events and parsing of what the host types."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from controlroom.application.agenda import (
    AgendaReset,
    BlockChanged,
    BlocksInserted,
    BlocksRemoved,
    format_minutes,
    parse_clock,
    parse_minutes,
)
from ui_agenda.conftest import BLOCKS, blocks_in_file


def test_service_reads_the_agenda_in_order(service):
    titles = [b.title for b in service.blocks()]
    assert titles == [b.title for b in BLOCKS]
    assert service.position_in_day(service.blocks()[5].uid) == 1


def test_service_emits_precise_events_and_saves(service, agenda_file):
    events = []
    service.subscribe(events.append)
    first = service.blocks()[1]
    service.update(replace(first, title="Velkommen"))
    assert events == [BlockChanged(1, replace(first, title="Velkommen"))]
    assert blocks_in_file(agenda_file)[1].title == "Velkommen"

    events.clear()
    data, position = service.delete(first.uid)
    assert (position, events) == (1, [BlocksRemoved(1, 1)])

    events.clear()
    service.add(replace(data, id=None), position)
    assert len(events) == 1 and isinstance(events[0], BlocksInserted)
    assert events[0].index == 1 and events[0].blocks[0].uid == first.uid

    events.clear()
    service.move(first.uid, 0)
    assert [type(e) for e in events] == [BlocksRemoved, BlocksInserted]
    assert [b.uid for b in service.blocks()[:2]] == [first.uid, service.blocks()[1].uid]
    assert blocks_in_file(agenda_file)[0].uid == first.uid


def test_unsubscribe_stops_events(service):
    events = []
    unsubscribe = service.subscribe(events.append)
    unsubscribe()
    service.move(service.blocks()[0].uid, 2)
    assert events == []


def test_new_category_resets(service):
    events = []
    service.subscribe(events.append)
    b = service.blocks()[0]
    service.update(replace(b, category="Kaffeprat"))
    assert isinstance(events[-1], AgendaReset)
    assert "Kaffeprat" in service.categories()


@pytest.mark.parametrize(
    ("text", "expected"), [("09:00", time(9)), ("9.30", time(9, 30)), ("0915", time(9, 15)), (" 23:59 ", time(23, 59))]
)
def test_parse_clock(text, expected):
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [("25:00", "timen må være mellom 00 og 23"), ("9:75", "minuttene må være mellom 00 og 59"),
     ("kl ni", "er ikke et klokkeslett")],
)
def test_parse_clock_refuses_with_norwegian_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_clock(text)


@pytest.mark.parametrize(
    ("text", "minutes"), [("45", 45), ("45m", 45), ("1t 30m", 90), ("2h 00m", 120), ("1:30", 90), ("0", 0)]
)
def test_parse_minutes(text, minutes):
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["2h 70m", "", "lenge", "25t"])
def test_parse_minutes_refuses(text):
    with pytest.raises(ValueError, match="«"):
        parse_minutes(text)


def test_format_minutes():
    assert [format_minutes(m) for m in (15, 60, 135)] == ["15m", "1t 00m", "2t 15m"]
