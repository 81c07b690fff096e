"""The Zoom/Teams workspace for the tech host: one tab per platform (a dock in the main window).

On a 1366×768 laptop the dock gets about a third of the screen's height, less than either panel needs
to show every field at its natural size. Each panel therefore sits in a scroll area: the dock never
squeezes a label or a line edit below its size (nothing is clipped); it scrolls instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from controlroom.ui.platforms.teams_panel import TeamsPanel
from controlroom.ui.platforms.zoom_panel import ZoomPanel


def scrolling(panel: QWidget) -> QScrollArea:
    """``panel`` at its natural minimum size, scrolling when the dock is smaller."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName()}Scroll")
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


class PlatformsWorkspace(QTabWidget):
    def __init__(self, zoom: ZoomPanel, teams: TeamsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlatformsWorkspace")
        self.zoom, self.teams = zoom, teams
        self.addTab(scrolling(zoom), "Zoom")
        self.addTab(scrolling(teams), "Teams")
