"""SessionLab text exports: seed 001 block by block, a second export, and what goes wrong."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from controlroom.errors import BadInputError
from controlroom.importers import DateNeededError, read_agenda

HERE = Path(__file__).resolve().parent / "fixtures"
MAY6 = date(2024, 5, 6)

# start, minutes, title, category, assigned, streamed, source line
SEED001 = [
    ("09:00", 120, "Fylkeskommunenes samling", None, [], False, 8),
    ("11:00", 15, "Åpning og velkommen", None, [], True, 9),
    ("11:15", 45, '4 år siden "Strekk i laget"-rapporten: Hvor er vi nå?', None, [], True, 10),
    ("12:00", 45, "Lunsj", "Pause", [], None, 11),
    ("12:45", 30, "KS informerer", None, [], True, 12),
    ("13:15", 120, "Målkonflikter", None, ["Anette Bærheim", "Mona Nilsen"], None, 13),
    ("15:15", 15, "Pause", "Pause", [], None, 16),
    ("15:30", 30, "Forankring av bærekraft i plansystemet", None,
     ["Stine Mari Nytnun Leirdal", "Camilla Stavnes Hisdal"], True, 17),
    ("16:00", 30, "Hvor er gullet i bærekraftsarbeidet?", None, ["Andreas Stangenes"], None, 18),
    ("16:30", 20, "Deling i plenum fra gruppediskusjonene", None, ["Andreas Stangenes"], None, 19),
    ("16:50", 30, "Måling og rapportering", None, [], True, 20),
    ("17:20", 10, "Avrundning", None, [], True, 21),
    ("17:30", 0, "Slutt", None, [], None, 22),
    ("19:00", 120, "Middag på Hotel Victoria", "Pause", [], None, 24),
]


def _table(draft):
    return [
        (f"{b.start:%H:%M}", b.minutes, b.title, b.category, b.assigned, b.streamed, b.source_line)
        for b in draft.blocks
    ]


def test_seed001_every_block(seed001):
    draft = read_agenda(seed001)
    assert draft.source == "sessionlab"
    assert draft.title == "Nettverkssamling 6. mai 2024"
    assert draft.days == [MAY6]
    assert all(b.day == MAY6 for b in draft.blocks)
    assert _table(draft) == SEED001
    assert list(draft.categories) == ["Diskusjon", "Innlegg", "Pause", "Workshop"]
    assert draft.warnings == []  # the gap row ↓ 1t 30m matches 17:30 + 1t 30m = 19:00
    assert draft.skipped == []


def test_seed001_descriptions_and_notes(seed001):
    blocks = {b.title: b for b in read_agenda(seed001).blocks}
    # the details section's description (with paragraphs) replaces the table's flattened one
    assert blocks["Fylkeskommunenes samling"].description == "Arena for fylkeskommunene. FK er selv ansvarlig for agenda."
    assert blocks["Fylkeskommunenes samling"].notes == (
        "Fylkeskommunene styrer dagsorden selv. Streames i utgangspunktet ikke, men kan ordnes ved behov."
    )
    assert blocks["Åpning og velkommen"].notes == "Andreas\nStreames"
    assert blocks["Målkonflikter"].description.startswith("Nettverket har mye utviklingsarbeid")
    assert "\n\nDel 1: Vi jakter på målkonflikter." in blocks["Målkonflikter"].description
    assert blocks["Målkonflikter"].description.endswith("til bruk for videreutviklingen av verktøyet.")
    assert "Trenger en leder for den digitale gruppen" in blocks["Målkonflikter"].notes
    # #### heading level and the bare "ADDITIONAL INFORMATION" line both start the notes
    assert blocks["Forankring av bærekraft i plansystemet"].notes.splitlines()[1] == "Bolken strømmes."
    assert blocks["Avrundning"].notes == "Andreas\nStreames"
    assert blocks["Hvor er gullet i bærekraftsarbeidet?"].description.endswith(
        "Danne grupper på 3-4 personer (max. 2 fra hver kommune i samme gruppe)"
    )
    assert blocks["Lunsj"].description == "" and blocks["Lunsj"].notes == ""
    assert all("<b>" not in b.title and "**" not in b.title for b in blocks.values())


def test_seed001_table_description_is_joined_when_details_are_missing(tmp_path, seed001):
    """Cut the details section off: the wrapped, tab-indented continuation line joins the description."""
    text = seed001.read_text(encoding="utf-8")
    table_only = tmp_path / "tabell.txt"
    table_only.write_text(text.split("# Nettverkssamling 6. mai 2024 - block details")[0], encoding="utf-8")
    blocks = {b.title: b for b in read_agenda(table_only).blocks}
    desc = blocks["Målkonflikter"].description
    assert desc.endswith("Vi tester det ut internt i Bærekraftsnettverket, og samler inn tilbakemeldinger til bruk "
                         "for videreutviklingen av verktøyet.")
    assert "\n\nDel 1:" in desc  # the table's double spaces are paragraph breaks
    assert all(b.assigned == [] and b.streamed is None for b in blocks.values())


PARTNERSKAP = [
    ("08:30", 30, "Registrering og kaffe", "Pause", [], None, 6),
    ("09:00", 75, "Velkommen og status for partnerskapet", None, ["Kari Nordmann", "Ola Hansen", "Per Olsen"], True, 7),
    ("10:15", 5, "Strekk på beina", None, [], None, 8),
    ("10:20", 105, "Workshop: Veikart 2030", None, ["Siri Dahl"], False, 9),
    ("12:05", 55, "Lunsj", "Pause", [], None, 12),
    ("13:00", 180, "Befaring på Nye Hillevåg", None, [], True, 13),
    ("16:00", 0, "Slutt for dagen", None, [], None, 14),
    ("16:45", 60, "Middag", "Pause", [], None, 16),
]


def test_second_sessionlab_export():
    draft = read_agenda(HERE / "sessionlab_partnerskap.txt")
    assert draft.title == "Partnerskapskonferanse 14. november 2024"
    assert draft.days == [date(2024, 11, 14)]
    assert _table(draft) == PARTNERSKAP
    assert draft.categories["Befaring"].startswith("#")  # a legend category beyond SessionLab's four
    blocks = {b.title: b for b in draft.blocks}
    assert blocks["Velkommen og status for partnerskapet"].description == (
        "Fylkesordføreren åpner.\n\nDeretter status fra sekretariatet."
    )
    assert blocks["Workshop: Veikart 2030"].description.endswith("tar ett tema og leverer tre konkrete tiltak til plenum.")
    assert blocks["Workshop: Veikart 2030"].notes == "Streames ikke. Gruppene får egne rom i Teams."
    assert draft.warnings == []


def _write(tmp_path: Path, text: str, name: str = "eksport.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


TABLE = "KL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t45m\tVelkommen\t\n09:45\t1t 15m\tArbeid\t\n"


def test_date_from_option_when_title_has_none(tmp_path):
    path = _write(tmp_path, "# Samling\n\n" + TABLE)
    draft = read_agenda(path, day=date(2025, 3, 4))
    assert [b.day for b in draft.blocks] == [date(2025, 3, 4)] * 2
    assert [(f"{b.start:%H:%M}", b.minutes) for b in draft.blocks] == [("09:00", 45), ("09:45", 75)]


def test_no_date_anywhere_asks_for_date(tmp_path):
    path = _write(tmp_path, "# Samling\n\n" + TABLE)
    with pytest.raises(DateNeededError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:1: ")
    assert "--date" in str(err.value)


def test_title_date_wins_over_option_with_a_warning(seed001):
    draft = read_agenda(seed001, day=date(2030, 1, 1))
    assert draft.days == [MAY6]
    assert any("2030-01-01" in w.message and w.line == 3 for w in draft.warnings)


def test_details_title_not_in_table_is_an_error_with_line(tmp_path):
    text = "# Samling 1. juni 2024\n\n" + TABLE + "\n# Samling 1. juni 2024 - block details\n\n## Velkommen\n\n" \
        "09:00 | 45m\n\n## Arbeid i grupper\n\n09:45 | 1t 15m\n"
    path = _write(tmp_path, text)
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:13: ")
    assert "«Arbeid i grupper»" in msg and "«Arbeid»" in msg


def test_details_time_not_matching_table_is_an_error(tmp_path):
    text = "# Samling 1. juni 2024\n\n" + TABLE + "\n# Samling 1. juni 2024 - block details\n\n## Arbeid\n\n10:00 | 1t 15m\n"
    path = _write(tmp_path, text)
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert f"{path}:11: " in str(err.value) and "09:45" in str(err.value)


def test_gap_row_not_matching_next_start_is_a_warning(tmp_path):
    text = "# Samling 1. juni 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t45m\tVelkommen\t\n" \
        "09:45\t\tSlutt\t\n\t↓ 1t 00m\t\t\n11:00\t1h 00m\tMiddag\t\n"
    draft = read_agenda(_write(tmp_path, text))
    assert [b.title for b in draft.blocks] == ["Velkommen", "Slutt", "Middag"]
    assert [w.line for w in draft.warnings] == [6]
    assert "10:45" in draft.warnings[0].message


@pytest.mark.parametrize(
    ("row", "line", "expected"),
    [
        ("25:00\t45m\tSent\t", 4, "Ugyldig klokkeslett «25:00»"),
        ("9:75\t45m\tRart\t", 4, "Ugyldig klokkeslett «9:75»"),
        ("10:00\t2h 70m\tLangt\t", 4, "Ugyldig lengde «2h 70m»"),
        ("10:00\t-15m\tBaklengs\t", 4, "negativ"),
        ("10:00\tlenge\tUklart\t", 4, "«45m», «2h 00m»"),
    ],
)
def test_bad_rows(tmp_path, row, line, expected):
    path = _write(tmp_path, "# Samling 1. juni 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n" + row + "\n")
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert expected in str(err.value)
    assert err.value.problems[0].line == line


def test_nbsp_crlf_and_cp1252(tmp_path):
    text = "# Samling 2. juni 2024\r\n\r\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\r\n09:00\t45m\tVelkommen\u00a0til\u00a0Bærum\t\r\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    draft = read_agenda(path)
    assert [(b.title, b.minutes, b.day) for b in draft.blocks] == [("Velkommen til Bærum", 45, date(2024, 6, 2))]
    assert draft.blocks[0].start == time(9, 0)


def test_english_sessionlab_export(tmp_path):
    text = ("# Network meeting May 6, 2024\n\nTIME\tDURATION\tTITLE\tDESCRIPTION\n09:00\t1h 30m\tWelcome\tHello.\n"
            "10:30\t15m\tCoffee break\t\n10:45\t\tEnd\t\n\n# Network meeting May 6, 2024 - block details\n\n"
            "## Welcome\n\n09:00 | 1h 30m\n\nASSIGNED TO Kari Nordmann\n\n### ADDITIONAL INFORMATION\n\nStreamed\n")
    draft = read_agenda(_write(tmp_path, text))
    assert draft.days == [date(2024, 5, 6)]
    assert _table(draft) == [
        ("09:00", 90, "Welcome", None, ["Kari Nordmann"], True, 4),
        ("10:30", 15, "Coffee break", "Pause", [], None, 5),
        ("10:45", 0, "End", None, [], None, 6),
    ]


def test_title_without_hash_and_a_second_day_row(tmp_path):
    text = ("Samling over to dager 3. juni 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t45m\tVelkommen\t\n"
            "Dag 2\t\t\t\n09:00\t1t 00m\tDag to starter\t\n")
    draft = read_agenda(_write(tmp_path, text))
    assert draft.title == "Samling over to dager 3. juni 2024"
    assert [(b.day, b.title) for b in draft.blocks] == [
        (date(2024, 6, 3), "Velkommen"), (date(2024, 6, 4), "Dag to starter"),
    ]
