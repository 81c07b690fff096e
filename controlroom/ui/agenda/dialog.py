"""The block dialog: every field of a block, checked before it is accepted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from controlroom.agenda.types import BlockData
from controlroom.application.agenda import format_minutes, parse_clock, parse_minutes


class BlockDialog(QDialog):
    """Edit (or create) one block. ``result_block()`` gives the checked values after ``accept``."""

    def __init__(
        self, block: BlockData, categories: list[str], *, new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BlockDialog")
        self.setWindowTitle(self.tr("Ny bolk") if new else self.tr("Rediger bolk"))
        self.setMinimumWidth(560)
        self._block = block
        self._result: BlockData | None = None
        self.last_error = ""
        form = QFormLayout(self)

        self.day = QDateEdit(QDate(block.day.year, block.day.month, block.day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setEnabled(new)  # moving a block to another day is done by adding it there
        self.start = QLineEdit(block.start.strftime("%H:%M"))
        self.start.setPlaceholderText(self.tr("TT:MM"))
        self.length = QLineEdit(format_minutes(block.minutes) if block.minutes else "0")
        self.length.setPlaceholderText(self.tr("45m, 1t 30m eller 1:30"))
        self.title = QLineEdit(block.title)
        self.description = QPlainTextEdit(block.description)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItem(self.tr("(ingen)"), None)
        for name in categories:
            self.category.addItem(name, name)
        if block.category:
            found = self.category.findData(block.category)
            if found < 0:
                self.category.addItem(block.category, block.category)
                found = self.category.count() - 1
            self.category.setCurrentIndex(found)
        self.assigned = QPlainTextEdit("\n".join(block.assigned))
        self.assigned.setPlaceholderText(self.tr("Én person per linje"))
        self.assigned.setMaximumHeight(70)
        self.notes = QPlainTextEdit(block.notes)
        self.notes.setPlaceholderText(self.tr("Bare for verten: hvem kommer fysisk, strømming, grupperom …"))
        self.streamed = QComboBox()
        for text, value in ((self.tr("Ukjent"), None), (self.tr("Ja"), True), (self.tr("Nei"), False)):
            self.streamed.addItem(text, value)
        self.streamed.setCurrentIndex(self.streamed.findData(block.streamed))
        self.location = QComboBox()
        for text, location in (
            (self.tr("Begge"), "both"),
            (self.tr("På stedet"), "onsite"),
            (self.tr("Digitalt"), "online"),
        ):
            self.location.addItem(text, location)
        self.location.setCurrentIndex(max(0, self.location.findData(block.location)))
        self.fixed = QCheckBox(self.tr("Starter til fast tid (flyttes ikke når dagen forskyves)"))
        self.fixed.setChecked(block.fixed_start)
        self.warn = self._threshold_box(block.warn_seconds)
        self.danger = self._threshold_box(block.danger_seconds)

        form.addRow(self.tr("Dag"), self.day)
        form.addRow(self.tr("Kl."), self.start)
        form.addRow(self.tr("Lengde"), self.length)
        form.addRow(self.tr("Tittel"), self.title)
        form.addRow(self.tr("Beskrivelse"), self.description)
        form.addRow(self.tr("Kategori"), self.category)
        form.addRow(self.tr("Ansvarlig"), self.assigned)
        form.addRow(self.tr("Notater til verten"), self.notes)
        form.addRow(self.tr("Strømmes"), self.streamed)
        form.addRow(self.tr("Hvor"), self.location)
        form.addRow("", self.fixed)
        form.addRow(self.tr("Gult varsel"), self.warn)
        form.addRow(self.tr("Rødt varsel"), self.danger)
        hint = QLabel(self.tr("Varslene gjelder nedtellingen: minutter igjen når fargen skifter."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        # Qt's own buttons: Lagre/Avbryt in Norwegian through ui.i18n's Qt catalogue.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _threshold_box(self, seconds: int | None) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 120)
        box.setSuffix(self.tr(" min"))
        box.setSpecialValueText(self.tr("Standard"))
        box.setValue(0 if seconds is None else max(1, seconds // 60))
        return box

    def collect(self) -> BlockData:
        """The values in the form as a block; raises ValueError with a Norwegian message."""
        title = self.title.text().strip()
        if not title:
            raise ValueError(self.tr("Tittelen kan ikke være tom."))
        start = parse_clock(self.start.text())
        minutes = parse_minutes(self.length.text())
        category_text = self.category.currentText().strip()
        category = None if self.category.currentIndex() == 0 and category_text == self.category.itemText(0) else (
            category_text or None
        )
        qd = self.day.date()
        warn = self.warn.value() * 60 or None
        danger = self.danger.value() * 60 or None
        if warn is not None and danger is not None and danger >= warn:
            raise ValueError(self.tr("Rødt varsel må komme senere enn gult: færre minutter igjen."))
        return replace(
            self._block,
            day=date(qd.year(), qd.month(), qd.day()),
            start=start,
            minutes=minutes,
            title=title,
            description=self.description.toPlainText().strip(),
            category=category,
            assigned=[line.strip() for line in self.assigned.toPlainText().splitlines() if line.strip()],
            notes=self.notes.toPlainText().strip(),
            streamed=self.streamed.currentData(),
            location=self.location.currentData(),
            fixed_start=self.fixed.isChecked(),
            warn_seconds=warn,
            danger_seconds=danger,
        )

    def accept(self) -> None:
        try:
            self._result = self.collect()
        except ValueError as exc:
            self.last_error = str(exc)
            QMessageBox.warning(self, self.tr("Kan ikke lagre bolken"), str(exc))
            return
        super().accept()

    def result_block(self) -> BlockData | None:
        return self._result
