"""Screenshots of the agenda window for the documentation (run under Xvfb):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python tools/screenshot_agenda.py

Builds the demo event (seed 001) in a temporary folder, opens it through the composition root and
saves ``docs/screenshots/agenda.png`` (the agenda), ``agenda-window.png`` (the whole main window)
and ``agenda-dialog.png`` (the block dialog).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from controlroom.app import open_event_window
    from controlroom.clock import SystemClock
    from controlroom.demo import ensure_demo_event
    from controlroom.ui import i18n as ui_i18n
    from controlroom.ui.agenda.dialog import BlockDialog

    app = QApplication(sys.argv[:1])
    ui_i18n.install(app, "nb")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.IniFormat)
        event = ensure_demo_event(Path(tmp))
        window = open_event_window(
            event, clock=SystemClock(), loop=asyncio.new_event_loop(), settings=settings
        )
        assert window is not None
        window.resize(1600, 900)
        panel = window.agenda_panel
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(OUT / "agenda-window.png"))
        # The agenda on its own, wide enough to read every column.
        panel.setParent(None)
        panel.resize(1500, 470)
        panel.view.selectRow(3)
        panel.show()
        for _ in range(20):
            app.processEvents()
        panel.grab().save(str(OUT / "agenda.png"))
        block = panel.selected_block()
        dialog = BlockDialog(block, list(panel.service.categories()))
        dialog.show()
        for _ in range(20):
            app.processEvents()
        dialog.grab().save(str(OUT / "agenda-dialog.png"))
        dialog.close()
        window.close()
        window.ctx.store.close()
    print(f"saved {OUT / 'agenda.png'}, agenda-window.png, agenda-dialog.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
