"""Fuzzing every importer through the command line: mutated agendas (SessionLab, plain text, CSV, XLSX,
Kontrollrom JSON) and registration lists (CSV, XLSX), from a fixed seed.

Mutations: bit flips, truncation, repeated and huge lines, NUL bytes, UTF-16/UTF-32 without BOM,
Windows-1252, a BOM before bad bytes, formula cells, extreme dates, lengths and numbers, control and
surrogate characters, malformed and deeply nested JSON, XLSX bombs (a huge shared string, entity
expansion, a false dimension), renamed and truncated zips.

Every case must end with exit 0 or exit 2: exit 2 with a message naming the file and the event file
byte for byte unchanged; exit 0 with an event that ``agenda``, ``report``, ``live`` and ``export`` still
show. CI runs the first ``CI_CASES`` cases; ``bench/fuzz_importers.py`` runs 3,000 of the same stream.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import shutil
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from controlroom.cli import main

TESTS = Path(__file__).resolve().parent
SEED = 20_261_205
CI_CASES = 300


@dataclass(frozen=True)
class Case:
    name: str  # the mutation(s), for the report
    filename: str
    data: bytes
    kind: str  # "agenda" | "participants"
    date: str | None = None  # --date for the agenda import


@dataclass
class Outcome:
    code: int | str  # 0, 2, or "crash: …" / "broke: …"
    message: str = ""


# -- the seed files -------------------------------------------------------------------------------------
def _xlsx(rows: list[list[object]]) -> bytes:
    """A workbook with ``rows``, the same bytes every run (openpyxl stamps the time into the zip and its
    properties; the stream of cases must not change with the clock)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.created = datetime(2024, 5, 6, 9, 0)
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return _zip_with(buf.getvalue(), lambda name, part: re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-05-06T09:00:00Z", part) if name == "docProps/core.xml" else part)


AGENDA_ROWS: list[list[object]] = [
    ["Program for dagen"],
    ["Dato", "KL.", "Lengde", "Tittel", "Beskrivelse", "Kategori", "Ansvarlig", "Notater", "Strømmes", "Sted"],
    ["06.05.2024", "09:00", "2h 00m", "Fylkeskommunenes samling", "Arena for fylkeskommunene.", "Diskusjon", "",
     "FK styrer selv", "nei", "fysisk"],
    ["", "11:00", "15", "Åpning og velkommen", "", "Innlegg", "Andreas Stangenes, Anne Romsaas", "", "ja", "begge"],
    ["", "11:15", "45m", "Lunsj", "", "", "", "", "", ""],
    ["2024-05-07", "09:00", "1t 30m", "Verksted på Bærum", "Linje én\nLinje to", "Verksted", "Ærlig Øvrebø", "",
     "", "digitalt"],
    ["", "17:30", "0", "Slutt", "", "", "", "", "", ""],
]
PEOPLE_ROWS: list[list[object]] = [
    ["Fornavn", "Etternavn", "E-post", "Organisasjon", "Kommune", "Deltakelse", "Kommentar"],
    *[[f"Ola{i}", f"Nordmann{i}", f"ola{i}@example.no", "Kommunen", f"Kommune {i % 5}",
       ("Fysisk", "Digitalt (Teams)", "Zoom", "Fysisk i Stavanger")[i % 4], ""] for i in range(12)],
]


def _csv(rows: list[list[object]], delimiter: str = ";") -> str:
    def cell(value: object) -> str:
        text = str(value)
        return f'"{text}"' if any(c in text for c in f'{delimiter}"\n') else text

    return "\r\n".join(delimiter.join(cell(v) for v in row) for row in rows) + "\r\n"


@cache
def seed_files() -> tuple[tuple[str, bytes, str], ...]:
    """(file name, bytes, kind) of the real and generated files the mutations start from."""
    from controlroom.exporters.jsonformat import agenda_document
    from controlroom.importers import read_agenda

    seed001 = TESTS / "fixtures" / "seed001_sessionlab.txt"
    draft = read_agenda(seed001)
    for i, b in enumerate(draft.blocks):
        b.uid = f"b{i:02d}"
    doc = agenda_document(draft.title, draft.timezone, "Stavanger", draft.categories, draft.blocks)
    return (
        ("seed001.txt", seed001.read_bytes(), "agenda"),
        ("seed002.txt", (TESTS / "fixtures" / "seed002_programme.txt").read_bytes(), "agenda"),
        ("partnerskap.txt", (TESTS / "agenda" / "fixtures" / "sessionlab_partnerskap.txt").read_bytes(), "agenda"),
        ("programme.txt", (TESTS / "agenda" / "fixtures" / "programme_2025.txt").read_bytes(), "agenda"),
        ("agenda.csv", _csv(AGENDA_ROWS).encode("utf-8-sig"), "agenda"),
        ("agenda.xlsx", _xlsx(AGENDA_ROWS), "agenda"),
        ("agenda.json", json.dumps(doc, ensure_ascii=False, indent=2).encode(), "agenda"),
        ("people.csv", _csv(PEOPLE_ROWS).encode("utf-8"), "participants"),
        ("people.xlsx", _xlsx(PEOPLE_ROWS), "participants"),
    )


# -- mutations: (rng, data) -> data -----------------------------------------------------------------------
NASTY_TEXT = [
    "31.12.9999", "0001-01-01", "9999-12-31", "29.02.2023", "00.00.0000", "99:99", "23:60", "24:00", "-5",
    "99999999999999999999m", "2h 70m", "1e400", "NaN", "=cmd|' /C calc'!A0", "+SUM(1)", "@x", "-1+1",
    "\x1b[2J\x1b]0;pwned\x07", "\x00", "\u202eevil", "\ufeff", "<b><b><b>", "<a" * 5000, "**" * 3000,
    "\t" * 3000, "Slutt", "", " ", "Dag 99", "↓ 99t 99m", "# x - block details", "## " + " " * 5000 + "x",
]
NASTY_JSON: list[object] = [
    2**63, -(2**63) - 1, -1, 0, 10**25, 1.5, 1e308, None, True, "", "a\ud800", "\udfff", [], {}, [[[[]]]],
    "0001-01-01", "9999-12-31", "2024-02-30", "25:00", "x" * 200_000, "\x00\x1b[31m", {"format": "x"},
]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def bit_flips(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice((1, 2, 8, 64))):
        if b:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)] if data else data


