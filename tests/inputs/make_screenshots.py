"""Screenshots for docs/sections/inputs.md (run under Xvfb, not collected by pytest):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python tests/inputs/make_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from controlroom.clock import FakeClock
from controlroom.inputs.log import InputLog
from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.panel import InputPanel

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "screenshots"


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as d:
        store = EventStore.open(Path(d) / "nettverkssamling.krom", create=True, backup=False)
        blocks = make_event(store)
        fill_inputs(store, blocks[:5], 340)  # the morning so far: up to the plenary
        plenum = blocks[4]
        zone = ZoneInfo("Europe/Oslo")
        from datetime import datetime

        clock = FakeClock(datetime.combine(plenum.day, plenum.start, tzinfo=zone) + timedelta(minutes=41))
        log = InputLog(store, clock, current_block=lambda: plenum.uid)
        for text, source, author in (
            ("? Hvordan får vi med de minste kommunene i søknaden? #økonomi", "teams", "Aisha Rahman"),
            ("Gruppe 4: frivilligsentralene må inn i planarbeidet fra start #frivillighet #sdg17", "group", None),
            ("! Felles maler for samarbeidsavtaler deles på nettverkets side før sommeren #sdg17", "room", None),
            ("مرحبا — språkkafé på arabisk og norsk i biblioteket ❤ #språk #sdg10", "zoom", None),
            ("~ Raske resultater mot langsiktig tillitsbygging i nærmiljøet #tillit", "teams", None),
        ):
            clock.advance(40)
            rec = log.add(text, source=source, source_ref="4" if source == "group" else None, author=author)
            if text.startswith("!"):
                log.star(rec.id)
        bridge = InputLogBridge(log)
        panel = InputPanel(bridge, zone, AgendaRepository(store).blocks, lambda: plenum.uid)
        panel.resize(1180, 640)
        panel.show()
        panel.entry.setText("Husk innspillene fra Teams om transport på kveldstid #transport #sdg11")
        panel.view.selectRow(2)
        for _ in range(30):
            app.processEvents()
        panel.grab().save(str(SHOTS / "inputs-panel.png"))
        bridge.close()
        store.close()
        # The workbook's page image comes from tests/documents/make_screenshots.py.


if __name__ == "__main__":
    main()
