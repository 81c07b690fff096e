"""How long the reported hostile agenda files take to be read or refused, against a same-run baseline.

The tests in ``tests/agenda/test_hostile_files.py`` check what happens to each file (imported, or refused
with a message naming the file and line, the event unchanged); this bench prints how long it takes:

- an XLSX of 195 KB whose one title unpacks to 200 million characters, refused by ``import`` from the
  zip's directory — baseline: ``import`` of a two-row XLSX;
- an XLSX whose sheet claims a million rows, imported — same baseline;
- the text formats that once took quadratic time (wrapped SessionLab lines, a programme's continued
  lines, JSON blocks found by line, markup without closing brackets) at full size — baseline: the same
  file at a tenth of the size, so linear time shows as a ratio near 10.

    .venv/bin/python bench/hostile_files.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import openpyxl  # noqa: E402
from _common import median_ms  # noqa: E402

from controlroom.cli import main as cli  # noqa: E402
from controlroom.errors import BadInputError  # noqa: E402
from controlroom.importers import read_agenda  # noqa: E402

SEED = REPO / "tests" / "fixtures" / "seed001_sessionlab.txt"
BLOCK = {"day": "2024-05-06", "start": "09:00", "minutes": 30, "title": "Velkommen"}


def xlsx(rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_part(data: bytes, name: str, part: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, part if info.filename == name else src.read(info))
    return out.getvalue()


def title_bomb(good: bytes) -> bytes:
    """A small XLSX whose shared string is a 200-million-character title (as reported)."""
    part = io.BytesIO()
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        src = zipfile.ZipFile(io.BytesIO(good))
        for info in src.infolist():
            z.writestr(info.filename, src.read(info))
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            chunk = b"a" * (1 << 22)
            for _ in range(200_000_000 // len(chunk)):
                out.write(chunk)
            out.write(b"a" * (200_000_000 % len(chunk)) + b"</t></si></sst>")
    return part.getvalue()


def wrapped_sessionlab(n: int) -> str:
    return "# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t1h 00m\tBolk\tstart\n" + "\t\t\tord\n" * n


def continued_programme(n: int) -> str:
    return "Onsdag 6. mai 2026\n09.00 Velkommen,\n" + "    og,\n" * n + "    ord\n" * n


def json_blocks(n: int) -> str:
    blocks = [{**BLOCK, "uid": f"b{i}", "description": "x" * 1500} for i in range(n)]
    return json.dumps({"format": "kontrollrom-agenda", "version": 1, "blocks": blocks}, indent=2)


def open_markup(n: int) -> str:
    return "# Samling 6. mai 2024\n\nKL.\tLENGDE\tTITTEL\tBESKRIVELSE\n09:00\t1h\tBolk\t" + "<a" * n + "\n"


def read_or_refuse(path: Path) -> None:
    with contextlib.suppress(BadInputError):
        read_agenda(path)


def import_cli(path: Path, base_event: Path, work: Path) -> Callable[[], None]:
    """``controlroom import FILE --event COPY`` in this process, on a fresh copy of the event each time."""

    def run() -> None:
        event = work / "hendelse.krom"
        shutil.copy(base_event, event)
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            code = cli(["import", str(path), "--event", str(event)])
        assert code in (0, 2), code
        event.unlink()

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base_event = work / "base.krom"
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli(["import", str(SEED), "--event", str(base_event)]) == 0
        good = xlsx([["Dato", "KL.", "Tittel"], ["2024-05-06", "09:00", "Velkommen"]])
        small = work / "liten.xlsx"
        small.write_bytes(good)
        bomb = work / "tittel.xlsx"
        bomb.write_bytes(title_bomb(good))
        sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
        claims = work / "million.xlsx"
        claims.write_bytes(with_part(good, "xl/worksheets/sheet1.xml",
                                     sheet.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>')))

        print(f"{'case':52}{'ms':>10}{'baseline ms':>14}{'ratio':>8}")
        baseline = median_ms(import_cli(small, base_event, work), args.repeat, warm_up=True)
        for label, path in ((f"XLSX title bomb ({bomb.stat().st_size // 1024} KB), refused", bomb),
                            ("XLSX claiming 1,048,576 rows, imported", claims)):
            ms = median_ms(import_cli(path, base_event, work), args.repeat)
            print(f"{label:52}{ms:>10.1f}{baseline:>14.1f}{ms / baseline:>8.1f}   baseline: a two-row XLSX")

        texts = (("wrapped SessionLab lines", "a.txt", wrapped_sessionlab, 16_000),
                 ("continued programme lines, refused", "b.txt", continued_programme, 250_000),
                 ("JSON blocks found by line", "c.json", json_blocks, 4_800),
                 ("markup without closing brackets", "d.txt", open_markup, 45_000))
        for label, name, make, n in texts:
            full, tenth = work / name, work / f"tenth-{name}"
            full.write_text(make(n), encoding="utf-8")
            tenth.write_text(make(n // 10), encoding="utf-8")
            base_ms = median_ms(lambda p=tenth: read_or_refuse(p), args.repeat, warm_up=True)
            ms = median_ms(lambda p=full: read_or_refuse(p), args.repeat)
            text = f"{label} (n={n:,})"
            print(f"{text:52}{ms:>10.1f}{base_ms:>14.1f}{ms / base_ms:>8.1f}   baseline: n/10 (linear: ~10)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
