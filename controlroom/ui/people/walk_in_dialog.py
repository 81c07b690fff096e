"""A walk-in at the door: name, municipality, on site or online; e-mail optional.

The municipality is required (it drives the mixing rule). Online means the event's platform
(Teams or Zoom, preset to the event's default). Without an e-mail the person gets a placeholder
identity that is never shown as an address nor exported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.grouping.participants_import import EMAIL_RE
from controlroom.grouping.types import Attendance, Participant, placeholder_email


class WalkInDialog(QDialog):
    def __init__(self, municipalities: list[str], taken: set[str], default_online: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walk-in")
        self.setWindowTitle(self.tr("Legg til uanmeldt"))
        self.taken = taken
        self.name = QLineEdit()
        self.name.setObjectName("walk-in-name")
        self.municipality = QLineEdit()
        self.municipality.setObjectName("walk-in-municipality")
        completer = QCompleter(sorted(set(municipalities)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.municipality.setCompleter(completer)
        self.email = QLineEdit()
        self.email.setObjectName("walk-in-email")
        self.email.setPlaceholderText(self.tr("valgfritt"))
        self.onsite = QRadioButton(self.tr("På stedet"))
        self.online = QRadioButton(self.tr("Digitalt"))
        self.onsite.setChecked(True)
        self.where = QButtonGroup(self)
        self.where.addButton(self.onsite)
        self.where.addButton(self.online)
        self.platform = QComboBox()
        self.platform.addItem("Teams", "teams")
        self.platform.addItem("Zoom", "zoom")
        self.platform.setCurrentIndex(max(0, self.platform.findData(default_online or "teams")))
        self.platform.setEnabled(False)
        self.online.toggled.connect(self.platform.setEnabled)
        att = QHBoxLayout()
        for w in (self.onsite, self.online, self.platform):
            att.addWidget(w)
        att.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Kommune"), self.municipality)
        form.addRow(self.tr("Deltar"), att)
        form.addRow(self.tr("E-post"), self.email)
        self.problem = QLabel()
        self.problem.setObjectName("walk-in-problem")
        self.problem.setStyleSheet("color: #C92A2A;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Legg til"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        for field in (self.name, self.municipality, self.email):
            field.textChanged.connect(self.check)
        self.check()

    def check(self) -> bool:
        """Say what is missing; OK only when the person can be added."""
        email = self.email.text().strip()
        if not self.name.text().strip():
            why = self.tr("Skriv navnet.")
        elif not self.municipality.text().strip():
            why = self.tr("Skriv kommunen (den styrer blandingsregelen).")
        elif email and not EMAIL_RE.match(email):
            why = self.tr("«{e}» er ikke en e-postadresse; la feltet stå tomt om personen ikke har oppgitt en.").format(
                e=email)
        elif email and email.lower() in self.taken:
            why = self.tr("{e} er allerede påmeldt").format(e=email)
        else:
            why = ""
        self.problem.setText(why)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not why)
        return not why

    def participant(self) -> Participant:
        email = self.email.text().strip() or placeholder_email(self.taken)
        attendance: Attendance = self.platform.currentData() if self.online.isChecked() else "onsite"
        return Participant(name=self.name.text().strip(), email=email, municipality=self.municipality.text().strip(),
                           attendance=attendance, walk_in=True)
