"""Participants, rooms, formed groups, room timers and Open Space topics (migration 0003); the
participants' personal codes, their phones' device marks and the group notes' revision (0007)."""

from __future__ import annotations

import secrets

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from controlroom.models.base import Base

#: The symbols of a personal code: no 0/O and no 1/l/I, so a code read off a badge is typed right.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
#: 9 symbols of 32 = 45 bits from ``secrets``: unguessable at the few tries a minute the phones allow.
CODE_LENGTH = 9


def new_code() -> str:
    """A fresh personal code (``secrets``), e.g. ``K7QM2XPR4``."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed or scanned, as stored: upper case, without spaces and dashes."""
    return "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-‐–—_.")


def code_is_wellformed(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


def display_code(code: str) -> str:
    """A code in groups of three for a badge: ``K7Q-M2X-PR4``."""
    return "-".join(code[i:i + 3] for i in range(0, len(code), 3))


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
    #: The personal code that opens the participant's own page on a phone; a new one revokes the old.
    #: None only after the purge.
    code: Mapped[str | None] = mapped_column(String(16), nullable=True, unique=True, index=True)


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
    #: Goes up by one with every save of ``notes``: a phone saving on top of an older revision is refused.
    notes_rev: Mapped[int] = mapped_column(Integer, default=0)


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


class PhoneDeviceRow(Base):
    """A phone signed in with a participant's code: a random mark, never the phone's own identity.
    Revoking the code or the purge after the event removes them."""

    __tablename__ = "phone_device"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    mark: Mapped[str] = mapped_column(String(64))
    signed_in_us: Mapped[int] = mapped_column(BigInteger, default=0)
