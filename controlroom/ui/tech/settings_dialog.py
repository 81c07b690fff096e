"""Utstyr og passord: the show-control adapters' settings. Host, port, URL go to the event file;
passwords and webhook secrets only to the OS keyring. Without a keyring the dialog says so, the
password field is off, and nothing secret is stored anywhere else."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.application.cue_plan import CuePlan
from controlroom.cues.repository import AdapterConfig
from controlroom.integrations.factory import ADAPTER_TYPES, FIELDS, SECRET_FIELD, adapter_class
from controlroom.integrations.secrets import KeyringUnavailable, SecretStore, secret_key
from controlroom.integrations.webhook_urls import URL_PASSWORD_FIELD, url_password, without_password
from controlroom.ui.tasks import TaskRunner

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class AdapterSettingsDialog(QDialog):
    #: The saved adapter's name (the wiring rebuilds that adapter).
    saved = Signal(str)

    def __init__(self, plan: CuePlan, secrets: SecretStore, loop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tech-adapter-settings")
        self.setWindowTitle(self.tr("Utstyr og passord"))
        self.plan, self.secrets, self.loop = plan, secrets, loop
        self.tasks = TaskRunner(loop, lambda text: self.status.setText(text))
        self.list = QListWidget()
        self.list.currentTextChanged.connect(self._load)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in ADAPTER_TYPES:
            self.kind.addItem(adapter_class(kind).title, kind)
        self.kind.currentIndexChanged.connect(lambda _index: self._build_fields())  # the index is no field values
        self.label = QLineEdit()
        self.enabled = QCheckBox(self.tr("I bruk"))
        self.enabled.setChecked(True)
        self.fields_box = QWidget()
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setContentsMargins(0, 0, 0, 0)
        self._field_edits: dict[str, QLineEdit] = {}
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("uendret"))
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("tech-keyring-note")
        self.keyring_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Navn (brukes i cues)"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Visningsnavn"), self.label)
        form.addRow("", self.enabled)
        form.addRow(self.fields_box)
        form.addRow(self.tr("Passord / hemmelighet"), self.password)
        form.addRow(self.keyring_note)
        new = QPushButton(self.tr("Nytt utstyr"))
        new.clicked.connect(self._new)
        save = QPushButton(self.tr("Lagre"))
        save.setObjectName("tech-settings-save")
        save.clicked.connect(self.save)
        delete = QPushButton(self.tr("Slett"))
        delete.clicked.connect(self._delete)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(new)
        right = QVBoxLayout()
        right.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(delete)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.status)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self._show_keyring_state()
        self._reload_list()
        self.resize(720, 420)

    # -- keyring ------------------------------------------------------------------------------------
    def _show_keyring_state(self) -> None:
        reason = self.secrets.unavailable_reason
        if reason:
            self.keyring_note.setText(reason)
            self.keyring_note.setStyleSheet("color: #B3261E; font-weight: bold")
            self.password.setEnabled(False)
            self.password.setPlaceholderText(self.tr("ingen nøkkelring"))
        else:
            self.keyring_note.setText(self.tr("Passord lagres bare i nøkkelringen ({backend}), aldri i hendelsesfilen.")
                                      .format(backend=self.secrets.backend_name.rsplit(".", 2)[-2]))
            self.keyring_note.setStyleSheet("color: #5F6B7A")

    # -- list and form ------------------------------------------------------------------------------
    def _reload_list(self, select: str | None = None) -> None:
        self.list.clear()
        for cfg in self.plan.adapters():
            self.list.addItem(cfg.name)
        if self.list.count():
            items = self.list.findItems(select, Qt.MatchFlag.MatchExactly) if select else []
            self.list.setCurrentItem(items[0] if items else self.list.item(0))
        else:
            self._new()

    def _new(self) -> None:
        self.list.clearSelection()
        self.name.setText("")
        self.name.setReadOnly(False)
        self.label.setText("")
        self.kind.setCurrentIndex(0)
        self._build_fields()

    def _build_fields(self, values: dict | None = None) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self._field_edits = {}
        kind = self.kind.currentData()
        for key, label, default in FIELDS.get(kind, ()):
            edit = QLineEdit(str((values or {}).get(key, default)))
            edit.setObjectName(f"tech-field-{key}")
            self.fields_form.addRow(label, edit)
            self._field_edits[key] = edit
        has_secret = SECRET_FIELD.get(kind) is not None
        self.password.setVisible(has_secret)
        if not isinstance(values, dict):
            self.password.clear()

    def _load(self, name: str) -> None:
        cfg = next((c for c in self.plan.adapters() if c.name == name), None)
        if cfg is None:
            return
        self.name.setText(cfg.name)
        self.name.setReadOnly(True)
        self.label.setText(cfg.label)
        self.enabled.setChecked(cfg.enabled)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(cfg.kind)))
        self.kind.blockSignals(False)
        self._build_fields(cfg.config)
        self.password.clear()

    def _config(self) -> dict:
        out: dict = {}
        for key, edit in self._field_edits.items():
            text = edit.text().strip()
            if key == "port":
                if not text.isdigit() or not 0 < int(text) < 65536:
                    raise ValueError(self.tr("Porten må være et tall mellom 1 og 65535."))
                out[key] = int(text)
            else:
                out[key] = text
        return out

    # -- saving -------------------------------------------------------------------------------------
    def save(self) -> None:
        name = self.name.text().strip()
        if not NAME_RE.match(name):
            self.status.setText(self.tr("Navnet må være små bokstaver, tall, - eller _ (for eksempel «obs» eller «companion-sal»)."))
            return
        try:
            config = self._config()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        kind = self.kind.currentData()
        url_secret = url_password(str(config.get("url", ""))) if kind == "webhook" else None
        if url_secret is not None:  # a password inside the URL goes to the keyring, never to the event file
            if not self.secrets.available:
                self.status.setText(self.secrets.unavailable_reason or "")
                return
            config["url"] = without_password(config["url"])
            self._field_edits["url"].setText(config["url"])
            self.tasks.run(self._store_secret(name, kind, URL_PASSWORD_FIELD, url_secret))
        self.plan.save_adapter(AdapterConfig(name, kind, config, self.label.text().strip(), self.enabled.isChecked()))
        password = self.password.text()
        field = SECRET_FIELD.get(kind)
        if password and field:
            if not self.secrets.available:
                # Refuse: the secret is not kept anywhere else.
                self.status.setText(self.tr("Innstillingene er lagret, men passordet er ikke lagret: ") +
                                    (self.secrets.unavailable_reason or ""))
                self.saved.emit(name)
                self._reload_list(name)
                return
            self.status.setText(self.tr("Lagrer passordet i nøkkelringen …"))
            self.tasks.run(self._store_secret(name, kind, field, password))
        else:
            self.status.setText(self.tr("Lagret."))
            self.saved.emit(name)
        self.password.clear()
        self._reload_list(name)

    async def _store_secret(self, name: str, kind: str, field: str, password: str) -> None:
        try:
            await self.secrets.aset(secret_key(kind, name, field), password)
        except KeyringUnavailable as exc:
            self.status.setText(self.tr("Passordet ble ikke lagret: {e}").format(e=exc))
            return
        self.status.setText(self.tr("Lagret; passordet ligger i nøkkelringen."))
        self.saved.emit(name)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.plan.delete_adapter(item.text())
        self.saved.emit(item.text())
        self._reload_list()
