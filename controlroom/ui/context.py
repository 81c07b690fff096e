"""What the composition root hands every area's wiring: the shared collaborators."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from controlroom.clock import Clock
from controlroom.models import EventStore


@dataclass
class UiContext:
    store: EventStore
    clock: Clock
    loop: asyncio.AbstractEventLoop
    settings: QSettings
    event_path: Path | None
    #: Command-line options (api port, language...).
    options: Any = None
    #: Services built by earlier wirings, by name ("agenda", "live", "people", "inputs", "cues", ...).
    services: dict[str, Any] = field(default_factory=dict)
