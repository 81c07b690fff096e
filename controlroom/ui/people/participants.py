"""The participants table: import (off the GUI thread), edit, mark no-shows, add walk-ins — all undoable.

One ``QAbstractTableModel`` over the repository's ``Participant`` list, refreshed after each committed
change; edits go through ``QUndoCommand``s that write one transaction each.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controlroom.errors import BadInputError
from controlroom.grouping.participants_import import parse_attendance, read_participants
from controlroom.grouping.types import Participant
from controlroom.models.people_repo import PeopleRepository
from controlroom.ui import file_dialogs

GREY = QColor("#9AA5B1")
COLUMNS = ("name", "email", "organisation", "municipality", "attendance", "status")


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
        self.shown = [(p.name, p.email, p.organisation, p.municipality, pools[p.attendance],
                       absent if p.no_show else walk_in if p.walk_in else "") for p in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self.shown[index.row()][index.column()]
        if role == Qt.ForegroundRole and self.rows[index.row()].no_show:
            return GREY
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if COLUMNS[index.column()] in ("name", "organisation", "municipality",
                                                                       "attendance") else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        p = self.rows[index.row()]
        col = COLUMNS[index.column()]
        text = str(value).strip()
        if col == "attendance":
            att = parse_attendance(text)
            if att is None:
                self.panel.status.setText(QCoreApplication.translate("ParticipantsPanel", "Ukjent deltakelse «{v}»: skriv Fysisk, Teams eller Zoom").format(v=text))
                return False
            new = replace(p, attendance=att)
        elif col == "name" and not text or col == "municipality" and not text:
            return False
        else:
            new = replace(p, **{col: text})
        self.panel.undo_stack.push(_Save(self.panel, p, new, QCoreApplication.translate("ParticipantsPanel", "Endre {n}").format(n=p.name)))
        return True


class _Save(QUndoCommand):
    def __init__(self, panel: ParticipantsPanel, before: Participant | None, after: Participant | None, text: str) -> None:
        super().__init__(text)
        self.panel, self.before, self.after = panel, before, after

    def _write(self, old: Participant | None, new: Participant | None) -> None:
        if new is None and old is not None:
            self.panel.repo.delete_participant(old.email)
        elif new is not None:
            self.panel.repo.save_participant(new, old_email=old.email if old else None)
        self.panel.reload()
        self.panel.changed.emit()

    def redo(self) -> None:
        self._write(self.before, self.after)

    def undo(self) -> None:
        self._write(self.after, self.before)


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(self, repo: PeopleRepository, runlog=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.runlog = repo, runlog
        self.undo_stack = QUndoStack(self)
        self.model = ParticipantsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.proxy.sort(-1)  # agenda order until the user clicks a column header
        self.view.setSelectionBehavior(QTableView.SelectRows)
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
        top = QHBoxLayout()
        for w in (self.filter, self.import_btn, noshow, walkin):
            top.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.progress)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)
        QShortcut(QKeySequence("F8"), self, activated=self.toggle_no_show, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.Undo, self, activated=self.undo_stack.undo, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.Redo, self, activated=self.undo_stack.redo, context=Qt.WidgetWithChildrenShortcut)
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
    def set_no_show(self, people: list[Participant], flag: bool) -> None:
        self.undo_stack.beginMacro(self.tr("Ikke møtt") if flag else self.tr("Møtt"))
        for p in people:
            self.undo_stack.push(_Save(self, p, replace(p, no_show=flag), p.name))
        self.undo_stack.endMacro()
        if self.runlog is not None:
            self.runlog.append("group.noshow" if flag else "group.present", None, {"emails": [p.key for p in people]})

    def toggle_no_show(self) -> None:
        chosen = self.selected()
        if chosen:
            self.set_no_show(chosen, not chosen[0].no_show)

    def add_walk_in(self, p: Participant) -> None:
        if self.repo.participant(p.email) is not None:
            self.status.setText(self.tr("{e} er allerede påmeldt").format(e=p.email))
            return
        self.undo_stack.push(_Save(self, None, replace(p, walk_in=True), self.tr("Uanmeldt: {n}").format(n=p.name)))
        if self.runlog is not None:
            self.runlog.append("group.walkin", None, {"email": p.key})

    def ask_walk_in(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Legg til uanmeldt"),
                                        self.tr("Navn; e-post; kommune; deltakelse (Fysisk/Teams/Zoom)"))
        if not ok:
            return
        parts = [x.strip() for x in text.split(";")]
        att = parse_attendance(parts[3]) if len(parts) > 3 else None
        if len(parts) < 4 or "@" not in parts[1] or not parts[2] or att is None:
            self.status.setText(self.tr("Skriv: Navn; e-post; kommune; Fysisk, Teams eller Zoom"))
            return
        self.add_walk_in(Participant(parts[0], parts[1], municipality=parts[2], attendance=att))

    # -- import off the GUI thread ------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Importer påmeldingsliste"), "",
                                              self.tr("Påmeldingslister (*.csv *.xlsx *.txt)"))
        if path:
            asyncio.ensure_future(self.import_file(Path(path)))

    async def import_file(self, path: Path) -> bool:
        """Read and save in a worker thread; the GUI keeps repainting. Returns whether it worked."""
        self.progress.show()
        self.import_btn.setEnabled(False)
        self.status.setText(self.tr("Importerer {f} …").format(f=path.name))
        try:
            result = await asyncio.to_thread(read_participants, path)
            added, updated = await asyncio.to_thread(self.repo.import_participants, result.participants)
            rows = await asyncio.to_thread(self.repo.participants)
        except BadInputError as exc:
            self.status.setText(str(exc))
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
