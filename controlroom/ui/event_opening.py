"""Which event to open, and opening it with a clear message when the file is bad."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from controlroom import APP_NAME
from controlroom.demo import ensure_demo_event
from controlroom.errors import ControlroomError, EventFileError
from controlroom.models import EventStore

#: What the user chose when the file could not be opened: open a copy of the last good state, or not.
OPEN_COPY = "copy"
CANCEL = "cancel"
Asker = Callable[[EventFileError, QWidget | None], str]


def choose_event_path(args: argparse.Namespace, settings: QSettings) -> Path | str:
    explicit = getattr(args, "event", None)
    if explicit:
        return explicit if isinstance(explicit, str) and "://" in explicit else Path(explicit)
    if not getattr(args, "demo", False):
        last = settings.value("recent/last")
        if last and Path(str(last)).exists():
            return Path(str(last))
    return ensure_demo_event()


def ask_about_bad_file(exc: EventFileError, parent: QWidget | None = None) -> str:
    """Say what is wrong with the file; offer the last good copy when there is one."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(exc), parent=parent)
    box.setObjectName("BadEventFileBox")
    copy_button = None
    if exc.recoverable_copy is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "EventOpening", "Det finnes en kopi av siste gode tilstand. Vil du åpne en kopi av den?"
            )
        )
        copy_button = box.addButton(
            QCoreApplication.translate("EventOpening", "Åpne kopi av siste gode tilstand"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("EventOpening", "Avbryt"))
    box.exec()
    return OPEN_COPY if copy_button is not None and box.clickedButton() is copy_button else CANCEL


def open_store_interactively(
    path: Path | str, settings: QSettings, parent: QWidget | None = None, ask: Asker | None = None
) -> EventStore | None:
    """Open ``path``; on a bad file ask (``ask``, a message box by default) and maybe open a copy
    of the last good state next to it (``<name>-gjenopprettet.krom``). The damaged file stays."""
    ask = ask or ask_about_bad_file
    try:
        store = EventStore.open(path, create=True)
    except EventFileError as exc:
        if ask(exc, parent) == OPEN_COPY and exc.recoverable_copy is not None and isinstance(path, Path):
            from controlroom.models.store import copy_last_good

            dest = _free_name(path, "-gjenopprettet")
            copy_last_good(path, dest)
            return open_store_interactively(dest, settings, parent, ask)
        return None
    except ControlroomError as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    if isinstance(path, Path):  # a database URL is not remembered: it may carry a password
        settings.setValue("recent/last", str(path.resolve()))
    return store


def _free_name(path: Path, tag: str) -> Path:
    """``name-tag.krom``, or ``name-tag-2.krom`` … when that exists: an earlier copy is never overwritten."""
    candidate = path.with_name(f"{path.stem}{tag}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}{tag}-{n}{path.suffix}")
        n += 1
    return candidate
