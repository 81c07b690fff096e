"""Reading and writing the agenda. Short sessions; callers get plain ``BlockData`` back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session, selectinload

from controlroom.agenda.types import DEFAULT_CATEGORIES, AgendaDraft, BlockData
from controlroom.clock import SystemClock, to_micros
from controlroom.models.agenda import Block, Category, Day, Event, Setting
from controlroom.models.store import EventStore


@dataclass(frozen=True)
class EventInfo:
    title: str
    timezone: str
    place: str


def new_uid() -> str:
    return uuid.uuid4().hex


class AgendaRepository:
    def __init__(self, store: EventStore) -> None:
        self.store = store

    # -- event -------------------------------------------------------------------------------
    def ensure_event(self, title: str = "", timezone: str = "Europe/Oslo", place: str = "") -> EventInfo:
        with self.store.transaction() as s:
            ev = _event(s, create=True, title=title, timezone=timezone, place=place)
            return EventInfo(ev.title, ev.timezone, ev.place)

    def event_info(self) -> EventInfo:
        with self.store.session() as s:
            ev = s.scalars(select(Event).order_by(Event.id)).first()
            if ev is None:
                return EventInfo("", "Europe/Oslo", "")
            return EventInfo(ev.title, ev.timezone, ev.place)

    def set_event_info(self, *, title: str | None = None, timezone: str | None = None, place: str | None = None) -> None:
        with self.store.transaction() as s:
            ev = _event(s, create=True)
            if title is not None:
                ev.title = title
            if timezone is not None:
                ev.timezone = timezone
            if place is not None:
                ev.place = place

    def edit_event(self, *, title: str, place: str, timezone: str, shift_days: int = 0) -> None:
        """Title, place and zone, and every day moved by ``shift_days``: one transaction."""
        with self.store.transaction() as s:
            ev = _event(s, create=True)
            ev.title, ev.place, ev.timezone = title, place, timezone
            if shift_days:
                # One day at a time, in the order that never lands on a date another day still has
                # (the (event, date) pair is unique).
                days = sorted(ev.days, key=lambda d: d.date, reverse=shift_days > 0)
                for day in days:
                    day.date = day.date + timedelta(days=shift_days)
                    s.flush()

    # -- categories --------------------------------------------------------------------------
    def categories(self) -> dict[str, str]:
        with self.store.session() as s:
            return {c.name: c.color for c in s.scalars(select(Category).order_by(Category.position, Category.id))}

    def set_category_color(self, name: str, color: str) -> None:
        with self.store.transaction() as s:
            _category(s, name, color).color = color

    # -- blocks ------------------------------------------------------------------------------
    def blocks(self) -> list[BlockData]:
        """All blocks in agenda order (day, then position within the day)."""
        with self.store.session() as s:
            rows = s.scalars(
                select(Block)
                .join(Day)
                .options(selectinload(Block.day), selectinload(Block.category))
                .order_by(Day.date, Block.position, Block.id)
            ).all()
            return [_to_data(b) for b in rows]

    def block(self, uid: str) -> BlockData | None:
        with self.store.session() as s:
            row = s.scalars(select(Block).where(Block.uid == uid)).first()
            return _to_data(row) if row else None

    def import_draft(self, draft: AgendaDraft) -> list[BlockData]:
        """Add every block of ``draft`` in one transaction; the event gets the draft's title and
        zone when it has none. Returns the saved blocks. Nothing is saved if anything fails.

        In bulk: categories and days are read once and the missing ones inserted together, the blocks go
        in with one multi-row insert with their final places already computed (after the day's existing
        blocks in draft order, then each touched day ordered by start time), and only the existing blocks
        whose place changes are updated. A 2,000-block agenda is a handful of statements, none per row.
        """
        with self.store.transaction() as s:
            ev = _event(s, create=True, title=draft.title, timezone=draft.timezone, place=draft.place)
            if not ev.title and draft.title:
                ev.title = draft.title
            if not ev.place and draft.place:
                ev.place = draft.place
            cat_ids = _ensure_categories(s, draft)
            day_ids = _ensure_days(s, ev.id, [b.day for b in draft.blocks])
            uids = [b.uid or new_uid() for b in draft.blocks]
            rows = [_row(b, uid, day_ids[b.day], cat_ids) for b, uid in zip(draft.blocks, uids, strict=True)]
            moved = _place_by_start(s, rows)
            if rows:  # Core executemany: no ORM bookkeeping per row
                s.connection().execute(insert(cast(Table, Block.__table__)), rows)
            if moved:
                s.execute(update(Block), moved)
            ids: dict[str, int] = {}
            for i in range(0, len(uids), 500):
                ids.update(s.execute(select(Block.uid, Block.id).where(Block.uid.in_(uids[i:i + 500]))).all())
        return [_saved(b, uid, ids[uid]) for b, uid in zip(draft.blocks, uids, strict=True)]

    def existing_uids(self, uids: list[str]) -> set[str]:
        """Which of ``uids`` the event already has (an import of the same JSON twice must not collide)."""
        wanted = [u for u in uids if u]
        found: set[str] = set()
        with self.store.session() as s:
            for i in range(0, len(wanted), 500):
                found |= set(s.scalars(select(Block.uid).where(Block.uid.in_(wanted[i : i + 500]))))
        return found

    def add_block(self, block: BlockData, position: int | None = None) -> BlockData:
        """Insert a block in its day at ``position`` (None: at its start time's place)."""
        with self.store.transaction() as s:
            ev = _event(s, create=True)
            row = _insert(s, ev, block, position=position)
            s.flush()
            if position is None:
                _renumber_by_start(s, row.day_id)
            s.flush()
            return _to_data(row)

    def update_block(self, block: BlockData) -> BlockData:
        with self.store.transaction() as s:
            row = s.scalars(select(Block).where(Block.uid == block.uid)).one()
            ev = _event(s, create=True)
            if row.day.date != block.day:
                row.day = _day(s, ev, block.day)
            _apply(s, row, block)
            s.flush()
            return _to_data(row)

    def update_blocks(self, blocks: list[BlockData]) -> list[BlockData]:
        """Several blocks changed together (a length change that moves the later blocks): one transaction."""
        with self.store.transaction() as s:
            ev = _event(s, create=True)
            saved = []
            for block in blocks:
                row = s.scalars(select(Block).where(Block.uid == block.uid)).one()
                if row.day.date != block.day:
                    row.day = _day(s, ev, block.day)
                _apply(s, row, block)
                saved.append(row)
            s.flush()
            return [_to_data(r) for r in saved]

    def delete_block(self, uid: str) -> tuple[BlockData, int]:
        """Delete; returns the block and its position so undo can restore it exactly."""
        with self.store.transaction() as s:
            row = s.scalars(select(Block).where(Block.uid == uid)).one()
            data, position, day_id = _to_data(row), row.position, row.day_id
            s.delete(row)
            s.flush()
            _renumber(s, day_id)
            return data, position

    def move_block(self, uid: str, position: int) -> None:
        """Move a block to ``position`` within its day (0-based)."""
        with self.store.transaction() as s:
            row = s.scalars(select(Block).where(Block.uid == uid)).one()
            siblings = [b for b in _day_blocks(s, row.day_id) if b.id != row.id]
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, row)
            for i, b in enumerate(siblings):
                b.position = i

    def setting(self, key: str, default: object = None) -> object:
        with self.store.session() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: object) -> None:
        with self.store.transaction() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value


