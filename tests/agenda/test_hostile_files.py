"""The hostile files that once gave a traceback (exit 1), an event that could not be opened again, or
minutes of work: each one as it was reported, through the command line on real files.

Every one must now end with exit 0, or exit 2 with a message naming the file (and the line where there is
one), the event file byte for byte unchanged. Values an older event file may already hold (a block dated
9999-12-31) must not stop ``live``, ``report``, ``agenda`` or ``export``."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from controlroom.cli import main
from controlroom.errors import BadInputError
from controlroom.importers import read_agenda

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def base_event(tmp_path_factory) -> Path:
    event = tmp_path_factory.mktemp("base") / "base.krom"
    assert main(["import", str(FIXTURES / "seed001_sessionlab.txt"), "--event", str(event)]) == 0
    return event


@pytest.fixture
def event(base_event, tmp_path) -> Path:
    path = tmp_path / "hendelse.krom"
    shutil.copy(base_event, path)
    return path


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(capsys, argv: list[str], event: Path, expected: str) -> str:
    """Run ``argv``: exit 2, the message on stderr naming the file (and ``expected``), the event unchanged."""
    before = event.read_bytes()
    code, _out, err = _run(capsys, argv)
    assert code == 2, err
    assert err.startswith("controlroom: ") and "Traceback" not in err
    assert expected in err, err
    assert event.read_bytes() == before
    return err


def _json(blocks: list[dict], **top: object) -> str:
    doc = {"format": "kontrollrom-agenda", "version": 1, "title": "Samling", "blocks": blocks, **top}
    return json.dumps(doc, ensure_ascii=False)


BLOCK = {"day": "2024-05-06", "start": "09:00", "minutes": 30, "title": "Velkommen"}


def _xlsx(rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _with_part(data: bytes, name: str, part: bytes) -> bytes:
    """``data`` (an XLSX) with the zip entry ``name`` replaced or added."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            if info.filename != name:
                z.writestr(info.filename, zin.read(info))
        z.writestr(name, part)
    return out.getvalue()


# -- the reported tracebacks ------------------------------------------------------------------------------
def test_lone_surrogate_in_json_title(tmp_path, event, capsys):
    path = tmp_path / "a.json"
    path.write_text(_json([{**BLOCK, "title": "TITLE"}]).replace("TITLE", "a\\ud800"), encoding="utf-8")
    assert '"title": "a\\ud800"' in path.read_text(encoding="utf-8")  # the escape, as the reported file has it
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:1: Tittelen «a")


def test_warn_seconds_of_two_to_the_63(tmp_path, event, capsys):
    path = tmp_path / "a.json"
    path.write_text(_json([{**BLOCK, "warn_seconds": 2**63}]), encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event,
            f"{path}:1: «warn_seconds» er 9223372036854775808; ventet 0 til 86400 sekunder")


