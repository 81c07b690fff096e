"""Panel scrolling over 20,000 inputs: time per scroll step (set the scroll bar, paint the viewport
synchronously), the input panel's model against a QStandardItemModel holding the same 20,000 rows
as precomputed strings in a minimal model (the baseline).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/inputs_panel.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.panel import InputPanel


class PlainModel(QAbstractTableModel):
    """The baseline: every cell's text precomputed in a list of lists.

    (Not QStandardItemModel: filling one with 140,000 items through ``setItem`` crashes PySide6 6.12 on
    Python 3.11 with ``none_dealloc`` — a None reference-count bug in the binding's void calls.)"""

    def __init__(self, rows: list[list[str]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def scroll(view: QTableView, steps: int) -> list[float]:
    bar = view.verticalScrollBar()
    out = []
    for i in range(steps):
        start = time.perf_counter()
        bar.setValue((i * 7919) % max(bar.maximum(), 1) if i % 2 else min(bar.maximum(), i * 3))
        view.viewport().repaint()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    steps = 150 if args.quick else 1000
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as d:
        store = EventStore.open(Path(d) / "e.krom", create=True, backup=False)
        blocks = make_event(store)
        fill_inputs(store, blocks, 20_000)
        log = InputLog(store, SystemClock())
        bridge = InputLogBridge(log)
        start = time.perf_counter()
        panel = InputPanel(bridge, ZoneInfo("Europe/Oslo"), AgendaRepository(store).blocks, lambda: blocks[4].uid)
        build = time.perf_counter() - start
        panel.resize(1200, 800)
        panel.show()
        app.processEvents()
        ours = scroll(panel.view, steps)

        rows = [[str(panel.model.index(r, c).data() or "") for c in range(7)] for r in range(panel.model.rowCount())]
        base_model = PlainModel(rows)
        base = QTableView()
        base.setModel(base_model)
        base.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        base.resize(1200, 650)
        base.show()
        app.processEvents()
        baseline = scroll(base, steps)
        bridge.close()
        store.close()
    ms = 1000
    print(f"inputs panel: 20,000 rows, {steps} scroll steps (jumps and small steps), synchronous repaint each")
    print(f"  panel built with 20,000 inputs (index load + model): {build * ms:.0f} ms")
    print(f"  baseline precomputed model:  median {statistics.median(baseline) * ms:.2f} ms, worst {max(baseline) * ms:.2f} ms")
    print(f"  InputTableModel:             median {statistics.median(ours) * ms:.2f} ms, worst {max(ours) * ms:.2f} ms")


if __name__ == "__main__":
    main()
