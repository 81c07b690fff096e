"""Wiring for the inputs area: the input log service, the input panel (dock), Ctrl+I from anywhere,
the edit/history dialogs and the workbook export."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from controlroom.i18n import tr
from controlroom.inputs.log import InputLog
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.context import UiContext
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.dialogs import HistoryDialog, InputEditDialog
from controlroom.ui.inputs.export_dialog import WorkbookExportDialog
from controlroom.ui.inputs.panel import InputPanel


def running_block(ctx: UiContext) -> Callable[[], str | None]:
    """The live service's running block (``state().current_uid``), or no block without a live service."""

    def current() -> str | None:
        live = ctx.services.get("live")
        if live is None:
            return None
        try:
            return live.state().current_uid
        except Exception:  # the live area must never stop an input from being saved
            return None

    return current


def group_refs(ctx: UiContext) -> Callable[[str | None], list[str]]:
    """The block's group rooms and Open Space sessions (the people area's repositories), for the picker."""

    def refs(uid: str | None) -> list[str]:
        if not uid:
            return []
        out: list[str] = []
        try:
            from controlroom.models.people_repo import PeopleRepository

            for rnd in PeopleRepository(ctx.store).rounds(uid):
                out += [g.room for g in rnd.groups if g.room not in out]
        except ImportError:
            pass
        try:
            from controlroom.models.openspace_repo import OpenSpaceRepository

            out += [t.title for t in OpenSpaceRepository(ctx.store).topics(uid) if t.title not in out]
        except ImportError:
            pass
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
            self.export_dialog = WorkbookExportDialog(self.ctx.store, self.ctx.settings, parent=self.window)
        self.export_dialog.show()
        self.export_dialog.raise_()


def wire(ctx: UiContext, window) -> None:
    """Build this area's services and panels and add them to ``window``."""
    agenda = AgendaRepository(ctx.store)
    zone = ZoneInfo(agenda.event_info().timezone or "Europe/Oslo")
    current = running_block(ctx)
    origin = f"{socket.gethostname()}:{os.getpid()}"[:64]
    log = InputLog(ctx.store, ctx.clock, current_block=current, origin=origin)
    ctx.services["inputs"] = log
    bridge = InputLogBridge(log, window)
    ctx.services["inputs_bridge"] = bridge
    panel = InputPanel(bridge, zone, agenda.blocks, current, refs_for_block=group_refs(ctx), load_in_background=True,
                       settings=ctx.settings)
    controller = InputsController(ctx, panel, zone, window)
    ctx.services["inputs_controller"] = controller
    window.add_dock("inputs", tr("Innspill"), panel, Qt.DockWidgetArea.RightDockWidgetArea)
    window.add_action("inputs", tr("Skriv innspill"), panel.focus_entry, "Ctrl+I")
    window.add_action("inputs", tr("Eksporter arbeidsbok …"), controller.export, "Ctrl+Shift+E")
    live = ctx.services.get("live")
    if live is not None and hasattr(live, "subscribe"):
        live.subscribe(lambda state: panel.set_current_block(getattr(state, "current_uid", None)))
    agenda_service = ctx.services.get("agenda")
    if agenda_service is not None and hasattr(agenda_service, "subscribe"):
        agenda_service.subscribe(lambda *_: panel.reload_blocks())
    window.destroyed.connect(bridge.close)
