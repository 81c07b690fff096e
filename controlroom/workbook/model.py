"""A neutral document model for the workbook: the builder makes one, the Word, PDF and Markdown
renderers walk it. Text in it is plain text, always: no renderer interprets markup in it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from controlroom.errors import ControlroomError
from controlroom.inputs.parse import _TAG_RE as TAG_RE  # the input log's own rule for what is a tag

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Node:
    #: "heading" (level 1–3), "para", "item" (an input: text + label, starred) or "note" (group notes)
    kind: str
    text: str
    level: int = 0
    #: For items: "Teams-chat · 10:12" and the like; for notes: who wrote them (when allowed).
    label: str = ""
    starred: bool = False


@dataclass
class WorkbookDoc:
    title: str
    subtitle: str
    #: Lines on the title page under the title: the date(s), the place.
    facts: list[str] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    #: Headings shown in the contents (level 1 and 2).
    language: str = "nb"

    def headings(self, max_level: int = 2) -> list[Node]:
        return [n for n in self.nodes if n.kind == "heading" and n.level <= max_level]


def split_tags(text: str) -> list[tuple[str, bool]]:
    """``text`` in pieces, each with whether it is a ``#tag`` (the ``#`` included); joined they give ``text``."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in TAG_RE.finditer(text):
        if match.start() > at:
            pieces.append((text[at:match.start()], False))
        pieces.append((match.group(0), True))
        at = match.end()
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


class WorkbookCancelled(ControlroomError):
    """The host cancelled the export; nothing was written under the final name."""


class WorkbookWriteError(ControlroomError):
    """The workbook could not be written (no access, disk full...); nothing left under the final name."""


class Ticker:
    """Calls ``progress`` every ``every`` steps and raises WorkbookCancelled when ``cancel`` is set."""

    def __init__(self, total: int, progress: Progress | None, cancel: threading.Event | None, every: int = 200):
        self.total = max(total, 1)
        self.progress = progress
        self.cancel = cancel
        self.every = every
        self.done = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done % self.every < n or self.done >= self.total:
            self.check()
            if self.progress:
                self.progress(min(self.done, self.total), self.total)

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            from controlroom.i18n import tr

            raise WorkbookCancelled(tr("Eksporten ble avbrutt; ingen fil er skrevet."))
