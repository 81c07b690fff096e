"""The Zoom/Teams workspace for the tech host: one tab per platform (a dock in the main window)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from controlroom.ui.platforms.teams_panel import TeamsPanel
from controlroom.ui.platforms.zoom_panel import ZoomPanel


class PlatformsWorkspace(QTabWidget):
    def __init__(self, zoom: ZoomPanel, teams: TeamsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlatformsWorkspace")
        self.zoom, self.teams = zoom, teams
        self.addTab(zoom, "Zoom")
        self.addTab(teams, "Teams")
