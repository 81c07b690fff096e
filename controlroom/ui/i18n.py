"""Qt Linguist translations. Norwegian Bokmål is the source language, English is the choice.

Two catalogues per language: ours (``controlroom_<lang>.qm``; Norwegian needs none, it is the source)
and Qt's own (``qtbase_<lang>.qm``) for the standard buttons (Ja/Nei, Lagre, Avbryt), message boxes,
the file dialog, text context menus and undo. Qt ships no Norwegian Bokmål catalogue, so ours
(``resources/translations/qtbase_nb.ts``) is used when Qt's translations folder has none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from controlroom import i18n
from controlroom.resources import resource_path

LANGUAGES = ("nb", "en")

#: The translators installed by the last ``install`` (removed by the next one).
_installed: list[QTranslator] = []


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)


def qt_catalogue(lang: str) -> Path | None:
    """Qt's own catalogue for ``lang``: Qt's translations folder first, then the one we ship."""
    for folder in (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), resource_path("translations")):
        candidate = folder / f"qtbase_{lang}.qm"
        if candidate.is_file():
            return candidate
    return None


def translate(context: str, text: str) -> str:
    """The core's ``tr``: its context first, then the context-free entry that ``tr("…")`` at module level
    in a Qt-side module gets from lupdate."""
    translated = QCoreApplication.translate(context, text)
    return QCoreApplication.translate("", text) if translated == text else translated


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language with no catalogue loaded (tests switch languages in one process)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.install_translator(lambda context, text: text)
    QLocale.setDefault(locale_for("nb"))


def install(app: QCoreApplication, lang: str | None) -> QTranslator | None:
    """Load the catalogues for ``lang`` ("nb" or "en"), set the default locale (dates, numbers) and
    route the core's ``tr`` through Qt. Returns our own translator (None for Norwegian, the source)."""
    lang = lang if lang in LANGUAGES else "nb"
    i18n.install_translator(translate)
    QLocale.setDefault(locale_for(lang))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_file = qt_catalogue(lang)
    if qt_file is not None:
        qt_translator = QTranslator(app)
        if qt_translator.load(str(qt_file)):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    if lang == "nb":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"controlroom_{lang}.qm"))):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    return None
