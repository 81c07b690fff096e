"""A whole seed 001 day (Nettverkssamling 6. mai 2024, imported from the SessionLab export) run on a
fake clock through the service and the engine: overruns, a fixed-start dinner, pauses, added time,
undo/redo. Every projected start is checked at several instants against times worked out by hand."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from controlroom.importers import read_agenda
from controlroom.live.report import build_report
from controlroom.live.service import LiveService
from controlroom.models.agenda_repo import AgendaRepository

from .conftest import oslo

OSLO = ZoneInfo("Europe/Oslo")


def starts(st) -> list[str]:
    return [t.projected_start.astimezone(OSLO).strftime("%H:%M:%S").removesuffix(":00") for t in st.timings]


def hhmm(instant) -> str:
    return instant.astimezone(OSLO).strftime("%H:%M")


@pytest.fixture
def day(store, seed001, clock):
    draft = read_agenda(seed001)
    assert [b.minutes for b in draft.blocks] == [120, 15, 45, 45, 30, 120, 15, 30, 30, 20, 30, 10, 0, 120]
    AgendaRepository(store).import_draft(draft)
    return LiveService(store, clock)


def test_a_whole_seed001_day(day: LiveService, clock, store):
    svc = day
    at = clock.set
    plan = ["09:00", "11:00", "11:15", "12:00", "12:45", "13:15", "15:15", "15:30", "16:00", "16:30", "16:50",
            "17:20", "17:30", "19:00"]  # fmt: skip

    at(oslo(8, 55))
    st = svc.set_fixed(13, True)  # dinner at Hotel Victoria is booked for 19:00
    assert st.phase == "idle" and starts(st) == plan and st.offset_minutes == 0
    assert st.next_title == "Fylkeskommunenes samling" and hhmm(st.projected_day_end) == "21:00"

    at(oslo(9, 3))
    st = svc.start()
    assert st.current_index == 0 and st.offset_minutes == 3
    # three minutes late: lunch (a pause) absorbs it, KS starts on time
    assert starts(st)[:5] == ["09:03", "11:03", "11:18", "12:03", "12:45"]
    assert hhmm(st.timings[3].projected_end) == "12:45"

    at(oslo(10, 0))
    svc.pause()
    at(oslo(10, 4))
    st = svc.resume()
    assert st.remaining_seconds == 63 * 60 and st.offset_minutes == 7

    at(oslo(11, 7))
    st = svc.next()
    assert st.timings[0].status == "done" and st.timings[0].over_under_seconds == 4 * 60
    at(oslo(11, 10))
    st = svc.add_time(300)
    assert st.remaining_seconds == 17 * 60
    assert st.offset_minutes == 12  # "12 min bak skjema"
    assert starts(st)[1:6] == ["11:07", "11:27", "12:12", "12:45", "13:15"]
    at(oslo(11, 11))
    st = svc.undo()
    assert st.offset_minutes == 7 and starts(st)[2] == "11:22"
    at(oslo(11, 12))
    st = svc.redo()
    assert st.offset_minutes == 12 and starts(st)[2] == "11:27"

    at(oslo(11, 27))
    svc.next()
    at(oslo(12, 20))  # the talk overruns by 8 minutes
    st = svc.state()
    assert st.phase == "overtime" and st.remaining_seconds == -8 * 60
    assert starts(st)[3:6] == ["12:20", "12:45", "13:15"]  # lunch shrinks to 25 min, KS still on time

    svc.next()
    at(oslo(12, 50))  # lunch ran 30 minutes; KS starts 5 minutes late
    st = svc.next()
    assert st.current_title == "KS informerer" and st.offset_minutes == 5
    assert starts(st)[4:8] == ["12:50", "13:20", "15:20", "15:30"]

    at(oslo(13, 20))
    svc.next()
    at(oslo(13, 50))
    svc.pause()
    at(oslo(14, 20))  # a half-hour stop (the stream broke down)
    st = svc.resume()
    assert st.remaining_seconds == 90 * 60 and st.offset_minutes == 35
    assert starts(st)[5:] == ["13:20", "15:50", "15:57:30", "16:27:30", "16:57:30", "17:17:30", "17:47:30",
                              "17:57:30", "19:00"]  # fmt: skip
    assert hhmm(st.projected_day_end) == "21:00"

    at(oslo(15, 50))
    svc.next()
    at(oslo(15, 55))  # the host cuts the break to five minutes
    st = svc.next()
    assert st.current_title == "Forankring av bærekraft i plansystemet" and st.offset_minutes == 25
    for hh, mm in ((16, 25), (16, 55), (17, 15), (17, 45), (17, 55)):
        at(oslo(hh, mm))
        st = svc.next()
    # Next from the last real block ends the day: the end mark «Slutt» is never run.
    assert st.phase == "idle" and st.current_index is None and st.next_title == "Middag på Hotel Victoria"
    assert st.timings[11].status == "done" and hhmm(st.timings[11].actual_end) == "17:55"
    assert st.timings[12].title == "Slutt" and st.timings[12].status == "skipped"
    at(oslo(18, 30))
    st = svc.state()
    assert starts(st)[13] == "19:00" and st.offset_minutes == 0 and st.timings[13].fixed_start

    at(oslo(19, 2))
    svc.start()
    at(oslo(21, 10))
    st = svc.end_block()
    assert [t.status for t in st.timings] == ["done"] * 12 + ["skipped", "done"]

    rows = {r.index: r for r in build_report(store, clock).rows}
    assert (rows[0].actual_minutes, rows[0].difference_minutes) == (124.0, 4.0)  # pause included
    assert (rows[5].actual_minutes, rows[5].difference_minutes) == (150.0, 30.0)
    assert (rows[6].actual_minutes, rows[6].difference_minutes) == (5.0, -10.0)
    assert rows[1].added_minutes == 5 and rows[1].actual_minutes == 20
    assert rows[13].actual_start.strftime("%H:%M") == "19:02" and rows[13].actual_minutes == 128
