"""One language at a time. Every window and dialog of the app is opened on the demo event in Norwegian
and in English, with a block running; every text a person can read (titles, labels, buttons, menus,
tooltips, tabs, column headers, placeholders, combo items) is checked for words of the other language.
The event's own data (agenda titles, names, places) stays as it was written and is taken out first.

Dialogs are found, not listed by hand: every ``QDialog`` / ``QMainWindow`` subclass under
``controlroom.ui`` must have a way to be opened here (``OPENERS``), so a new dialog cannot slip by."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from one_language_support import (
    ENGLISH_MARKERS,
    NORWEGIAN_MARKERS,
    OTHER_BLOCK_WORDS,
    offending,
    widget_texts,
)
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

OSLO = ZoneInfo("Europe/Oslo")


@dataclass
class Demo:
    window: QMainWindow
    ctx: object
    data: list[str]

    def service(self, name: str):
        services = self.ctx.services
        return {"agenda": services.agenda, "inputs": services.inputs, "people": services.people.repo,
                "secrets": services.secrets, "cues": services.cues}[name]


@pytest.fixture(params=["nb", "en"])
def language(request, qapp):
    from controlroom.ui import i18n as ui_i18n

    ui_i18n.install(qapp, request.param)
    yield request.param
    ui_i18n.uninstall(qapp)


def event_data(store) -> list[str]:
    """The event's own words, longest first: they are shown as written in either language."""
    from controlroom.demo import DEMO_ROOMS
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.models.people_repo import PeopleRepository

    repo = AgendaRepository(store)
    info = repo.event_info()
    # The language menu names each language in that language.
    words = {info.title, info.place, *repo.categories(), *DEMO_ROOMS, "Norsk bokmål", "English"}
    for b in repo.blocks():
        words |= {b.title, b.description, b.notes, *b.assigned}
        words |= {line.strip() for line in (b.description + "\n" + b.notes).splitlines()}
    for p in PeopleRepository(store).participants():
        words |= {p.name, p.email, p.organisation, p.municipality, *p.name.split()}
    return sorted((w for w in words if w and len(w) > 1), key=len, reverse=True)


@pytest.fixture
def demo(language, qtbot, qapp, loop, tmp_path, settings, memory_keyring):
    """The whole window on a demo event built in ``language``, 1366×768, the first block running."""
    from controlroom.app import build_window, make_context
    from controlroom.clock import FakeClock
    from controlroom.demo import demo_today, ensure_demo_event
    from controlroom.models import EventStore

    path = ensure_demo_event(tmp_path / "data")
    store = EventStore.open(path)
    clock = FakeClock(datetime.combine(demo_today(), time(9, 20), tzinfo=OSLO))
    ctx = make_context(store, clock, loop, settings, path)
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    ctx.services.live.start()
    qtbot.wait(20)
    yield Demo(window, ctx, [str(path), str(tmp_path), *event_data(store)])
    for w in QApplication.topLevelWidgets():
        if w is not window and w.isVisible():
            w.close()
    window.close()
    store.close()


def check(texts: list[tuple[str, str]], language: str, data: list[str]) -> None:
    markers = NORWEGIAN_MARKERS if language == "en" else ENGLISH_MARKERS + OTHER_BLOCK_WORDS
    wrong = offending(texts, markers, data)
    assert not wrong, f"{len(wrong)} texts in the other language ({language} UI):\n" + "\n".join(wrong)


# -- how each dialog and window is opened on the demo ------------------------------------------------------
def _first_block(d: Demo):
    return d.service("agenda").blocks()[0]


def _block_dialog(d: Demo) -> QWidget:
    from controlroom.ui.agenda.dialog import BlockDialog

    return BlockDialog(_first_block(d), list(d.service("agenda").categories()), parent=d.window)


def _event_dialog(d: Demo) -> QWidget:
    from controlroom.ui.agenda.event_dialog import EventDialog

    return EventDialog(d.service("agenda"), parent=d.window)


def _import_report(d: Demo) -> QWidget:
    from controlroom.agenda.types import AgendaDraft
    from controlroom.ui.agenda.import_report import ImportReportDialog

    draft = AgendaDraft(title="Samling", blocks=d.service("agenda").blocks())
    return ImportReportDialog(Path("agenda.txt"), draft, d.window)


def _length_change(d: Demo):
    from dataclasses import replace

    from controlroom.ui.agenda.length_change import plan_length_change

    agenda = d.service("agenda")
    day = agenda.day_blocks(_first_block(d).day)
    return plan_length_change(day, day[1], replace(day[1], minutes=day[1].minutes + 30))


def _length_question(d: Demo) -> QWidget:
    from controlroom.ui.agenda.length_change import LengthQuestion

    return LengthQuestion(_length_change(d), d.window)


def _overlap_warning(d: Demo) -> QWidget:
    from controlroom.ui.agenda.length_change import OverlapWarning

    return OverlapWarning(_length_change(d).keep_overlaps, d.window)


def _input_record(d: Demo):
    log = d.service("inputs")
    return log.add("Vi trenger felles mål", _first_block(d).uid, source="room", author="Salen")


