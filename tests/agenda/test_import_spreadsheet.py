"""Spreadsheets: CSV with ; and , (UTF-8 ± BOM, Windows-1252) and XLSX written with openpyxl here."""

from __future__ import annotations

from datetime import date, datetime, time

import openpyxl
import pytest

from controlroom.errors import BadInputError
from controlroom.importers import DateNeededError, read_agenda

NO_ROWS = [
    ["Dato", "KL.", "Lengde", "Tittel", "Beskrivelse", "Ansvarlig", "Kategori", "Notater", "Strømmes", "Farge"],
    ["06.05.2024", "09:00", "2h 00m", "Fylkeskommunenes samling", "Arena for fylkeskommunene.", "", "Diskusjon",
     "FK styrer selv", "nei", "blå"],
    ["", "11.00", "15", "Åpning og velkommen", "", "Andreas Stangenes, Anne Romsaas", "Innlegg", "", "ja", ""],
    ["", "11:15", "45m", "Lunsj", "", "", "", "", "", ""],
    ["2024-05-07", "09:00", "1t 30m", "Dag to: «Verksted» på Bærum", "Linje én\nLinje to", "Ærlig Øvrebø",
     "Verksted", "", "", ""],
]
EXPECTED = [
    (date(2024, 5, 6), "09:00", 120, "Fylkeskommunenes samling", "Diskusjon", [], False),
    (date(2024, 5, 6), "11:00", 15, "Åpning og velkommen", "Innlegg", ["Andreas Stangenes", "Anne Romsaas"], True),
    (date(2024, 5, 6), "11:15", 45, "Lunsj", None, [], None),
    (date(2024, 5, 7), "09:00", 90, "Dag to: «Verksted» på Bærum", "Verksted", ["Ærlig Øvrebø"], None),
]


def _table(draft):
    return [(b.day, f"{b.start:%H:%M}", b.minutes, b.title, b.category, b.assigned, b.streamed) for b in draft.blocks]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if any(c in value for c in (delimiter, "\n", '"')) else value

    return "\r\n".join(delimiter.join(cell(v) for v in row) for row in rows) + "\r\n"


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252"), (",", "utf-8-sig"), ("\t", "utf-8")],
)
def test_csv_delimiters_and_encodings(tmp_path, delimiter, encoding):
    path = tmp_path / "agenda.csv"
    path.write_bytes(_csv(NO_ROWS, delimiter).encode(encoding))
    draft = read_agenda(path)
    assert draft.source == "csv"
    assert _table(draft) == EXPECTED
    assert draft.blocks[0].notes == "FK styrer selv"
    assert draft.blocks[3].description == "Linje én\nLinje to"
    assert [b.source_line for b in draft.blocks] == [2, 3, 4, 5]
    assert "Verksted" in draft.categories  # a category the file introduced gets a colour
    assert [(s.line, s.message) for s in draft.skipped] == [(1, "Ukjent kolonne «Farge» hoppet over")]


