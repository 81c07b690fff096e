"""Editing a group's notes (typed, or imported from a .txt/.docx the note-taker sent)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from controlroom.errors import BadInputError
from controlroom.models.people_repo import PeopleRepository, read_notes_file
from controlroom.ui import file_dialogs
from controlroom.ui.dialogs import stacked

#: Saves one group's notes: (block uid, round, room, text).
SaveNotes = Callable[[str, int, str, str], None]


class NotesDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.edit = QPlainTextEdit(text)
        imp = QPushButton(self.tr("Hent fra fil (.txt, .docx)…"))
        imp.clicked.connect(self._import)
        stacked(self, QLabel(title), self.edit, imp, stretch=self.edit)

    def _import(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Notater fra fil"), "",
                                              self.tr("Notater (*.txt *.docx)"))
        if not path:
            return
        try:
            self.edit.setPlainText(read_notes_file(path))
        except BadInputError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    @classmethod
    def edit_group(cls, parent: QWidget, repo: PeopleRepository, block_uid: str, round_number: int, room: str,
                   save_notes: SaveNotes, on_saved: Callable[[], None] | None = None) -> NotesDialog:
        """Edit one group's notes; ``save_notes(block, round, room, text)`` saves them (the people service)."""
        rnd = next((r for r in repo.rounds(block_uid) if r.number == round_number), None)
        group = next((g for g in rnd.groups if g.room == room), None) if rnd else None
        dlg = cls(QCoreApplication.translate("NotesDialog", "Notater: {room}, runde {n}").format(room=room, n=round_number),
                  group.notes if group else "", parent)

        def save() -> None:
            save_notes(block_uid, round_number, room, dlg.edit.toPlainText())
            if on_saved:
                on_saved()

        dlg.accepted.connect(save)
        dlg.open()  # never exec(): the event loop keeps running (timers, live updates)
        return dlg
