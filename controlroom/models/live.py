"""The run log (migration 0002): every live action, appended and committed before the screen shows it."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from controlroom.models.base import Base


class RunAction(Base):
    __tablename__ = "run_action"

    #: The log's sequence number; the order of the fold.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: When it happened, UTC microseconds since the epoch.
    at_us: Mapped[int] = mapped_column(BigInteger, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    block_uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    #: For ``undo``/``redo`` actions: the id of the action they revert or restore.
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Which window or device appended it (moderator laptop, API, tech host...).
    origin: Mapped[str] = mapped_column(String(64), default="")
