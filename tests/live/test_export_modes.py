"""Exported files get an ordinary file's permissions: 0666 minus the umask (0644 under umask 022),
or the mode of the file they replace, although each is written to a temporary file and renamed."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from controlroom import atomic_write
from controlroom.application.agenda_files import export_agenda
from controlroom.live.report import build_report, write_csv
from controlroom.live.service import LiveService
from controlroom.workbook.write import write_atomically


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{name}.")]


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640)])
def test_every_export_path_honours_the_umask(seed_store, clock, tmp_path, mask, expected):
    LiveService(seed_store, clock, "test").start()
    out = tmp_path / "ut"
    out.mkdir()
    with umask(mask):
        written = [
            write_csv(build_report(seed_store, clock), out / "kjoreplan.csv"),  # the report's CSV
            export_agenda(seed_store, "csv", out / "program.csv"),  # the agenda
            export_agenda(seed_store, "json", out / "program.json"),
        ]
        write_atomically(out / "arbeidsbok.md", b"# Arbeidsbok\n")  # the workbook
        written.append(out / "arbeidsbok.md")
    assert {p.name: oct(mode(p)) for p in written} == {p.name: oct(expected) for p in written}
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "grupper.csv"
    target.write_text("gammel\n")
    target.chmod(0o664)
    with umask(0o077):
        atomic_write.write_text(target, "ny\n")
    assert target.read_text() == "ny\n" and mode(target) == 0o664


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "kjoreplan.csv"
    target.write_text("forrige\n")
    with pytest.raises(RuntimeError), atomic_write.atomic_open(target, "w", encoding="utf-8") as fh:
        fh.write("halv")
        raise RuntimeError("disken ble borte")
    assert target.read_text() == "forrige\n"
    assert leftovers(tmp_path, target.name) == []


def test_the_umask_is_read_without_changing_it():
    with umask(0o027):
        assert atomic_write.current_umask() == 0o027
        assert os.umask(0o027) == 0o027  # still what was set
