"""Qt Linguist translations. Norwegian Bokmål is the source language, English is the choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from controlroom import i18n
from controlroom.resources import resource_path


def install(app: QCoreApplication, lang: str | None) -> QTranslator | None:
    """Load the ``.qm`` for ``lang`` ("nb" needs none) and route the core's ``tr`` through Qt."""
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    lang = lang or "nb"
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if lang == "en"
        else QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    )
    if lang == "nb":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"controlroom_{lang}.qm"))):
        app.installTranslator(translator)
        return translator
    return None
