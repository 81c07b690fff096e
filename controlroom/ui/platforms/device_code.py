"""The device-code dialog: the code big and copyable, the address to open, and a way out.

Never ``exec()``-ed: it is shown non-modally while the sign-in polls on a worker thread, and closes
itself when the sign-in finishes (the panel calls ``accept``) or the user cancels (``rejected``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class DeviceCodeDialog(QDialog):
    browser_requested = Signal()

    def __init__(self, user_code: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeviceCodeDialog")
        self.setWindowTitle(self.tr("Logg inn i Microsoft Teams"))
        self.user_code, self.url = user_code, url
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("1. Åpne adressen under på en PC eller mobil.\n"
                               "2. Skriv inn koden og logg inn med kontoen som er med i møtet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        link = QLabel(f'<a href="{url}">{url}</a>')
        link.setOpenExternalLinks(False)
        link.linkActivated.connect(lambda u: QDesktopServices.openUrl(QUrl(u)))
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(link)
        self.code_label = QLabel(user_code)
        self.code_label.setObjectName("deviceCode")
        font = QFont(self.font())
        font.setPointSize(max(20, font.pointSize() * 2))
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Kopier koden"))
        self.copy_button.clicked.connect(self.copy_code)
        self.open_button = QPushButton(self.tr("Å&pne adressen"))
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.status = QLabel(self.tr("Venter på at du logger inn …"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row2 = QHBoxLayout()
        browser = QPushButton(self.tr("Logg inn i nettleseren i stedet"))
        browser.clicked.connect(self.browser_requested)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        row2.addWidget(browser)
        row2.addStretch(1)
        row2.addWidget(cancel)
        layout.addLayout(row2)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.user_code)
        self.status.setText(self.tr("Koden {code} er kopiert.").format(code=self.user_code))
