"""Plain-text programmes: seed 002 block by block, a second programme with a year, and problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from controlroom.errors import BadInputError
from controlroom.importers import DateNeededError, read_agenda

HERE = Path(__file__).resolve().parent / "fixtures"
WED, THU = date(2023, 9, 6), date(2023, 9, 7)

# day, start, minutes, title, category, assigned, source line
SEED002 = [
    (WED, "12:00", 60, "Lunsj", "Pause", [], 16),
    (WED, "13:00", 15, "Velkommen, Ambassadör Axel Wernhoff, Sveriges ambassad", None,
     ["Axel Wernhoff", "Lisa Cooper"], 18),
    (WED, "13:15", 60, "Myndighetenes politikk til støtte for sivilsamfunnet som utviklingskraft, demokratiaktør og "
     "samarbeidspartner", None, ["Anna-Karin Berglund", "Silje Eikemo Sande", "Henrik Thomassen"], 22),
    (WED, "14:15", 30, "Hvordan lykkes i samarbeidet mellom kommunen og frivillighetsapparatet?", None,
     ["Stian Slotterøy Johnsen"], 32),
    (WED, "14:45", 30, "Spørsmål, pause", "Pause", [], 36),
    (WED, "15:15", 20, "Om inkludering og ivaretakelse av nye frivillige.", None, ["Frode Kyvåg"], 38),
    (WED, "15:35", 20, "VIDA – nyanländas väg in i civilsamhället", None, ["Annika Rosbring"], 42),
    (WED, "15:55", 20, "Lokalsamfunnet bygger bro. Et prosjekt med 5 danske kommuner for å sikre en god mottagelse av "
     "flyktninger i samarbeid med frivillige foreninger, bedrifter og enkeltpersoner.", None, ["Lone Tinor-Centi"], 46),
    (WED, "16:15", 20, "Samordning av frivilliga organisationer", None, ["Hanna Moback"], 50),
    (WED, "16:35", 25, "Pause", "Pause", [], 54),
    (WED, "17:00", 30, "Idéburet offentligt partnerskap (IOP)", None, ["Göran Pettersson"], 56),
    (WED, "17:30", 90, "Debatt, diskusjon: Utfordringer/muligheter i samarbeid mellom frivillige og offentlige parter",
     None, ["Kristine Laake", "Marie Harbo Dahle"], 60),
    (WED, "19:00", 60, "Middag", "Pause", [], 66),
    (THU, "09:00", 90, "Velkommen dag 2 - Anna-Karin Berglund og Åsa Lorentzi", None,
     ["Anna-Karin Berglund", "Åsa Lorentzi"], 90),
    (THU, "10:30", 30, "Kaffe", "Pause", [], 102),
    (THU, "11:00", 60, "Inndeling i arbeidsgrupper første runde", None, [], 104),
    (THU, "12:00", 60, "Lunsj", "Pause", [], 106),
    (THU, "13:00", 60, "Inndeling i arbeidsgrupper andre runde—mix av deltakere", None, [], 108),
    (THU, "14:00", 30, "Kaffe", "Pause", [], 110),
    (THU, "14:30", 30, "Runde 3 tilbake til første gruppe", None, [], 112),
    (THU, "15:00", 30, "Refleksjoner om metodikken og om hva man har fått av ny innsikt om samarbeid", None, [], 114),
    (THU, "15:30", 30, "Sluttord - Ali Al-Jabri", None, ["Ali Al-Jabri"], 116),
]


def _table(draft):
    return [(b.day, f"{b.start:%H:%M}", b.minutes, b.title, b.category, b.assigned, b.source_line) for b in draft.blocks]


def test_seed002_every_block(seed002):
    draft = read_agenda(seed002, day=date(2023, 9, 6))
    assert draft.source == "plaintext"
    assert draft.title == "Frivillighetens og kulturens rolle i kommunenes integreringsarbeid i Norden"
    assert draft.days == [WED, THU]
    assert _table(draft) == SEED002
    assert all(b.streamed is None for b in draft.blocks)  # a programme says nothing about streaming
    # the last block of each day got a default length, with a warning each
    assert [(w.line, "ingen sluttid" in w.message) for w in draft.warnings] == [(66, True), (116, True)]


def test_seed002_only_the_year_of_date_matters(seed002):
    assert read_agenda(seed002, day=date(2023, 1, 1)).days == [WED, THU]


def test_seed002_descriptions_keep_indented_lines(seed002):
    blocks = read_agenda(seed002, day=WED).blocks
    assert blocks[1].description == "Dagens konferencier og debattleder: Lisa Cooper, Leadership Foundation"
    assert blocks[2].description == (
        "Anna-Karin Berglund, SKL,, representant for, KS (tbn)\n"
        "Silje Eikemo Sande, Kulturrådet, Henrik Thomassen, kontorchef, KL (tbc)\nSpørsmål"
    )
    assert blocks[7].description == "Lone Tinor-Centi, Chef for Frivilligafdelingen, Dansk flyktninghjelp"
    assert blocks[13].description == (
        "Innledning til Prosjekt- & samarbeids-smien\n"
        "Alle inviteres til å presentere seg og sin organisasjon samt å si noe om hvorfor samarbeid er positivt. "
        "Inviterte ekspertcoacher blir presentert.\nPresentasjon av metodikk, prosedyrer.\nProsjekteiere pitcher sine oppdrag."
    )
    assert all("\u00a0" not in b.title + b.description for b in blocks)


def test_seed002_prose_hashtags_and_terms_are_skipped_not_errors(seed002):
    draft = read_agenda(seed002, day=WED)
    lines = [s.line for s in draft.skipped]
    assert lines[:5] == [3, 4, 6, 8, 10]  # prose before the programme
    assert 72 in lines and 88 in lines  # the workshop day's introduction
    assert [s.line for s in draft.skipped if "Emneknagg" in s.message] == [118, 119, 120, 121, 122, 123]
    assert lines[-3:] == [125, 127, 128]  # "Restriksjoner" and the terms below it
    assert all(s.file == str(seed002) for s in draft.skipped)


def test_seed002_without_year_asks_for_date(seed002):
    with pytest.raises(DateNeededError) as err:
        read_agenda(seed002)
    assert str(err.value) == (
        f"{seed002}:14: Programmet har dager uten årstall («Onsdag 6. september»); oppgi året med --date ÅÅÅÅ-MM-DD."
    )


# day, start, minutes, title, category, assigned, source line
PROGRAMME_2025 = [
    (date(2025, 1, 14), "09:00", 30, "Registrering", None, [], 7),
    (date(2025, 1, 14), "09:30", 45, "Åpning - Ingrid Berg og Lars Moe", None, ["Ingrid Berg", "Lars Moe", "Nina Holm"], 8),
    (date(2025, 1, 14), "10:15", 75, "Innovasjon i kommunene: hva virker, hva virker ikke?", None, ["Tone Vik"], 10),
    (date(2025, 1, 14), "11:30", 60, "Lunsj", "Pause", [], 14),
    (date(2025, 1, 14), "12:30", 90, "Parallelle verksteder", None, [], 15),
    (date(2025, 1, 14), "14:00", 20, "Kaffe", "Pause", [], 16),
    (date(2025, 1, 14), "14:20", 30, "Oppsummering av dag 1", None, [], 17),
    (date(2025, 1, 15), "09:00", 30, "Morgenkaffe og mingling", "Pause", [], 21),
    (date(2025, 1, 15), "09:30", 150, "Gevinstrealisering i praksis", None, ["Erik Lund"], 22),
    (date(2025, 1, 15), "12:00", 60, "Lunsj og avslutning", "Pause", [], 24),
]


def test_programme_with_colon_times_ranges_and_year():
    """CRLF, tab and space indents, ``09:00–09:30`` ranges, a wrapped title, a year in the headers."""
    draft = read_agenda(HERE / "programme_2025.txt")
    assert draft.title == "Programmet for Regionalt innovasjonsforum 2025"
    assert _table(draft) == PROGRAMME_2025
    assert [w.line for w in draft.warnings] == [17, 24]
    assert draft.blocks[2].description == "Tone Vik, innovasjonsleder, Bergen kommune\nSpørsmål fra salen"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "program.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_programme_without_day_headers_uses_the_date(tmp_path):
    path = _write(tmp_path, "09.00 Velkommen\n09.30 Foredrag\n    Kari Nordmann, KS\n10.15 Slutt\n")
    draft = read_agenda(path, day=date(2024, 2, 1))
    assert [(b.day, f"{b.start:%H:%M}", b.minutes, b.title, b.assigned) for b in draft.blocks] == [
        (date(2024, 2, 1), "09:00", 30, "Velkommen", []),
        (date(2024, 2, 1), "09:30", 45, "Foredrag", ["Kari Nordmann"]),
        (date(2024, 2, 1), "10:15", 30, "Slutt", []),
    ]
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:1: ") and "--date" in str(err.value)


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("Mandag 3. juni 2024\n09.00 Velkommen\n25:00 Natt\n", 3, "Ugyldig klokkeslett «25:00»"),
        ("Mandag 3. juni 2024\n\n09.00 Velkommen\n9:75 Rart\n", 4, "Ugyldig klokkeslett «9:75»"),
        ("Bare litt tekst uten program.\n", 1, "Fant ingen bolker"),
    ],
)
def test_bad_programmes(tmp_path, text, line, expected):
    path = _write(tmp_path, text)
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert expected in str(err.value)


def test_overlap_and_long_gap_are_warnings(tmp_path):
    path = _write(tmp_path, "Mandag 3. juni 2024\n09.00–10.00 Velkommen\n09.30–10.30 Parallell økt\n"
                            "14.00–15.00 Ettermiddagsøkt\n16.00 Middag\n")
    draft = read_agenda(path)
    assert len(draft.blocks) == 4
    messages = {w.line: w.message for w in draft.warnings}
    assert "overlapper «Velkommen»" in messages[3]
    assert "3t 30m uten program" in messages[4]
    assert 5 in messages  # Middag: last block, default length; the gap before a meal is not warned


def test_weekday_that_does_not_match_the_date_is_a_warning(tmp_path):
    path = _write(tmp_path, "Tirsdag 3. juni 2024\n09.00 Velkommen\n")
    draft = read_agenda(path)
    assert draft.days == [date(2024, 6, 3)]
    assert any(w.line == 1 and "tirsdag" in w.message for w in draft.warnings)


def test_numeric_day_headers_bullets_and_kl(tmp_path):
    path = _write(tmp_path, "Dag 1: Mandag 3.6.2024\n• 09:00 Velkommen\n• kl. 09.30 Foredrag\n\n"
                            "Tirsdag 4.6.\n- 10:00 Dag to\n")
    draft = read_agenda(path)
    assert [(b.day, f"{b.start:%H:%M}", b.minutes, b.title) for b in draft.blocks] == [
        (date(2024, 6, 3), "09:00", 30, "Velkommen"),
        (date(2024, 6, 3), "09:30", 30, "Foredrag"),
        (date(2024, 6, 4), "10:00", 30, "Dag to"),
    ]
