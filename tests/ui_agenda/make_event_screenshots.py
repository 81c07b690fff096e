"""Make ``docs/screenshots/agenda-event-dialog.png`` (the event dialog moving the demo a day earlier) and
``agenda-length-question.png`` (a longer block: move the later blocks or keep the times). Run under Xvfb
from the repository root:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.ui_agenda.make_event_screenshots
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "screenshots"


def main(lang: str = "nb") -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from controlroom.ui import i18n as ui_i18n

    ui_i18n.install(app, lang)
    from controlroom.application.agenda import AgendaService
    from controlroom.demo import ensure_demo_event
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.ui.agenda.event_dialog import EventDialog
    from controlroom.ui.agenda.length_change import LengthQuestion, plan_length_change

    store = EventStore.open(ensure_demo_event(Path(tempfile.mkdtemp())))
    service = AgendaService(AgendaRepository(store))
    dialog = EventDialog(service)
    dialog.earlier.click()
    dialog.show()
    day = service.day_blocks(service.blocks()[0].day)
    question = LengthQuestion(plan_length_change(day, day[1], replace(day[1], minutes=day[1].minutes + 15)))
    question.show()

    def shoot() -> None:
        suffix = "" if lang == "nb" else f"-{lang}"
        dialog.grab().save(str(SHOTS / f"agenda-event-dialog{suffix}.png"))
        question.grab().save(str(SHOTS / f"agenda-length-question{suffix}.png"))
        app.quit()

    QTimer.singleShot(800, shoot)
    app.exec()
    for window in (question, dialog):
        window.close()
        window.deleteLater()
    app.processEvents()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
