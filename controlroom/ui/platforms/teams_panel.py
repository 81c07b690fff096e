"""Teams for the tech host: sign in (device code with a copy button; the browser as fallback), who is
signed in and until when, the meeting's join link, the chat sync (on/off, interval, last sync, errors),
posting to the chat, and the per-room lists and move lists Teams cannot take through its API."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from controlroom.integrations.base import AdapterStatus, ConnectionState
from controlroom.integrations.teams.auth import DEVICE_REFUSED, DeviceCode, SignedIn, TeamsAuth
from controlroom.integrations.teams.service import TeamsService
from controlroom.integrations.zoom.errors import PlatformError
from controlroom.ui.platforms.common import compact_combo, show_message, show_status
from controlroom.ui.platforms.device_code import DeviceCodeDialog
from controlroom.ui.tasks import TaskRunner


class TeamsPanel(QWidget):
    def __init__(self, service: TeamsService, blocks: Callable[[], list[tuple[str, str]]],
                 rooms_text: Callable[[str, int], str], loop: asyncio.AbstractEventLoop,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamsPanel")
        self.service = service
        self.rooms_text = rooms_text
        self.runner = TaskRunner(loop, self._error)
        self.dialog: DeviceCodeDialog | None = None
        settings = service.settings()
        layout = QVBoxLayout(self)

        account = QGroupBox(self.tr("Pålogging (Microsoft 365)"))
        acc = QVBoxLayout(account)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        acc.addWidget(self.status_label)
        row = QHBoxLayout()
        self.sign_in_button = QPushButton(self.tr("&Logg inn …"))
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(self.tr("Logg &ut"))
        self.sign_out_button.clicked.connect(self.sign_out)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        acc.addLayout(row)
        layout.addWidget(account)

        chat = QGroupBox(self.tr("Møtechat → innspillsloggen"))
        form = QFormLayout(chat)
        self.link_edit = QLineEdit(settings.join_link)
        self.link_edit.setPlaceholderText("https://teams.microsoft.com/l/meetup-join/…")
        self.link_button = QPushButton(self.tr("&Bruk lenken"))
        self.link_button.clicked.connect(self.apply_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.link_button)
        form.addRow(self.tr("Møtelenke"), link_row)
        self.chat_label = QLabel(settings.chat_id or self.tr("(ingen chat valgt)"))
        self.chat_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Chat"), self.chat_label)
        self.sync_box = QCheckBox(self.tr("&Hent chatten inn mens appen kjører"))
        self.sync_box.setChecked(settings.sync_on)
        self.sync_box.toggled.connect(self.set_sync)
        self.interval = QSpinBox()
        self.interval.setRange(2, 600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(int(settings.interval))
        self.interval.valueChanged.connect(lambda v: self.runner.run(self.service.set_interval(v)))
        self.now_button = QPushButton(self.tr("Hent &nå"))
        self.now_button.clicked.connect(self.sync_now)
        form.addRow(self.sync_box)
        sync_row = QHBoxLayout()  # a row of its own: the panel must fit a laptop's side dock
        sync_row.addWidget(QLabel(self.tr("hvert")))
        sync_row.addWidget(self.interval)
        sync_row.addWidget(self.now_button)
        sync_row.addStretch(1)
        form.addRow(sync_row)
        self.sync_label = QLabel(self.tr("Ikke hentet ennå"))
        self.sync_label.setWordWrap(True)
        form.addRow(self.tr("Sist hentet"), self.sync_label)
        layout.addWidget(chat)

        self.post_allowed = QCheckBox(self.tr("Tillat å &skrive i møtechatten"))
        self.post_allowed.setToolTip(self.tr("Trenger tillatelsen ChatMessage.Send: logg inn på nytt etterpå"))
        self.post_allowed.setChecked(settings.post_enabled)
        self.post_allowed.toggled.connect(self.allow_post)
        layout.addWidget(self.post_allowed)
        post = QGroupBox(self.tr("Skriv til møtechatten"))
        self.post_box = post
        prow = QHBoxLayout(post)
        self.post_edit = QLineEdit()
        self.post_edit.setPlaceholderText(self.tr("Melding fra ordstyreren …"))
        self.post_button = QPushButton(self.tr("&Send"))
        self.post_button.clicked.connect(self.post)
        self.post_edit.returnPressed.connect(self.post)
        prow.addWidget(self.post_edit, 1)
        prow.addWidget(self.post_button)
        post.setVisible(settings.post_enabled)
        layout.addWidget(post)

        rooms = QGroupBox(self.tr("Grupperom i Teams (fylles for hånd)"))
        rform = QGridLayout(rooms)
        self.block_box = compact_combo()
        for uid, title in blocks():
            self.block_box.addItem(title, uid)
        self.block_box.setCurrentIndex(max(0, self.block_box.findData(service.repo.setting("zoom", "block", ""))))
        self.round_box = QSpinBox()
        self.round_box.setRange(1, 20)
        self.round_box.setPrefix(self.tr("runde "))
        self.rooms_button = QPushButton(self.tr("&Romlister og flytteliste …"))
        self.rooms_button.clicked.connect(self.show_rooms)
        rform.addWidget(self.block_box, 0, 0)
        rform.addWidget(self.round_box, 0, 1)
        rform.addWidget(self.rooms_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        rform.setColumnStretch(0, 1)
        layout.addWidget(rooms)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

        service.subscribe(lambda _a, st: self._status_changed(st))
        self._status_changed(service.status)

    # -- status -------------------------------------------------------------------------------
    def _error(self, text: str) -> None:
        show_message(self.message, text, False)
        self.sign_in_button.setEnabled(True)

    def _status_changed(self, status: AdapterStatus) -> None:
        d = status.detail
        extra = []
        if d.get("username"):
            extra.append(self.tr("Logget inn som {name} ({user})").format(name=d.get("name") or d["username"],
                                                                          user=d["username"]))
            if d.get("expires_at"):
                left = int((d["expires_at"] - time.time()) // 60)
                at = datetime.fromtimestamp(d["expires_at"]).strftime("%H:%M")
                extra.append(self.tr("Tilgangen fornyes kl. {at} (om {m} min)").format(at=at, m=max(0, left)))
        if d.get("persist_problem"):
            extra.append(f"<span style='color:#9A6700'>{d['persist_problem']}</span>")
        show_status(self.status_label, status, "<br>".join(extra))
        signed_in = bool(d.get("username")) and status.state is not ConnectionState.CONNECTING
        self.sign_out_button.setEnabled(signed_in)
        if d.get("last_sync") is not None or d.get("sync_message"):
            when = d["last_sync"].astimezone().strftime("%H:%M:%S") if d.get("last_sync") else "–"
            self.sync_label.setText(f"{when} — {d.get('sync_message', '')}")
        if d.get("sync_state") == "error":
            self.sync_box.blockSignals(True)
            self.sync_box.setChecked(False)
            self.sync_box.blockSignals(False)

    # -- sign-in ------------------------------------------------------------------------------
    def sign_in(self) -> None:
        self.sign_in_button.setEnabled(False)
        self.message.setText(self.tr("Ber Microsoft om en innloggingskode …"))
        self.runner.run(self._sign_in(), self._signed_in)

    async def _sign_in(self) -> SignedIn:
        try:
            code = await self.service.start_sign_in()
        except PlatformError as exc:
            if exc.kind != DEVICE_REFUSED:
                raise
            show_message(self.message, exc.message + " " + self.tr("Åpner nettleseren …"), False)
            return await self.service.sign_in_browser()
        self.show_device_code(code)
        try:
            return await self.service.finish_sign_in(code)
        finally:
            if self.dialog is not None:
                self.dialog.accept()
                self.dialog = None

    def show_device_code(self, code: DeviceCode) -> DeviceCodeDialog:
        self.dialog = DeviceCodeDialog(code.user_code, code.verification_uri, self)
        self.dialog.rejected.connect(lambda: TeamsAuth.cancel(code))
        self.dialog.browser_requested.connect(lambda: self._browser_instead(code))
        self.dialog.show()
        self.message.setText(code.message)
        return self.dialog

    def _browser_instead(self, code: DeviceCode) -> None:
        TeamsAuth.cancel(code)
        self.runner.run(self.service.sign_in_browser(), self._signed_in)

    def _signed_in(self, who: SignedIn) -> None:
        self.sign_in_button.setEnabled(True)
        show_message(self.message, self.tr("Logget inn som {name}.").format(name=who.name or who.username), True)
        if self.sync_box.isChecked() and self.service.settings().chat_id:
            self.set_sync(True)

    def sign_out(self) -> None:
        self.runner.run(self.service.sign_out(),
                        lambda _r: show_message(self.message, self.tr("Logget ut av Teams."), True))

    # -- chat ---------------------------------------------------------------------------------
    def apply_link(self) -> None:
        link = self.link_edit.text()
        self.message.setText(self.tr("Finner møtechatten …"))

        def done(thread: str) -> None:
            self.chat_label.setText(thread)
            show_message(self.message, self.tr("Møtechatten er funnet."), True)

        self.runner.run(self.service.set_join_link(link), done)

    def set_sync(self, on: bool) -> None:
        self.runner.run(asyncio.to_thread(self.service.repo.set_setting, "teams", "sync_on", bool(on)))
        if not on:
            self.runner.run(self.service.stop_sync())
            self.sync_label.setText(self.tr("Synkronisering av"))
            return
        try:
            self.service.start_sync()
        except PlatformError as exc:
            self._error(exc.message)
            self.sync_box.setChecked(False)

    def sync_now(self) -> None:
        if self.service.loop and self.service.syncing:
            self.service.loop.sync_now()
        else:
            self.sync_box.setChecked(True)

    def allow_post(self, on: bool) -> None:
        """Posting needs the ChatMessage.Send scope: saved, and the next sign-in asks for it."""
        self.service.auth.config.post_enabled = bool(on)
        self.post_box.setVisible(bool(on))
        self.runner.run(asyncio.to_thread(self.service.repo.set_setting, "teams", "post", bool(on)))
        if on and self.service.auth.signed_in:
            show_message(self.message, self.tr("Logg inn på nytt for å gi Kontrollrom lov til å skrive i chatten."),
                         False)

    def post(self) -> None:
        text = self.post_edit.text().strip()
        if not text:
            return
        self.post_edit.clear()
        self.runner.run(self.service.post(text),
                        lambda _r: show_message(self.message, self.tr("Sendt til møtechatten."), True))

    def show_rooms(self) -> None:
        from controlroom.ui.platforms.rooms_dialog import TextDialog

        uid = str(self.block_box.currentData() or "")
        TextDialog(self.tr("Grupperom i Teams"), self.rooms_text(uid, self.round_box.value()), self).show()
