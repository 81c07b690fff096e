"""Which event the window opens at start: the last one, else (or with --demo) the demo."""

from __future__ import annotations

import argparse

from controlroom.ui.event_opening import choose_event_path
from ui_agenda.conftest import blocks_in_file


def _args(**kw) -> argparse.Namespace:
    return argparse.Namespace(event=kw.get("event"), demo=kw.get("demo", False))


def test_explicit_file_wins(settings, agenda_file, tmp_path):
    settings.setValue("recent/last", str(agenda_file))
    other = tmp_path / "annen.krom"
    assert choose_event_path(_args(event=other), settings) == other


def test_last_event_is_reopened(settings, agenda_file):
    settings.setValue("recent/last", str(agenda_file))
    assert choose_event_path(_args(), settings) == agenda_file


def test_first_run_and_demo_flag_open_the_demo(settings, agenda_file, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    first = choose_event_path(_args(), settings)  # nothing remembered: the demo
    assert first.name == "demo-nettverkssamling.krom" and tmp_path in first.parents
    blocks = blocks_in_file(first)
    assert len(blocks) == 14 and blocks[0].title == "Fylkeskommunenes samling"
    assert {b.category for b in blocks} >= {"Diskusjon", "Innlegg", "Pause", "Workshop"}
    settings.setValue("recent/last", str(agenda_file))
    assert choose_event_path(_args(demo=True), settings) == first  # --demo forces the demo
