"""Wiring of the cues area: the tech host's docks, the Teknikk menu and the two layouts, on the
event's cue services (adapters from the event's settings, secrets from the keyring)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack

from controlroom.integrations.factory import build_adapter
from controlroom.integrations.secrets import install_log_filter
from controlroom.ui.context import UiContext
from controlroom.ui.live import LiveUi
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.main_window import MainWindow
from controlroom.ui.tech.adapters_panel import AdapterStatusPanel
from controlroom.ui.tech.controller import CueController
from controlroom.ui.tech.cue_log import CueLogPanel
from controlroom.ui.tech.cue_panel import GO_KEYS, UpcomingCuesPanel
from controlroom.ui.tech.layouts import LayoutManager

if TYPE_CHECKING:  # the dialog's module loads when the dialog is first opened
    from controlroom.ui.tech.settings_dialog import AdapterSettingsDialog

log = logging.getLogger(__name__)


class TechWorkspace(QObject):
    """Holds the tech host's panels and menu actions (no logic of its own: that is the controller's)."""

    def __init__(self, ctx: UiContext, window: MainWindow, controller: CueController, ticker: SecondTicker) -> None:
        super().__init__(window)
        self.ctx, self.window, self.controller = ctx, window, controller
        self.plan, self.secrets = ctx.services.cues.plan, ctx.services.secrets
        self.undo = QUndoStack(self)
        self.cues = UpcomingCuesPanel(controller, self.plan, self.undo, ticker=ticker)
        self.log = CueLogPanel(controller)
        self.adapters = AdapterStatusPanel(controller)
        window.add_dock("tech-cues", self.tr("Cues"), self.cues, Qt.DockWidgetArea.RightDockWidgetArea)
        window.add_dock("tech-log", self.tr("Cue-logg"), self.log, Qt.DockWidgetArea.RightDockWidgetArea)
        self.adapters_dock = window.add_dock("tech-adapters", self.tr("Utstyr og strøm"), self.adapters,
                                             Qt.DockWidgetArea.RightDockWidgetArea)
        go = window.add_action("tech", self.tr("GO – neste cue"), self.cues.go, GO_KEYS[0])
        go.setShortcuts([QKeySequence(k) for k in GO_KEYS])
        go.setObjectName("tech-go-action")
        self.hold = window.add_action("tech", self.tr("Hold automatiske cues"), self._toggle_hold, "Ctrl+Shift+H")
        self.hold.setCheckable(True)
        self.hold.setChecked(controller.scheduler.hold_all)
        window.menu("tech").addSeparator()
        window.add_action("tech", self.tr("Foreslå cues fra strømmeflagget"), self.propose)
        undo = self.undo.createUndoAction(self, self.tr("Angre cue-endring"))
        redo = self.undo.createRedoAction(self, self.tr("Gjør om cue-endring"))
        window.menu("tech").addAction(undo)
        window.menu("tech").addAction(redo)
        window.menu("tech").addSeparator()
        window.add_action("tech", self.tr("Utstyr og passord …"), self.open_settings)
        controller.changed.connect(lambda: self.hold.setChecked(controller.scheduler.hold_all))
        controller.message.connect(self._status)
        self.layouts = LayoutManager(window, ctx.settings)
        self.layouts.install_menu()
        window.installEventFilter(self.layouts)

    def _toggle_hold(self) -> None:
        self.controller.set_hold(self.hold.isChecked())

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    def propose(self) -> None:
        blocks = self.ctx.services.agenda.blocks()
        obs = next((a.name for a in self.controller.registry if a.kind == "obs"), "obs")
        scene = str(self.ctx.settings.value("cues/stream_scene", "Plenum"))
        made = self.plan.propose(blocks, obs, scene)
        self.undo.clear()  # proposals replace earlier proposals; not part of the edit history
        self.controller.cues_edited()
        self._status(self.tr("{n} cues foreslått fra strømmeflagget (scene «{scene}»).").format(n=len(made), scene=scene))

    def open_settings(self) -> AdapterSettingsDialog:
        from controlroom.ui.tech.settings_dialog import AdapterSettingsDialog

        dialog = AdapterSettingsDialog(self.plan, self.secrets, self.ctx.loop, self.window)
        dialog.saved.connect(lambda name: self.controller.spawn(self.rebuild(name)))
        dialog.open()
        return dialog

    async def rebuild(self, name: str) -> None:
        """Settings of ``name`` changed: close the old adapter, build and start the new one."""
        old = self.controller.registry.remove(name)
        if old is not None:
            await old.close()
        cfg = next((c for c in self.plan.adapters() if c.name == name), None)
        if cfg is not None:
            adapter = build_adapter(cfg.kind, cfg.name, cfg.config, secrets=self.secrets, label=cfg.label,
                                    enabled=cfg.enabled)
            self.controller.registry.add(adapter)
            self.controller.watch_adapter(adapter)
            if adapter.enabled:
                adapter.start()
        self.adapters = AdapterStatusPanel(self.controller)
        self.adapters_dock.setWidget(self.adapters)


def wire(ctx: UiContext, window: MainWindow, live: LiveUi) -> TechWorkspace:
    """The tech host's docks and menu on the event's cue services; adapters start with the loop.
    The live area's second ticker drives the cue countdowns too."""
    install_log_filter()
    cues = ctx.services.cues
    controller = CueController(cues.scheduler, cues.runner, cues.registry, ctx.services.live, ctx.loop, window)
    workspace = TechWorkspace(ctx, window, controller, live.ticker)
    window.on_shutdown(controller.shutdown)
    ctx.loop.call_soon(controller.start_adapters)
    ctx.loop.call_soon(controller.evaluate_now)
    return workspace
