"""The input log (migration 0004): every input (innspill) and every change to it.

``input_item`` holds the current state of each input; ``input_revision`` is append-only: one row per
add, edit, delete, restore and star, with the fields before and after. The revision id doubles as the
change sequence another window polls (``InputLog.changes_since``), so edits and deletions made in one
window reach the other, not only new rows.

Phones (migration 0007): ``approved`` is False for a phone input waiting for the host's approval (the
event's setting), ``plus`` counts the participants who gave it a "+1", one row each in ``input_plus``.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from controlroom.models.base import Base


class InputItem(Base):
    __tablename__ = "input_item"
    __table_args__ = (UniqueConstraint("source", "external_id", name="uq_input_item_source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: When it was said (UTC microseconds); for chat messages the platform's timestamp.
    at_us: Mapped[int] = mapped_column(BigInteger, index=True)
    block_uid: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    #: room | group | openspace | teams | zoom | mobil | other
    source: Mapped[str] = mapped_column(String(16), index=True)
    #: The group or Open Space session it came from (the people area's id), or None.
    source_ref: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    author: Mapped[str | None] = mapped_column(String(200), nullable=True)
    #: innspill | spørsmål | idé | målkonflikt | tiltak
    kind: Mapped[str] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The chat platform's message id (Teams/Zoom), so a re-sync never adds a duplicate.
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    #: Last edit on the platform (chat messages), UTC microseconds.
    edited_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    origin: Mapped[str] = mapped_column(String(64), default="")
    #: False while a phone input waits for the host's approval; everything else is approved.
    approved: Mapped[bool] = mapped_column(Boolean, default=True)
    #: How many participants gave it a "+1" (the rows of ``input_plus``).
    plus: Mapped[int] = mapped_column(Integer, default=0)


class InputPlus(Base):
    """One participant's "+1" on an input: at most one each."""

    __tablename__ = "input_plus"

    input_id: Mapped[int] = mapped_column(ForeignKey("input_item.id", ondelete="CASCADE"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True)
    at_us: Mapped[int] = mapped_column(BigInteger, default=0)


class InputRevision(Base):
    __tablename__ = "input_revision"

    #: Also the change sequence other windows poll.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    input_id: Mapped[int] = mapped_column(ForeignKey("input_item.id", ondelete="CASCADE"), index=True)
    at_us: Mapped[int] = mapped_column(BigInteger)
    #: add | edit | delete | restore | star | unstar | undo | redo | external_edit | external_delete |
    #: approve | plus
    action: Mapped[str] = mapped_column(String(24))
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    origin: Mapped[str] = mapped_column(String(64), default="")
