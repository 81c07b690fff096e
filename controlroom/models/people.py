"""Participants, rooms, formed groups, room timers and Open Space topics (migration 0003)."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from controlroom.models.base import Base


class ParticipantRow(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The identity, lower-cased.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")
    attendance: Mapped[str] = mapped_column(String(10), default="onsite")
    no_show: Mapped[bool] = mapped_column(Boolean, default=False)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RoomRow(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: onsite | teams | zoom
    kind: Mapped[str] = mapped_column(String(10))
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    meeting: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)


class GroupingRow(Base):
    """One formation per block: the options used and the figures reported."""

    __tablename__ = "grouping"

    id: Mapped[int] = mapped_column(primary_key=True)
    block_uid: Mapped[str] = mapped_column(String(32), unique=True)
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    figures: Mapped[dict] = mapped_column(JSON, default=dict)
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


class GroupRow(Base):
    __tablename__ = "breakout_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    block_uid: Mapped[str] = mapped_column(String(32), index=True)
    round: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    pool: Mapped[str] = mapped_column(String(10))
    room: Mapped[str] = mapped_column(String(200))
    meeting: Mapped[int] = mapped_column(Integer, default=1)
    leader: Mapped[str] = mapped_column(String(320), default="")
    note_taker: Mapped[str] = mapped_column(String(320), default="")
    #: Member e-mails (lower-cased) in seat order.
    members: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class RoomTimerRow(Base):
    """A per-room countdown beside the plenary timer. Remaining time is computed from the clock."""

    __tablename__ = "room_timer"
    __table_args__ = (UniqueConstraint("block_uid", "room"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    block_uid: Mapped[str] = mapped_column(String(32))
    room: Mapped[str] = mapped_column(String(200))
    duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    #: When running: the instant it reaches zero (UTC µs); else null.
    ends_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: When not running: what is left (ms).
    remaining_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class TopicRow(Base):
    """An Open Space topic; a session once it has a slot and a space."""

    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    block_uid: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(String(500))
    convener: Mapped[str] = mapped_column(String(300), default="")
    mode: Mapped[str] = mapped_column(String(10), default="onsite")
    slot: Mapped[int | None] = mapped_column(Integer, nullable=True)
    space: Mapped[str | None] = mapped_column(String(200), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[list] = mapped_column(JSON, default=list)
    merged_into: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OpenSpaceLayoutRow(Base):
    __tablename__ = "openspace_layout"

    block_uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    #: Slot labels in order, e.g. ["13:15–14:00", "14:15–15:00"].
    slots: Mapped[list] = mapped_column(JSON, default=list)
    spaces: Mapped[list] = mapped_column(JSON, default=list)
