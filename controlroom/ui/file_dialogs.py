"""File dialogs that never read the files they list.

On POSIX, SQLite's locks are ``fcntl`` locks owned by the process: any ``open()`` + ``close()`` of
an open event's database file (or its ``-wal``/``-shm``) anywhere in the process silently drops every
lock SQLite holds on it, and another process may then delete the WAL under us (SQLite's "How To
Corrupt An SQLite Database File", §2.2). Qt's own file dialog reads a file's first bytes to guess
its type (for the icon and the "Type" column) whenever the name's extension is not conclusive, as
with ``.krom``, ``-wal`` and ``-shm``. So every file dialog of the app comes from here: Qt's widget
dialog (a platform dialog may sniff in our process too) with an icon provider that decides a file's
type by its name only. ``tests/store/test_lock_safety.py`` drives these dialogs over an open
event's folder while another process writes, and checks that nothing was lost.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone; a file's content is never opened."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, target: QAbstractFileIconProvider.IconType | QFileInfo, /) -> QIcon:
        if not isinstance(target, QFileInfo):
            return super().icon(target)
        if target.isDir():
            return super().icon(QAbstractFileIconProvider.IconType.Folder)
        mime = self._mime.mimeTypeForFile(target.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return QIcon.fromTheme(mime.iconName(), super().icon(QAbstractFileIconProvider.IconType.File))

    def type(self, info: QFileInfo, /) -> str:
        if info.isDir():
            return super().type(info)
        return self._mime.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension).comment()


def make_file_dialog(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> QFileDialog:
    """A file dialog that is safe to show while an event is open (see the module's docstring)."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setObjectName("SafeFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    # Kept alive with the dialog, which does not own its icon provider; QFileDialog has no slot for it.
    dialog.icon_provider = provider  # type: ignore[attr-defined]
    return dialog


def _ask(
    parent: QWidget | None,
    caption: str,
    directory: str,
    name_filter: str,
    options: QFileDialog.Option | None,
    accept: QFileDialog.AcceptMode,
) -> tuple[str, str]:
    dialog = make_file_dialog(parent, caption, directory, name_filter)
    opening = accept is QFileDialog.AcceptMode.AcceptOpen
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile if opening else QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(accept)
    if options is not None:
        dialog.setOptions(dialog.options() | options)
    if name_filter:
        dialog.selectNameFilter(name_filter.split(";;")[0])
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def get_open_file_name(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    name_filter: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName``: ``(path, chosen filter)``, or ``("", "")`` on cancel."""
    return _ask(parent, caption, directory, name_filter, options, QFileDialog.AcceptMode.AcceptOpen)


def get_save_file_name(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    name_filter: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName``: ``(path, chosen filter)``, or ``("", "")`` on cancel."""
    return _ask(parent, caption, directory, name_filter, options, QFileDialog.AcceptMode.AcceptSave)
