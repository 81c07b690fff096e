"""Models for the cues area (migration 0005): cues attached to blocks, and the adapters' settings.

Secrets are never here: an adapter's password lives in the OS keyring under
``<kind>:<name>:password``. Whether a cue has fired is not a column either: that is the run log's
``cue.firing`` / ``cue.result`` / ``cue.missed`` rows, so it survives crashes and is shared by
every window on the event.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from controlroom.models.base import Base


class Cue(Base):
    __tablename__ = "cue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    #: The block this cue belongs to (``block.uid``).
    block_uid: Mapped[str] = mapped_column(String(32), index=True)
    #: ``start`` | ``end`` | ``before_end`` | ``manual``.
    trigger: Mapped[str] = mapped_column(String(16), default="start")
    #: For ``before_end``: seconds before the block's projected end.
    offset_seconds: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200), default="")
    #: ``[{"adapter": "obs", "kind": "scene", "params": {"scene": "Plenum"}}, …]``, run in order.
    actions: Mapped[list] = mapped_column(JSON, default=list)
    #: Order among the block's cues.
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Automatic cues fire by themselves only when armed; a held cue waits for GO.
    armed: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Proposed by Kontrollrom from the streamed flag (not written by hand).
    proposed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


class CueAdapterConfig(Base):
    """One configured adapter (no secrets): host, port, URL, paths..."""

    __tablename__ = "cue_adapter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: The name cues use in ``actions[].adapter`` ("obs", "companion").
    name: Mapped[str] = mapped_column(String(64), unique=True)
    #: ``obs`` | ``vmix`` | ``companion`` | ``webhook`` | ``osc``.
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200), default="")
    config: Mapped[dict] = mapped_column(JSON, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CueClaim(Base):
    """Exactly-once automatic firing across windows and machines sharing one event: the process that
    inserts ``(cue_uid, "auto")`` first fires the cue; a second insert fails on the unique constraint."""

    __tablename__ = "cue_claim"
    __table_args__ = (UniqueConstraint("cue_uid", "claim", name="uq_cue_claim_cue_uid_claim"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cue_uid: Mapped[str] = mapped_column(String(32))
    claim: Mapped[str] = mapped_column(String(16))
    at_us: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(64), default="")
