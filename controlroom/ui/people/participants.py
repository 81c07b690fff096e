"""The participants table: import (off the GUI thread), edit, mark no-shows, add walk-ins — all undoable.

One ``QAbstractTableModel`` over the repository's ``Participant`` list, refreshed after each committed
change; edits go through ``QUndoCommand``s that write one transaction each. Marking no-shows (F8) and
adding a walk-in (a small form) repair the current and every later round in one step, after a preview
of the moves (``repair_preview.LiveChangeFlow``). "Digitalt" without a platform in a registration list
takes the event's default platform, asked once; import errors open a dialog naming file and line.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controlroom.application.people import PeopleService
from controlroom.errors import BadInputError
from controlroom.grouping.live_repair import LiveGroups
from controlroom.grouping.types import OnlinePlatform, Participant, online_platform
from controlroom.ui import file_dialogs
from controlroom.ui.people.repair_preview import LiveChangeFlow
from controlroom.ui.tasks import ask

if TYPE_CHECKING:  # the importers and the dialog load when first used, not with the window
    from controlroom.grouping.participants_import import ImportResult
    from controlroom.grouping.types import Attendance
    from controlroom.ui.people.walk_in_dialog import WalkInDialog

GREY = QColor("#9AA5B1")
COLUMNS = ("name", "email", "organisation", "municipality", "attendance", "status")


def _read_participants(path: Path, default_online: Attendance | None) -> ImportResult:
    """A registration list read by the importers (loaded with the first import, not with the window)."""
    from controlroom.grouping.participants_import import read_participants

    return read_participants(path, default_online=default_online)


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, panel: ParticipantsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.rows: list[Participant] = []
        self.shown: list[tuple[str, ...]] = []
        self.headers = [QCoreApplication.translate("ParticipantsPanel", "Navn"), QCoreApplication.translate("ParticipantsPanel", "E-post"), QCoreApplication.translate("ParticipantsPanel", "Organisasjon"), QCoreApplication.translate("ParticipantsPanel", "Kommune"),
                         QCoreApplication.translate("ParticipantsPanel", "Deltakelse"), QCoreApplication.translate("ParticipantsPanel", "Status")]

    def reload(self, rows: list[Participant]) -> None:
        # Display values are computed once here: data() runs for every cell, sort and filter comparison.
        pools = {"onsite": QCoreApplication.translate("ParticipantsPanel", "På stedet"), "teams": "Teams", "zoom": "Zoom"}
        absent, walk_in = QCoreApplication.translate("ParticipantsPanel", "Ikke møtt"), QCoreApplication.translate("ParticipantsPanel", "Uanmeldt")
        self.beginResetModel()
        self.rows = rows
        self.shown = [(p.name, p.email if p.has_email else "", p.organisation, p.municipality, pools[p.attendance],
                       absent if p.no_show else walk_in if p.walk_in else "") for p in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.rows[index.row()].no_show:
            return GREY
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()] in ("name", "organisation", "municipality",
                                                                                "attendance") else base

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        p = self.rows[index.row()]
        col = COLUMNS[index.column()]
        text = str(value).strip()
        if col == "attendance":
            from controlroom.grouping.participants_import import (
                parse_attendance,  # the importers load on first use
            )

            att = parse_attendance(text, online_platform(self.panel.repo.default_online()))
            if att is None:
                self.panel.status.setText(QCoreApplication.translate("ParticipantsPanel", "Ukjent deltakelse «{v}»: skriv Fysisk, Teams eller Zoom").format(v=text))
                return False
            new = replace(p, attendance=att)
        elif col in ("name", "municipality") and not text:
            return False
        elif col == "name":
            new = replace(p, name=text)
        elif col == "organisation":
            new = replace(p, organisation=text)
        elif col == "municipality":
            new = replace(p, municipality=text)
        else:  # e-mail and status are not edited in the table
            return False
        self.panel.undo_stack.push(_Save(self.panel, p, new, QCoreApplication.translate("ParticipantsPanel", "Endre {n}").format(n=p.name)))
        return True


class _Save(QUndoCommand):
    def __init__(self, panel: ParticipantsPanel, before: Participant | None, after: Participant | None, text: str) -> None:
        super().__init__(text)
        self.panel, self.before, self.after = panel, before, after

    def _write(self, old: Participant | None, new: Participant | None) -> None:
        if new is None and old is not None:
            self.panel.people.delete_participant(old.email)
        elif new is not None:
            self.panel.people.save_participant(new, old_email=old.email if old else None)
        self.panel.reload()
        self.panel.changed.emit()

    def redo(self) -> None:
        self._write(self.before, self.after)

    def undo(self) -> None:
        self._write(self.after, self.before)


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(self, people: PeopleService, parent: QWidget | None = None, *,
                 groups: LiveGroups | None = None, block_label=None) -> None:
        super().__init__(parent)
        #: Changes go through the people service; reads through its repository.
        self.people, self.repo, self.runlog = people, people.repo, people.runlog
        self.undo_stack = QUndoStack(self)
        self.groups = groups or people.groups
        self.flow = LiveChangeFlow(self.groups, self.undo_stack, block_label or str, self)
        self.flow.changed.connect(self._after_live_change)
        #: The last dialog this panel opened (walk-in form, platform question, import errors).
        self.dialog: QWidget | None = None
        self.model = ParticipantsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.proxy.sort(-1)  # agenda order until the user clicks a column header
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Søk (navn, e-post, kommune …)"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.import_btn = QPushButton(self.tr("Importer påmeldingsliste…"))
        self.import_btn.clicked.connect(self.choose_import)
        noshow = QPushButton(self.tr("Ikke møtt / møtt (F8)"))
        noshow.clicked.connect(self.toggle_no_show)
        walkin = QPushButton(self.tr("Legg til uanmeldt…"))
        walkin.clicked.connect(self.ask_walk_in)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.flow.refused.connect(self.status.setText)
        top = QHBoxLayout()
        for w in (self.filter, self.import_btn, noshow, walkin):
            top.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.progress)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)
        panel_keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F8"), self, self.toggle_no_show).setContext(panel_keys)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo).setContext(panel_keys)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo).setContext(panel_keys)
        self.reload()

    def reload(self, rows: list[Participant] | None = None) -> None:
        if rows is None:
            rows = self.repo.participants()
        self.model.reload(rows)
        gone = sum(1 for p in rows if p.no_show)
        by_pool = {k: sum(1 for p in rows if p.attendance == k and not p.no_show) for k in ("onsite", "teams", "zoom")}
        self.status.setText(self.tr("{n} deltakere: {o} på stedet, {t} Teams, {z} Zoom; {g} ikke møtt").format(
            n=len(rows), o=by_pool["onsite"], t=by_pool["teams"], z=by_pool["zoom"], g=gone))

    def selected(self) -> list[Participant]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.rows[r] for r in sorted(rows)]

    # -- live changes -------------------------------------------------------------------------------
    def _after_live_change(self) -> None:
        self.reload()
        self.changed.emit()

    async def set_no_show(self, people: list[Participant], flag: bool) -> QWidget | None:
        """Mark (or unmark) no-shows and repair the rounds still to come; returns the preview if one opened."""
        text = (self.tr("Ikke møtt: {n}") if flag else self.tr("Møtt: {n}")).format(n=", ".join(p.name for p in people))
        return await self.flow.propose([replace(p, no_show=flag) for p in people],
                                 "group.noshow" if flag else "group.present", text)

    def toggle_no_show(self) -> None:
        chosen = self.selected()
        if chosen:
            self.flow.spawn(self.set_no_show(chosen, not chosen[0].no_show))

    async def add_walk_in(self, p: Participant) -> QWidget | None:
        """Add a walk-in and seat them in the rounds still to come; returns the preview if one opened."""
        return await self.flow.propose([replace(p, walk_in=True)], "group.walkin",
                                 self.tr("Uanmeldt: {n}").format(n=p.name))

    def ask_walk_in(self) -> WalkInDialog:
        people = self.repo.participants()
        from controlroom.ui.people.walk_in_dialog import WalkInDialog

        dlg = WalkInDialog([p.municipality for p in people], {p.key for p in people}, self.repo.default_online(), self)
        dlg.accepted.connect(lambda: self.flow.spawn(self.add_walk_in(dlg.participant())))
        dlg.finished.connect(dlg.deleteLater)
        self.dialog = dlg
        dlg.open()
        return dlg

    # -- import off the GUI thread ------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Importer påmeldingsliste"), "",
                                              self.tr("Påmeldingslister (*.csv *.xlsx *.txt)"))
        if path:
            self.flow.spawn(self.import_file(Path(path)))

    async def _read(self, path: Path) -> ImportResult:
        """Read the list; when only "Digitalt" without a platform stops it and the event has no default
        platform yet, ask once (Teams or Zoom), keep the answer in the event file and read again."""
        default = online_platform(await asyncio.to_thread(self.repo.default_online))
        try:
            return await asyncio.to_thread(_read_participants, path, default)
        except BadInputError:
            if default is not None or not await asyncio.to_thread(_readable_with_platform, path):
                raise
        platform = await self.ask_platform(path.name)
        if platform is None:
            raise BadInputError(self.tr("{f}: «Digitalt» uten plattform; velg Teams eller Zoom for å importere").format(
                f=path.name))
        await asyncio.to_thread(self.people.set_default_online, platform)
        return await asyncio.to_thread(_read_participants, path, platform)

    async def ask_platform(self, file_name: str) -> OnlinePlatform | None:
        """Teams or Zoom for "Digitalt" without a platform (None: cancelled); awaits the dialog's answer."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Plattform for «Digitalt»"), self.tr(
            "{f} har deltakere som deltar «Digitalt» uten å si på hvilken plattform. Hvilken plattform bruker "
            "arrangementet? Svaret lagres i hendelsesfilen og brukes for senere lister også.").format(f=file_name),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("default-platform")
        teams = box.addButton("Teams", QMessageBox.ButtonRole.AcceptRole)
        zoom = box.addButton("Zoom", QMessageBox.ButtonRole.AcceptRole)
        self.dialog = box
        await ask(box)
        clicked = box.clickedButton()
        box.deleteLater()
        return "teams" if clicked is teams else "zoom" if clicked is zoom else None

    def show_import_errors(self, path: Path, exc: BadInputError) -> QMessageBox:
        """The errors where the host is: a dialog naming file and line of each problem."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Påmeldingslisten ble ikke importert"),
                          self.tr("Ingen deltakere er lagret fra {f}. Rett dette og importer igjen:").format(f=path.name),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("import-errors")
        box.setInformativeText("\n".join(str(p) for p in exc.problems[:12]) + (
            "\n" + self.tr("… og {n} til").format(n=len(exc.problems) - 12) if len(exc.problems) > 12 else ""))
        box.setDetailedText(str(exc))
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    async def import_file(self, path: Path) -> bool:
        """Read and save in a worker thread; the GUI keeps repainting. Returns whether it worked."""
        self.progress.show()
        self.import_btn.setEnabled(False)
        self.status.setText(self.tr("Importerer {f} …").format(f=path.name))
        try:
            result = await self._read(path)
            added, updated = await asyncio.to_thread(self.people.import_participants, result.participants)
            rows = await asyncio.to_thread(self.repo.participants)
        except BadInputError as exc:
            self.status.setText(str(exc))
            self.show_import_errors(path, exc)
            return False
        finally:
            self.progress.hide()
            self.import_btn.setEnabled(True)
        self.reload(rows)
        self.changed.emit()
        notes = ("\n" + "\n".join(result.notes)) if result.notes else ""
        self.status.setText(self.tr("{a} nye og {u} oppdaterte deltakere fra {f}").format(
            a=added, u=updated, f=path.name) + notes)
        return True


def _readable_with_platform(path: Path) -> bool:
    """Whether the list reads once "Digitalt" has a platform (then that was its only problem)."""
    try:
        _read_participants(path, "teams")
    except BadInputError:
        return False
    return True
