"""The app as the moderator runs it, for ``test_lock_safety``: the real window on an event file, its
real File → Open and File → Import dialogs shown over the event's folder (in detail view, every file
listed) while another process writes, then more inputs. Each input is reported on stdout only after
its commit returned. Usage: ``python -m tests.store.lock_child EVENT SIGNAL_DIR``."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from controlroom.app import build_window, make_context
from controlroom.clock import SystemClock
from controlroom.errors import ControlroomError
from controlroom.models import EventStore


def say(line: str) -> None:
    print(line, flush=True)


def main(event: Path, signals: Path) -> None:
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = QSettings(str(signals / "settings.ini"), QSettings.Format.IniFormat)
    store = EventStore.open(event)
    window = build_window(make_context(store, SystemClock(), loop, settings, event))
    window.show()
    inputs = window.ctx.services.inputs
    files = window.areas.agenda.file_actions

    def add(text: str) -> None:
        for _attempt in range(2):
            try:
                inputs.add(text)
            except ControlroomError as exc:
                say(f"refused {text}: {exc}")
                continue
            say(f"committed {text}")
            return

    rounds = iter([("open", files._ask_open_path), ("import", files._ask_import_path)])

    def close_dialog_when_told(name: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, lambda: close_dialog_when_told(name))
            return
        if not (signals / f"{name}-shown").exists():
            dialog.setDirectory(str(event.parent))
            dialog.setViewMode(QFileDialog.ViewMode.Detail)
            (signals / f"{name}-shown").touch()
            say(f"dialog {name}")
        if (signals / f"{name}-written").exists():
            dialog.reject()
            return
        QTimer.singleShot(50, lambda: close_dialog_when_told(name))

    def step() -> None:
        nxt = next(rounds, None)
        if nxt is None:
            for n in (2, 3, 4):
                add(f"child-{n}")
            say("done")
            return
        name, ask = nxt
        QTimer.singleShot(50, lambda: close_dialog_when_told(name))
        ask()  # modal, as for the user; returns once the dialog is closed
        time.sleep(0.2)
        QTimer.singleShot(0, step)

    add("child-1")
    QTimer.singleShot(100, step)
    with loop:
        loop.run_forever()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
