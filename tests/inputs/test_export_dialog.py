"""The workbook export dialog runs the export in a separate process: the window's event loop keeps running,
the progress bar moves through the whole export (the PDF's layout and pages too), Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.ui.inputs.export_dialog import WorkbookExportDialog


@pytest.fixture
def big_store(tmp_path: Path):
    store = EventStore.open(tmp_path / "samling.krom", create=True, backup=False)
    fill_inputs(store, make_event(store), 3000)
    yield store
    store.close()


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_export_runs_aside_and_the_progress_bar_moves(qtbot, big_store, tmp_path, suffix):
    out = tmp_path / "ut" / f"arbeidsbok{suffix}"
    out.parent.mkdir()
    dlg = WorkbookExportDialog(big_store, None)
    qtbot.addWidget(dlg)
    dlg.path.setText(str(out))
    shown: list[int] = []
    ticks: list[int] = []
    dlg.progressed.connect(lambda _done, _total: shown.append(dlg.progress.value()))
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(shown)))  # the GUI loop runs while the export does
    timer.start(5)
    with qtbot.waitSignal(dlg.succeeded, timeout=120_000) as done:
        dlg.start()
        assert dlg.running() and not dlg.export_button.isEnabled()
    timer.stop()
    assert done.args == [str(out)] and out.read_bytes()[:4] == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert len(shown) >= 5 and shown == sorted(shown) and shown[-1] == 100
    assert len({t for t in ticks if 0 < t < len(shown)}) >= 3  # ticks between progress reports, not only after
    assert not dlg.running() and dlg.export_button.isEnabled() and dlg.progress.value() == 100
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def test_cancel_stops_the_export_and_writes_nothing(qtbot, big_store, tmp_path):
    out = tmp_path / "ut" / "arbeidsbok.pdf"
    out.parent.mkdir()
    dlg = WorkbookExportDialog(big_store, None)
    qtbot.addWidget(dlg)
    dlg.path.setText(str(out))
    dlg.progressed.connect(lambda done, total: dlg.cancel_or_close() if done < total else None)
    with qtbot.waitSignal(dlg.failed, timeout=120_000) as failed:
        dlg.start()
    assert "avbrutt" in failed.args[0] and not dlg.running()
    assert list(out.parent.iterdir()) == []


def test_the_dialog_prepares_while_open_and_the_export_has_what_came_meanwhile(qtbot, big_store, tmp_path):
    """Opening the dialog starts the export process; Eksporter hands it the file; an input added while
    the host chose the name is in the workbook; closing the dialog stops a process that is not used."""
    from controlroom.clock import SystemClock
    from controlroom.inputs.log import InputLog

    dlg = WorkbookExportDialog(big_store, None)
    qtbot.addWidget(dlg)
    dlg.show()
    prepared = dlg._prepared
    assert prepared is not None
    prepared.setReadChannel(prepared.ProcessChannel.StandardError)
    qtbot.waitUntil(lambda: prepared.canReadLine(), timeout=30_000)  # READY: built while the host looks
    InputLog(big_store, SystemClock(), origin="test").add("Kom inn mens verten valgte filnavn")
    out = tmp_path / "arbeidsbok.md"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.succeeded, timeout=60_000):
        dlg.start()
        assert dlg._process is prepared
    assert "Kom inn mens verten valgte filnavn" in out.read_text(encoding="utf-8")
    again = dlg._prepared  # ready for another export from the same dialog
    assert again is not None and again is not prepared
    dlg.reject()
    assert again.waitForFinished(10_000)
    assert list(tmp_path.glob("*.md")) == [out]
    dlg.show()  # the window keeps its dialog: opened again, it prepares again
    reopened = dlg._prepared
    assert reopened is not None and reopened is not again
    dlg.reject()
    assert reopened.waitForFinished(10_000)
