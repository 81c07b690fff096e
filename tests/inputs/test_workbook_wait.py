"""``controlroom workbook EVENT --wait`` (the export dialog's prepared process), as a real process: it
prepares, says READY, and writes on one JSON line; what was committed while it waited is in the workbook;
a PDF laid out ahead prints the same pages; a bad line is refused with where and what was expected; end
of input writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from controlroom.cli import main


def _start(event: Path, *extra: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "controlroom", "workbook", str(event), "--wait", *extra],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    assert proc.stderr.readline().strip() == "READY"
    return proc


def test_an_input_committed_while_it_waits_is_in_the_workbook(store, blocks, event_path, tmp_path):
    store.close()
    assert main(["inputs", "add", str(event_path), "Før dialogen åpnet #sdg4", "--block", "1"]) == 0
    proc = _start(event_path, "--progress")
    assert main(["inputs", "add", str(event_path), "Mens verten valgte filnavn", "--block", "1"]) == 0
    out = tmp_path / "arbeidsbok.md"
    stdout, stderr = proc.communicate(json.dumps({"out": str(out), "include_personal_data": False}) + "\n",
                                      timeout=60)
    assert proc.returncode == 0, stderr
    assert stdout.strip() == str(out) and "PROGRESS" in stderr
    text = out.read_text(encoding="utf-8")
    assert "Før dialogen åpnet" in text and "Mens verten valgte filnavn" in text


def test_nothing_committed_meanwhile_writes_what_was_prepared_and_personal_data_follows_the_request(
        store, blocks, event_path, tmp_path):
    store.close()
    assert main(["inputs", "add", str(event_path), "Skriv til meg: kari@example.no", "--block", "1"]) == 0
    proc = _start(event_path)
    out = tmp_path / "med-navn.md"
    _stdout, stderr = proc.communicate(json.dumps({"out": str(out), "include_personal_data": True}) + "\n",
                                       timeout=60)
    assert proc.returncode == 0, stderr
    assert "kari@example.no" in out.read_text(encoding="utf-8")  # prepared without, built again with
    proc = _start(event_path)
    out = tmp_path / "uten.md"
    proc.communicate(json.dumps({"out": str(out), "include_personal_data": False}) + "\n", timeout=60)
    text = out.read_text(encoding="utf-8")
    assert proc.returncode == 0 and "kari@example.no" not in text and "e-post fjernet" in text


def test_a_bad_request_is_refused_and_end_of_input_writes_nothing(store, blocks, event_path, tmp_path):
    store.close()
    for line, expected in [("ikke json\n", "stdin: ventet en JSON-linje"),
                           (json.dumps({"out": 7}) + "\n", 'ventet {"out": FIL'),
                           (json.dumps([1, 2]) + "\n", '{"prepare": ".pdf"}'),
                           (json.dumps({"out": str(tmp_path / "x.odt"), "include_personal_data": False}) + "\n",
                            "ukjent format")]:
        proc = _start(event_path)
        _stdout, stderr = proc.communicate(line, timeout=60)
        assert proc.returncode == 2 and expected in stderr, stderr
    proc = _start(event_path)
    stdout, stderr = proc.communicate("", timeout=60)
    assert proc.returncode == 0 and stdout == "" and stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".md", ".odt", ".docx", ".pdf")) == []


def test_without_out_or_wait_it_says_what_is_missing(store, blocks, event_path, capsys):
    store.close()
    assert main(["workbook", str(event_path)]) == 2
    assert "--out FIL mangler" in capsys.readouterr().err


def test_a_pdf_laid_out_while_waiting_is_the_pdf_written_at_once(store, blocks, event_path, tmp_path):
    """``{"prepare": ".pdf"}`` lays the book out ahead; the file is the same PDF as a cold export's (pages and
    text), and an input committed after the layout is still in it (laid out again)."""
    import re
    import zlib

    store.close()
    for i in range(40):
        assert main(["inputs", "add", str(event_path), f"Innspill nummer {i} om frivillighet", "--block", "1"]) == 0
    cold = tmp_path / "kald.pdf"
    assert main(["workbook", str(event_path), "--out", str(cold)]) == 0

    def page_count(path: Path) -> int:
        return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))

    proc = _start(event_path)
    assert proc.stdin is not None
    proc.stdin.write(json.dumps({"prepare": ".pdf"}) + "\n")
    proc.stdin.flush()
    warm = tmp_path / "varm.pdf"
    _stdout, stderr = proc.communicate(json.dumps({"out": str(warm), "include_personal_data": False}) + "\n",
                                       timeout=60)
    assert proc.returncode == 0, stderr
    assert warm.read_bytes()[:5] == b"%PDF-" and page_count(warm) == page_count(cold) > 2

    proc = _start(event_path)
    assert proc.stdin is not None
    proc.stdin.write(json.dumps({"prepare": ".pdf"}) + "\n")
    proc.stdin.flush()
    assert main(["inputs", "add", str(event_path), "Sent innspill etter oppsettet", "--block", "1"]) == 0
    late = tmp_path / "sen.pdf"
    _stdout, stderr = proc.communicate(json.dumps({"out": str(late), "include_personal_data": False}) + "\n",
                                       timeout=60)
    assert proc.returncode == 0, stderr
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", late.read_bytes(), re.S)
    text = b"".join(zlib.decompress(s) for s in streams if s[:1] == b"x")
    assert page_count(late) >= page_count(cold) and len(text) > len(b"".join(
        zlib.decompress(s) for s in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", cold.read_bytes(), re.S)
        if s[:1] == b"x"))
