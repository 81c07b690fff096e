"""Registration lists as registration systems export them: encodings, separators, XLSX, bad rows."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from controlroom.errors import BadInputError
from controlroom.grouping.participants_import import read_participants
from controlroom.models.people_repo import PeopleRepository
from tests.people.conftest import write

NORSK = (
    "Fornavn;Etternavn;E-post;Organisasjon;Kommune;Deltakelse;Allergier\n"
    "Åse;Bærheim;ase@sandnes.kommune.no;Sandnes kommune;Sandnes;Fysisk i Stavanger;nøtter\n"
    "Øystein;Håland;oystein@sola.kommune.no;Sola kommune;Sola;Digitalt (Teams);\n"
    "Kari;Nilsen;kari@hå.no;Hå kommune;Hå;Zoom;\n"
)


def test_semicolon_utf8_with_bom_and_extra_column(tmp_path):
    res = read_participants(write(tmp_path / "p.csv", NORSK, "utf-8-sig"))
    assert [(p.name, p.attendance) for p in res.participants] == [
        ("Åse Bærheim", "onsite"), ("Øystein Håland", "teams"), ("Kari Nilsen", "zoom")]
    assert res.ignored_columns == ["Allergier"]
    assert any("Allergier" in n for n in res.notes)


def test_cp1252_comma_english_headers(tmp_path):
    text = ("Name,Email,Organization,Municipality,Attendance\n"
            "Bjørn Ødegård,BJORN@Example.no,Strand kommune,Strand,Digitalt (Zoom)\n"
            "Sigrid Skåland,sigrid@example.no,KS,Stavanger,Fysisk\n")
    res = read_participants(write(tmp_path / "p.csv", text, "cp1252"))
    assert res.participants[0].name == "Bjørn Ødegård"
    assert res.participants[0].key == "bjorn@example.no"
    assert res.participants[0].attendance == "zoom"
    assert res.participants[1].municipality == "Stavanger"


def test_utf8_without_bom_deltar_header(tmp_path):
    text = "Navn;Epost;Kommune;Deltar\nTove Aasen;tove@example.no;Kvitsøy;Teams\n"
    res = read_participants(write(tmp_path / "p.csv", text))
    assert res.participants[0].municipality == "Kvitsøy"


def test_xlsx(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Fornavn", "Etternavn", "E-post", "Organisasjon", "Kommune", "Deltakelse"])
    ws.append(["Håkon", "Tjørhom", "hakon@example.no", "Time kommune", "Time", "Fysisk i Stavanger"])
    ws.append([None, None, None, None, None, None])
    ws.append(["Liv", "Strøm", "liv@example.no", "Klepp kommune", "Klepp", "Digitalt (Teams)"])
    wb.save(tmp_path / "p.xlsx")
    res = read_participants(tmp_path / "p.xlsx")
    assert [(p.name, p.attendance) for p in res.participants] == [("Håkon Tjørhom", "onsite"), ("Liv Strøm", "teams")]


def test_duplicates_by_email_are_merged_and_reported(tmp_path):
    text = NORSK + "Åse;B.;ASE@sandnes.kommune.no;Sandnes kommune;Sandnes;Teams;\n"
    res = read_participants(write(tmp_path / "p.csv", text))
    assert len(res.participants) == 3
    assert any(":5:" in n and "linje 2" in n for n in res.notes)
    assert res.participants[0].attendance == "onsite"  # the first registration is kept


def test_bad_rows_name_file_line_and_expectation_and_nothing_is_saved(tmp_path, store):
    text = ("Fornavn;Etternavn;E-post;Kommune;Deltakelse\n"
            "Ole;Olsen;ole@example.no;Sola;Fysisk\n"
            "Per;Hansen;;Sola;Fysisk\n"
            "Anne;Eide;anne@example.no;;Teams\n"
            "Liv;Berge;liv@example.no;Hå;Brevdue\n")
    path = write(tmp_path / "bad.csv", text)
    with pytest.raises(BadInputError) as err:
        read_participants(path)
    problems = {(p.line, p.file) for p in err.value.problems}
    assert problems == {(3, str(path)), (4, str(path)), (5, str(path))}
    msg = str(err.value)
    assert "mangler e-post" in msg and "mangler kommune" in msg and "Brevdue" in msg and "Digitalt (Teams)" in msg
    assert PeopleRepository(store).participants() == []


def test_missing_columns_and_digital_without_platform(tmp_path):
    with pytest.raises(BadInputError, match="Kommune"):
        read_participants(write(tmp_path / "a.csv", "Navn;E-post;Deltakelse\nA;a@b.no;Fysisk\n"))
    path = write(tmp_path / "b.csv", "Navn;E-post;Kommune;Deltakelse\nA;a@b.no;Sola;Digitalt\n")
    with pytest.raises(BadInputError, match=r"b.csv:2"):
        read_participants(path)
    assert read_participants(path, default_online="zoom").participants[0].attendance == "zoom"


def test_import_twice_updates_instead_of_duplicating(tmp_path, store):
    repo = PeopleRepository(store)
    res = read_participants(write(tmp_path / "p.csv", NORSK))
    assert repo.import_participants(res.participants) == (3, 0)
    assert repo.import_participants(res.participants) == (0, 3)
    assert len(repo.participants()) == 3
