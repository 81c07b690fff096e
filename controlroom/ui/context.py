"""What the composition root hands every area's wiring: the event's services and the window's
shared collaborators, all typed."""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from controlroom.application.event import EventServices
from controlroom.clock import Clock
from controlroom.models import EventStore


@dataclass(frozen=True)
class WindowOptions:
    """The command-line options the window acts on."""

    api_port: int | None = None
    allow_lan: bool = False
    #: Announce the event over mDNS (``--announce``).
    announce: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace | None) -> WindowOptions:
        if args is None:
            return cls()
        port = getattr(args, "api_port", None)
        return cls(api_port=None if port is None else int(port), allow_lan=bool(getattr(args, "allow_lan", False)),
                   announce=bool(getattr(args, "announce", False)))


@dataclass(frozen=True)
class UiContext:
    services: EventServices
    loop: asyncio.AbstractEventLoop
    settings: QSettings
    event_path: Path | None
    options: WindowOptions = WindowOptions()

    @property
    def store(self) -> EventStore:
        return self.services.store

    @property
    def clock(self) -> Clock:
        return self.services.clock