def test_version_of_4301_digits(tmp_path, event, capsys):
    path = tmp_path / "a.json"
    path.write_text(_json([BLOCK]).replace('"version": 1', '"version": ' + "9" * 4301), encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:1: Ugyldig «version»")


def test_a_number_of_4301_digits_in_a_block(tmp_path, event, capsys):
    path = tmp_path / "a.json"
    path.write_text(_json([BLOCK, BLOCK]).replace('"minutes": 30', '"minutes": ' + "3" * 4301, 1), encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:1: «minutes» har verdien")


@pytest.mark.parametrize("name", ["a.csv", "a.txt"])
def test_first_line_of_140000_characters(name, tmp_path, event, capsys):
    path = tmp_path / name
    path.write_text("x" * 140_000 + "\nDato;KL.;Tittel\n2024-05-06;09:00;Velkommen\n", encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:1: CSV-filen kan ikke leses")


def test_first_line_of_140000_characters_before_a_programme(tmp_path, event, capsys):
    """Prose, not a table: the long line is skipped and the programme below it imported."""
    path = tmp_path / "program.txt"
    path.write_text("x" * 140_000 + "\n\nOnsdag 6. mai 2026\n09.00 Velkommen\n10.00 Lunsj\n", encoding="utf-8")
    code, out, err = _run(capsys, ["import", str(path), "--event", str(event)])
    assert code == 0, err
    assert "2 bolker" in out


def test_bad_bytes_after_a_bom_in_a_participant_csv(tmp_path, event, capsys):
    path = tmp_path / "p.csv"
    path.write_bytes(b"\xef\xbb\xbfNavn;E-post;Kommune;Deltakelse\n\xc5se \xff;a@x.no;B\xe6rum;Fysisk\n")
    code, out, err = _run(capsys, ["participants", "import", str(path), "--event", str(event)])
    assert code == 0, err  # read as Windows-1252, as a file without a BOM would be
    code, out, _ = _run(capsys, ["participants", str(event), "--json"])
    assert "Åse ÿ" in out and "Bærum" in out


BILLION_LAUGHS = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + b"".join(
    b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8)) + b"]>"


def test_entity_expansion_xlsx_for_participants(tmp_path, event, capsys):
    good = _xlsx([["Navn", "E-post", "Kommune", "Deltakelse"], ["Åse", "a@x.no", "Bærum", "Fysisk"]])
    sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
    path = tmp_path / "p.xlsx"
    path.write_bytes(_with_part(good, "xl/worksheets/sheet1.xml", BILLION_LAUGHS + sheet.replace(b"<t>", b"<t>&i;", 1)))
    refused(capsys, ["participants", "import", str(path), "--event", str(event)], event,
            f"{path}: kan ikke leses som XLSX (delen xl/worksheets/sheet1.xml har en DTD")


def test_entity_expansion_xlsx_for_the_agenda(tmp_path, event, capsys):
    good = _xlsx([["Dato", "KL.", "Tittel"], ["2024-05-06", "09:00", "Velkommen"]])
    sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
    path = tmp_path / "a.xlsx"
    path.write_bytes(_with_part(good, "xl/worksheets/sheet1.xml", BILLION_LAUGHS + sheet.replace(b"<t>", b"<t>&i;", 1)))
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}: Filen er ikke et gyldig Excel-regneark")


# -- nothing accepted may break the event ----------------------------------------------------------------
def test_csv_row_dated_31_12_9999(tmp_path, event, capsys):
    path = tmp_path / "a.csv"
    path.write_text("Dato;KL.;Lengde;Tittel\n31.12.9999;23:00;30;Nyttår\n", encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event,
            f"{path}:2: «Nyttår»: Datoen 9999-12-31 er utenfor det en hendelse kan ha; ventet en dato fra 2000-01-01 "
            "til 2099-12-31")


def test_json_day_0001_01_01(tmp_path, event, capsys):
    path = tmp_path / "a.json"
    path.write_text(_json([{**BLOCK, "day": "0001-01-01"}]), encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:1: «Velkommen»: Datoen 0001-01-01")


def test_date_option_out_of_bounds(tmp_path, event, capsys):
    refused(capsys, ["import", str(FIXTURES / "seed002_programme.txt"), "--event", str(event), "--date", "9999-12-31"],
            event, "--date: Datoen 9999-12-31 er utenfor")


def test_sessionlab_title_in_year_9999_with_a_second_day(tmp_path, event, capsys):
    path = tmp_path / "a.txt"
    path.write_text("# Samling 31. desember 9999\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t30m\tA\t\n"
                    "Dag 2\t\t\t\n09:00\t30m\tB\t\n", encoding="utf-8")
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:1: Datoen 9999-12-31 er utenfor")


@pytest.fixture(scope="module")
def title_bomb() -> bytes:
    """The reported file: a 195 KB XLSX whose shared string is a 200-million-character title."""
    good = _xlsx([["Dato", "KL.", "Tittel"], ["2024-05-06", "09:00", "Velkommen"]])
    part = io.BytesIO()
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in zipfile.ZipFile(io.BytesIO(good)).infolist():
            z.writestr(info.filename, zipfile.ZipFile(io.BytesIO(good)).read(info))
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            chunk = b"a" * (1 << 22)
            for _ in range(200_000_000 // len(chunk)):
                out.write(chunk)
            out.write(b"a" * (200_000_000 % len(chunk)) + b"</t></si></sst>")
    return part.getvalue()


def test_xlsx_with_a_200_million_character_title(title_bomb, tmp_path, event, capsys):
    assert len(title_bomb) < 400_000
    path = tmp_path / "tittel.xlsx"
    path.write_bytes(title_bomb)
    # refused from the zip's directory, nothing unpacked (the time it takes: bench/hostile_files.py)
    refused(capsys, ["import", str(path), "--event", str(event)], event, "pakket ut blir filen 191 MB")


def test_long_title_in_an_accepted_size_is_refused_with_its_row(tmp_path, event, capsys):
    path = tmp_path / "a.xlsx"
    path.write_bytes(_xlsx([["Dato", "KL.", "Tittel"], ["2024-05-06", "09:00", "x" * 5000]]))
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:2: Tittelen «xxx")


def test_xlsx_that_claims_a_million_rows(tmp_path, event, capsys):
    good = _xlsx([["Dato", "KL.", "Tittel"], ["2024-05-06", "09:00", "Velkommen"]])
    sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>')
    assert b"XFD1048576" in sheet
    path = tmp_path / "a.xlsx"
    path.write_bytes(_with_part(good, "xl/worksheets/sheet1.xml", sheet))
    code, out, err = _run(capsys, ["import", str(path), "--event", str(event)])
    assert code == 0, err


def test_nul_bytes_past_the_first_64_kb(tmp_path, event, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(b"# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t30m\tA\t" + b"y" * 70_000
                     + b"\n09:30\t30m\tB\x00C\t\n")
    refused(capsys, ["import", str(path), "--event", str(event)], event, f"{path}:5: Filen ser ut til å være binær")


def test_control_characters_in_values_are_dropped(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(_json([{**BLOCK, "title": "Vel\u0000kom\u001b[2Jmen", "notes": "a\u0007b"}]), encoding="utf-8")
    block = read_agenda(path).blocks[0]
    assert (block.title, block.notes) == ("Velkom[2Jmen", "ab")


def test_many_bad_rows_report_the_first_fifty(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Dato;KL.;Tittel\n" + "2024-05-06;99:99;A\n" * 5000, encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        read_agenda(path)
    assert len(err.value.problems) == 51
    assert str(err.value.problems[-1]).endswith("… og 4950 feil til.")


# -- values an event file may already hold -----------------------------------------------------------------
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_an_event_holding_extreme_values_still_opens(day, event, tmp_path, capsys):
    """Written straight into the event file (as an older version could have stored them): the live engine
    clamps them into bounds, so every command that shows or runs the event still works."""
    with contextlib.closing(sqlite3.connect(event)) as db, db:
        day_id = db.execute("SELECT id FROM day ORDER BY date LIMIT 1").fetchone()[0]
        db.execute("UPDATE day SET date = ? WHERE id = ?", (day, day_id))
        db.execute("UPDATE block SET start_minute = 1380, minutes = ?, warn_seconds = ?, danger_seconds = ? "
                   "WHERE id = (SELECT min(id) FROM block)", (2**62, 2**62, -(2**62)))
    db.close()
    for argv in (["agenda", str(event), "--json"], ["report", str(event), "--json"], ["live", str(event), "state"],
                 ["live", str(event), "start"], ["live", str(event), "next"], ["live", str(event), "goto", "0"],
                 ["report", str(event), "--csv", "--out", str(tmp_path / "r.csv")],
                 ["export", str(event), "--format", "json", "--out", str(tmp_path / "a.json")]):
        code, out, err = _run(capsys, argv)
        assert code == 0, (argv, err)
    code, out, err = _run(capsys, ["agenda", str(event), "--json"])
    assert json.loads(out)["blocks"][0 if day == "0001-01-01" else -1]["day"] == day  # shown as stored


# -- linear time (the figures: bench/hostile_files.py) ----------------------------------------------------
def test_wrapped_sessionlab_lines_are_joined_in_linear_time(tmp_path):
    """16,000 wrapped lines under one block: 5 s and more when each line re-joined the whole description."""
    path = tmp_path / "a.txt"
    path.write_text("# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t1h 00m\tBolk\tstart\n"
                    + "\t\t\tord\n" * 16_000, encoding="utf-8")
    draft = read_agenda(path)  # the time it takes against a tenth of the lines: bench/hostile_files.py
    assert draft.blocks[0].description == "start" + " ord" * 16_000


def test_continued_programme_lines_are_joined_in_linear_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Onsdag 6. mai 2026\n09.00 Velkommen,\n" + "    og mer,\n" * 100 + "    slutt\n"
                    + "    ord\n" * 20_000 + "10.00 Lunsj\n", encoding="utf-8")
    draft = read_agenda(path)
    assert draft.blocks[0].title == "Velkommen," + " og mer," * 100 + " slutt"
    assert draft.blocks[0].description == "ord" + " ord" * 19_999
    # 4 MB of lines under one time: joined in about a second, then refused as too long (joining them line
    # by line, as before, would take hours)
    path.write_text("Onsdag 6. mai 2026\n09.00 Velkommen,\n" + "    og,\n" * 250_000 + "    ord\n" * 250_000,
                    encoding="utf-8")
    with pytest.raises(BadInputError, match=r"a.txt:2: Tittelen «Velkommen, og, og.*» har 1 000 014 tegn"):
        read_agenda(path)


def test_json_lines_are_found_in_linear_time(tmp_path):
    path = tmp_path / "a.json"
    blocks = [{**BLOCK, "uid": f"b{i}", "description": "x" * 1500} for i in range(4800)]
    path.write_text(json.dumps({"format": "kontrollrom-agenda", "version": 1, "blocks": blocks}, indent=2),
                    encoding="utf-8")
    assert len(read_agenda(path).blocks) == 4800  # 5 s for 3.5 MB when each block counted lines from the top


def test_markup_without_closing_brackets_is_linear(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t1h\tBolk\t" + "<a" * 45_000
                    + "\n", encoding="utf-8")
    assert read_agenda(path).blocks[0].description.startswith("<a<a")
