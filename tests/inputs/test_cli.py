"""``controlroom inputs`` and ``controlroom workbook`` as scripts use them (real processes for exit codes)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from controlroom.cli import main


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "controlroom", *args], capture_output=True, text=True, timeout=120)


def test_add_and_list_json_schema(store, blocks, event_path, capsys):
    store.close()
    assert main(["inputs", "add", str(event_path), "? Hvem betaler #økonomi", "--block", "4", "--source", "teams"]) == 0
    assert main(["inputs", "add", str(event_path), "Språkkafé", "--kind", "ide", "--tag", "sdg10", "--tag", "#språk",
                 "--author", "Kari"]) == 0
    assert main(["inputs", "add", str(event_path), "Målkonflikt", "--kind", "malkonflikt", "--source", "zoom"]) == 0
    assert main(["inputs", "add", str(event_path), "Spørsmål", "--kind", "Sporsmal"]) == 0
    capsys.readouterr()
    assert main(["inputs", "star", str(event_path), "1"]) == 0
    assert main(["inputs", str(event_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [set(r) for r in rows] == [{"id", "time", "block", "source", "kind", "text", "tags", "starred"}] * 4
    first = rows[0]
    assert (first["block"], first["source"], first["kind"], first["text"], first["tags"], first["starred"]) == (
        4, "teams", "spørsmål", "Hvem betaler #økonomi", ["økonomi"], True)
    assert first["time"][-6:] in ("+01:00", "+02:00")  # ISO in the event's zone (Europe/Oslo)
    assert rows[1]["kind"] == "idé" and rows[1]["tags"] == ["sdg10", "språk"] and rows[1]["block"] is None
    assert [r["kind"] for r in rows[2:]] == ["målkonflikt", "spørsmål"]
    assert main(["inputs", "delete", str(event_path), "2"]) == 0
    assert main(["inputs", str(event_path), "--json", "--search", "HVEM"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [1]
    assert main(["inputs", str(event_path), "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [1, 3, 4]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "klage"], "Ukjent type"),
        (["--source", "radio"], "Ukjent kilde"),
        (["--block", "99"], "finnes ikke"),
        (["--tag", "sdg18"], "1–17"),
    ],
)
def test_bad_input_exits_2_with_a_message(store, blocks, event_path, args, message, capsys):
    store.close()
    assert main(["inputs", "add", str(event_path), "tekst", *args]) == 2
    assert message in capsys.readouterr().err
    assert main(["inputs", str(event_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_real_process_exit_codes(tmp_path):
    missing = _run("inputs", "add", str(tmp_path / "finnes-ikke.krom"), "tekst")
    assert missing.returncode == 2 and "Finner ikke" in missing.stderr
    usage = _run("inputs", "add")
    assert usage.returncode == 2 and "usage" in usage.stderr.lower()


def test_workbook_command_writes_markdown(store, blocks, event_path, tmp_path, capsys):
    store.close()
    main(["inputs", "add", str(event_path), "Skriv til meg: kari@example.no #sdg4", "--block", "1"])
    out = tmp_path / "arbeidsbok.md"
    assert main(["workbook", str(event_path), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "kari@example.no" not in text and "e-post fjernet" in text
    assert main(["workbook", str(event_path), "--out", str(out), "--include-personal-data"]) == 0
    assert "kari@example.no" in out.read_text(encoding="utf-8")
    assert main(["workbook", str(event_path), "--out", str(tmp_path / "x.odt")]) == 2
    assert "ukjent format" in capsys.readouterr().err
