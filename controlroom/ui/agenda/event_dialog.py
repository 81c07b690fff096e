"""The event dialog: title, place, dates and time zone. Moving the first day moves the whole event
(every block keeps its wall-clock time), for a rehearsal the day before or a postponed day."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from controlroom.agenda.types import DEFAULT_TIMEZONE
from controlroom.application.agenda import AgendaService
from controlroom.models.agenda_repo import EventInfo
from controlroom.timefmt import day_label


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """The IANA zone names zoneinfo knows, sorted, the default first."""
    names = sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    return (DEFAULT_TIMEZONE, *(n for n in names if n != DEFAULT_TIMEZONE))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class EventDialog(QDialog):
    """``result_edit()`` gives ``(EventInfo, shift_days)`` after ``accept``; nothing is saved here."""

    def __init__(self, service: AgendaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self.setWindowTitle(self.tr("Hendelsen"))
        self.setMinimumWidth(520)
        self._service = service
        self._info = service.event_info()
        self._days = service.days()
        self._result: tuple[EventInfo, int] | None = None
        self.last_error = ""
        form = QFormLayout(self)

        self.title = QLineEdit(self._info.title)
        self.place = QLineEdit(self._info.place)
        self.place.setPlaceholderText(self.tr("For eksempel Stavanger"))
        self.first_day = QDateEdit(_qdate(self._days[0] if self._days else date.today()))
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("dd.MM.yyyy")
        self.first_day.setEnabled(bool(self._days))
        self.earlier = QPushButton(self.tr("Én dag tidligere"))
        self.earlier.setToolTip(self.tr("Flytt hele hendelsen til dagen før, for eksempel til en generalprøve"))
        self.earlier.clicked.connect(lambda: self.first_day.setDate(self.first_day.date().addDays(-1)))
        self.later = QPushButton(self.tr("Én dag senere"))
        self.later.clicked.connect(lambda: self.first_day.setDate(self.first_day.date().addDays(1)))
        for button in (self.earlier, self.later):
            button.setEnabled(bool(self._days))
        day_row = QHBoxLayout()
        day_row.addWidget(self.first_day, 1)
        day_row.addWidget(self.earlier)
        day_row.addWidget(self.later)
        self.days_label = QLabel()
        self.days_label.setWordWrap(True)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(list(zone_names()))
        self.timezone.setCurrentText(self._info.timezone or DEFAULT_TIMEZONE)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(zone_names()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)

        form.addRow(self.tr("Tittel"), self.title)
        form.addRow(self.tr("Sted"), self.place)
        form.addRow(self.tr("Første dag"), day_row)
        form.addRow("", self.days_label)
        form.addRow(self.tr("Tidssone"), self.timezone)
        hint = QLabel(
            self.tr(
                "Flytter du første dag, flyttes alle bolkene like mange dager og beholder klokkeslettene sine. "
                "Det går ikke mens en bolk går."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)
        self.first_day.dateChanged.connect(self._show_days)
        self._show_days()

    def shift_days(self) -> int:
        if not self._days:
            return 0
        return (_pydate(self.first_day.date()) - self._days[0]).days

    def _show_days(self, *_args) -> None:
        if not self._days:
            self.days_label.setText(self.tr("Agendaen har ingen bolker ennå."))
            return
        shift = timedelta(days=self.shift_days())
        first, last = self._days[0] + shift, self._days[-1] + shift
        text = day_label(first) if first == last else f"{day_label(first)} – {day_label(last, capital=False)}"
        moved = self.shift_days()
        if moved == -1:
            text += " " + self.tr("(én dag tidligere enn nå)")
        elif moved == 1:
            text += " " + self.tr("(én dag senere enn nå)")
        elif moved < 0:
            text += " " + self.tr("({n} dager tidligere enn nå)").format(n=-moved)
        elif moved > 0:
            text += " " + self.tr("({n} dager senere enn nå)").format(n=moved)
        self.days_label.setText(text)

    def collect(self) -> tuple[EventInfo, int]:
        """The form's values; raises ValueError with the reason in the UI's language."""
        info = EventInfo(
            title=self.title.text().strip(),
            timezone=self.timezone.currentText().strip(),
            place=self.place.text().strip(),
        )
        shift = self.shift_days()
        self._service.check_event_edit(info, shift)
        return info, shift

    def accept(self) -> None:
        try:
            self._result = self.collect()
        except ValueError as exc:
            self.last_error = str(exc)
            QMessageBox.warning(self, self.tr("Kan ikke endre hendelsen"), str(exc))
            return
        super().accept()

    def result_edit(self) -> tuple[EventInfo, int] | None:
        return self._result

    def changed(self) -> bool:
        return self._result is not None and (self._result[0] != self._info or self._result[1] != 0)
