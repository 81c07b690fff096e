"""The File menu: new, open, recent, import agenda, export, quit.

Opening another event is not done here: the window emits ``openEventRequested`` and the
composition root (``app``) builds a new window for it. Reading an agenda runs off the GUI thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from controlroom import EVENT_SUFFIX
from controlroom.agenda.types import AgendaDraft
from controlroom.application.agenda import AgendaService
from controlroom.errors import ControlroomError
from controlroom.exporters import FORMATS
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui import file_dialogs
from controlroom.ui.agenda.recent import RecentFiles
from controlroom.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialog's module loads when the dialog is first opened
    from controlroom.ui.agenda.import_report import ImportReportDialog

log = logging.getLogger(__name__)


def read_agenda_file(path: Path, day: date | None = None) -> AgendaDraft:
    """Read an agenda with the importers (imported late: they are a colleague's module)."""
    from controlroom.importers import read_agenda

    return read_agenda(path, day=day)


def _needs_date(exc: Exception) -> bool:
    """The importers raise ``DateNeededError`` when the agenda does not say its date or year."""
    return type(exc).__name__ == "DateNeededError"


class FileActions(QObject):
    def __init__(
        self,
        window,
        service: AgendaService,
        undo_stack: QUndoStack,
        recent: RecentFiles,
        on_changed: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.undo_stack = undo_stack
        self.recent = recent
        self.on_changed = on_changed
        #: Asks for a path; tests replace these to skip the native file dialogs.
        self.ask_new_path: Callable[[], Path | None] = self._ask_new_path
        self.ask_open_path: Callable[[], Path | None] = self._ask_open_path
        self.ask_import_path: Callable[[], Path | None] = self._ask_import_path
        self.show_error: Callable[[str, str], None] = self._message_box
        self.reader: Callable[[Path, date | None], AgendaDraft] = read_agenda_file
        #: Asks for the agenda's date when the file does not say it (None: cancelled).
        self.ask_date: Callable[[str], Awaitable[date | None]] = self._ask_date
        self.last_report: ImportReportDialog | None = None
        self.tasks = TaskRunner(None, lambda text: self.show_error(self.tr("Kunne ikke lese agendaen"), text))

        menu = window.menu("file")
        window.add_action("file", self.tr("&Ny hendelse …"), self.new_event, QKeySequence.StandardKey.New)
        window.add_action("file", self.tr("&Åpne …"), self.open_event, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Nylig brukte"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        window.add_action("file", self.tr("&Importer agenda …"), self.import_agenda, "Ctrl+Shift+I")
        menu.addSeparator()
        self.export_actions = self._add_export_actions()
        menu.addSeparator()
        window.add_action("file", self.tr("&Avslutt"), self.quit, QKeySequence.StandardKey.Quit)
        self._fill_recent()

    # -- new / open / recent -----------------------------------------------------------------
    def new_event(self) -> Path | None:
        path = self.ask_new_path()
        if path is None:
            return None
        if path.suffix.lower() != EVENT_SUFFIX:
            path = path.with_name(path.name + EVENT_SUFFIX)
        if path.exists():
            self.show_error(
                self.tr("Ny hendelse"),
                self.tr("%s finnes allerede. Bruk Åpne for å åpne den, eller velg et annet navn.") % path,
            )
            return None
        try:
            store = EventStore.open(path, create=True)
            try:
                AgendaRepository(store).ensure_event(title=path.stem)
            finally:
                store.close()
        except (ControlroomError, OSError) as exc:
            self.show_error(self.tr("Ny hendelse"), str(exc))
            return None
        self.window.openEventRequested.emit(path)
        return path

    def open_event(self) -> Path | None:
        path = self.ask_open_path()
        if path is not None:
            self.window.openEventRequested.emit(path)
        return path

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.existing()
        for i, path in enumerate(paths):
            label = f"&{i + 1} {path.name}" if i < 9 else path.name
            act = self.recent_menu.addAction(label)
            act.setToolTip(str(path))
            act.setData(str(path))
            act.triggered.connect(lambda _=False, p=path: self.window.openEventRequested.emit(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("(ingen)"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Tøm listen"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.recent.clear()
        self._fill_recent()

    # -- import ------------------------------------------------------------------------------
    def import_agenda(self, path: Path | None = None) -> asyncio.Task | None:
        path = path or self.ask_import_path()
        if path is None:
            return None
        return self.tasks.run(self.import_file(Path(path)))

    async def import_file(self, path: Path) -> ImportReportDialog | None:
        """Read ``path`` on a worker thread with a busy indicator, then show the report, from
        which the host imports the whole agenda in one transaction (or nothing)."""
        progress = QProgressDialog(self.tr("Leser %s …") % path.name, "", 0, 0, self.window)
        progress.setWindowTitle(self.tr("Importer agenda"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        day: date | None = None
        try:
            while True:
                try:
                    draft = await asyncio.to_thread(self.reader, path, day)
                    break
                except ControlroomError as exc:
                    if day is not None or not _needs_date(exc):
                        raise
                    progress.hide()
                    day = await self.ask_date(str(exc))
                    if day is None:
                        return None
                    progress.show()
        except ControlroomError as exc:
            self.show_error(self.tr("Kunne ikke lese agendaen"), str(exc))
            return None
        except OSError as exc:
            self.show_error(self.tr("Kunne ikke lese agendaen"), f"{path}: {exc.strerror or exc}")
            return None
        finally:
            progress.close()
            progress.deleteLater()
        from controlroom.ui.agenda.import_report import ImportReportDialog

        report = ImportReportDialog(path, draft, self.window)
        report.accepted.connect(lambda: self.apply_import(draft))
        report.open()  # never exec() inside a coroutine
        self.last_report = report
        return report

    def apply_import(self, draft: AgendaDraft) -> int:
        try:
            saved = self.service.import_draft(draft)
        except ControlroomError as exc:
            self.show_error(self.tr("Kunne ikke importere agendaen"), str(exc))
            return 0
        # Positions in the day have changed under the stack's commands: start a fresh history.
        self.undo_stack.clear()
        self.on_changed()
        return len(saved)

    # -- export ------------------------------------------------------------------------------
    def _add_export_actions(self) -> list:
        actions = []
        for fmt, text in (("json", self.tr("Eksporter som &JSON …")), ("csv", self.tr("Eksporter som &CSV …"))):
            act = self.window.add_action("file", text, lambda _=False, f=fmt: self.export(f))
            act.setEnabled(_exporter(fmt) is not None)
            actions.append(act)
        return actions

    def export(self, fmt: str, out: Path | None = None) -> Path | None:
        writer = _exporter(fmt)
        if writer is None:
            return None
        if out is None:
            name, _ = file_dialogs.get_save_file_name(
                self.window, self.tr("Eksporter agenda"), "", f"{fmt.upper()} (*.{fmt})"
            )
            if not name:
                return None
            out = Path(name)
        try:
            writer(self.service.repo.store, out)
        except (ControlroomError, OSError) as exc:
            self.show_error(self.tr("Kunne ikke eksportere"), str(exc))
            return None
        return out

    # -- quit --------------------------------------------------------------------------------
    def quit(self) -> None:
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- default dialogs ---------------------------------------------------------------------
    def _filter(self) -> str:
        return self.tr("Kontrollrom-hendelse (*.krom)")

    def _ask_new_path(self) -> Path | None:
        name, _ = file_dialogs.get_save_file_name(
            self.window, self.tr("Ny hendelse"), "", self._filter(), options=QFileDialog.Option.DontConfirmOverwrite
        )
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _ = file_dialogs.get_open_file_name(self.window, self.tr("Åpne hendelse"), "", self._filter())
        return Path(name) if name else None

    def _ask_import_path(self) -> Path | None:
        name, _ = file_dialogs.get_open_file_name(
            self.window,
            self.tr("Importer agenda"),
            "",
            self.tr("Agendaer (*.txt *.csv *.xlsx *.json);;Alle filer (*)"),
        )
        return Path(name) if name else None

    async def _ask_date(self, reason: str) -> date | None:
        """A small date dialog, awaited through its ``finished`` signal (never exec() in a coroutine)."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Hvilken dato?"))
        layout = QVBoxLayout(dialog)
        label = QLabel(reason + "\n\n" + self.tr("Velg datoen for den første dagen i agendaen:"))
        label.setWordWrap(True)
        layout.addWidget(label)
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        layout.addWidget(edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        done: asyncio.Future[int] = asyncio.get_event_loop().create_future()

        def finish(result: int) -> None:
            if not done.done():
                done.set_result(result)

        dialog.finished.connect(finish)
        dialog.open()
        result = await done
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return None
        qd = edit.date()
        return date(qd.year(), qd.month(), qd.day())

    def _message_box(self, title: str, message: str) -> None:
        parent: QWidget = self.window
        QMessageBox.warning(parent, title, message)


def _exporter(fmt: str):
    """The exporter for ``fmt`` as ``writer(store, path)``, when the exporters offer it."""
    if fmt not in FORMATS:
        return None

    def write(store: EventStore, out: Path) -> Path:
        from controlroom.application.agenda_files import export_agenda  # with the first export

        return export_agenda(store, fmt, out)

    return write
