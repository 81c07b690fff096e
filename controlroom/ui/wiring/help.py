"""Wiring of the Help menu's own entries (each area adds its own help, e.g. the shortcut list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controlroom.logfile import log_path
from controlroom.ui.main_window import MainWindow

if TYPE_CHECKING:  # the dialog's module loads when the dialog is first opened
    from controlroom.ui.log_viewer import LogDialog


def wire(window: MainWindow) -> None:
    def show_log() -> LogDialog:
        from controlroom.ui.log_viewer import LogDialog

        dialog = LogDialog(log_path(), window)
        dialog.open()
        return dialog

    title = QCoreApplication.translate("LogDialog", "Vis logg …")
    window.add_action("help", title, show_log).setObjectName("show-log-action")
