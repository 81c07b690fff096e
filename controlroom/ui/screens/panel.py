"""The Skjermer panel: every view's link and QR code, a button to copy each link, and revoking the keys.

The stage screen on a second machine, the foyer screen, a phone in each breakout room: each opens its
view by scanning the QR code here (or the link sent to it). The links carry the view's key; revoking
makes new keys, disconnects every screen opened with an old link and shows the new links here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from controlroom.ui.clear_layout import clear_layout
from controlroom.ui.first_show import BuildWhileOnScreen, when_first_shown
from controlroom.ui.screens.controller import ScreensController
from controlroom.web.views import ViewLink

#: The QR codes' side in pixels: a phone reads this from the laptop's screen at arm's length.
QR_PIXELS = 132


def svg_pixmap(svg: str, side: int = QR_PIXELS) -> QPixmap:
    """An SVG (a QR code) drawn on a white square of ``side`` pixels."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return QPixmap.fromImage(image)


class ViewCard(QFrame):
    """One view: its name, its QR code, its link and a copy button."""

    def __init__(self, title: str, link: ViewLink, svg: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setObjectName(f"screens-card-{link.kind}" + (f"-{link.room}" if link.room else ""))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.qr = QLabel()
        self.qr.setObjectName("screens-qr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        if svg:
            self.qr.setPixmap(svg_pixmap(svg))
        self.qr.setToolTip(self.tr("Skann med mobilen for å åpne visningen"))
        self.title = QLabel(f"<b>{_escape(title)}</b>")
        self.title.setWordWrap(True)
        self.url = QLabel(link.url)
        self.url.setObjectName("screens-url")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.url.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.copy = QPushButton(self.tr("Kopier lenke"))
        self.copy.setObjectName("screens-copy")
        self.copy.clicked.connect(self.copy_link)
        self.open_button = QPushButton(self.tr("Åpne"))
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self.link.url)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.url)
        text.addLayout(buttons)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link.url)
        self.copy.setText(self.tr("Kopiert"))
        QTimer.singleShot(1500, self, lambda: self.copy.setText(self.tr("Kopier lenke")))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ScreensPanel(QWidget):
    """The dock's widget: ``ScreensPanel(controller)`` with the ``ScreensController`` of the window."""

    def __init__(self, controller: ScreensController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screens-panel")
        self.controller = controller
        self.cards: list[ViewCard] = []
        self.summary = QLabel()
        self.summary.setObjectName("screens-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revoke = QPushButton(self.tr("Tilbakekall nøkler …"))
        self.revoke.setObjectName("screens-revoke")
        self.revoke.setToolTip(self.tr("Lag nye nøkler: alle skjermer med gamle lenker kobles fra"))
        self.revoke.clicked.connect(self.ask_revoke)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.revoke, 0, Qt.AlignmentFlag.AlignTop)
        self.list_host = QWidget()
        self.grid = QGridLayout(self.list_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._question: QMessageBox | None = None
        #: The cards (one per view: 40 and more with the rooms) are built while the panel is on screen.
        self._cards_build = BuildWhileOnScreen(self, self._build_cards)
        controller.links_changed.connect(self.rebuild)
        self.rebuild()
        when_first_shown(self, controller.want_qr_codes)

    def title_of(self, link: ViewLink) -> str:
        titles = {
            "index": self.tr("Oversikt – alle lenker"),
            "stage": self.tr("Scene – taleren"),
            "public": self.tr("Foajé – programmet"),
            "clock": self.tr("Studioklokke"),
            "tech": self.tr("Teknikk – oversikt"),
            "phone": self.tr("Deltakernes mobilside"),
        }
        if link.kind == "room":
            return self.tr("Grupperom: {room}").format(room=link.room or "")
        return titles.get(link.kind, link.kind)

    def rebuild(self) -> None:
        """Show the controller's state now and its links' cards (when the panel is off screen: as it comes on)."""
        url = self.controller.views_url
        if url is None:
            self.summary.setText(self.controller.error or self.tr("Webserveren kjører ikke (start med --api-port)."))
        elif self.controller.allow_lan:
            self.summary.setText(self.tr("Åpne visningene på samme nettverk. Oversikten: {url}").format(url=url))
        else:
            self.summary.setText(self.tr("Bare denne maskinen kan åpne visningene (start med --allow-lan for skjermer "
                                         "og telefoner på nettverket). Oversikten: {url}").format(url=url))
        self.revoke.setEnabled(url is not None)
        self._cards_build.request()

    def _build_cards(self) -> None:
        clear_layout(self.grid)
        self.cards = []
        links = self.controller.links
        for i, link in enumerate(links):
            card = ViewCard(self.title_of(link), link, self.controller.qr_codes.get(link.url), self.list_host)
            self.grid.addWidget(card, i, 0)
            self.cards.append(card)
        self.grid.setRowStretch(len(links), 1)

    def ask_revoke(self) -> QMessageBox:
        """Ask before revoking (every open screen goes dark until it is opened with its new link)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tilbakekall nøkler"),
                          self.tr("Lage nye nøkler for alle visninger? Skjermer som er åpne nå, kobles fra og må "
                                  "åpnes igjen med de nye lenkene eller QR-kodene."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Lag nye nøkler"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        box.finished.connect(lambda answer: self._answered(box, answer))
        self._question = box
        box.open()  # window-modal; the answer arrives through ``finished``
        return box

    def _answered(self, box: QMessageBox, answer: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.controller.revoke_keys()
        box.deleteLater()
        self._question = None
