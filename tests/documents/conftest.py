"""A real event file for the printed documents: the sample agenda, a few hundred inputs with #tags,
participants with long names and organisations, two rounds of groups in named rooms, group notes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from controlroom.grouping.rooms import RoomSpec
from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.grouping.types import Participant, RoundMode
from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.models.people_repo import PeopleRepository

ROOMS = ("Lysefjorden", "Preikestolen", "Kjerag", "Ryfylke", "Jæren", "Dalane")
#: People whose names and organisations are longer than a column of a printed list (one word no cell holds).
LONG_NAMED = [
    Participant("Maximiliane Konstantinopolous-Bjørnstjerne Haraldsdatter", "maximiliane@example.no",
                "Nordre Follo kommune, avdeling for kultur, frivillighet og inkludering", "Nordre Follo"),
    Participant("Åsmund Vestre-Kvinnherad Torkildsen", "asmund@example.no",
                "Trøndelagfylkeskommunesamferdselsavdelingenforvaltningsseksjonen", "Trondheim"),
    Participant("Ragnhild Sofie Bjørnstad-Ellingsen", "ragnhild@example.no",
                "Frivillighetssentralen i Sandnes, Stavanger, Sola og Randaberg", "Sandnes"),
]
GROUP_BLOCK = 3  # "Arbeidsgrupper første runde" in the sample agenda


def pdf_pages(path: Path, *options: str) -> list[str]:
    """The text of each page of a PDF as ``pdftotext`` reads it (``-layout`` keeps columns apart)."""
    out = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.fixture(scope="session")
def poppler() -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")


@pytest.fixture(scope="session")
def printed_event(tmp_path_factory) -> Path:
    return write_printed_event(tmp_path_factory.mktemp("documents") / "samling.krom")


def write_printed_event(path: Path) -> Path:
    """The event file the printed documents are checked on (also used to make the guide's screenshots)."""
    store = EventStore.open(path, create=True, backup=False)
    try:
        blocks = make_event(store, date(2024, 5, 6))
        fill_inputs(store, blocks, 300)
        people = PeopleRepository(store)
        people.set_rooms([RoomSpec(name, "onsite", 6) for name in ROOMS])
        onsite = [p for p in sample_participants(16, seed=3) if p.attendance == "onsite"]
        for p in LONG_NAMED:
            p.attendance = "onsite"
        people.import_participants(onsite + LONG_NAMED)
        opts = FormOptions(min_size=3, max_size=4, max_per_municipality=2, seed=1, rooms=people.rooms(),
                           modes=[RoundMode("mix"), RoundMode("mix")], time_budget=0.5)
        block = blocks[GROUP_BLOCK].uid
        people.save_formation(block, form(people.participants(), opts), {"size": [3, 4], "k": 2, "modes": [str(m) for m in opts.modes]})
        for rnd in people.rounds(block):
            for g in rnd.groups:
                people.set_group_notes(block, rnd.number, g.room,
                                       f"{g.room} i runde {rnd.number}: frivilligheten må med tidlig #frivillighet.\n"
                                       "Neste steg: et felles møte før sommeren #sdg17.")
    finally:
        store.close()
    return path
