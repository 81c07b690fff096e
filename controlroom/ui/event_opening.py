"""Which event to open, and opening it with a clear message when the file is bad."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from controlroom.demo import ensure_demo_event
from controlroom.errors import ControlroomError, EventFileError
from controlroom.models import EventStore


def choose_event_path(args: argparse.Namespace, settings: QSettings) -> Path:
    explicit = getattr(args, "event", None)
    if explicit:
        return Path(explicit)
    if not getattr(args, "demo", False):
        last = settings.value("recent/last")
        if last and Path(str(last)).exists():
            return Path(str(last))
    return ensure_demo_event()


def open_store_interactively(path: Path, settings: QSettings, parent=None) -> EventStore | None:
    try:
        store = EventStore.open(path, create=True)
    except EventFileError as exc:
        box = QMessageBox(QMessageBox.Critical, "Kontrollrom", str(exc), parent=parent)
        copy_button = None
        if exc.recoverable_copy is not None:
            box.setInformativeText(box.tr("Det finnes en kopi av siste gode tilstand. Vil du åpne en kopi av den?"))
            copy_button = box.addButton(box.tr("Åpne kopi av siste gode tilstand"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        if copy_button is not None and box.clickedButton() is copy_button:
            from controlroom.models.store import copy_last_good

            dest = path.with_name(path.stem + "-gjenopprettet" + path.suffix)
            copy_last_good(path, dest)
            return open_store_interactively(dest, settings, parent)
        return None
    except ControlroomError as exc:
        QMessageBox.critical(parent, "Kontrollrom", str(exc))
        return None
    settings.setValue("recent/last", str(path))
    return store