def repeat_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    n = rng.choice((2, 50, 700, 3000, 20_000))
    out = lines[:i] + [lines[i]] * n + lines[i:]
    return b"\n".join(out)[: 11 * 1024 * 1024]


def huge_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    unit = rng.choice((b"x", b"<a", b"\t", b" ", b"9", b";", b'"', b"**", b"# ", b"\xe6", b"a, "))
    length = rng.choice((1_000, 70_000, 140_000, 400_000))
    line = (unit * (length // len(unit) + 1))[:length]
    i = rng.randrange(len(lines) + 1)
    if rng.random() < 0.5 and i < len(lines):
        line = lines[i] + line  # a cell that grows, not a line of its own
        return b"\n".join([*lines[:i], line, *lines[i + 1:]])
    return b"\n".join([*lines[:i], line, *lines[i:]])


def nul_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    if rng.random() < 0.5 and len(b) < 70_000:  # past the first 64 KB
        b += b"x" * (70_000 - len(b)) + b"\n"
    for _ in range(rng.choice((1, 3))):
        b.insert(rng.randrange(len(b) + 1), 0)
    return bytes(b)


def reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    encoding = rng.choice(("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252", "utf-16", "latin-1"))
    return text.encode(encoding, errors="replace")


def bom_then_garbage(rng: random.Random, data: bytes) -> bytes:
    bom = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"))
    garbage = bytes(rng.randrange(256) for _ in range(rng.choice((1, 7, 300))))
    i = rng.randrange(len(data) + 1)
    return bom + data[:i] + garbage + data[i:]


def nasty_token(rng: random.Random, data: bytes) -> bytes:
    """A field, time, date or word replaced by a nasty value (works on any text format)."""
    text = data.decode("utf-8", errors="replace")
    words = [m for m in range(len(text)) if text[m] in "\t;\n"]
    if not words:
        return data
    at = rng.choice(words) + 1
    end = at
    while end < len(text) and text[end] not in "\t;\n":
        end += 1
    token = rng.choice(NASTY_TEXT)
    return (text[:at] + token + text[end:]).encode("utf-8", errors="surrogatepass")


def json_field(rng: random.Random, data: bytes) -> bytes:
    """A block's field (or a top-level one) set to a nasty JSON value, or removed."""
    doc = json.loads(data)
    if not isinstance(doc, dict):
        return data
    target = doc
    if doc.get("blocks") and rng.random() < 0.8:
        target = rng.choice(doc["blocks"])
    keys = list(target) or ["x"]
    key = rng.choice(keys)
    if rng.random() < 0.15:
        target.pop(key, None)
    else:
        target[key] = rng.choice(NASTY_JSON)
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.1:  # a number longer than Python will print
        text = text.replace('"version": 1', '"version": ' + "9" * 4301, 1)
    return text.encode("utf-8", errors="surrogatepass")


def json_shape(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice((50, 5_000, 200_000))
    return rng.choice((
        b"[" * depth + b"]" * depth,
        b'{"format": "kontrollrom-agenda", "version": 1, "blocks": ' + b"[" * depth,
        b'{"a":' * depth + b"1" + b"}" * depth,
        b'{"format": "kontrollrom-agenda", "version": 1, "blocks": [' + b"{}, " * 6000 + b"{}]}",
        data.replace(b'"minutes": ', b'"minutes": ' + b"1" * 5000, 1),
        data[: len(data) // 2],
        b"\xef\xbb\xbf" + data,
    ))


def _zip_with(base: bytes, replace: Callable[[str, bytes], bytes | None]) -> bytes:
    """``base`` (a zip) with each part passed through ``replace`` (None drops it); fixed timestamps."""
    zin = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            part = replace(info.filename, zin.read(info))
            if part is not None:
                z.writestr(zipfile.ZipInfo(info.filename, (2024, 5, 6, 9, 0, 0)), part, zipfile.ZIP_DEFLATED)
    return out.getvalue()


#: Billion laughs: &i; expands to 10⁹ characters.
_LAUGHS = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + b"".join(
    b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8)) + b"]>"


@cache
def _bomb_part() -> bytes:
    """A shared-string table of one 60-million-character string (compresses to about 60 KB)."""
    return (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
            b"<si><t>" + b"a" * 60_000_000 + b"</t></si></sst>")


def xlsx_attack(rng: random.Random, data: bytes) -> bytes:
    kind = rng.choice(("bomb", "entities", "dimension", "row-number", "utf16-part", "truncated", "crc", "junk-part",
                       "escapes", "no-sheet"))
    sheet = "xl/worksheets/sheet1.xml"

    def edit(fn: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
        return lambda name, part: fn(part) if name == sheet else part

    if kind == "bomb":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            zin = zipfile.ZipFile(io.BytesIO(data))
            for info in zin.infolist():
                z.writestr(info, zin.read(info))
            z.writestr(zipfile.ZipInfo("xl/sharedStrings.xml", (2024, 5, 6, 9, 0, 0)), _bomb_part(), zipfile.ZIP_DEFLATED)
        return out.getvalue()
    if kind == "entities":
        return _zip_with(data, edit(lambda p: _LAUGHS + p.replace(b"<t>", b"<t>&i;", 1)))
    if kind == "dimension":
        return _zip_with(data, edit(lambda p: p.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>', 1)
                                    .replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr">'
                                             b"<is><t>x</t></is></c></row></sheetData>", 1)))
    if kind == "row-number":
        return _zip_with(data, edit(lambda p: p.replace(b'<row r="2"', b'<row r="' + b"9" * rng.choice((12, 5000)) + b'"', 1)))
    if kind == "utf16-part":
        return _zip_with(data, edit(lambda p: p.decode().encode("utf-16")))
    if kind == "truncated":
        return data[: rng.randrange(len(data))]
    if kind == "crc":
        return bit_flips(rng, data)
    if kind == "junk-part":
        return _zip_with(data, edit(lambda p: bytes(rng.randrange(256) for _ in range(500))))
    if kind == "escapes":  # openpyxl turns _xHHHH_ into the character: NUL, escape, a lone surrogate
        token = rng.choice((b"_x0000_", b"_x001B_", b"_xD800_", b"_xFFFF_"))
        return _zip_with(data, edit(lambda p: p.replace(b"<t>", b"<t>" + token, 3)))
    return _zip_with(data, lambda name, part: None if name == sheet else part)


def xlsx_cells(rng: random.Random, data: bytes, kind: str) -> bytes:
    """A workbook written with openpyxl whose cells hold nasty values (dates, numbers, formulas, text)."""
    from datetime import date, datetime, time, timedelta

    rows = [list(r) for r in (AGENDA_ROWS if kind == "agenda" else PEOPLE_ROWS)]
    values: list[object] = [*NASTY_TEXT, 2**62, -1, 1e300, 0.999999, True, datetime(9999, 12, 31, 23, 0),
                            date(1, 1, 1), time(23, 59), timedelta(days=-3), timedelta(days=10**6),
                            "=1/0", "=A1", "x" * 40_000]
    for _ in range(rng.choice((1, 3, 10))):
        r = rng.randrange(1, len(rows))
        c = rng.randrange(len(rows[r]))
        rows[r][c] = rng.choice(values)
    try:
        return _xlsx(rows)
    except Exception:  # noqa: BLE001 - openpyxl refuses some values (control characters): keep the file as it was
        return data


#: Seed files that say their days without a year: imported with --date.
NEED_DATE = ("seed002", "programme")
TEXT_MUTATIONS = [bit_flips, truncate, repeat_line, huge_line, nul_bytes, reencode, bom_then_garbage, nasty_token]


def make_case(i: int, seed: int = SEED) -> Case:
    """The ``i``-th case of the stream (the same for every run with the same seed)."""
    rng = random.Random(f"{seed}-{i}")
    name, data, kind = rng.choice(seed_files())
    applied: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if name.endswith(".xlsx"):
            op = rng.choice(("attack", "cells", "renamed", "bits"))
            if op in ("attack", "cells"):
                with contextlib.suppress(Exception):  # the zip is already broken: this mutation does not apply
                    data = xlsx_attack(rng, data) if op == "attack" else xlsx_cells(rng, data, kind)
            elif op == "renamed":
                name = name.replace(".xlsx", rng.choice((".csv", ".txt", ".json", "")))
            else:
                data = bit_flips(rng, data)
            applied.append(f"xlsx-{op}")
            if not name.endswith(".xlsx"):
                break
        else:
            json_ops = (json_field, json_field, json_shape)
            fn = rng.choice(json_ops) if name.endswith(".json") and rng.random() < 0.6 else rng.choice(TEXT_MUTATIONS)
            with contextlib.suppress(Exception):  # e.g. JSON too deep to edit: this mutation does not apply
                data = fn(rng, data)
            applied.append(fn.__name__)
    day = "2025-03-04" if kind == "agenda" and (name.startswith(NEED_DATE) or rng.random() < 0.3) else None
    return Case(f"{i}:{name}:{'+'.join(applied)}", name or "noname", data, kind, day)


# -- running a case through the command line -----------------------------------------------------------
def _cli(argv: list[str]) -> tuple[int | str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:  # noqa: BLE001 - the very thing this test looks for
        return f"crash: {type(exc).__name__}: {exc}"[:300] + "\n" + traceback.format_exc()[-1500:], err.getvalue()
    return code, err.getvalue()


def run_case(case: Case, workdir: Path, base_event: Path) -> Outcome:
    """Import ``case`` into a copy of ``base_event``; then check what the contract asks of the outcome."""
    folder = workdir / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / case.filename
    path.write_bytes(case.data)
    event = folder / "hendelse.krom"
    shutil.copy(base_event, event)
    before = event.read_bytes()
    if case.kind == "agenda":
        argv = ["import", str(path), "--event", str(event), *(["--date", case.date] if case.date else [])]
    else:
        argv = ["participants", "import", str(path), "--event", str(event)]
    code, err = _cli(argv)
    if code == 2:
        if not err.startswith("controlroom: ") or case.filename not in err:
            return Outcome("bad message", err[:300])
        if event.read_bytes() != before:
            return Outcome("event changed on failure", err[:300])
        return Outcome(2, err)
    if code != 0:
        return Outcome(code if isinstance(code, str) else f"exit {code}", err[:300])
    for check in (["agenda", str(event), "--json"], ["report", str(event), "--json"], ["live", str(event), "state"]):
        got, check_err = _cli(check)
        if got != 0:
            return Outcome(f"broke: {check[0]} gave {str(got)[:200]}", check_err[:300])
    return Outcome(0)


def make_base_event(folder: Path) -> Path:
    """An event with the seed programme and a dozen participants, as the bad-input sweep uses."""
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / "base.krom"
    if not event.exists():
        people = folder / "p.csv"
        people.write_bytes(seed_files()[7][1])
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["import", str(TESTS / "fixtures" / "seed002_programme.txt"), "--event", str(event),
                         "--date", "2026-11-21"]) == 0
            assert main(["participants", "import", str(people), "--event", str(event)]) == 0
    return event


def run_many(count: int, workdir: Path, seed: int = SEED) -> tuple[dict[str, int], list[tuple[str, Outcome]], float]:
    """Run cases 0…count-1: (count per outcome, the failures, seconds)."""
    base = make_base_event(workdir / "base")
    counts: dict[str, int] = {}
    failures: list[tuple[str, Outcome]] = []
    started = time.perf_counter()
    for i in range(count):
        case = make_case(i, seed)
        outcome = run_case(case, workdir, base)
        key = f"exit {outcome.code}" if outcome.code in (0, 2) else "anything else"
        counts[key] = counts.get(key, 0) + 1
        if outcome.code not in (0, 2):
            failures.append((case.name, outcome))
    return counts, failures, time.perf_counter() - started


def test_the_stream_is_the_same_every_run():
    first = [(make_case(i).name, make_case(i).data) for i in range(0, 90, 7)]
    seed_files.cache_clear()
    time.sleep(1.1)  # openpyxl stamps the time into what it writes: the generator must take it out
    assert [(make_case(i).name, make_case(i).data) for i in range(0, 90, 7)] == first


def test_mutated_files_give_exit_0_or_2_and_never_break_the_event(tmp_path, capsys):
    counts, failures, _seconds = run_many(CI_CASES, tmp_path)  # cases per second: bench/fuzz_importers.py
    assert failures == [], "\n\n".join(f"{name}\n  {o.code}\n  {o.message}" for name, o in failures[:10])
    assert counts.get("exit 0", 0) > 10 and counts.get("exit 2", 0) > 100, counts  # both sides are exercised


@pytest.mark.parametrize("kind", ["agenda", "participants"])
def test_every_seed_file_imports_unmutated(kind, tmp_path):
    base = make_base_event(tmp_path / "base")
    for name, data, k in seed_files():
        if k == kind:
            outcome = run_case(Case(name, name, data, kind, "2025-03-04" if name.startswith(NEED_DATE) else None),
                               tmp_path, base)
            assert outcome.code == 0, (name, outcome)
