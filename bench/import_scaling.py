"""Import time against file size, for every importer, up to the 10 MB limit.

For each format (SessionLab, plain text, CSV, XLSX, Kontrollrom JSON and the registration list as CSV
and XLSX) a file of about 0.1, 0.3, 1, 3 and 10 MB is generated, shaped like a real one of that kind
(blocks with wrapped description lines, indented speaker lines, long cells), and imported with the
importer's public entry point (``read_agenda`` / ``read_participants``). Baseline, measured in the same
run on the same file: reading the bytes and decoding them (what any importer must pay). A linear
importer keeps ``ms/MB`` flat as the size grows.

A second table is the shape that used to be quadratic: one SessionLab block whose description wraps
onto 2,000 / 4,000 / 8,000 tab-indented lines.

    .venv/bin/python bench/import_scaling.py [--quick] [--max-mb 10]

Target: the 10 MB case of every importer under 5 s.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import string
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from controlroom.errors import BadInputError  # noqa: E402
from controlroom.grouping.participants_import import read_participants  # noqa: E402
from controlroom.importers import read_agenda  # noqa: E402

MB = 1024 * 1024
TARGET_S = 5.0
#: Blocks per day in the generated agendas (a real day has 10–30).
PER_DAY = 20
FIRST_DAY = date(2025, 1, 6)
WORDS = ("bærekraft", "samarbeid", "kommune", "gruppe", "innspill", "plenum", "nettverk", "strømmes",
         "arbeidsgruppe", "målkonflikter", "erfaring", "fylkeskommune", "digitalt", "fysisk", "og", "i", "på")


def _text(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    n = 0
    while n < chars:
        w = rng.choice(WORDS)
        out.append(w)
        n += len(w) + 1
    return " ".join(out)


def _noise(rng: random.Random, chars: int) -> str:
    """Text that does not compress (so an XLSX reaches the size asked for)."""
    return "".join(rng.choices(string.ascii_letters + "æøåÆØÅ ", k=chars))


def _slot(i: int, per_day: int = PER_DAY, step: int = 30) -> tuple[date, str]:
    day = FIRST_DAY + timedelta(days=i // per_day)
    minute = 8 * 60 + (i % per_day) * step
    return day, f"{minute // 60:02d}:{minute % 60:02d}"


# -- generators: (rng, target bytes) -> bytes -------------------------------------------------------
def _blocks_for(size: int, per_block: int) -> int:
    return max(2, min(4800, size // per_block))


def gen_sessionlab(rng: random.Random, size: int) -> bytes:
    """A multi-day session: 'Dag N' rows (N ≤ 99) move the blocks after them to the next day."""
    n = _blocks_for(size, 400)
    wraps = max(1, min(40, size // n // 90))
    lines = ["# Nettverkssamling 6. januar 2025", "", "■ Diskusjon ■ Innlegg ■ Pause ■ Workshop", "",
             "KL.\tLENGDE\tTITTEL\tBESKRIVELSE"]
    for i in range(n):
        if i and i % 50 == 0:
            lines.append(f"Dag {i // 50 + 1}\t\t\t")
        _day, start = _slot(i, 50, 15)
        lines.append(f"{start}\t15m\t<b>Bolk {i} om {rng.choice(WORDS)}</b>\t{_text(rng, 80)}")
        for _ in range(wraps):
            lines.append(f"\t\t\t{_text(rng, 80)}")
    return ("\n".join(lines) + "\n").encode()


def gen_sessionlab_wrapped(lines_count: int) -> bytes:
    """The formerly quadratic shape: one block, its description wrapped onto ``lines_count`` lines."""
    lines = ["# Samling 6. januar 2025", "", "KL.\tLENGDE\tTITTEL\tBESKRIVELSE", "09:00\t1h 00m\tBolk\tstart"]
    lines += ["\t\t\tord ord ord" for _ in range(lines_count)]
    return ("\n".join(lines) + "\n").encode()


def gen_plaintext(rng: random.Random, size: int) -> bytes:
    n = _blocks_for(size, 400)
    speakers = max(1, min(40, size // n // 90))
    lines = ["Nordisk erfaringsutveksling", "", _text(rng, 300), ""]
    for i in range(n):
        day, start = _slot(i)
        if i % PER_DAY == 0:
            lines += ["", f"{day.day}. {('januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember')[day.month - 1]} {day.year}", ""]
        lines.append(f"{start.replace(':', '.')}  {_text(rng, 40).capitalize()}")
        for _ in range(speakers):
            lines.append(f"            {_text(rng, 80)}")
    return ("\n".join(lines) + "\n").encode()


def gen_csv(rng: random.Random, size: int) -> bytes:
    n = _blocks_for(size, 400)
    desc = max(40, min(4000, size // n - 120))
    rows = ["Dato;KL.;Lengde;Tittel;Beskrivelse;Kategori;Ansvarlig;Strømmes"]
    for i in range(n):
        day, start = _slot(i)
        rows.append(f"{day.isoformat()};{start};30;Bolk {i} om {rng.choice(WORDS)};{_text(rng, desc)};"
                    f"{'Pause' if i % 6 == 5 else 'Innlegg'};Kari Nordmann, Ola Hansen;{'ja' if i % 2 else 'nei'}")
    return ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")


def gen_xlsx(rng: random.Random, size: int) -> bytes:
    import openpyxl

    n = _blocks_for(size, 400)
    desc = max(40, min(8000, size // n - 60))
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Program")
    ws.append(["Dato", "KL.", "Lengde", "Tittel", "Beskrivelse", "Kategori"])
    for i in range(n):
        day, start = _slot(i)
        ws.append([day.isoformat(), start, 30, f"Bolk {i}", _noise(rng, desc), "Innlegg"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def gen_json(rng: random.Random, size: int) -> bytes:
    n = _blocks_for(size, 400)
    desc = max(40, min(4000, size // n - 300))
    blocks = []
    for i in range(n):
        day, start = _slot(i)
        blocks.append({"uid": f"b{i}", "day": day.isoformat(), "start": start, "minutes": 30, "title": f"Bolk {i}",
                       "description": _text(rng, desc), "category": None, "assigned": ["Kari Nordmann"],
                       "notes": "Streames", "streamed": True, "location": "both", "fixed_start": False,
                       "warn_seconds": None, "danger_seconds": None})
    doc = {"format": "kontrollrom-agenda", "version": 1, "title": "Samling", "timezone": "Europe/Oslo",
           "place": "Stavanger", "categories": [], "blocks": blocks}
    return json.dumps(doc, ensure_ascii=False, indent=2).encode()


def _people_rows(rng: random.Random, size: int, text=_text) -> list[list[str]]:
    """Up to 9,500 people; past 2.4 MB the rows grow (long organisation names, a comment column)."""
    n = max(2, min(9_500, size // 250))
    extra = max(10, size // n - 120)
    org, comment = min(extra, 280), max(0, min(extra - 280, 3000))
    return [[f"Person {i} {rng.choice(WORDS)}", f"p{i}@example.no", text(rng, org)[:280], f"Kommune {i % 40}",
             ("Fysisk", "Digitalt (Teams)", "Zoom")[i % 3], text(rng, comment)[:comment]] for i in range(n)]


def gen_people_csv(rng: random.Random, size: int) -> bytes:
    rows = ["Navn;E-post;Organisasjon;Kommune;Deltakelse;Kommentar"] + [";".join(r) for r in _people_rows(rng, size)]
    return ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")


def gen_people_xlsx(rng: random.Random, size: int) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Påmeldte")
    ws.append(["Navn", "E-post", "Organisasjon", "Kommune", "Deltakelse", "Kommentar"])
    for r in _people_rows(rng, size, _noise):
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


FORMATS: list[tuple[str, str, Callable[[random.Random, int], bytes], Callable[[Path], object]]] = [
    ("SessionLab", "txt", gen_sessionlab, read_agenda),
    ("plain text", "txt", gen_plaintext, read_agenda),
    ("CSV", "csv", gen_csv, read_agenda),
    ("XLSX", "xlsx", gen_xlsx, read_agenda),
    ("JSON", "json", gen_json, read_agenda),
    ("participants CSV", "csv", gen_people_csv, read_participants),
    ("participants XLSX", "xlsx", gen_people_xlsx, read_participants),
]


def _fit(gen: Callable[[random.Random, int], bytes], seed: str, size: int) -> bytes:
    """A file of about ``size`` bytes and never over the 10 MB import limit."""
    data = gen(random.Random(seed), size)
    while len(data) > 10 * MB - 64 * 1024:
        size = int(size * (10 * MB - 128 * 1024) / len(data))
        data = gen(random.Random(seed), size)
    return data


def _count(result: object) -> int:
    return len(getattr(result, "blocks", None) or getattr(result, "participants", None) or [])


def _timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            result = fn()
        except BadInputError as exc:
            result = exc
        best = min(best, time.perf_counter() - t0)
    return best, result


def _baseline(path: Path) -> float:
    def read_decode() -> None:
        data = path.read_bytes()
        data.decode("utf-8", errors="replace")

    return _timed(read_decode, 5)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="sizes up to 1 MB only, one run each")
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest file (default 10, the import limit)")
    parser.add_argument("--only", default=None, help="only formats whose name contains this")
    parser.add_argument("--wrapped", default="2000,4000,8000", help="wrapped-line counts for the second table")
    args = parser.parse_args()
    sizes = [s for s in (0.1, 0.3, 1.0, 3.0, 9.9) if s <= (1.0 if args.quick else args.max_mb)]
    repeat = 1 if args.quick else 3
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'importer':18} {'size':>8} {'rows':>6} {'read+decode':>12} {'import':>10} {'ms/MB':>8} {'ratio':>7}  outcome")
        for name, ext, gen, read in FORMATS:
            if args.only and args.only.lower() not in name.lower():
                continue
            for mb in sizes:
                data = _fit(gen, f"{name}-{mb}", int(mb * MB))
                path = Path(tmp) / f"{name.replace(' ', '-')}-{mb}.{ext}"
                path.write_bytes(data)
                base = _baseline(path)
                took, result = _timed(lambda p=path, r=read: r(p), repeat)
                size_mb = len(data) / MB
                outcome = ("refused: " + str(result).splitlines()[0][:60]) if isinstance(result, BadInputError) else "ok"
                if size_mb > 9:
                    worst = max(worst, took)
                print(f"{name:18} {size_mb:6.2f}MB {_count(result):6d} {base * 1000:10.1f}ms {took * 1000:8.0f}ms "
                      f"{took * 1000 / size_mb:8.0f} {took / base:6.0f}x  {outcome}")
        print()
        print(f"{'SessionLab, one block wrapped onto N lines':44} {'size':>8} {'read+decode':>12} {'import':>10}")
        for n in (int(x) for x in args.wrapped.split(",") if x):
            path = Path(tmp) / f"wrapped-{n}.txt"
            path.write_bytes(gen_sessionlab_wrapped(n))
            base = _baseline(path)
            took, result = _timed(lambda p=path: read_agenda(p), repeat)
            outcome = "refused" if isinstance(result, BadInputError) else "ok"
            print(f"{f'{n:,} lines':44} {path.stat().st_size / 1024:6.0f}KB {base * 1000:10.2f}ms {took * 1000:8.0f}ms  {outcome}")
    if worst:
        print(f"\nslowest 10 MB import: {worst:.2f} s (target under {TARGET_S:.0f} s)")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