def _input_edit(d: Demo) -> QWidget:
    from controlroom.ui.inputs.dialogs import InputEditDialog

    return InputEditDialog(_input_record(d), d.service("agenda").blocks(), d.window)


def _input_history(d: Demo) -> QWidget:
    from controlroom.ui.inputs.dialogs import HistoryDialog

    record = _input_record(d)
    log = d.service("inputs")
    log.edit(record.id, text="Vi trenger felles mål og tiltak")
    return HistoryDialog(log.history(record.id), OSLO, d.window)


def _workbook_export(d: Demo) -> QWidget:
    from controlroom.ui.inputs.export_dialog import WorkbookExportDialog

    return WorkbookExportDialog(d.ctx.store, d.ctx.settings, parent=d.window)


def _shortcuts(d: Demo) -> QWidget:
    from controlroom.ui.live.help_dialog import ShortcutsDialog

    next(a for a in d.window.actions() if a.objectName() == "live-shortcuts").trigger()
    return d.window.findChildren(ShortcutsDialog)[-1]


def _form_groups(d: Demo) -> QWidget:
    from controlroom.ui.people.form_dialog import FormGroupsDialog

    return FormGroupsDialog(d.ctx.services.people, d.service("agenda").blocks(), parent=d.window)


def _notes(d: Demo) -> QWidget:
    from controlroom.ui.people.notes_dialog import NotesDialog

    return NotesDialog("Lysefjorden", "Notater fra gruppa", d.window)


def _repair_preview(d: Demo) -> QWidget:
    from controlroom.grouping.live_repair import LiveChange
    from controlroom.ui.people.repair_preview import RepairPreviewDialog

    person = d.service("people").participants()[0]
    change = LiveChange(kind="group.repair", people=[person], before=[person])
    return RepairPreviewDialog(change, {person.key: person.name}, lambda uid: uid, d.window)


def _people_rooms(d: Demo) -> QWidget:
    from controlroom.ui.people.rooms_dialog import RoomsDialog

    return RoomsDialog(d.ctx.services.people, d.window)


def _walk_in(d: Demo) -> QWidget:
    from controlroom.ui.people.walk_in_dialog import WalkInDialog

    return WalkInDialog(["Stavanger", "Sandnes"], set(), None, d.window)


def _device_code(d: Demo) -> QWidget:
    from controlroom.ui.platforms.device_code import DeviceCodeDialog

    return DeviceCodeDialog("ABCD-EFGH", "https://microsoft.com/devicelogin", d.window)


def _text_dialog(d: Demo) -> QWidget:
    from controlroom.ui.platforms.rooms_dialog import TextDialog

    return TextDialog("Zoom", "Lysefjorden: Per Skåland", d.window)


def _cue_editor(d: Demo) -> QWidget:
    from controlroom.cues.repository import CueRepository
    from controlroom.ui.tech.cue_editor import CueEditDialog

    cue = CueRepository(d.ctx.store).cues()[0]
    blocks = [(b.uid, b.title) for b in d.service("agenda").blocks()]
    return CueEditDialog(cue, blocks, d.service("cues").registry, d.window)


def _adapter_settings(d: Demo) -> QWidget:
    from controlroom.cues.repository import CueRepository
    from controlroom.ui.tech.settings_dialog import AdapterSettingsDialog

    return AdapterSettingsDialog(CueRepository(d.ctx.store), d.service("secrets"), d.ctx.loop, d.window)


def _log(d: Demo) -> QWidget:
    from controlroom.ui.log_viewer import LogDialog

    log = Path(d.ctx.event_path).parent / "kontrollrom.log"
    log.write_text("2024-05-06 09:00:00 INFO controlroom: started\n", encoding="utf-8")
    return LogDialog(log, d.window)


OPENERS: dict[str, Callable[[Demo], QWidget]] = {
    "controlroom.ui.log_viewer.LogDialog": _log,
    "controlroom.ui.agenda.dialog.BlockDialog": _block_dialog,
    "controlroom.ui.agenda.event_dialog.EventDialog": _event_dialog,
    "controlroom.ui.agenda.import_report.ImportReportDialog": _import_report,
    "controlroom.ui.agenda.length_change.LengthQuestion": _length_question,
    "controlroom.ui.agenda.length_change.OverlapWarning": _overlap_warning,
    "controlroom.ui.inputs.dialogs.InputEditDialog": _input_edit,
    "controlroom.ui.inputs.dialogs.HistoryDialog": _input_history,
    "controlroom.ui.inputs.export_dialog.WorkbookExportDialog": _workbook_export,
    "controlroom.ui.live.help_dialog.ShortcutsDialog": _shortcuts,
    "controlroom.ui.people.form_dialog.FormGroupsDialog": _form_groups,
    "controlroom.ui.people.notes_dialog.NotesDialog": _notes,
    "controlroom.ui.people.repair_preview.RepairPreviewDialog": _repair_preview,
    "controlroom.ui.people.rooms_dialog.RoomsDialog": _people_rooms,
    "controlroom.ui.people.walk_in_dialog.WalkInDialog": _walk_in,
    "controlroom.ui.platforms.device_code.DeviceCodeDialog": _device_code,
    "controlroom.ui.platforms.rooms_dialog.TextDialog": _text_dialog,
    "controlroom.ui.tech.cue_editor.CueEditDialog": _cue_editor,
    "controlroom.ui.tech.settings_dialog.AdapterSettingsDialog": _adapter_settings,
}
#: Windows checked through the main window itself (the test below builds it whole).
WHOLE_WINDOW = {"controlroom.ui.main_window.MainWindow"}


