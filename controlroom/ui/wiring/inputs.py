"""Wiring for the inputs area: the input panel (dock), Ctrl+I from anywhere, the edit/history dialogs
and the workbook export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from controlroom.i18n import tr
from controlroom.ui.context import UiContext
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.dialogs import HistoryDialog, InputEditDialog
from controlroom.ui.inputs.panel import InputPanel
from controlroom.ui.main_window import MainWindow

if TYPE_CHECKING:  # the dialog (and the export's modules) load with the first export
    from controlroom.ui.inputs.export_dialog import WorkbookExportDialog


def group_refs(ctx: UiContext) -> Callable[[str | None], list[str]]:
    """The block's group rooms and Open Space sessions, for the picker."""
    people = ctx.services.people

    def refs(uid: str | None) -> list[str]:
        if not uid:
            return []
        out: list[str] = []
        for rnd in people.repo.rounds(uid):
            out += [g.room for g in rnd.groups if g.room not in out]
        out += [t.title for t in people.open_space.repo.topics(uid) if t.title not in out]
        return out

    return refs


class InputsController(QObject):
    """Opens the dialogs the panel asks for; holds no state of its own beyond them."""

    def __init__(self, ctx: UiContext, panel: InputPanel, zone: ZoneInfo, window) -> None:
        super().__init__(panel)
        self.ctx = ctx
        self.panel = panel
        self.zone = zone
        self.window = window
        self.export_dialog: WorkbookExportDialog | None = None
        panel.edit_requested.connect(self.edit)
        panel.history_requested.connect(self.history)

    def edit(self, input_id: int) -> None:
        rec = self.panel.log.get(input_id)
        if rec is None:
            return
        dlg = InputEditDialog(rec, self.panel._blocks(), self.window)  # noqa: SLF001
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.panel.bridge.run(self.panel.log.edit, input_id, **dlg.changes()))
        dlg.open()

    def history(self, input_id: int) -> None:
        dlg = HistoryDialog(self.panel.log.history(input_id), self.zone, self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def export(self) -> None:
        if self.export_dialog is None:
            from controlroom.ui.inputs.export_dialog import WorkbookExportDialog  # with the first export

            self.export_dialog = WorkbookExportDialog(self.ctx.store, self.ctx.settings, parent=self.window)
        self.export_dialog.show()
        self.export_dialog.raise_()


@dataclass(frozen=True)
class InputsArea:
    panel: InputPanel
    bridge: InputLogBridge
    controller: InputsController


def wire(ctx: UiContext, window: MainWindow) -> InputsArea:
    """Add the input panel (a dock), Ctrl+I from anywhere, the edit/history dialogs and the
    workbook export. Inputs from other windows or processes arrive through the change feed."""
    agenda = ctx.services.agenda  # the blocks in memory, in agenda order
    zone = ZoneInfo(agenda.event_info().timezone or "Europe/Oslo")
    live = ctx.services.live
    log = ctx.services.inputs

    def current() -> str | None:
        return live.state().current_uid

    bridge = InputLogBridge(log, window)
    panel = InputPanel(bridge, zone, agenda.blocks, current, refs_for_block=group_refs(ctx), load_in_background=True,
                       settings=ctx.settings)
    controller = InputsController(ctx, panel, zone, window)
    window.add_dock("inputs", tr("Innspill"), panel, Qt.DockWidgetArea.RightDockWidgetArea)
    window.add_action("inputs", tr("Skriv innspill"), panel.focus_entry, "Ctrl+I")
    window.add_action("inputs", tr("Eksporter arbeidsbok …"), controller.export, "Ctrl+Shift+E")
    live.subscribe(lambda state: panel.set_current_block(state.current_uid))
    ctx.services.agenda.subscribe(lambda *_: panel.reload_blocks())
    window.destroyed.connect(bridge.close)
    return InputsArea(panel, bridge, controller)
