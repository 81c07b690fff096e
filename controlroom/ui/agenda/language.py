"""View → Language: Norwegian Bokmål or English, remembered in QSettings, applied on restart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

KEY = "ui/language"
LANGUAGES = (("nb", "Norsk bokmål"), ("en", "English"))


class LanguageMenu(QObject):
    def __init__(self, window, settings: QSettings) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window
        #: Tells the user that the choice applies on restart; tests replace it.
        self.notify: Callable[[str], object] = lambda text: QMessageBox.information(window, self.tr("Språk"), text)
        self.menu = QMenu(self.tr("Språk"), window)
        self.group = QActionGroup(self)
        current = str(settings.value(KEY, "nb"))
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:  # each language in its own words: no translation
            act = QAction(name, self.menu, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(act)
            self.menu.addAction(act)
            self.actions[code] = act
        window.menu("view").addMenu(self.menu)

    def choose(self, code: str) -> None:
        if str(self.settings.value(KEY, "nb")) == code:
            return
        self.settings.setValue(KEY, code)
        self.settings.sync()
        self.actions[code].setChecked(True)
        self.notify(self.tr("Språket endres neste gang Kontrollrom starter."))
