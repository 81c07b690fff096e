"""The pure engine: fold of hand-written run logs over hand-written agendas at chosen instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from controlroom.agenda.types import BlockData
from controlroom.live import runlog as k
from controlroom.live.engine import fold, prepare, project, replay
from controlroom.live.runlog import ActionRecord

from .conftest import DAY, oslo, seed001_blocks

OSLO = ZoneInfo("Europe/Oslo")


class Log:
    """Builds a run log by hand, as ``RunLog`` would store it."""

    def __init__(self) -> None:
        self.actions: list[ActionRecord] = []

    def add(self, at: datetime, kind: str, uid: str | None = None, target: int | None = None, **payload) -> int:
        rec = ActionRecord(len(self.actions) + 1, at, kind, uid, payload, target)
        self.actions.append(rec)
        return rec.id


def block(hhmm: str, minutes: int, title: str, day: date = DAY, **kw) -> BlockData:
    h, m = map(int, hhmm.split(":"))
    return BlockData(day=day, start=time(h, m), minutes=minutes, title=title, uid=title, **kw)


def local(instant: datetime) -> str:
    return instant.astimezone(OSLO).strftime("%H:%M")


def test_nothing_logged_is_idle_and_projects_the_plan():
    st = fold(seed001_blocks(), [], oslo(8, 30))
    assert st.phase == "idle" and not st.running and st.current_index is None
    assert st.next_index == 0 and st.next_title == "Fylkeskommunenes samling"
    assert [local(t.projected_start) for t in st.timings[:3]] == ["09:00", "11:00", "11:15"]
    assert st.offset_minutes == 0
    assert local(st.projected_day_end) == "21:00"


def test_remaining_excludes_pauses_and_counts_downtime():
    blocks = [block("09:00", 30, "A"), block("09:30", 30, "B")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    log.add(oslo(9, 10), k.PAUSE)
    log.add(oslo(9, 15), k.RESUME)
    # the app died at 09:16 and came back at 09:20: nothing logged, the block still ran
    st = fold(blocks, log.actions, oslo(9, 20))
    assert st.running and st.current_index == 0
    assert st.elapsed_seconds == 15 * 60
    assert st.remaining_seconds == 15 * 60
    # the 5-minute pause pushes B by 5 minutes
    assert local(st.timings[1].projected_start) == "09:35"
    assert st.offset_minutes == 5


def test_paused_block_keeps_pushing_while_paused():
    blocks = [block("09:00", 30, "A"), block("09:30", 30, "B")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    log.add(oslo(9, 10), k.PAUSE)
    st = fold(blocks, log.actions, oslo(9, 40))
    assert st.paused and not st.running and st.phase == "paused"
    assert st.remaining_seconds == 20 * 60
    assert local(st.timings[0].projected_end) == "10:00"
    assert st.offset_minutes == 30


def test_overrun_pushes_following_blocks_and_gap_absorbs():
    blocks = [block("09:00", 30, "A"), block("09:30", 30, "B"), block("10:15", 30, "C"), block("10:45", 15, "D")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    st = fold(blocks, log.actions, oslo(9, 40))
    assert st.phase == "overtime" and st.remaining_seconds == -600
    assert [local(t.projected_start) for t in st.timings] == ["09:00", "09:40", "10:15", "10:45"]
    assert st.offset_minutes == 10
    # 25 minutes over: the 15-minute gap absorbs 15, C and D run 10 minutes late
    st = fold(blocks, log.actions, oslo(9, 55))
    assert [local(t.projected_start) for t in st.timings] == ["09:00", "09:55", "10:25", "10:55"]
    assert st.timings[2].delay_minutes == 10


def test_fixed_start_is_never_pushed_and_overlap_is_flagged():
    blocks = [block("09:00", 60, "A"), block("10:00", 30, "Hard stopp", fixed_start=True), block("10:30", 30, "C")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    st = fold(blocks, log.actions, oslo(10, 5))
    fixed = st.timings[1]
    assert fixed.fixed_start and local(fixed.projected_start) == "10:05"  # cannot start in the past...
    assert fixed.overlap_seconds == 0
    st = fold(blocks, log.actions, oslo(9, 50))
    log.add(oslo(9, 50), k.ADD_TIME, "A", seconds=20 * 60)
    st = fold(blocks, log.actions, oslo(9, 50))
    assert local(st.timings[0].projected_end) == "10:20"
    assert local(st.timings[1].projected_start) == "10:00"  # ...but is not pushed
    assert st.timings[1].overlap_seconds == 20 * 60
    assert local(st.timings[2].projected_start) == "10:30"


def test_pause_block_shrinks_to_absorb_delay_but_not_below_half():
    blocks = [block("09:00", 30, "A"), block("09:30", 20, "Kaffe", category="Pause"), block("09:50", 30, "C")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    st = fold(blocks, log.actions, oslo(9, 38))
    assert local(st.timings[1].projected_start) == "09:38"
    assert local(st.timings[1].projected_end) == "09:50"
    assert local(st.timings[2].projected_start) == "09:50"
    st = fold(blocks, log.actions, oslo(9, 45))  # 15 late: the break keeps 10 of its 20 minutes
    assert local(st.timings[1].projected_end) == "09:55"
    assert local(st.timings[2].projected_start) == "09:55"


@pytest.mark.parametrize(
    ("minutes", "warn", "danger"),
    [(60, 300, 60), (10, 150, 60), (4, 60, 24)],
)
def test_default_thresholds_scale_for_short_blocks(minutes, warn, danger):
    st = fold([block("09:00", minutes, "A")], [ActionRecord(1, oslo(9, 0), k.START, "A")], oslo(9, 0))
    assert (st.warn_seconds, st.danger_seconds) == (warn, danger)


def test_phases_follow_per_block_thresholds():
    blocks = [block("09:00", 10, "A", warn_seconds=120, danger_seconds=30)]
    actions = [ActionRecord(1, oslo(9, 0), k.START, "A")]
    phases = [fold(blocks, actions, oslo(9, 0) + timedelta(seconds=s)).phase for s in (0, 479, 481, 569, 571, 601)]
    assert phases == ["default", "default", "warning", "warning", "danger", "overtime"]


def test_next_previous_goto_mark_done_and_skipped():
    blocks = [block("09:00", 10, "A"), block("09:10", 10, "B"), block("09:20", 10, "C"), block("09:30", 10, "D")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    log.add(oslo(9, 12), k.START, "C", via="goto")
    st = fold(blocks, log.actions, oslo(9, 15))
    assert [t.status for t in st.timings] == ["done", "skipped", "running", "upcoming"]
    assert st.timings[0].actual_seconds == 12 * 60 and st.timings[0].over_under_seconds == 120
    assert st.next_index == 3
    # previous from C starts B (never run); C keeps its actual times as done
    log.add(oslo(9, 16), k.START, "B", via="previous")
    st = fold(blocks, log.actions, oslo(9, 17))
    assert [t.status for t in st.timings] == ["done", "running", "done", "upcoming"]


def test_end_leaves_nothing_running_and_next_block_waits():
    blocks = [block("09:00", 10, "A"), block("09:10", 10, "B")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    log.add(oslo(9, 8), k.END)
    st = fold(blocks, log.actions, oslo(9, 9))
    assert st.phase == "idle" and st.current_index is None and st.next_index == 1
    assert local(st.timings[1].projected_start) == "09:10"
    st = fold(blocks, log.actions, oslo(9, 13))
    assert local(st.timings[1].projected_start) == "09:13" and st.offset_minutes == 3


def test_undo_and_redo_in_the_log():
    blocks = [block("09:00", 10, "A"), block("09:10", 10, "B")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    added = log.add(oslo(9, 1), k.ADD_TIME, "A", seconds=300)
    log.add(oslo(9, 2), k.UNDO, target=added)
    st = fold(blocks, log.actions, oslo(9, 3))
    assert st.remaining_seconds == 7 * 60 and st.can_redo and st.can_undo
    log.add(oslo(9, 4), k.REDO, target=added)
    st = fold(blocks, log.actions, oslo(9, 5))
    assert st.remaining_seconds == 10 * 60 and not st.can_redo


def test_unknown_kinds_are_ignored():
    blocks = [block("09:00", 10, "A")]
    log = Log()
    log.add(oslo(9, 0), k.START, "A")
    log.add(oslo(9, 1), "cue.fired", "A", cue=7)
    log.add(oslo(9, 2), "group.moved", None, person="Kari")
    st = fold(blocks, log.actions, oslo(9, 3))
    assert st.running and st.remaining_seconds == 7 * 60 and st.last_action_id == 3


def test_message_blackout_and_auto_follow():
    blocks = [block("09:00", 30, "A"), block("09:30", 30, "B")]
    log = Log()
    log.add(oslo(8, 0), k.MESSAGE, text="2 minutter igjen")
    log.add(oslo(8, 0), k.BLACKOUT, on=True)
    log.add(oslo(8, 0), k.AUTO_FOLLOW, on=True)
    st = fold(blocks, log.actions, oslo(9, 40))
    assert st.message == "2 minutter igjen" and st.blackout
    assert st.following_clock and st.current_index == 1 and st.remaining_seconds == 20 * 60
    assert st.timings[0].status == "done" and st.offset_minutes == 0
    st = fold(blocks, log.actions, oslo(8, 59))
    assert st.current_index is None and st.phase == "idle"
    log.add(oslo(9, 45), k.START, "A")  # started by hand: the hand wins over the clock
    st = fold(blocks, log.actions, oslo(9, 46))
    assert st.current_index == 0 and not st.following_clock


def test_block_across_the_2024_dst_change_in_oslo():
    """Clocks went back 03:00 CEST -> 02:00 CET on 27 Oct 2024: 01:30 + 120 min ends 02:30 CET."""
    day = date(2024, 10, 27)
    blocks = [block("01:30", 120, "Nattkino", day=day), block("04:00", 30, "Frokost", day=day)]
    plan = prepare(blocks, "Europe/Oslo")
    assert plan.blocks[0].start == datetime(2024, 10, 26, 23, 30, tzinfo=UTC)
    start = plan.blocks[0].start
    st = project(plan, replay([ActionRecord(1, start, k.START, "Nattkino")]), start + timedelta(minutes=60))
    assert st.remaining_seconds == 60 * 60
    end = st.timings[0].projected_end.astimezone(OSLO)
    assert (end.hour, end.minute, end.utcoffset()) == (2, 30, timedelta(hours=1))
    # 04:00 CET is 03:00 UTC: 3 h 30 min after 01:30 CEST, not 2 h 30 min
    assert plan.blocks[1].start - plan.blocks[0].start == timedelta(hours=3, minutes=30)


def test_multi_day_days_are_real_dates_and_day_end_is_per_day():
    d1, d2 = date(2024, 5, 6), date(2024, 5, 7)
    blocks = [block("09:00", 60, "A", day=d1), block("15:00", 60, "B", day=d1), block("09:00", 60, "C", day=d2)]
    log = Log()
    log.add(oslo(9, 0, day=d1), k.START, "A")
    st = fold(blocks, log.actions, oslo(9, 30, day=d1))
    assert st.current_day == d1 and local(st.projected_day_end) == "16:00"
    log.add(oslo(15, 30, day=d1), k.START, "B", via="next")
    st = fold(blocks, log.actions, oslo(17, 0, day=d1))  # B overruns by an hour: day 2 is not pushed
    assert local(st.projected_day_end) == "17:00"
    assert st.timings[2].projected_start == oslo(9, 0, day=d2)
    # opening on day 2 with nothing of day 1 logged: day 1 is history, not a pile of late blocks
    st = fold(blocks, [], oslo(8, 0, day=d2))
    assert [t.status for t in st.timings] == ["skipped", "skipped", "upcoming"] and st.next_index == 2


def test_incremental_fold_and_cached_projection_equal_a_fresh_fold():
    from controlroom.live.engine import replay_more

    blocks = seed001_blocks()
    log = Log()
    log.add(oslo(9, 3), k.START, "b00")
    log.add(oslo(10, 0), k.PAUSE)
    log.add(oslo(10, 4), k.RESUME)
    log.add(oslo(10, 5), "cue.fired", "b00")
    log.add(oslo(11, 7), k.START, "b01", via="next")
    log.add(oslo(11, 10), k.ADD_TIME, "b01", seconds=300)
    log.add(oslo(11, 30), k.START, "b03", via="goto")
    plan = prepare(blocks, "Europe/Oslo")
    timer = replay(log.actions[:3])
    assert replay_more(timer, log.actions[3:])
    for minute in (31, 31, 40, 59):  # the same plan (and its cache) used again and again
        now = oslo(11, minute)
        assert project(plan, timer, now) == fold(blocks, log.actions, now)
    undo = ActionRecord(99, oslo(11, 45), k.UNDO, None, {}, 7)
    assert not replay_more(timer, [undo])  # undo rewrites history: the caller replays all
