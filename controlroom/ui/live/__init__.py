"""The moderator's live panels: timeline, timer controls, stage display, public view, exports.

``LiveUi`` is built by ``ui/wiring/live.py`` with the event's ``LiveService``. Each panel is its own
class taking its collaborators in its constructor; this module only builds them and hangs them into
the window.
"""

from __future__ import annotations

from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui import file_dialogs
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.controls import LiveControls
from controlroom.ui.live.escape import EscapeToTimer
from controlroom.ui.live.public_view import PublicView
from controlroom.ui.live.stage import StageDisplay
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.live.timeline_panel import TimelinePanel
from controlroom.ui.live.timer_panel import TimerPanel

if TYPE_CHECKING:
    from controlroom.live.service import LiveService
    from controlroom.ui.context import UiContext
    from controlroom.ui.live.help_dialog import ShortcutsDialog
    from controlroom.ui.main_window import MainWindow

STATUS_MS = 10_000


class LiveUi(QObject):
    """Owns the live panels of one main window (parented to it, so it lives as long)."""

    def __init__(self, ctx: UiContext, window: MainWindow, service: LiveService, *,
                 writer: Executor | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.settings: QSettings = ctx.settings
        self.repository = AgendaRepository(ctx.store)
        self.bridge = LiveBridge(service, ctx.clock, self, writer=writer)
        self.bridge.pending.connect(self._show_pending)
        self.ticker = SecondTicker(ctx.clock, self)
        self.bridge.state_changed.connect(self.ticker.set_state)
        self.ticker.set_state(self.bridge.state)
        self.controls = LiveControls(self.bridge, window)
        self.timer_panel = TimerPanel(self.bridge, self.controls, self.ticker)
        self.timeline_panel = TimelinePanel(
            self.bridge, self.controls, self.repository, ctx.services.agenda
        )
        for panel in (self.timer_panel, self.timeline_panel):  # single keys only where the moderator is
            self.controls.add_single_keys(panel)
        self.timer_dock = window.add_dock("live-timer", self.tr("Tidtaker"), self.timer_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        timeline = window.add_dock(
            "live-timeline", self.tr("Tidslinje"), self.timeline_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.resizeDocks([timeline], [720], Qt.Orientation.Horizontal)  # room for every column; restoreState wins later
        self.bridge.refused.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
        self._stage: StageDisplay | None = None
        self._public: PublicView | None = None
        self._menus()
        window.installEventFilter(self)  # closing the main window closes the stage and foyer windows
        self.escape = EscapeToTimer(window, self.focus_timer)

    def _show_pending(self, waiting: bool) -> None:
        """An action waits for its commit (the store is slow or busy): say so until it is saved."""
        bar = self.window.statusBar()
        if waiting:
            bar.showMessage(self.tr("Lagrer …"))
        elif bar.currentMessage() == self.tr("Lagrer …"):
            bar.clearMessage()

    def focus_timer(self) -> None:
        """Give the keyboard to the timer panel (showing its dock tab); with the panel closed, to
        the window itself, where the single keys still act."""
        if self.timer_dock.isHidden():
            focus = QApplication.focusWidget()
            if focus is not None:
                focus.clearFocus()
            return
        self.timer_dock.raise_()
        self.timer_panel.return_focus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.Close:
            for extra in (self._stage, self._public):
                if extra is not None:
                    extra.close()
        return False

    def _menus(self) -> None:
        w = self.window
        w.menu("live").addSeparator()
        w.add_action("live", self.tr("Scenevisning"), self.toggle_stage, "Ctrl+Alt+D").setObjectName(
            "live-stage"
        )
        screens = w.menu("live").addMenu(self.tr("Scenevisning på skjerm"))
        screens.aboutToShow.connect(lambda: self.stage.screen_menu(screens))
        w.add_action("live", self.tr("Publikumsvisning"), self.toggle_public, "Ctrl+Alt+O").setObjectName(
            "live-public"
        )
        w.menu("live").addSeparator()
        w.add_action(
            "live", self.tr("Eksporter kjøreplan (CSV)…"), self.ask_export_csv, "Ctrl+Alt+X"
        ).setObjectName("live-export-csv")
        w.add_action(
            "live", self.tr("Skriv ut / PDF kjøreplan…"), self.ask_export_pdf, "Ctrl+Alt+P"
        ).setObjectName("live-export-pdf")
        w.add_action("help", self.tr("Hurtigtaster"), self.show_shortcuts, "Ctrl+F1").setObjectName(
            "live-shortcuts"
        )

    # -- windows ------------------------------------------------------------------------------
    @property
    def stage(self) -> StageDisplay:
        if self._stage is None:
            self._stage = StageDisplay(self.bridge, self.ticker, self.settings)
            self.controls.add_single_keys(self._stage, Qt.ShortcutContext.WindowShortcut)
            self.window.destroyed.connect(self._stage.deleteLater)
        return self._stage

    @property
    def public(self) -> PublicView:
        if self._public is None:
            self._public = PublicView(self.bridge, self.ticker, self.repository.event_info().title)
            self.controls.add_single_keys(self._public, Qt.ShortcutContext.WindowShortcut)
            self.window.destroyed.connect(self._public.deleteLater)
        return self._public

    def toggle_stage(self) -> None:
        if self.stage.isVisible():
            self.stage.close()
        else:
            self.stage.open()

    def toggle_public(self) -> None:
        if self.public.isVisible():
            self.public.close()
        else:
            self.public.show()
            self.public.raise_()

    def show_shortcuts(self) -> ShortcutsDialog:
        from controlroom.ui.live.help_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.controls.shortcut_table(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- exports ------------------------------------------------------------------------------
    # The exports' modules (the printer, the report) load with the first export, not with the window.
    def _report(self):
        from controlroom.ui.live.export import report_from_state

        return report_from_state(self.bridge.service.state(), self.repository.event_info().title)

    def export_csv_to(self, path: Path) -> Path:
        from controlroom.ui.live.export import export_csv

        return export_csv(self._report(), Path(path))

    def export_pdf_to(self, path: Path) -> Path:
        from controlroom.ui.live.export import export_pdf

        return export_pdf(self._report(), Path(path), self.ctx.clock.now().astimezone())

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        folder = str(self.settings.value("live/export_dir", str(Path.home())))
        stem = self.ctx.event_path.stem if self.ctx.event_path else "kjoreplan"
        name, _ = file_dialogs.get_save_file_name(
            self.window, title, str(Path(folder) / f"{stem}-kjoreplan{suffix}"), filter_text
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.settings.setValue("live/export_dir", str(path.parent))
        return path

    def _export(self, writer, path: Path | None) -> None:
        if path is None:
            return
        from controlroom.ui.live.export import ExportError

        try:
            written = writer(path)
        except ExportError as exc:
            QMessageBox.warning(self.window, self.tr("Eksport"), str(exc))
            return
        self.window.statusBar().showMessage(self.tr("Lagret {path}").format(path=written), STATUS_MS)

    def ask_export_csv(self) -> None:
        self._export(
            self.export_csv_to, self._ask_path(self.tr("Eksporter kjøreplan"), ".csv", "CSV (*.csv)")
        )

    def ask_export_pdf(self) -> None:
        self._export(self.export_pdf_to, self._ask_path(self.tr("Kjøreplan som PDF"), ".pdf", "PDF (*.pdf)"))
