"""What the areas of one main window built (the composition root collects them after wiring)."""

from __future__ import annotations

from dataclasses import dataclass

from controlroom.ui.wiring.agenda import AgendaArea
from controlroom.ui.wiring.cues import TechWorkspace
from controlroom.ui.wiring.inputs import InputsArea
from controlroom.ui.wiring.integrations import PlatformsArea
from controlroom.ui.wiring.live import LiveArea
from controlroom.ui.wiring.people import PeopleArea


@dataclass(frozen=True)
class WindowAreas:
    """What each area of one window built, for the window's own use and for tests."""

    agenda: AgendaArea
    live: LiveArea
    people: PeopleArea
    inputs: InputsArea
    tech: TechWorkspace
    platforms: PlatformsArea