def test_csv_with_other_extension_is_detected_by_its_header(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("Start,Duration,Title,Date\n10:00,30,Intro,2024-09-01\n", encoding="utf-8")
    draft = read_agenda(path)
    assert draft.source == "csv"
    assert _table(draft) == [(date(2024, 9, 1), "10:00", 30, "Intro", None, [], None)]


def test_english_headers_end_column_and_lengths_from_next_start(tmp_path):
    path = tmp_path / "agenda.csv"
    path.write_text(
        "Time,End,Title,Description,Assigned,Category,Day,Notes,Streamed\n"
        "09:00,09:40,Welcome,Hello,Kari Nordmann,Innlegg,Monday 3. June 2024,,yes\n"
        "10:00,,Talk,,,,,,no\n"
        "11:30,,Dinner,,,,,,\n",
        encoding="utf-8",
    )
    draft = read_agenda(path)
    assert _table(draft) == [
        (date(2024, 6, 3), "09:00", 40, "Welcome", "Innlegg", ["Kari Nordmann"], True),
        (date(2024, 6, 3), "10:00", 90, "Talk", None, [], False),
        (date(2024, 6, 3), "11:30", 60, "Dinner", None, [], None),
    ]
    assert [w.line for w in draft.warnings] == [4]


def test_csv_without_date_column_uses_option(tmp_path):
    path = tmp_path / "agenda.csv"
    path.write_text("Tid;Varighet;Tittel\n09:00;30;Kaffe\n", encoding="utf-8")
    assert read_agenda(path, day=date(2025, 2, 3)).blocks[0].day == date(2025, 2, 3)
    with pytest.raises(DateNeededError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:1: ") and "--date" in str(err.value)


def test_xlsx_written_with_openpyxl(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Dato", "Start", "Varighet", "Tittel", "Ansvarlig", "Kategori", "Strømmes", "Sted"])
    ws.append([datetime(2024, 5, 6), time(9, 0), 120, "Fylkeskommunenes samling", "Kari, Ola", "Diskusjon", True, "fysisk"])
    ws.append([None, "11:00", "15m", "Åpning og velkommen", None, None, "nei", "digitalt"])
    ws.append([date(2024, 5, 6), 0.5, time(0, 45), "Lunsj", None, "Pause", None, None])
    path = tmp_path / "agenda.xlsx"
    wb.save(path)
    draft = read_agenda(path)
    assert draft.source == "xlsx"
    assert _table(draft) == [
        (date(2024, 5, 6), "09:00", 120, "Fylkeskommunenes samling", "Diskusjon", ["Kari", "Ola"], True),
        (date(2024, 5, 6), "11:00", 15, "Åpning og velkommen", None, [], False),
        (date(2024, 5, 6), "12:00", 45, "Lunsj", "Pause", [], None),
    ]
    assert [b.location for b in draft.blocks] == ["onsite", "online", "both"]
    assert [b.source_line for b in draft.blocks] == [2, 3, 4]


def test_xlsx_bad_cell_names_sheet_row(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KL.", "Lengde", "Tittel", "Dato"])
    ws.append(["09:00", "2h 70m", "For langt", "2024-05-06"])
    path = tmp_path / "feil.xlsx"
    wb.save(path)
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert str(err.value).startswith(f"{path}:2: Ugyldig lengde «2h 70m»")


def test_missing_columns_name_file_line_and_expected(tmp_path):
    path = tmp_path / "mangler.csv"
    path.write_text("Dato;Lengde;Beskrivelse\n2024-05-06;30;Noe\n", encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:1: Regnearket mangler kolonnene KL./Start/Tid/Time og Tittel/Title")
    assert "«Dato», «Lengde», «Beskrivelse»" in msg


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("25:00;30;Sent", "Ugyldig klokkeslett «25:00»"),
        ("9:75;30;Rart", "Ugyldig klokkeslett «9:75»"),
        ("09:00;2h 70m;Langt", "Ugyldig lengde «2h 70m»"),
        ("09:00;-30;Baklengs", "Lengden kan ikke være negativ"),
        ("09:00;30;", "mangler tittel"),
    ],
)
def test_bad_cells(tmp_path, row, expected):
    path = tmp_path / "feil.csv"
    path.write_text(f"KL.;Lengde;Tittel\n10:00;30;Ok\n{row}\n", encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path, day=date(2024, 1, 1))
    assert str(err.value).startswith(f"{path}:3: ")
    assert expected in str(err.value)


def test_all_bad_rows_reported_together(tmp_path):
    path = tmp_path / "feil.csv"
    path.write_text("KL.;Lengde;Tittel;Strømmes\n25:00;30;A;\n09:00;x;B;\n10:00;30;C;kanskje ikke\n", encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path, day=date(2024, 1, 1))
    assert [p.line for p in err.value.problems] == [2, 3, 4]
    assert "ventet ja, nei eller tom" in err.value.problems[2].message


def test_not_a_real_xlsx(tmp_path):
    path = tmp_path / "falsk.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x01" * 200)
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert str(path) in str(err.value) and "Excel" in str(err.value)


def test_old_xls_is_refused(tmp_path):
    path = tmp_path / "gammel.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    with pytest.raises(BadInputError, match=r"\.xls"):
        read_agenda(path)


def test_overlapping_rows_are_imported_with_a_warning(tmp_path):
    path = tmp_path / "overlapp.csv"
    path.write_text("KL.;Lengde;Tittel\n09:00;60;A\n09:30;60;B\n", encoding="utf-8")
    draft = read_agenda(path, day=date(2024, 1, 1))
    assert [b.title for b in draft.blocks] == ["A", "B"]
    assert [w.line for w in draft.warnings] == [3]


def test_bom_only_header_with_no_rows(tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes("\ufeffKL.;Tittel\r\n".encode())
    with pytest.raises(BadInputError) as err:
        read_agenda(path, day=date(2024, 1, 1))
    assert str(err.value).startswith(f"{path}:1: ")




def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Dato\tKL.\tLengde\tTittel\r\n2024-05-06\t09:00\t30\tÅpning på Ørland\r\n".encode("utf-16"))
    draft = read_agenda(path)
    assert _table(draft) == [(date(2024, 5, 6), "09:00", 30, "Åpning på Ørland", None, [], None)]


def test_a_file_with_thousands_of_rows_is_refused_early(tmp_path):
    path = tmp_path / "enorm.csv"
    rows = "".join(f"{8 + i % 10:02d}:00;30;Post {i}\n" for i in range(5001))
    path.write_text("KL.;Lengde;Tittel\n" + rows, encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path, day=date(2024, 1, 1))
    assert str(err.value).startswith(f"{path}:5002: Mer enn 5000 bolker")


def test_title_rows_above_the_header_are_skipped(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Program for nettverkssamlingen"])
    ws.append([])
    ws.append(["Dato", "KL.", "Lengde", "Tittel"])
    ws.append(["2024-05-06", "09:00", "45m", "Velkommen"])
    wb.create_sheet("Notater").append(["Ikke agenda"])
    path = tmp_path / "med-tittel.xlsx"
    wb.save(path)
    draft = read_agenda(path)
    assert _table(draft) == [(date(2024, 5, 6), "09:00", 45, "Velkommen", None, [], None)]
    assert draft.blocks[0].source_line == 4
    assert [(s.line, s.message) for s in draft.skipped] == [
        (1, "Rad over kolonneoverskriftene hoppet over: «Program for nettverkssamlingen»")
    ]
    csv_path = tmp_path / "med-tittel.csv"
    csv_path.write_text("Program for dagen\n\nKL.,Lengde,Tittel,Dato\n09:00,45m,Velkommen,2024-05-06\n", encoding="utf-8")
    assert _table(read_agenda(csv_path)) == _table(draft)


def test_xlsx_without_extension_is_recognised_by_content(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["KL.", "Tittel", "Dato"])
    wb.active.append(["10:00", "Uten endelse", "2024-05-06"])
    saved = tmp_path / "a.xlsx"
    wb.save(saved)
    path = tmp_path / "agenda-fra-epost"
    path.write_bytes(saved.read_bytes())
    draft = read_agenda(path)
    assert draft.source == "xlsx" and [b.title for b in draft.blocks] == ["Uten endelse"]
    assert [w.line for w in draft.warnings] == [2]  # no length: last block gets the default, with a warning
