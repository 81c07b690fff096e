"""The planned-versus-actual report after Previous and Go to: a block run twice is shown as its
segments, and no two rows overlap in time. Real service, real event file, fake clock; the command
line report runs as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise

from controlroom.live.report import build_report
from controlroom.live.service import LiveService

from .conftest import oslo


def run_a_morning_with_a_step_back(store, clock) -> None:
    """09:00 block 0; 09:30 Next → 1; 09:40 Previous → 0 again; 09:50 Go to 2; 10:00 Go to 1
    again; 10:05 end."""
    service = LiveService(store, clock, "test")
    clock.set(oslo(9, 0))
    service.start()
    clock.set(oslo(9, 30))
    service.next()
    clock.set(oslo(9, 40))
    service.previous()
    clock.set(oslo(9, 50))
    service.goto(2)
    clock.set(oslo(10, 0))
    service.goto(1)
    clock.set(oslo(10, 5))
    service.end_block()


def assert_no_overlap(rows) -> None:
    stretches = sorted((r.actual_start, r.actual_end) for r in rows if r.actual_start is not None)
    for (_, end), (start, _) in pairwise(stretches):
        assert end is not None and end <= start


def test_a_block_run_twice_is_shown_as_its_segments(seed_store, clock):
    run_a_morning_with_a_step_back(seed_store, clock)
    rows = build_report(seed_store, clock).rows
    first = [r for r in rows if r.index == 0]
    assert [(r.segment, r.segments) for r in first] == [(1, 2), (2, 2)]
    assert [(r.actual_start.strftime("%H:%M"), r.actual_end.strftime("%H:%M")) for r in first] == [
        ("09:00", "09:30"), ("09:40", "09:50")
    ]
    assert [r.actual_minutes for r in first] == [30, 10]
    # the plan (120 min) is compared once, with both segments together, on the last one
    assert [r.difference_minutes for r in first] == [None, -80]
    second = [r for r in rows if r.index == 1]
    assert [(r.actual_start.strftime("%H:%M"), r.actual_end.strftime("%H:%M")) for r in second] == [
        ("09:30", "09:40"), ("10:00", "10:05")
    ]
    assert_no_overlap(rows)


def test_a_block_run_once_keeps_one_row(seed_store, clock):
    run_a_morning_with_a_step_back(seed_store, clock)
    third = [r for r in build_report(seed_store, clock).rows if r.index == 2]
    assert len(third) == 1 and third[0].segment == 0
    assert (third[0].actual_minutes, third[0].difference_minutes) == (10, -35)


def test_the_running_segment_is_open(seed_store, clock):
    service = LiveService(seed_store, clock, "test")
    clock.set(oslo(9, 0))
    service.start()
    clock.set(oslo(9, 20))
    service.next()
    clock.set(oslo(9, 25))
    service.previous()
    clock.set(oslo(9, 40))
    rows = [r for r in build_report(seed_store, clock).rows if r.index == 0]
    assert [(r.status, r.actual_minutes) for r in rows] == [("done", 20), ("running", None)]
    assert rows[1].actual_end is None
    assert_no_overlap(build_report(seed_store, clock).rows)


def test_the_command_line_report_shows_the_segments(seed_store, clock, tmp_path):
    run_a_morning_with_a_step_back(seed_store, clock)
    event = seed_store.path
    seed_store.close()
    env = dict(os.environ, HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-m", "controlroom", "report", str(event), "--json"],
        capture_output=True, text=True, env=env, check=True, timeout=120,
    )
    blocks = json.loads(out.stdout)["blocks"]
    first = [b for b in blocks if b["index"] == 0]
    assert [(b["segment"], b["segments"], b["actual_minutes"]) for b in first] == [(1, 2, 30.0), (2, 2, 10.0)]
    csv_path = tmp_path / "kjoreplan.csv"
    subprocess.run(
        [sys.executable, "-m", "controlroom", "report", str(event), "--csv", "--out", str(csv_path)],
        capture_output=True, text=True, env=env, check=True, timeout=120,
    )
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert sum("Fylkeskommunenes samling (del" in line for line in lines) == 2
