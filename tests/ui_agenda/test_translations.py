"""Translations: the English .qm applies to the Qt side and the core, and every string in the
source has an entry in the .ts (so nobody forgets to run tools/update_translations.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from controlroom import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "controlroom_en.ts"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english(qapp, tmp_path):
    """The English translation compiled from the .ts in the tree and installed as at start."""
    qm = tmp_path / "controlroom_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    yield translator
    qapp.removeTranslator(translator)
    i18n.install_translator(lambda context, text: text)


def test_english_menus_and_core_messages(qtbot, english, tmp_path, store, event_path):
    import asyncio

    from controlroom.app import make_context
    from controlroom.clock import FakeClock
    from controlroom.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    window = MainWindow(make_context(store, FakeClock(), asyncio.new_event_loop(), settings, event_path))
    qtbot.addWidget(window)
    assert window.menu("file").title() == "&File"
    assert window.menu("edit").title() == "&Edit"
    from controlroom.application.agenda import parse_clock

    with pytest.raises(ValueError, match="the hour must be between 00 and 23"):
        parse_clock("25:00")


def test_english_day_separator_format(qtbot, english, service):
    from PySide6.QtCore import QLocale

    from controlroom.ui.agenda.model import AgendaTableModel

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    model = AgendaTableModel(service)
    assert model.index(0, 0).data() == "Monday 6 May 2024"
    assert model.headerData(0, Qt.Horizontal) == "Time"
    from controlroom.agenda.types import AgendaDraft
    from controlroom.ui.agenda.import_report import ImportReportDialog

    report = ImportReportDialog(Path("agenda.txt"), AgendaDraft(title="Samling", blocks=service.blocks()))
    assert report.import_button.text() == "Import 7 blocks"
    assert "In agenda.txt Kontrollrom found 7 blocks" in report.summary.text()


def test_every_ui_and_core_string_is_in_the_ts():
    tool = _tool()
    missing = tool.missing(TS)
    assert missing == [], "Run .venv/bin/python tools/update_translations.py; missing:\n" + "\n".join(missing)


def test_core_strings_are_found_through_the_ast(tmp_path):
    tool = _tool()
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from controlroom.i18n import tr\n"
        "def f(x):\n"
        "    return tr('Fant {n} bolker.').format(n=x) + tr('Innspill', 'workbook') + tr(x)\n",
        encoding="utf-8",
    )
    found = sorted((c, t) for c, t, _p, _l in tool.core_strings([sample]))
    assert found == [("core", "Fant {n} bolker."), ("workbook", "Innspill")]
    # The real core: a message of the agenda service is there, in context core.
    assert ("core", "«{text}»: timen må være mellom 00 og 23.") in {
        (c, t) for c, t, _p, _l in tool.core_strings()
    }
