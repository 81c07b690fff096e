"""Zoom and Teams state kept in the event file (migration 0006).

Secrets never live here (they are in the OS keyring). What does: per-event platform settings
(meeting id, join link, sync interval), the Teams chat sync watermark and the ids of messages
already carried into the input log (so a restart neither duplicates nor loses a line), and the
result of the last Zoom pre-assignment per room (for the room board).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from controlroom.models.base import Base


class PlatformSetting(Base):
    __tablename__ = "platform_setting"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class TeamsChatSync(Base):
    """One row per meeting chat: how far the sync has read (Graph ``lastModifiedDateTime``)."""

    __tablename__ = "teams_chat_sync"

    chat_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    watermark: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_sync_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class TeamsMessage(Base):
    """A chat message already carried into the input log, with the version we carried."""

    __tablename__ = "teams_message"

    message_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(300), index=True)
    last_modified: Mapped[str] = mapped_column(String(40))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ZoomRoomResult(Base):
    """The outcome of the last pre-assignment of one breakout room."""

    __tablename__ = "zoom_room_result"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(String(32), index=True)
    block_uid: Mapped[str] = mapped_column(String(32))
    round: Mapped[int] = mapped_column(Integer)
    room_name: Mapped[str] = mapped_column(String(200))
    planned: Mapped[list[str]] = mapped_column(JSON)
    confirmed: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    at_us: Mapped[int] = mapped_column(BigInteger)


class IntegrationsRepository:
    """Short sessions over the tables above. Each method is one transaction."""

    def __init__(self, store) -> None:
        self.store = store

    # -- settings ---------------------------------------------------------------------------
    def setting(self, platform: str, key: str, default: Any = None) -> Any:
        with self.store.session() as s:
            row = s.get(PlatformSetting, (platform, key))
            return default if row is None or row.value is None else row.value

    def set_setting(self, platform: str, key: str, value: Any) -> None:
        with self.store.transaction() as s:
            row = s.get(PlatformSetting, (platform, key))
            if row is None:
                s.add(PlatformSetting(platform=platform, key=key, value=value))
            else:
                row.value = value

    # -- Teams sync -------------------------------------------------------------------------
    def chat_state(self, chat_id: str) -> TeamsChatSync:
        with self.store.session() as s:
            row = s.get(TeamsChatSync, chat_id)
            return row if row is not None else TeamsChatSync(chat_id=chat_id)

    def seen_versions(self, chat_id: str) -> dict[str, tuple[str, bool]]:
        with self.store.session() as s:
            rows = s.execute(select(TeamsMessage).where(TeamsMessage.chat_id == chat_id)).scalars()
            return {r.message_id: (r.last_modified, r.deleted) for r in rows}

    def save_chat_state(self, chat_id: str, *, watermark: str | None, at_us: int, error: str | None,
                        versions: dict[str, tuple[str, bool]] | None = None) -> None:
        """The sync's bookkeeping in one transaction: the versions carried and the new watermark."""
        versions = versions or {}
        with self.store.transaction() as s:
            ids = sorted(versions)
            known: dict[str, TeamsMessage] = {}
            for k in range(0, len(ids), 500):  # one query per 500 messages, not one per message
                known.update((m.message_id, m) for m in s.scalars(
                    select(TeamsMessage).where(TeamsMessage.message_id.in_(ids[k:k + 500]))))
            for message_id, (modified, deleted) in versions.items():
                msg = known.get(message_id)
                if msg is None:
                    s.add(TeamsMessage(message_id=message_id, chat_id=chat_id, last_modified=modified,
                                       deleted=deleted))
                else:
                    msg.last_modified, msg.deleted = modified, deleted
            row = s.get(TeamsChatSync, chat_id)
            if row is None:
                row = TeamsChatSync(chat_id=chat_id)
                s.add(row)
            if watermark is not None:
                row.watermark = watermark
            row.last_sync_us = at_us
            row.last_error = error

    # -- Zoom results -----------------------------------------------------------------------
    def save_room_results(self, meeting_id: str, block_uid: str, round_no: int, at_us: int,
                          rooms: list[tuple[str, list[str], list[str], str]]) -> None:
        """Replace the stored results for (meeting, block, round) with ``rooms``."""
        with self.store.transaction() as s:
            old = s.execute(select(ZoomRoomResult).where(
                ZoomRoomResult.meeting_id == meeting_id, ZoomRoomResult.block_uid == block_uid,
                ZoomRoomResult.round == round_no)).scalars()
            for row in old:
                s.delete(row)
            for name, planned, confirmed, status in rooms:
                s.add(ZoomRoomResult(meeting_id=meeting_id, block_uid=block_uid, round=round_no,
                                     room_name=name, planned=planned, confirmed=confirmed,
                                     status=status, at_us=at_us))

    def room_results(self, block_uid: str, round_no: int) -> list[ZoomRoomResult]:
        with self.store.session() as s:
            return list(s.execute(select(ZoomRoomResult).where(
                ZoomRoomResult.block_uid == block_uid, ZoomRoomResult.round == round_no)
                .order_by(ZoomRoomResult.id)).scalars())
