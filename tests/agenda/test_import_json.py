"""Kontrollrom's own JSON: every BlockData field and the event's title/zone/place/categories round-trip."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

import pytest

from controlroom.agenda import AgendaDraft, BlockData
from controlroom.application.agenda_files import export_agenda
from controlroom.cli.agenda_cmds import import_into
from controlroom.errors import BadInputError
from controlroom.importers import read_agenda
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository


def _full_draft() -> AgendaDraft:
    blocks = [
        BlockData(day=date(2024, 5, 6), start=time(9, 0), minutes=120, title="Fylkeskommunenes «samling»",
                  description="Linje 1\n\nLinje 2 med \"anførsel\"", category="Diskusjon", assigned=["Åse Ørn", "Bjørn Æ"],
                  notes="Streames ikke\nNotat", streamed=False, location="onsite", fixed_start=True,
                  warn_seconds=300, danger_seconds=60, uid="a" * 32),
        BlockData(day=date(2024, 5, 6), start=time(11, 0), minutes=0, title="Slutt", streamed=None, location="both",
                  uid="b" * 32),
        BlockData(day=date(2024, 5, 7), start=time(23, 30), minutes=45, title="Nattøkt", category="Nattlig",
                  assigned=["X Y"], streamed=True, location="online", uid="c" * 32),
    ]
    categories = {"Diskusjon": "#112233", "Innlegg": "#E5A823", "Pause": "#9AA5B1", "Workshop": "#5BB974",
                  "Nattlig": "#ABCDEF"}
    return AgendaDraft(title="Testdag i Tromsø", timezone="Europe/Stockholm", place="Tromsø", blocks=blocks,
                       categories=categories)


def _strip(blocks: list[BlockData]) -> list[BlockData]:
    return [replace(b, id=None, source_line=None) for b in blocks]


def test_round_trip_every_field(tmp_path):
    first = EventStore.open(tmp_path / "a.krom", create=True)
    repo = AgendaRepository(first)
    repo.import_draft(_full_draft())
    repo.set_category_color("Diskusjon", "#112233")  # an existing category keeps its colour on import; edit it
    out = tmp_path / "agenda.json"
    export_agenda(first, "json", out)
    original = repo.blocks(), repo.event_info(), repo.categories()
    first.close()

    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("kontrollrom-agenda", 1)
    assert set(doc["blocks"][0]) == {"uid", "day", "start", "minutes", "title", "description", "category", "assigned",
                                     "notes", "streamed", "location", "fixed_start", "warn_seconds", "danger_seconds"}

    draft = read_agenda(out)
    assert draft.source == "json"
    assert (draft.title, draft.timezone, draft.place) == ("Testdag i Tromsø", "Europe/Stockholm", "Tromsø")
    assert _strip(draft.blocks) == _strip(original[0])
    assert draft.categories["Diskusjon"] == "#112233" and draft.categories["Nattlig"] == "#ABCDEF"

    assert import_into(draft, tmp_path / "b.krom")  # the CLI's path: a new event takes the file's colours
    second = EventStore.open(tmp_path / "b.krom")
    repo2 = AgendaRepository(second)
    assert _strip(repo2.blocks()) == _strip(original[0])
    assert repo2.event_info() == original[1]
    assert repo2.categories() == original[2]
    second.close()


def _doc(**block) -> dict:
    base = {"uid": "", "day": "2024-05-06", "start": "09:00", "minutes": 30, "title": "A"}
    return {"format": "kontrollrom-agenda", "version": 1, "title": "T", "timezone": "Europe/Oslo",
            "blocks": [{"day": "2024-05-06", "start": "08:00", "minutes": 30, "title": "Først"}, {**base, **block}]}


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ({"start": "25:00"}, "Ugyldig klokkeslett «25:00»"),
        ({"start": "9:75"}, "Ugyldig klokkeslett «9:75»"),
        ({"minutes": -5}, "negativ"),
        ({"minutes": "30"}, "«minutes» har verdien \"30\""),
        ({"day": "2024-13-01"}, "Ugyldig dato"),
        ({"streamed": "ja"}, "«streamed»"),
        ({"location": "månen"}, "location"),
        ({"title": ""}, "mangler tittel"),
    ],
)
def test_bad_blocks_name_the_line_of_the_block(tmp_path, block, expected):
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(_doc(**block), indent=2, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    # the second block's "{" is on line 13 of the indented document
    assert str(err.value).startswith(f"{path}:13: "), str(err.value)
    assert expected in str(err.value)


def test_syntax_error_has_line(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_text('{\n  "format": "kontrollrom-agenda",\n  "version": 1,\n  "blocks": [,]\n}\n', encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:4: Ugyldig JSON")


def test_foreign_json_and_newer_version_are_refused(tmp_path):
    other = tmp_path / "annen.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(BadInputError, match="ikke en Kontrollrom-agenda"):
        read_agenda(other)
    newer = tmp_path / "ny.json"
    newer.write_text('{"format": "kontrollrom-agenda", "version": 7, "blocks": []}', encoding="utf-8")
    with pytest.raises(BadInputError, match="nyere Kontrollrom"):
        read_agenda(newer)


def test_duplicate_uid_is_refused(tmp_path):
    doc = _doc(uid="abc")
    doc["blocks"][0]["uid"] = "abc"
    path = tmp_path / "dobbel.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    with pytest.raises(BadInputError, match="abc"):
        read_agenda(path)
