"""The rundown PDF and the group lists' PDF (both through Qt's PDF writer) get an ordinary file's
permissions, 0644 under umask 022, although each is written to a temporary file and renamed."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

from controlroom.ui import pdf
from controlroom.ui.live.export import export_pdf, report_from_state


def test_the_rundown_pdf_is_0644_under_umask_022(service, tmp_path):
    service.start()
    previous = os.umask(0o022)
    try:
        path = export_pdf(report_from_state(service.state(), "Nettverkssamling"), tmp_path / "kjoreplan.pdf",
                          datetime(2024, 5, 6, 12, 0, tzinfo=UTC))
    finally:
        os.umask(previous)
    assert path.read_bytes().startswith(b"%PDF")
    assert oct(stat.S_IMODE(path.stat().st_mode)) == oct(0o644)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kjoreplan")] == []  # no temporary left


def test_a_group_list_pdf_is_0644_under_umask_022(tmp_path):
    previous = os.umask(0o022)
    try:
        path = pdf.write("<h1>Lysefjorden</h1><p>Kari, Ola, Per</p>", tmp_path / "grupper.pdf", title="Grupper")
    finally:
        os.umask(previous)
    assert oct(stat.S_IMODE(path.stat().st_mode)) == oct(0o644)
