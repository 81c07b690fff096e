"""The agenda command line: import, agenda (--json), export; bad input gives exit 2 and an untouched file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from controlroom.cli import main
from controlroom.demo import demo_today, ensure_demo_event
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "fixtures"
BLOCK_KEYS = ["day", "start", "minutes", "end", "title", "category", "assigned", "description", "notes", "streamed"]

# start, minutes, title, category, assigned, streamed — seed 001 as `agenda --json` shows it
SEED001_JSON = [
    ("09:00", 120, "Fylkeskommunenes samling", None, [], False),
    ("11:00", 15, "Åpning og velkommen", None, [], True),
    ("11:15", 45, '4 år siden "Strekk i laget"-rapporten: Hvor er vi nå?', None, [], True),
    ("12:00", 45, "Lunsj", "Pause", [], None),
    ("12:45", 30, "KS informerer", None, [], True),
    ("13:15", 120, "Målkonflikter", None, ["Anette Bærheim", "Mona Nilsen"], None),
    ("15:15", 15, "Pause", "Pause", [], None),
    ("15:30", 30, "Forankring av bærekraft i plansystemet", None,
     ["Stine Mari Nytnun Leirdal", "Camilla Stavnes Hisdal"], True),
    ("16:00", 30, "Hvor er gullet i bærekraftsarbeidet?", None, ["Andreas Stangenes"], None),
    ("16:30", 20, "Deling i plenum fra gruppediskusjonene", None, ["Andreas Stangenes"], None),
    ("16:50", 30, "Måling og rapportering", None, [], True),
    ("17:20", 10, "Avrundning", None, [], True),
    ("17:30", 0, "Slutt", None, [], None),
    ("19:00", 120, "Middag på Hotel Victoria", "Pause", [], None),
]


def _agenda_json(event: Path, capsys) -> dict:
    assert main(["agenda", str(event), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_seed001_then_agenda_json(seed001, event_path, capsys):
    assert main(["import", str(seed001), "--event", str(event_path)]) == 0
    report = capsys.readouterr().out
    assert "Importerte «Nettverkssamling 6. mai 2024» (SessionLab-eksport)" in report
    assert "(ny fil)" in report
    assert "Fant 1 dag (mandag 2024-05-06), 14 bolker og 5 personer." in report
    assert "Strømming: 6 strømmes, 1 strømmes ikke, 7 uten forslag." in report

    doc = _agenda_json(event_path, capsys)
    assert list(doc) == ["title", "timezone", "blocks"]
    assert (doc["title"], doc["timezone"]) == ("Nettverkssamling 6. mai 2024", "Europe/Oslo")
    assert all(list(b) == BLOCK_KEYS for b in doc["blocks"])
    assert all(b["day"] == "2024-05-06" for b in doc["blocks"])
    assert [(b["start"], b["minutes"], b["title"], b["category"], b["assigned"], b["streamed"])
            for b in doc["blocks"]] == SEED001_JSON
    assert doc["blocks"][1]["notes"] == "Andreas\nStreames"
    assert doc["blocks"][0]["description"] == "Arena for fylkeskommunene. FK er selv ansvarlig for agenda."
    assert not list(event_path.parent.glob(".*importing*"))


def test_import_adds_to_an_existing_event_in_agenda_order(seed001, seed002, event_path, capsys):
    assert main(["import", str(seed001), "--event", str(event_path)]) == 0
    assert main(["import", str(seed002), "--event", str(event_path), "--date", "2023-09-06"]) == 0
    out = capsys.readouterr().out
    assert "Fant 2 dager (onsdag 2023-09-06, torsdag 2023-09-07), 22 bolker og 15 personer." in out
    assert "Advarsler (2):" in out and "Hoppet over (23):" in out and "… og 11 til" in out
    doc = _agenda_json(event_path, capsys)
    assert doc["title"] == "Nettverkssamling 6. mai 2024"  # the event keeps its title
    assert [b["day"] for b in doc["blocks"]] == ["2023-09-06"] * 13 + ["2023-09-07"] * 9 + ["2024-05-06"] * 14
    assert [b["start"] for b in doc["blocks"][:3]] == ["12:00", "13:00", "13:15"]


def test_agenda_table(seed001, event_path, capsys):
    main(["import", str(seed001), "--event", str(event_path)])
    capsys.readouterr()
    assert main(["agenda", str(event_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Nettverkssamling 6. mai 2024"
    assert lines[2] == "— mandag 2024-05-06 —"
    assert lines[4].split() == ["0", "09:00", "120", "Fylkeskommunenes", "samling", "nei"]
    assert "Anette Bærheim, Mona Nilsen" in lines[9]
    assert len(lines) == 4 + 14


def test_export_csv_is_excel_friendly_and_reimports(seed001, tmp_path, event_path, capsys):
    main(["import", str(seed001), "--event", str(event_path)])
    out = tmp_path / "agenda.csv"
    assert main(["export", str(event_path), "--format", "csv", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfDato;KL.;Lengde;Tittel;Beskrivelse;Kategori;Ansvarlig;Notater;Str\xc3\xb8mmes;Sted\r\n")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    again = tmp_path / "igjen.krom"
    assert main(["import", str(out), "--event", str(again)]) == 0
    capsys.readouterr()
    first, second = _agenda_json(event_path, capsys), _agenda_json(again, capsys)
    assert second["blocks"] == first["blocks"]


def test_export_json_and_import_it_twice(seed001, tmp_path, event_path, capsys):
    main(["import", str(seed001), "--event", str(event_path)])
    out = tmp_path / "agenda.json"
    assert main(["export", str(event_path), "--format", "json", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "kontrollrom-agenda"
    capsys.readouterr()
    # the same blocks (same uids) into the same event: added as new blocks, with a warning each
    assert main(["import", str(out), "--event", str(event_path)]) == 0
    assert capsys.readouterr().out.count("finnes allerede i hendelsen") == 12  # the report lists 12, then "… og 2 til"
    assert len(_agenda_json(event_path, capsys)["blocks"]) == 28


def test_export_into_missing_folder_is_bad_input(seed001, tmp_path, event_path, capsys):
    main(["import", str(seed001), "--event", str(event_path)])
    assert main(["export", str(event_path), "--format", "json", "--out", str(tmp_path / "nei" / "a.json")]) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert not (tmp_path / "nei").exists()
    assert main(["export", str(event_path), "--format", "csv", "--out", str(tmp_path)]) == 2
    assert "er en mappe" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hendelse.krom"]


def test_agenda_of_a_missing_event_file(tmp_path, capsys):
    assert main(["agenda", str(tmp_path / "finnes-ikke.krom"), "--json"]) == 2
    assert "Finner ikke hendelsesfilen" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# -- bad input: exit 2, a message with file and line, the event file exactly as it was ----------------
def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name → (agenda file, the "file:line:" the message must start with)."""
    files: dict[str, tuple[Path, str]] = {}

    def put(name: str, content: bytes, line: int) -> None:
        path = tmp / name
        path.write_bytes(content)
        files[name] = (path, f"{path}:{line}: ")

    put("tom.txt", b"", 1)
    put("binaer.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, 3)
    put("feil-tid.csv", b"KL.;Lengde;Tittel;Dato\n25:00;30;Sent;2024-05-06\n", 2)
    put("feil-minutt.txt", b"Mandag 6. mai 2024\n\n09.00 Velkommen\n9:75 Rart\n", 4)
    put("feil-lengde.txt", b"# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t2h 70m\tLangt\t\n", 4)
    put("manglende-kolonner.csv", "Dato;Beskrivelse\n2024-05-06;Noe\n".encode("utf-8-sig"), 1)
    put("uten-aar.txt", b"Onsdag 6. september\n\n12.00 Lunsj\n", 1)
    put("detaljer.txt", (b"# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t45m\tVelkommen\t\n\n"
                         b"# Samling 6. mai 2024 - block details\n\n## Velkomst\n\n09:00 | 45m\n"), 8)
    big = tmp / "stor.txt"
    with big.open("wb") as fh:
        chunk = b"09.00 Velkommen til en veldig lang dag\n" * 25_000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    files["stor.txt"] = (big, f"{big}:1: ")
    return files


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    return _bad_files(tmp_path_factory.mktemp("bad"))


BAD = ["tom.txt", "binaer.bin", "feil-tid.csv", "feil-minutt.txt", "feil-lengde.txt", "manglende-kolonner.csv",
       "uten-aar.txt", "detaljer.txt", "stor.txt"]


@pytest.mark.parametrize("name", BAD)
def test_bad_input_leaves_an_existing_event_byte_for_byte(name, bad_files, seed001, event_path, capsys):
    main(["import", str(seed001), "--event", str(event_path)])
    before = event_path.read_bytes()
    capsys.readouterr()
    agenda, where = bad_files[name]
    assert main(["import", str(agenda), "--event", str(event_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"controlroom: {where}"), captured.err
    assert event_path.read_bytes() == before


@pytest.mark.parametrize("name", BAD)
def test_bad_input_creates_no_event_file(name, bad_files, event_path, capsys):
    agenda, where = bad_files[name]
    assert main(["import", str(agenda), "--event", str(event_path)]) == 2
    assert capsys.readouterr().err.startswith(f"controlroom: {where}")
    assert list(event_path.parent.iterdir()) == []


def test_bad_date_option(seed002, event_path, capsys):
    assert main(["import", str(seed002), "--event", str(event_path), "--date", "2023-13-01"]) == 2
    assert "«2023-13-01»" in capsys.readouterr().err
    assert not event_path.exists()


def test_event_file_that_is_not_an_event_is_refused_and_kept(seed001, tmp_path, capsys):
    notes = tmp_path / "notater.krom"
    notes.write_text("handleliste\n", encoding="utf-8")
    assert main(["import", str(seed001), "--event", str(notes)]) == 2
    assert "ikke en Kontrollrom-hendelsesfil" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "handleliste\n"


def test_real_subprocess(tmp_path):
    exe = REPO / ".venv" / "bin" / "controlroom"
    if not exe.exists():  # an installed console script elsewhere (CI without the dev venv)
        exe = Path(sys.executable).with_name("controlroom")
    event = tmp_path / "dag.krom"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([str(exe), "import", str(HERE / "programme_2025.txt"), "--event", str(event)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "10 bolker" in run.stdout
    shown = subprocess.run([str(exe), "agenda", str(event), "--json"], capture_output=True, text=True, env=env,
                           timeout=120)
    assert shown.returncode == 0
    doc = json.loads(shown.stdout)
    assert [b["title"] for b in doc["blocks"]][:2] == ["Registrering", "Åpning - Ingrid Berg og Lars Moe"]
    before = event.read_bytes()
    bad = tmp_path / "tom.csv"
    bad.write_bytes(b"")
    failed = subprocess.run([str(exe), "import", str(bad), "--event", str(event)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert failed.returncode == 2
    assert failed.stderr.startswith(f"controlroom: {bad}:1: Filen er tom")
    assert event.read_bytes() == before


def test_demo_event_is_built_from_the_bundled_agenda(tmp_path):
    path = ensure_demo_event(tmp_path)
    assert path == tmp_path / "demo-nettverkssamling.krom"
    store = EventStore.open(path, backup=False)
    try:
        repo = AgendaRepository(store)
        info, blocks = repo.event_info(), repo.blocks()
    finally:
        store.close()
    assert (info.title, info.place) == ("Nettverkssamling (demo)", "Stavanger")
    assert len(blocks) == 14 and {b.day for b in blocks} == {demo_today()}  # always today: the demo can run
    assert ensure_demo_event(tmp_path) == path  # built once