# -- helpers -----------------------------------------------------------------------------------
def _event(s: Session, create: bool, title: str = "", timezone: str = "Europe/Oslo", place: str = "") -> Event:
    ev = s.scalars(select(Event).order_by(Event.id)).first()
    if ev is None:
        if not create:
            raise LookupError("no event")
        ev = Event(title=title, timezone=timezone or "Europe/Oslo", place=place, created_us=to_micros(SystemClock().now()))
        s.add(ev)
        for i, (name, color) in enumerate(DEFAULT_CATEGORIES.items()):
            s.add(Category(name=name, color=color, position=i))
        s.flush()
    return ev


def _ensure_categories(s: Session, draft: AgendaDraft) -> dict[str, int]:
    """The id of every category the draft names (its list, then its blocks' in order of appearance); the
    missing ones are added together, as ``_category`` would add them one by one."""
    wanted: dict[str, str | None] = dict(draft.categories)
    for b in draft.blocks:
        if b.category and b.category not in wanted:
            wanted[b.category] = None
    have = dict(s.execute(select(Category.name, Category.id)).all())
    missing = [name for name in wanted if name not in have]
    if missing:
        count = len(have)
        s.execute(insert(Category), [{"name": name, "color": wanted[name] or "#9AA5B1", "position": count + i}
                                     for i, name in enumerate(missing)])
        have.update(s.execute(select(Category.name, Category.id).where(Category.name.in_(missing))).all())
    return have


def _ensure_days(s: Session, event_id: int, dates: list[date]) -> dict[date, int]:
    """The id of each of ``dates`` in the event; the missing days are added together."""
    have = dict(s.execute(select(Day.date, Day.id).where(Day.event_id == event_id)).all())
    missing = list(dict.fromkeys(d for d in dates if d not in have))
    if missing:
        s.execute(insert(Day), [{"event_id": event_id, "date": d} for d in missing])
        have.update(s.execute(select(Day.date, Day.id).where(Day.event_id == event_id, Day.date.in_(missing))).all())
    return have


def _row(b: BlockData, uid: str, day_id: int, cat_ids: dict[str, int]) -> dict[str, Any]:
    """The ``block`` row of a new block (its ``position`` is set by ``_place_by_start``)."""
    return {
        "uid": uid, "day_id": day_id, "position": 0, "start_minute": b.start.hour * 60 + b.start.minute,
        "minutes": b.minutes, "title": b.title, "description": b.description,
        "category_id": cat_ids[b.category] if b.category else None, "assigned": list(b.assigned),
        "notes": b.notes, "streamed": b.streamed, "location": b.location, "fixed_start": b.fixed_start,
        "warn_seconds": b.warn_seconds, "danger_seconds": b.danger_seconds,
    }


