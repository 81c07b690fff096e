"""Zoom settings and pre-assignment for the tech host: credentials to the keyring, meeting id,
test connection, "Forhåndstildel runde N", the result per room, people Zoom cannot take, CSV and
the move list. Every network and keyring call runs on the loop or a worker thread."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom import atomic_write
from controlroom.integrations.base import AdapterStatus, ConnectionState
from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.zoom import setup as zoom_setup
from controlroom.integrations.zoom.adapter import ZoomAdapter
from controlroom.integrations.zoom.preassign import RoomResult, rooms_csv
from controlroom.integrations.zoom.service import PreassignResult
from controlroom.ui import file_dialogs
from controlroom.ui.first_show import when_first_shown
from controlroom.ui.platforms.common import (
    ERROR_COLOUR,
    OK_COLOUR,
    PARTIAL_COLOUR,
    compact_combo,
    show_message,
    show_status,
)
from controlroom.ui.tasks import TaskRunner

STATUS_COLOURS = {"ok": OK_COLOUR, "partial": PARTIAL_COLOUR, "missing": ERROR_COLOUR}


class ZoomPanel(QWidget):
    #: A pre-assignment finished (its result saved in the event file).
    preassigned = Signal(object)

    def __init__(self, adapter: ZoomAdapter, secrets: SecretStore, repo, blocks: Callable[[], list[tuple[str, str]]],
                 moves_text: Callable[[str, int], str], loop: asyncio.AbstractEventLoop,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ZoomPanel")
        self.adapter, self.secrets, self.repo = adapter, secrets, repo
        self.blocks, self.moves_text = blocks, moves_text
        self.runner = TaskRunner(loop, self._error)
        self.result: PreassignResult | None = None
        layout = QVBoxLayout(self)

        account = QGroupBox(self.tr("Zoom-konto (Server-to-Server OAuth)"))
        form = QFormLayout(account)
        self.account_id = QLineEdit()
        self.client_id = QLineEdit()
        self.client_secret = QLineEdit()
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("lagres bare i nøkkelringen"))
        form.addRow(self.tr("Konto-ID"), self.account_id)
        form.addRow(self.tr("Klient-ID"), self.client_id)
        form.addRow(self.tr("Klienthemmelighet"), self.client_secret)
        self.save_button = QPushButton(self.tr("&Lagre i nøkkelringen"))
        self.save_button.clicked.connect(self.save_credentials)
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        form.addRow(self.save_button, self.keyring_label)
        # Once the account is in the keyring it takes one line (a laptop's dock is short): "Endre …" opens it.
        self.change_account = QPushButton(self.tr("&Endre …"))
        self.change_account.clicked.connect(lambda: self.show_account_fields(True))
        self.change_account.hide()
        form.addRow(self.change_account)
        self._account_form = form
        layout.addWidget(account)

        meeting = QGroupBox(self.tr("Møte og runde"))
        mform = QFormLayout(meeting)
        self.meeting_id = QLineEdit(str(repo.setting("zoom", "meeting_id", "")))
        self.meeting_id.setPlaceholderText(self.tr("f.eks. 812 3456 7890"))
        self.meeting_id.editingFinished.connect(
            lambda: self.runner.run(asyncio.to_thread(repo.set_setting, "zoom", "meeting_id", self.meeting_no())))
        self.block_box = compact_combo()
        self.round_box = QSpinBox()
        self.round_box.setRange(1, 20)
        self.round_box.setValue(int(repo.setting("zoom", "round", 1)))
        self.round_box.valueChanged.connect(self._round_changed)
        mform.addRow(self.tr("Zoom-møte-ID"), self.meeting_id)
        mform.addRow(self.tr("Bolk"), self.block_box)
        mform.addRow(self.tr("Runde"), self.round_box)
        self.part_box = QSpinBox()
        self.part_box.setRange(0, 20)
        self.part_box.setSpecialValueText(self.tr("alle Zoom-grupper"))
        self.part_box.setPrefix(self.tr("møte nr. "))
        self.part_box.setToolTip(self.tr("Når gruppene er delt på flere Zoom-møter: send bare gruppene i dette møtet"))
        mform.addRow(self.tr("Del"), self.part_box)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test tilkobling"))
        self.test_button.clicked.connect(self.test_connection)
        self.preassign_button = QPushButton()
        self.preassign_button.setObjectName("preassignButton")
        self.preassign_button.clicked.connect(self.preassign)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.preassign_button, 1)
        mform.addRow(buttons)
        layout.addWidget(meeting)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status_label)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Rom"), self.tr("Planlagt"), self.tr("Bekreftet i Zoom"),
                                              self.tr("Status")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.unassignable = QLabel()
        self.unassignable.setWordWrap(True)
        layout.addWidget(self.unassignable)
        export = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Eksporter &CSV for Zoom …"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.moves_button = QPushButton(self.tr("&Flytteliste …"))
        self.moves_button.clicked.connect(self._show_moves)
        export.addWidget(self.csv_button)
        export.addWidget(self.moves_button)
        layout.addLayout(export)

        adapter.subscribe(lambda _a, st: self._status_changed(st))
        self._status_changed(adapter.status)
        self.reload_blocks()
        self._round_changed(self.round_box.value())
        # the keyring (Secret Service over D-Bus) is asked when the tech host first looks at the panel
        when_first_shown(self, self._ask_keyring)

    # -- helpers ------------------------------------------------------------------------------
    def meeting_no(self) -> str:
        return "".join(self.meeting_id.text().split())

    def part(self) -> int | None:
        """The meeting number of a round split over several meetings; None: all Zoom groups."""
        return self.part_box.value() or None

    def block_uid(self) -> str:
        return str(self.block_box.currentData() or "")

    def reload_blocks(self) -> None:
        self.block_box.clear()
        for uid, title in self.blocks():
            self.block_box.addItem(title, uid)
        saved = self.repo.setting("zoom", "block", "")
        index = self.block_box.findData(saved)
        if index >= 0:
            self.block_box.setCurrentIndex(index)

    def _round_changed(self, value: int) -> None:
        self.preassign_button.setText(self.tr("Forhåndstildel runde {n}").format(n=value))

    def _error(self, text: str) -> None:
        show_message(self.message, text, False)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        for b in (self.preassign_button, self.test_button, self.save_button):
            b.setEnabled(not busy)

    def _status_changed(self, status: AdapterStatus) -> None:
        extra = ""
        expires = status.detail.get("token_expires_in")
        if status.state is ConnectionState.CONNECTED and expires:
            extra = self.tr("Tilgangsnøkkelen fornyes om {m} min.").format(m=max(0, int(expires // 60)))
        if status.detail.get("topic"):
            extra += ("<br>" if extra else "") + self.tr("Møte: {t}").format(t=status.detail["topic"])
        show_status(self.status_label, status, extra)

    # -- keyring ------------------------------------------------------------------------------
    def _ask_keyring(self) -> None:
        self.runner.run(asyncio.to_thread(self._read_keyring), self._show_keyring)

    def _read_keyring(self) -> tuple[str | None, tuple[str, str, bool]]:
        return self.secrets.unavailable_reason, zoom_setup.stored_ids(self.secrets)

    def _show_keyring(self, data: tuple[str | None, tuple[str, str, bool]]) -> None:
        reason, (account, client, has_secret) = data
        self.account_id.setText(account)
        self.client_id.setText(client)
        if reason:
            show_message(self.keyring_label, reason, False)
            self.save_button.setEnabled(False)
        else:
            self.keyring_label.setText(self.tr("Hemmeligheten er lagret i nøkkelringen.") if has_secret
                                       else self.tr("Ingen hemmelighet lagret ennå."))
            if has_secret and account and client:
                self.show_account_fields(False)

    def show_account_fields(self, shown: bool) -> None:
        """The account's three fields and the save button, or (stored) one line with "Endre …"."""
        for row in range(3):
            self._account_form.setRowVisible(row, shown)
        self.save_button.setVisible(shown)
        if not shown:
            self.keyring_label.setText(self.tr("Konto {account} er lagret i nøkkelringen.").format(
                account=self.account_id.text()))
        self.change_account.setVisible(not shown)

    def save_credentials(self) -> None:
        args = (self.account_id.text(), self.client_id.text(), self.client_secret.text())
        if not args[0].strip() or not args[1].strip():
            show_message(self.keyring_label, self.tr("Fyll inn konto-ID og klient-ID."), False)
            return
        self.client_secret.clear()
        self.runner.run(asyncio.to_thread(zoom_setup.save_credentials, self.secrets, *args),
                        lambda _r: show_message(self.keyring_label, self.tr("Lagret i nøkkelringen."), True))

    # -- actions ------------------------------------------------------------------------------
    def test_connection(self) -> None:
        self._busy(True)
        self.message.setText(self.tr("Tester tilkoblingen til Zoom …"))

        def done(result) -> None:
            self._busy(False)
            show_message(self.message, result.message, result.ok)

        self.runner.run(self.adapter.test_connection(), done)

    def preassign(self) -> None:
        meeting, uid, rnd = self.meeting_no(), self.block_uid(), self.round_box.value()
        if not meeting or not uid:
            show_message(self.message, self.tr("Velg bolk og skriv inn møte-ID-en først."), False)
            return
        self._busy(True)
        self.message.setText(self.tr("Sender runde {n} til Zoom …").format(n=rnd))

        async def run() -> PreassignResult:
            for key, value in (("meeting_id", meeting), ("block", uid), ("round", rnd)):
                await asyncio.to_thread(self.repo.set_setting, "zoom", key, value)
            return await self.adapter.preassign(meeting, uid, rnd)

        self.runner.run(run(), self.show_result)

    def show_result(self, result: PreassignResult) -> None:
        self._busy(False)
        self.result = result
        self.preassigned.emit(result)
        rooms = result.rooms or [RoomResult(n, e, [], "pending") for n, e in result.plan.rooms]
        self.table.setRowCount(len(rooms))
        labels = {"ok": self.tr("Bekreftet"), "partial": self.tr("Delvis"), "missing": self.tr("Mangler i Zoom"),
                  "pending": self.tr("Ikke sendt")}
        for row, room in enumerate(rooms):
            status_item = QTableWidgetItem(labels.get(room.status, room.status))
            if room.status in STATUS_COLOURS:
                status_item.setForeground(Qt.GlobalColor.white)
                status_item.setBackground(_colour(STATUS_COLOURS[room.status]))
            for col, item in enumerate((QTableWidgetItem(room.name), QTableWidgetItem(str(len(room.planned))),
                                        QTableWidgetItem(str(len(room.confirmed)) if result.rooms else "–"),
                                        status_item)):
                self.table.setItem(row, col, item)
        if result.error:
            show_message(self.message, result.error.message, False)
        else:
            ok = sum(1 for r in result.rooms if r.status == "ok")
            partial = any(r.confirmed for r in result.rooms)  # some people got through: amber, not red
            show_message(self.message, self.tr("{ok} av {n} rom bekreftet av Zoom.").format(
                ok=ok, n=len(result.rooms)), ok == len(result.rooms), partial=partial)
        if result.unassignable:
            lines = [f"• {u.name} ({u.email or self.tr('ingen e-post')}) – {u.room}: {u.reason}"
                     for u in result.unassignable]
            self.unassignable.setText(self.tr("Kan ikke forhåndstildeles ({n}):").format(n=len(lines)) + "\n"
                                      + "\n".join(lines))
        else:
            self.unassignable.clear()

    def export_csv(self, path: Path) -> int:
        """Write the pre-assignment CSV for the chosen round; returns the number of people."""
        plan = self.adapter.preassigner.plan(self.block_uid(), self.round_box.value())
        atomic_write.write_text(path, rooms_csv(plan.rooms), newline=None)
        return plan.people

    def _ask_csv(self) -> None:
        name, _ = file_dialogs.get_save_file_name(self, self.tr("Lagre CSV for Zoom"),
                                              f"zoom-runde-{self.round_box.value()}.csv", "CSV (*.csv)")
        if name:
            n = self.export_csv(Path(name))
            show_message(self.message, self.tr("{n} personer skrevet til {f}.").format(n=n, f=name), True)

    def _show_moves(self) -> None:
        from controlroom.ui.platforms.rooms_dialog import TextDialog

        TextDialog(self.tr("Flytteliste for Zoom"), self.moves_text(self.block_uid(), self.round_box.value()),
                   self).show()


def _colour(hex_code: str):
    from PySide6.QtGui import QColor

    return QColor(hex_code)
