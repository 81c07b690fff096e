"""How long agenda import takes: seed 001 (SessionLab) and a generated 2,000-block CSV.

Baseline, measured in the same run: reading the same file's bytes (what any importer must pay).
Also: the whole CLI path for the CSV (parse + one transaction into a new event file), against making the
same new, empty event file (open, migrate, close: what any import into a new event must pay), both after
one untimed run (the modules are imported by then).

    .venv/bin/python bench/agenda_import.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _common import median_ms  # noqa: E402

from controlroom.cli.agenda_cmds import import_into  # noqa: E402
from controlroom.importers import read_agenda  # noqa: E402
from controlroom.models import EventStore  # noqa: E402

SEED001 = REPO / "tests" / "fixtures" / "seed001_sessionlab.txt"


def generate_csv(path: Path, blocks: int) -> None:
    rows = ["Dato;KL.;Lengde;Tittel;Beskrivelse;Kategori;Ansvarlig;Notater;Strømmes"]
    day, minute = date(2025, 1, 6), 8 * 60
    for i in range(blocks):
        if minute >= 20 * 60:
            day, minute = day + timedelta(days=1), 8 * 60
        rows.append(
            f"{day.isoformat()};{minute // 60:02d}:{minute % 60:02d};30;Bolk {i} om bærekraft og samarbeid;"
            f"Beskrivelse av bolk {i} med æøå;{'Pause' if i % 6 == 5 else 'Innlegg'};Kari Nordmann, Ola Hansen;"
            f"Notat {i};{'ja' if i % 2 else 'nei'}"
        )
        minute += 30
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8-sig")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (< 60 s)")
    args = parser.parse_args()
    repeat = 5 if args.quick else 25
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "agenda-2000.csv"
        generate_csv(csv_path, 2000)
        assert len(read_agenda(csv_path).blocks) == 2000
        assert len(read_agenda(SEED001).blocks) == 14

        rows = [
            ("seed 001 (SessionLab, 14 blocks)", SEED001),
            ("generated CSV (2,000 blocks)", csv_path),
        ]
        print(f"{'what':38} {'size':>9} {'read bytes':>12} {'read_agenda':>12} {'ratio':>7}")
        for label, path in rows:
            base = median_ms(lambda p=path: p.read_bytes(), repeat * 4)
            parsed = median_ms(lambda p=path: read_agenda(p), repeat)
            print(f"{label:38} {path.stat().st_size / 1024:7.1f}KB {base:10.3f}ms {parsed:10.1f}ms {parsed / base:6.0f}x")

        counter = iter(range(10_000))

        def cli_path() -> None:
            import_into(read_agenda(csv_path), Path(tmp) / f"e{next(counter)}.krom", str(csv_path))

        def empty_event() -> None:
            EventStore.open(Path(tmp) / f"e{next(counter)}.krom", create=True).close()

        runs = 3 if args.quick else 9
        empty = median_ms(empty_event, runs, warm_up=True)
        whole = median_ms(cli_path, runs, warm_up=True)
        print(f"{'a new, empty event file (baseline)':38} {'':>9} {'':>12} {empty:10.1f}ms")
        print(f"{'CSV 2,000 blocks into a new event file':38} {'':>9} {'':>12} {whole:10.1f}ms"
              f"   (parse + one transaction + fsync; {whole - empty:.0f} ms over the baseline; target 300 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