def _place_by_start(s: Session, rows: list[dict[str, Any]]) -> list[dict[str, int]]:
    """Give each new row its place in its day: after the day's existing blocks in the order given, then the
    whole day ordered by start time (stable). Returns the position updates the existing blocks need."""
    days = sorted({row["day_id"] for row in rows})
    #: per day: (start minute, position, id, the new row or None for an existing block)
    entries: dict[int, list[tuple[int, int, int, dict[str, Any] | None]]] = {d: [] for d in days}
    old_position: dict[int, int] = {}
    for i in range(0, len(days), 500):
        query = select(Block.id, Block.day_id, Block.start_minute, Block.position).where(
            Block.day_id.in_(days[i:i + 500]))
        for block_id, day_id, start, position in s.execute(query):
            entries[day_id].append((start, position, block_id, None))
            old_position[block_id] = position
    after = max(old_position.values(), default=0) + 10_000
    for i, row in enumerate(rows):  # new blocks after the existing ones, in draft order
        entries[row["day_id"]].append((row["start_minute"], after + i, 0, row))
    moved: list[dict[str, int]] = []
    for day in entries.values():
        day.sort(key=lambda e: (e[0], e[1], e[2]))
        for position, (_start, _old, block_id, new_row) in enumerate(day):
            if new_row is not None:
                new_row["position"] = position
            elif old_position[block_id] != position:
                moved.append({"id": block_id, "position": position})
    return moved


def _saved(b: BlockData, uid: str, block_id: int) -> BlockData:
    """``b`` as ``_to_data`` reads it back after the import."""
    return BlockData(b.day, time(b.start.hour, b.start.minute), b.minutes, b.title, b.description, b.category or None,
                     list(b.assigned), b.notes, b.streamed, b.location, b.fixed_start, b.warn_seconds,
                     b.danger_seconds, uid, block_id)


def _category(s: Session, name: str, color: str | None = None) -> Category:
    cat = s.scalars(select(Category).where(Category.name == name)).first()
    if cat is None:
        count = len(s.scalars(select(Category.id)).all())
        cat = Category(name=name, color=color or "#9AA5B1", position=count)
        s.add(cat)
        s.flush()
    return cat


def _day(s: Session, ev: Event, d: date) -> Day:
    day = s.scalars(select(Day).where(Day.event_id == ev.id, Day.date == d)).first()
    if day is None:
        day = Day(event=ev, date=d)
        s.add(day)
        s.flush()
    return day


def _day_blocks(s: Session, day_id: int) -> list[Block]:
    return list(s.scalars(select(Block).where(Block.day_id == day_id).order_by(Block.position, Block.id)))


def _renumber(s: Session, day_id: int) -> None:
    for i, b in enumerate(_day_blocks(s, day_id)):
        b.position = i


def _renumber_by_start(s: Session, day_id: int) -> None:
    blocks = _day_blocks(s, day_id)
    blocks.sort(key=lambda b: (b.start_minute, b.position, b.id))
    for i, b in enumerate(blocks):
        b.position = i


def _insert(s: Session, ev: Event, block: BlockData, position: int | None) -> Block:
    day = _day(s, ev, block.day)
    siblings = _day_blocks(s, day.id)
    if position is None:
        pos = len(siblings) + 10_000  # placed by start time afterwards
    else:
        pos = max(0, min(position, len(siblings)))
        for b in siblings[pos:]:
            b.position += 1
    row = Block(uid=block.uid or new_uid(), day_id=day.id, position=pos, assigned=[])
    s.add(row)
    with s.no_autoflush:
        _apply(s, row, block)
    s.flush()
    return row


def _apply(s: Session, row: Block, b: BlockData, cats: dict[str, Category] | None = None) -> None:
    row.start_minute = b.start.hour * 60 + b.start.minute
    row.minutes = b.minutes
    row.title = b.title
    row.description = b.description
    if b.category and cats is not None and b.category in cats:
        row.category = cats[b.category]
    else:
        row.category = _category(s, b.category) if b.category else None
    row.assigned = list(b.assigned)
    row.notes = b.notes
    row.streamed = b.streamed
    row.location = b.location
    row.fixed_start = b.fixed_start
    row.warn_seconds = b.warn_seconds
    row.danger_seconds = b.danger_seconds


def _to_data(row: Block) -> BlockData:
    return BlockData(
        day=row.day.date,
        start=time(row.start_minute // 60, row.start_minute % 60),
        minutes=row.minutes,
        title=row.title,
        description=row.description,
        category=row.category.name if row.category else None,
        assigned=list(row.assigned or []),
        notes=row.notes,
        streamed=row.streamed,
        location=row.location,  # type: ignore[arg-type]
        fixed_start=row.fixed_start,
        warn_seconds=row.warn_seconds,
        danger_seconds=row.danger_seconds,
        uid=row.uid,
        id=row.id,
    )


__all__ = ["AgendaRepository", "EventInfo", "new_uid", "replace"]
