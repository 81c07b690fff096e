"""The agenda as a service: the repository plus plain-Python change notifications.

The Qt item model listens to these events (inserted / removed / changed / reset) instead of
re-querying the database on every paint. Every mutation is one repository call, so one
transaction; afterwards the service re-reads the agenda once and tells its listeners exactly
which rows changed (a prefix/suffix diff over the block uids).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.i18n import tr
from controlroom.models.agenda_repo import AgendaRepository, EventInfo
from controlroom.observable import Observable


@dataclass(frozen=True)
class BlocksInserted:
    index: int
    blocks: tuple[BlockData, ...]


@dataclass(frozen=True)
class BlocksRemoved:
    index: int
    count: int


@dataclass(frozen=True)
class BlockChanged:
    index: int
    block: BlockData


@dataclass(frozen=True)
class AgendaReset:
    blocks: tuple[BlockData, ...]


@dataclass(frozen=True)
class EventInfoChanged:
    """Title, place or time zone changed (the blocks' own events follow when the dates moved)."""

    info: EventInfo


AgendaEvent = BlocksInserted | BlocksRemoved | BlockChanged | AgendaReset | EventInfoChanged
Listener = Callable[[AgendaEvent], None]
#: The title of the block that runs (or is paused) live, or None: moving the event then is refused.
RunningBlock = Callable[[], str | None]


class AgendaService:
    """Holds the agenda in memory (agenda order) and keeps it in step with the event file."""

    def __init__(self, repo: AgendaRepository, running_block: RunningBlock | None = None) -> None:
        self.repo = repo
        #: Asked before the event's dates or zone change (the live side sets it; None: nothing runs).
        self.running_block: RunningBlock = running_block or (lambda: None)
        self.changes: Observable[AgendaEvent] = Observable("agenda")
        self._blocks: list[BlockData] = repo.blocks()
        self._categories: dict[str, str] = repo.categories()

    # -- reading -----------------------------------------------------------------------------
    def blocks(self) -> list[BlockData]:
        return list(self._blocks)

    def by_uid(self, uid: str) -> BlockData | None:
        """The block with ``uid`` (from memory; None when the agenda has none)."""
        return next((b for b in self._blocks if b.uid == uid), None)

    def block(self, index: int) -> BlockData:
        return self._blocks[index]

    def __len__(self) -> int:
        return len(self._blocks)

    def index_of(self, uid: str) -> int:
        for i, b in enumerate(self._blocks):
            if b.uid == uid:
                return i
        raise KeyError(uid)

    def position_in_day(self, uid: str) -> int:
        """The block's 0-based place among the blocks of its own day."""
        i = self.index_of(uid)
        day = self._blocks[i].day
        return sum(1 for b in self._blocks[:i] if b.day == day)

    def day_blocks(self, day) -> list[BlockData]:
        return [b for b in self._blocks if b.day == day]

    def categories(self) -> dict[str, str]:
        return dict(self._categories)

    def event_info(self) -> EventInfo:
        return self.repo.event_info()

    # -- listening ---------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.changes.subscribe(listener)

    def _emit(self, event: AgendaEvent) -> None:
        self.changes.emit(event)

    # -- changing (each one transaction in the file) -----------------------------------------
    def add(self, block: BlockData, position: int | None = None) -> BlockData:
        """Add ``block`` in its day at ``position`` (None: where its start time puts it)."""
        saved = self.repo.add_block(block, position)
        self.refresh()
        return saved

    def update(self, block: BlockData) -> BlockData:
        saved = self.repo.update_block(block)
        self.refresh()
        return saved

    def delete(self, uid: str) -> tuple[BlockData, int]:
        """Delete; returns the block and its position in its day so undo restores it exactly."""
        data, position = self.repo.delete_block(uid)
        self.refresh()
        return data, position

    def move(self, uid: str, position: int) -> None:
        """Move a block to ``position`` (0-based) within its day."""
        self.repo.move_block(uid, position)
        self.refresh()

    def update_many(self, blocks: list[BlockData]) -> list[BlockData]:
        """Several blocks in one transaction (a length change that moves the later blocks)."""
        saved = self.repo.update_blocks(blocks)
        self.refresh()
        return saved

    def days(self) -> list[date]:
        return sorted({b.day for b in self._blocks})

    def check_event_edit(self, info: EventInfo, shift_days: int = 0) -> None:
        """Raise ValueError (in the UI's language) if the event cannot get ``info`` and move ``shift_days``."""
        if not info.title.strip():
            raise ValueError(tr("Hendelsen må ha en tittel."))
        try:
            ZoneInfo(info.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                tr("«{zone}» er ikke en tidssone. Velg en fra listen, for eksempel Europe/Oslo.").format(
                    zone=info.timezone
                )
            ) from None
        moves = shift_days != 0 or info.timezone != self.event_info().timezone
        running = self.running_block() if moves else None
        if running is not None:
            raise ValueError(
                tr(
                    "«{title}» går nå. Datoene og tidssonen kan ikke endres mens en bolk går: "
                    "avslutt bolken først, så stemmer kjøreloggen med dagen."
                ).format(title=running)
            )
        if shift_days and self._blocks:
            first = min(b.day for b in self._blocks)
            last = max(b.day for b in self._blocks)
            try:
                first + timedelta(days=shift_days)
                last + timedelta(days=shift_days)
            except OverflowError:
                raise ValueError(tr("Datoen er utenfor kalenderen.")) from None

    def edit_event(self, info: EventInfo, shift_days: int = 0) -> None:
        """Title, place, zone and the move of every block by ``shift_days`` days: checked, then one
        transaction. Blocks keep their wall-clock times in the event's zone."""
        self.check_event_edit(info, shift_days)
        self.repo.edit_event(
            title=info.title.strip(), place=info.place.strip(), timezone=info.timezone, shift_days=shift_days
        )
        self._emit(EventInfoChanged(self.repo.event_info()))
        self.refresh()

    def import_draft(self, draft: AgendaDraft) -> list[BlockData]:
        saved = self.repo.import_draft(draft)
        self.refresh(categories=True)
        return saved

    def set_category_color(self, name: str, color: str) -> None:
        self.repo.set_category_color(name, color)
        self.refresh(categories=True)

    # -- syncing -----------------------------------------------------------------------------
    def refresh(self, *, categories: bool = False) -> None:
        """Re-read the agenda once and tell listeners what differs from what they have."""
        self.apply_blocks(self.repo.blocks(), categories=categories)

    def apply_blocks(self, new: list[BlockData], *, categories: bool = False) -> None:
        """Take the agenda as read elsewhere (e.g. on a worker thread); tell listeners what differs."""
        if categories or any(b.category and b.category not in self._categories for b in new):
            cats = self.repo.categories()
            if cats != self._categories:
                self._categories = cats
                self._blocks = new
                self._emit(AgendaReset(tuple(new)))
                return
        old = self._blocks
        self._blocks = new
        for event in diff_blocks(old, new):
            self._emit(event)


def diff_blocks(old: list[BlockData], new: list[BlockData]) -> list[AgendaEvent]:
    """The events that turn ``old`` into ``new``: one removal and/or one insertion of the
    differing middle (by uid), then a change for every kept block whose fields differ."""
    old_uids = [b.uid for b in old]
    new_uids = [b.uid for b in new]
    if old_uids == new_uids:
        return [BlockChanged(i, b) for i, (a, b) in enumerate(zip(old, new, strict=True)) if _differs(a, b)]
    p = 0
    while p < min(len(old), len(new)) and old_uids[p] == new_uids[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old_uids[-1 - s] == new_uids[-1 - s]:
        s += 1
    events: list[AgendaEvent] = []
    removed = len(old) - p - s
    inserted = new[p : len(new) - s]
    if removed:
        events.append(BlocksRemoved(p, removed))
    if inserted:
        events.append(BlocksInserted(p, tuple(inserted)))
    kept = list(range(p)) + [len(new) - s + k for k in range(s)]
    for j in kept:
        i = j if j < p else j - len(new) + len(old)
        if _differs(old[i], new[j]):
            events.append(BlockChanged(j, new[j]))
    return events


def _differs(a: BlockData, b: BlockData) -> bool:
    return replace(a, id=None) != replace(b, id=None)


# -- parsing what the host types -------------------------------------------------------------
_CLOCK = re.compile(r"^\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*$")
_LENGTH = re.compile(r"^\s*(?:(\d+)\s*[htT]\s*)?(?:(\d+)\s*m?\s*)?$")


def parse_clock(text: str) -> time:
    """``09:00``, ``9.00`` or ``0900`` → time; anything else raises ValueError with a Norwegian message."""
    raw = text.strip()
    if re.fullmatch(r"\d{3,4}", raw):
        raw = raw[:-2] + ":" + raw[-2:]
    m = _CLOCK.match(raw)
    if not m:
        raise ValueError(tr("«{text}» er ikke et klokkeslett. Skriv TT:MM, for eksempel 09:30.").format(text=text))
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23:
        raise ValueError(tr("«{text}»: timen må være mellom 00 og 23.").format(text=text))
    if minute > 59:
        raise ValueError(tr("«{text}»: minuttene må være mellom 00 og 59.").format(text=text))
    return time(hour, minute)


def parse_minutes(text: str) -> int:
    """``45``, ``45m``, ``1h 30m``, ``1t 30m`` or ``1:30`` → minutes (0 … 24 h; 0 marks an end row)."""
    raw = text.strip()
    m = _CLOCK.match(raw)
    if m and ":" in raw:
        hours, minutes = int(m.group(1)), int(m.group(2))
    else:
        m = _LENGTH.match(raw)
        if not raw or not m or not (m.group(1) or m.group(2)):
            raise ValueError(
                tr("«{text}» er ikke en lengde. Skriv minutter (45), 1t 30m eller 1:30.").format(text=text)
            )
        hours, minutes = int(m.group(1) or 0), int(m.group(2) or 0)
    if hours and minutes > 59:
        raise ValueError(tr("«{text}»: minuttene må være mellom 0 og 59.").format(text=text))
    total = hours * 60 + minutes
    if total > 24 * 60:
        raise ValueError(tr("«{text}»: lengden kan være høyst 24 timer.").format(text=text))
    return total


def format_minutes(minutes: int) -> str:
    """45 → ``45m``, 120 → ``2t 00m`` (as SessionLab writes lengths in Norwegian; English ``2h 00m``)."""
    if minutes < 60:
        return f"{minutes}m"
    return tr("{hours}t {minutes:02d}m").format(hours=minutes // 60, minutes=minutes % 60)


__all__ = [
    "AgendaEvent",
    "AgendaReset",
    "AgendaService",
    "BlockChanged",
    "BlocksInserted",
    "BlocksRemoved",
    "EventInfoChanged",
    "diff_blocks",
    "format_minutes",
    "parse_clock",
    "parse_minutes",
]
