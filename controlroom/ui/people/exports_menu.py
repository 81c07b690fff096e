"""Group exports from the GUI: Zoom pre-assignment CSV, venue PDF per room, tech host's lists. The
exports' modules (and the printer) load with the first export, not with the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from controlroom import atomic_write
from controlroom.models.people_repo import PeopleRepository
from controlroom.ui import file_dialogs


class GroupExports:
    def __init__(self, parent: QWidget, repo: PeopleRepository, current_block) -> None:
        self.parent, self.repo, self.current_block = parent, repo, current_block  # () -> (uid, title) | None

    def _data(self):
        block = self.current_block()
        if block is None:
            QMessageBox.information(self.parent, QCoreApplication.translate("GroupExports", "Eksport"), QCoreApplication.translate("GroupExports", "Ingen grupper dannet ennå."))
            return None
        uid, title = block
        return title, self.repo.rounds(uid), {p.key: p for p in self.repo.participants()}

    def _save(self, caption: str, name: str, filt: str) -> Path | None:
        path, _ = file_dialogs.get_save_file_name(self.parent, caption, name, filt)
        return Path(path) if path else None

    def zoom_csv(self) -> None:
        data = self._data()
        if data and (path := self._save(QCoreApplication.translate("GroupExports", "Zoom-forhåndsfordeling"), "zoom-rom.csv", "CSV (*.csv)")):
            from controlroom.grouping import exports

            atomic_write.write_text(path, exports.zoom_csv(data[1][0], data[2]))

    def venue_pdf(self) -> None:
        data = self._data()
        if data and (path := self._save(QCoreApplication.translate("GroupExports", "Gruppelister per rom"), "grupper.pdf", "PDF (*.pdf)")):
            from controlroom.grouping import exports
            from controlroom.ui import pdf

            pdf.write(exports.venue_html(data[0], data[1], data[2]), path, **exports.VENUE_PDF)

    def host_list(self, pool: str) -> None:
        data = self._data()
        if data and (path := self._save(QCoreApplication.translate("GroupExports", "Liste for teknisk ansvarlig"), f"{pool}-rom.txt", "Tekst (*.txt)")):
            from controlroom.grouping import exports

            atomic_write.write_text(path, exports.host_list(data[1], data[2], pool), newline=None)
