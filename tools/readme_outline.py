"""The README's outline: which heading of which source file goes where, at which level.

Read by ``tools/assemble_readme.py`` (its docstring explains the scheme). Files are relative to ``docs/``;
``heading`` is the heading's text exactly as in the file; ``level`` the heading level it gets in the README;
``title`` renames it there. Order here is order in the README.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Put fragment ``heading`` of ``file`` (relative to docs/) here, its heading at ``level``."""

    file: str
    heading: str
    level: int
    title: str | None = None


@dataclass(frozen=True)
class Generated:
    """A generated part: ``"toc"`` or ``"cli"``."""

    what: str


R, S = "readme/", "sections/"

OUTLINE: list[Place | Generated] = [
    Place(R + "00-intro.md", "Kontrollrom", 1),
    Place(R + "00-intro.md", "Quick start", 2),
    Generated("toc"),
    # -- the user guide, following the day -------------------------------------------------------
    Place(R + "10-guide.md", "User guide", 2),
    Place(S + "main-window.md", "The demo event", 3, "Trying it out: the demo event"),
    Place(R + "10-guide.md", "Before the day", 3),
    Place(S + "agenda-import.md", "Importing an agenda", 4, "Importing the agenda"),
    Place(S + "agenda-import.md", "What the importers decide for you", 5),
    Place(S + "agenda-window.md", "The agenda window", 4),
    Place(S + "agenda-window.md", "Editing", 5, "Editing the agenda"),
    Place(S + "agenda-window.md", "A new length: move the later blocks, or keep their times", 5),
    Place(S + "agenda-window.md", "The event: title, place, dates and time zone", 5),
    Place(S + "agenda-window.md", "The File menu", 5, "The File menu (Fil)"),
    Place(S + "agenda-window.md", "Language", 5, "Language (Språk)"),
    Place(S + "people.md", "Participants, breakout groups, rooms and Open Space", 4,
          "Participants, groups and rooms"),
    Place(S + "people.md", "The registration list", 5),
    Place(S + "people.md", "Forming groups", 5),
    Place(S + "people.md", "Rooms and platform limits", 5),
    Place(S + "people.md", "Exports", 5, "Lists and exports for the venue and the platforms"),
    Place(S + "cues.md", "Cues and the tech host", 4, "Cues and equipment (adapters)"),
    Place(S + "cues.md", "Planning cues", 5),
    Place(S + "cues.md", "Equipment and passwords", 5),
    Place(S + "platforms.md", "Zoom and Teams", 4, "Zoom and Teams setup"),
    Place(S + "platforms.md", "On a laptop screen", 5, "The Zoom and Teams panel on a laptop screen"),
    Place(S + "platforms.md", "Zoom: breakout rooms pre-assigned before the meeting starts", 5),
    Place(S + "platforms.md", "Teams: the meeting chat in the input log", 5),
    Place(R + "10-guide.md", "During the day", 3),
    Place(S + "main-window.md", "The main window", 4),
    Place(S + "main-window.md", "Keyboard shortcuts across the window", 5, "Keyboard shortcuts"),
    Place(S + "live-panels.md", "The moderator's live screen: timer, timeline, stage display, public view", 4,
          "Timer, timeline, stage display and public view"),
    Place(S + "live-panels.md", "The timer panel (Tidtaker)", 5),
    Place(S + "live-panels.md", "Keyboard shortcuts", 5, "Live keyboard shortcuts"),
    Place(S + "live-panels.md", "The timeline panel (Tidslinje)", 5),
    Place(S + "live-panels.md", "The stage display (Scenevisning)", 5),
    Place(S + "live-panels.md", "The public agenda view (Publikumsvisning)", 5),
    Place(S + "live-panels.md", "On a laptop screen", 5, "The live panels on a laptop screen"),
    Place(S + "live-core.md", "Running the day: timers, run log and the projected timeline", 4,
          "How the timer and the timeline work"),
    Place(S + "live-core.md", "How the timer counts", 5),
    Place(S + "live-core.md", "How the timeline is projected", 5),
    Place(S + "live-core.md", "Stage messages", 5),
    Place(S + "live-core.md", "Sensible refusals", 5),
    Place(S + "live-core.md", "Two windows, two machines", 5),
    Place(S + "live-core.md", "A damaged event file", 5),
    Place(S + "event-file.md", "The event file in daily use", 4),
    Place(S + "event-file.md", "Other programs and windows on the same file", 5),
    Place(S + "event-file.md", "A full disk, a read-only file, a database that does not answer", 5),
    Place(S + "event-file.md", "Opening another event", 5),
    Place(S + "event-file.md", "The log", 5),
    Place(S + "inputs.md", "Innspill: the plenary input log", 4, "The input log (Innspill)"),
    Place(S + "people.md", "The room board", 4, "The room board (Romtavle)"),
    Place(S + "people.md", "The Open Space wall", 4),
    Place(S + "cues.md", "The tech host's workspace", 4),
    Place(S + "cues.md", "Firing cues during the day", 5),
    Place(S + "platforms.md", "Zoom and Teams during the day", 5),
    Place(R + "10-guide.md", "After the day", 3),
    Place(S + "live-panels.md", "Planned versus actual: CSV and PDF", 4, "Planned versus actual (kjøreplan)"),
    Place(S + "inputs.md", "The workbook (arbeidsbok)", 4),
    # -- the command line ------------------------------------------------------------------------
    Place(R + "50-cli.md", "Command-line reference", 2),
    Place(R + "50-cli.md", "Opening the window: controlroom open", 3),
    Place(S + "agenda-import.md", "Command line", 3, "The agenda: `import`, `agenda`, `export`"),
    Place(S + "live-core.md", "Planned versus actual: `controlroom report`", 3,
          "Planned versus actual: `report`"),
    Place(S + "live-core.md", "Driving the timer from a script: `controlroom live`", 3,
          "Driving the timer from a script: `live`"),
    Place(S + "people.md", "Command line", 3, "Participants, groups and rooms: `participants`, `groups`, `rooms`"),
    Place(S + "inputs.md", "Command line", 3, "Inputs and the workbook: `inputs`, `workbook`"),
    Place(S + "cues.md", "Command line", 3, "Cues and equipment: `cues`, `adapters`"),
    Place(S + "platforms.md", "Command line", 3, "Zoom and Teams: `zoom`, `teams`"),
    Place(R + "50-cli.md", "Generated reference (`--help`)", 3),
    Generated("cli"),
    # -- the remote-control API, architecture, dependencies --------------------------------------
    Place(R + "60-api.md", "Remote-control API", 2),
    Place(S + "live-core.md", "Remote control (Stream Deck, Companion, a second device)", 3,
          "Turning it on, endpoints, errors and examples"),
    Place(R + "80-architecture.md", "Architecture", 2),
    Place(S + "live-panels.md", "Repainting on the second, not on ticks", 3),
    Place(R + "85-dependencies.md", "Dependencies and why each is there", 2),
    # -- performance -----------------------------------------------------------------------------
    Place(R + "90-performance.md", "Performance", 2),
    Place(R + "90-performance.md", "Summary: targets against the measurements", 3),
    Place(S + "agenda-import.md", "Performance (agenda import)", 3, "Agenda import"),
    Place(S + "live-core.md", "Performance (live engine and run log)", 3,
          "Live: engine and run log"),
    Place(S + "live-panels.md", "Performance (bench/live_display_*.py, offscreen)", 3,
          "Live: displays"),
    Place(S + "people.md", "Performance", 3, "Groups"),
    Place(S + "inputs.md", "Performance", 3, "Input log and workbook"),
    Place(S + "cues.md", "Performance", 3, "Cues and adapters"),
    Place(S + "platforms.md", "Performance", 3, "Zoom and Teams"),
    Place(S + "agenda-window.md", "Performance (packaging)", 3, "Packaging (PyInstaller build)"),
    # -- development -----------------------------------------------------------------------------
    Place(R + "95-development.md", "Development", 2),
    Place(R + "95-development.md", "Running the tests", 3),
    Place(R + "95-development.md", "What the tests run against", 3),
    Place(S + "cues.md", "Tests", 4, "OBS, vMix, Companion, webhook, OSC"),
    Place(S + "platforms.md", "How it is tested", 4, "Zoom, Microsoft Graph and MSAL"),
    Place(S + "live-panels.md", "Screenshots and tests", 4, "Live panels"),
    Place(R + "95-development.md", "Running the benchmarks", 3),
    Place(S + "agenda-window.md", "Updating translations", 3),
    Place(R + "95-development.md", "Regenerating the screenshots", 3),
    Place(S + "agenda-window.md", "Building the app (PyInstaller)", 3, "Building the desktop app (PyInstaller)"),
    Place(S + "agenda-window.md", "The `.krom` file type on Linux", 3, "Registering the `.krom` file type"),
    Place(R + "95-development.md", "Entry points for code in other areas", 3),
    Place(S + "agenda-import.md", "For developers: the importers", 4, "The importers"),
    Place(S + "people.md", "For developers: groups and notes", 4, "Groups and notes"),
    Place(R + "95-development.md", "Editing this README", 3),
]
