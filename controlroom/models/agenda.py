"""Event, days, categories and blocks (migration 0001)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from controlroom.models.base import Base


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Oslo")
    place: Mapped[str] = mapped_column(String(200), default="")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)

    days: Mapped[list[Day]] = relationship(back_populates="event", cascade="all, delete-orphan", order_by="Day.date")


class Day(Base):
    __tablename__ = "day"
    __table_args__ = (UniqueConstraint("event_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(200), default="")

    event: Mapped[Event] = relationship(back_populates="days")
    blocks: Mapped[list[Block]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="Block.position"
    )


class Category(Base):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#9AA5B1")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Block(Base):
    __tablename__ = "block"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Planned start as minutes after local midnight of the day (event time zone).
    start_minute: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(1000))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="SET NULL"))
    assigned: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    streamed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    location: Mapped[str] = mapped_column(String(10), default="both")
    fixed_start: Mapped[bool] = mapped_column(Boolean, default=False)
    warn_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    danger_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)

    day: Mapped[Day] = relationship(back_populates="blocks")
    category: Mapped[Category | None] = relationship()


class Setting(Base):
    """Event-level settings that are not secret (secrets live in the OS keyring only)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