def dialog_classes() -> set[str]:
    import controlroom.ui

    found = set()
    for info in pkgutil.walk_packages(controlroom.ui.__path__, "controlroom.ui."):
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            if inspect.isclass(cls) and cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QMainWindow)):
                found.add(f"{module.__name__}.{name}")
    return found


def test_every_dialog_and_window_class_is_opened_here():
    missing = dialog_classes() - set(OPENERS) - WHOLE_WINDOW
    assert not missing, f"add a way to open these to OPENERS: {sorted(missing)}"


def test_main_window_speaks_one_language(demo, language, qtbot):
    """The main window with every dock, menu and tab, the stage display and the audience view."""
    for name in ("live-stage", "live-public"):
        action = next((a for a in demo.window.actions() if a.objectName() == name), None)
        if action is not None:
            action.trigger()
    texts = []
    for widget in [demo.window, *(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not demo.window)]:
        texts += widget_texts(widget)
    assert len(texts) > 300  # the whole window was read, not an empty shell
    check(texts, language, demo.data)


def test_every_dialog_speaks_one_language(demo, language, qtbot):
    texts = []
    for name, opener in OPENERS.items():
        dialog = opener(demo)
        dialog.show()
        texts += [(f"{name.rsplit('.', 1)[1]}: {where}", text) for where, text in widget_texts(dialog)]
        dialog.close()
        dialog.deleteLater()
    check(texts, language, demo.data)


def test_qt_file_dialog_and_standard_buttons_speak_one_language(demo, language, qtbot):
    from controlroom.ui.file_dialogs import make_file_dialog

    dialog = make_file_dialog(demo.window, "Kontrollrom", str(Path(demo.ctx.event_path).parent), "Kontrollrom (*.krom)")
    dialog.show()
    box = QMessageBox(QMessageBox.Icon.Question, "Kontrollrom", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Cancel, demo.window)
    box.show()
    texts = widget_texts(dialog) + widget_texts(box)
    expected = {"nb": {"Ja", "Nei", "Lagre", "Avbryt"}, "en": {"Yes", "No", "Save", "Cancel"}}[language]
    assert expected <= {b.text().replace("&", "") for b in box.buttons()}
    check(texts, language, demo.data)
    dialog.close()
    box.close()


@pytest.fixture
def install_language(qapp):
    from controlroom.ui import i18n as ui_i18n

    yield lambda lang: ui_i18n.install(qapp, lang)
    ui_i18n.uninstall(qapp)


@pytest.mark.parametrize(
    ("lang", "day", "inside", "lengths"),
    [
        ("nb", "Mandag 6. mai 2024", "mandag 6. mai 2024", ["45m", "1t 00m", "2t 15m"]),
        ("en", "Monday 6 May 2024", "Monday 6 May 2024", ["45m", "1h 00m", "2h 15m"]),
    ],
)
def test_dates_and_lengths_in_the_ui_language(install_language, lang, day, inside, lengths):
    from datetime import date

    from controlroom.application.agenda import format_minutes
    from controlroom.timefmt import day_label, long_date

    install_language(lang)
    assert day_label(date(2024, 5, 6)) == day
    assert day_label(date(2024, 5, 6), capital=False) == inside
    assert long_date(date(2024, 12, 24)) == ("24. desember 2024" if lang == "nb" else "24 December 2024")
    assert [format_minutes(m) for m in (45, 60, 135)] == lengths


@pytest.mark.parametrize(
    ("lang", "yes_no", "save_cancel"), [("nb", ["Ja", "Nei"], ["Lagre", "Avbryt"]), ("en", ["Yes", "No"], ["Save", "Cancel"])]
)
def test_qt_standard_buttons_in_the_ui_language(qtbot, install_language, lang, yes_no, save_cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    install_language(lang)
    box = QMessageBox(QMessageBox.Icon.Question, "Kontrollrom", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    texts = [box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes,
                                                             QMessageBox.StandardButton.No)]
    assert texts == yes_no
    assert [buttons.button(b).text().replace("&", "") for b in (QDialogButtonBox.StandardButton.Save,
                                                                QDialogButtonBox.StandardButton.Cancel)] == save_cancel


def test_cue_action_names_in_english(install_language):
    from controlroom.cues.types import CueData, action_name
    from controlroom.integrations.base import Action

    install_language("en")
    assert action_name("start_stream") == "start streaming"
    assert CueData("b", actions=[Action("obs", "stop_record", {})]).title() == "obs: stop recording"
