"""The agenda in the real main window (built by the composition root): File menu, recent files,
opening another event, import, export, language, and a damaged event file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from controlroom.clock import FakeClock
from controlroom.models import EventStore
from controlroom.ui.agenda.recent import RecentFiles
from controlroom.ui.event_opening import OPEN_COPY, open_store_interactively
from ui_agenda.conftest import BLOCKS, blocks_in_file


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=False)
    yield loop
    loop.close()


@pytest.fixture
def open_window(qtbot, loop, settings):
    from controlroom.app import open_event_window

    opened = []

    def _open(path: Path, **kw):
        window = open_event_window(
            path, clock=FakeClock(), loop=loop, settings=settings, on_open=opened.append, **kw
        )
        assert window is not None  # closed by this fixture (a replaced window is deleted by the switch)
        return window

    yield _open, opened
    from shiboken6 import isValid

    for w in opened:
        if isValid(w):  # a window replaced by another event's is already gone, its store closed
            w.close()
            w.ctx.store.close()


def test_window_shows_the_agenda_with_title(open_window, agenda_file):
    open_, _ = open_window
    window = open_(agenda_file)
    panel = window.centralWidget()
    assert window.centralWidget() is panel
    assert panel.model.rowCount() == len(BLOCKS) + 2
    assert window.windowTitle() == "Nettverkssamling 6. mai 2024 — samling.krom — Kontrollrom"
    titles = [a.text() for a in window.menu("file").actions()]
    assert "&Ny hendelse …" in titles and "&Importer agenda …" in titles and "&Avslutt" in titles
    edit = [a.text() for a in window.menu("edit").actions()]
    assert "Ny bolk …" in edit and "Slett bolk" in edit


def test_recent_files_persist_across_runs(tmp_path, settings, open_window, agenda_file):
    open_, _ = open_window
    window = open_(agenda_file)
    other = tmp_path / "annen.krom"
    RecentFiles(settings).add(other)
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.IniFormat)  # as the next run reads them
    assert RecentFiles(again).paths()[:2] == [other.resolve(), agenda_file.resolve()]
    assert again.value("recent/last") == str(other.resolve())
    window.areas.agenda.file_actions._fill_recent()
    labels = [a.text() for a in window.areas.agenda.file_actions.recent_menu.actions()]
    assert "&1 samling.krom" in labels  # only files that exist are offered


def isValid(obj) -> bool:  # noqa: N802 - shiboken's name
    import shiboken6

    return shiboken6.isValid(obj)


def _until(loop, done, timeout: float = 10.0) -> None:
    """Run the loop until ``done()`` (the switch to another event is a task on it)."""
    import asyncio

    async def wait() -> None:
        while not done():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(wait(), timeout))


def test_new_and_open_rebuild_the_window(tmp_path, loop, open_window, agenda_file):
    open_, opened = open_window
    first = open_(agenda_file)
    first.areas.agenda.file_actions.ask_new_path = lambda: tmp_path / "ny-samling"
    created = first.areas.agenda.file_actions.new_event()
    assert created == tmp_path / "ny-samling.krom" and created.exists()
    _until(loop, lambda: opened[-1] is not first)
    second = opened[-1]
    assert second is not first and second.ctx.event_path == created
    assert second.areas.agenda.panel.model.rowCount() == 0
    assert "ny-samling.krom" in second.windowTitle()
    assert not isValid(first)  # replaced: closed and deleted
    # Open goes back through the composition root as well.
    second.areas.agenda.file_actions.ask_open_path = lambda: agenda_file
    second.areas.agenda.file_actions.open_event()
    _until(loop, lambda: opened[-1] is not second)
    assert opened[-1].ctx.event_path == agenda_file and opened[-1].areas.agenda.panel.model.rowCount() == 9
    # New on an existing name is refused with a message, the file stays.
    errors = []
    opened[-1].areas.agenda.file_actions.show_error = lambda title, text: errors.append(text)
    opened[-1].areas.agenda.file_actions.ask_new_path = lambda: agenda_file
    assert opened[-1].areas.agenda.file_actions.new_event() is None
    assert "finnes allerede" in errors[0] and len(blocks_in_file(agenda_file)) == len(BLOCKS)


def test_import_reads_off_the_gui_thread_and_saves_on_confirm(qtbot, loop, open_window, tmp_path, seed001):
    open_, _ = open_window
    event = tmp_path / "tom.krom"
    EventStore.open(event, create=True).close()
    window = open_(event)
    files = window.areas.agenda.file_actions
    report = loop.run_until_complete(files.import_file(seed001))
    assert report is not None and report.isVisible()
    assert "14 bolker" in report.summary.text() and "seed001_sessionlab.txt" in report.summary.text()
    assert "Åpning og velkommen" in report.details.toPlainText()
    assert report.import_button.text() == "Importer 14 bolker"
    assert blocks_in_file(event) == []  # nothing saved before the host confirms
    report.accept()
    saved = blocks_in_file(event)
    assert len(saved) == 14 and saved[0].title == "Fylkeskommunenes samling"
    assert window.centralWidget().model.rowCount() == 15
    assert window.windowTitle().startswith("Nettverkssamling 6. mai 2024")


def test_import_of_bad_input_names_the_file(loop, open_window, tmp_path, agenda_file):
    open_, _ = open_window
    window = open_(agenda_file)
    errors = []
    window.areas.agenda.file_actions.show_error = lambda title, text: errors.append((title, text))
    bad = tmp_path / "agenda.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff" * 10)
    assert loop.run_until_complete(window.areas.agenda.file_actions.import_file(bad)) is None
    assert errors and str(bad) in errors[0][1]
    assert len(blocks_in_file(agenda_file)) == len(BLOCKS)


def test_export_json(open_window, tmp_path, agenda_file):
    open_, _ = open_window
    window = open_(agenda_file)
    assert all(a.isEnabled() for a in window.areas.agenda.file_actions.export_actions)
    out = window.areas.agenda.file_actions.export("json", tmp_path / "agenda.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [b["title"] for b in doc["blocks"]] == [b.title for b in BLOCKS]


def test_language_choice_is_remembered(open_window, settings, agenda_file):
    open_, _ = open_window
    window = open_(agenda_file)
    notes = []
    window.areas.agenda.language_menu.notify = notes.append
    window.areas.agenda.language_menu.actions["en"].trigger()
    assert settings.value("ui/language") == "en"
    assert notes == ["Språket endres neste gang Kontrollrom starter."]
    assert window.areas.agenda.language_menu.actions["en"].isChecked()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))


def test_corrupt_file_offers_the_last_good_copy(settings, agenda_file):
    EventStore.open(agenda_file).close()  # opening saves <file>.lastgood
    _corrupt(agenda_file)
    asked = []

    def ask(exc, parent):
        asked.append(str(exc))
        return OPEN_COPY

    store = open_store_interactively(agenda_file, settings, ask=ask)
    try:
        assert asked and "samling.krom" in asked[0] and "ikke en Kontrollrom-hendelsesfil" in asked[0]
        assert store.path.name == "samling-gjenopprettet.krom"
        assert len(blocks_in_file(store.path)) == len(BLOCKS)
        assert agenda_file.read_bytes()[:16] == b"not a database!!"  # the damaged file stays as it was
        assert settings.value("recent/last") == str(store.path.resolve())
    finally:
        store.close()
    # A second recovery never overwrites the first copy (the host may have worked in it).
    again = open_store_interactively(agenda_file, settings, ask=ask)
    try:
        assert again.path.name == "samling-gjenopprettet-2.krom"
    finally:
        again.close()


def test_corrupt_file_message_box_can_be_declined(qtbot, settings, agenda_file):
    EventStore.open(agenda_file).close()
    _corrupt(agenda_file)
    seen = []

    def press_cancel():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_cancel)
            return
        seen.append([b.text() for b in box.buttons()])
        box.button(QMessageBox.Cancel).click()

    QTimer.singleShot(20, press_cancel)
    assert open_store_interactively(agenda_file, settings) is None
    assert any("Åpne kopi av siste gode tilstand" in t for t in seen[0])
    assert not agenda_file.with_name("samling-gjenopprettet.krom").exists()


def test_import_asks_for_the_date_when_the_agenda_has_none(loop, open_window, tmp_path, seed002):
    from datetime import date

    open_, _ = open_window
    event = tmp_path / "norden.krom"
    EventStore.open(event, create=True).close()
    window = open_(event)
    asked = []

    async def ask_date(reason: str):
        asked.append(reason)
        return date(2023, 9, 6)

    window.areas.agenda.file_actions.ask_date = ask_date
    report = loop.run_until_complete(window.areas.agenda.file_actions.import_file(seed002))
    assert asked and "årstall" in asked[0] and "seed002_programme.txt" in asked[0]
    assert report is not None
    report.accept()
    saved = blocks_in_file(event)
    assert {b.day for b in saved} == {date(2023, 9, 6), date(2023, 9, 7)}
    assert window.centralWidget().model.day_rows() == [0, window.centralWidget().model.day_rows()[1]]
    assert window.centralWidget().model.index(0, 0).data() == "Onsdag 6. september 2023"


def test_date_dialog_is_awaited_not_executed(loop, open_window, agenda_file):
    from datetime import date

    from PySide6.QtWidgets import QDateEdit, QDialog

    open_, _ = open_window
    window = open_(agenda_file)

    def answer():
        dialogs = [d for d in window.findChildren(QDialog) if d.windowTitle() == "Hvilken dato?" and d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        dialogs[0].findChild(QDateEdit).setDate(date(2024, 5, 6))
        dialogs[0].accept()

    QTimer.singleShot(20, answer)
    assert loop.run_until_complete(window.areas.agenda.file_actions._ask_date("Mangler årstall")) == date(2024, 5, 6)


def test_agenda_shortcuts_are_not_ambiguous(open_window, agenda_file):
    """Two window-wide actions with the same keys make Qt fire neither ("ambiguous shortcut"):
    the File menu's and the agenda's keys must be taken by nobody else."""
    from PySide6.QtGui import QAction, QShortcut

    open_, _ = open_window
    window = open_(agenda_file)
    owners: dict[str, list[str]] = {}
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        context = obj.shortcutContext() if isinstance(obj, QAction) else obj.context()
        if context not in (Qt.WindowShortcut, Qt.ApplicationShortcut):
            continue
        if isinstance(obj, QAction) and not obj.isEnabled():
            continue
        keys = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        for key in keys:
            if not key.isEmpty():
                owners.setdefault(key.toString(), []).append(obj.text() if isinstance(obj, QAction) else "QShortcut")
    panel = window.centralWidget()
    ours = {a.text() for a in window.menu("file").actions()} | {a.text() for a in panel.actions_by_key.values()}
    for act in panel.actions_by_key.values():  # panel-wide keys: also not window-wide elsewhere
        for key in act.shortcuts():
            owners.setdefault(key.toString(), []).append(act.text())
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and ours & set(v)}
    assert clashes == {}
    assert "Ctrl+Shift+I" in owners and "Ctrl+N" in owners and "Ctrl+O" in owners
