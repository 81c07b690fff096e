"""Reading and writing cues and adapter settings. Short sessions; callers get plain data back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from controlroom.clock import SystemClock, to_micros
from controlroom.cues.types import CueData, Trigger
from controlroom.integrations.base import Action
from controlroom.models.cues import Cue, CueAdapterConfig, CueClaim
from controlroom.models.store import EventStore

#: Keys that must never be stored in an adapter's config (they belong in the keyring).
SECRET_KEYS = frozenset({"password", "secret", "token", "key", "api_key", "hmac_secret"})


@dataclass
class AdapterConfig:
    name: str
    kind: str
    config: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    enabled: bool = True
    position: int = 0


def _to_data(row: Cue) -> CueData:
    return CueData(
        block_uid=row.block_uid,
        trigger=Trigger(row.trigger),
        actions=[Action.from_dict(a) for a in (row.actions or [])],
        label=row.label,
        offset_seconds=row.offset_seconds,
        position=row.position,
        armed=row.armed,
        proposed=row.proposed,
        notes=row.notes,
        uid=row.uid,
        id=row.id,
    )


def _apply(row: Cue, cue: CueData) -> None:
    row.block_uid = cue.block_uid
    row.trigger = Trigger(cue.trigger).value
    row.offset_seconds = int(cue.offset_seconds)
    row.label = cue.label[:200]
    row.actions = cue.actions_json()
    row.armed = bool(cue.armed)
    row.proposed = bool(cue.proposed)
    row.notes = cue.notes


class CueRepository:
    def __init__(self, store: EventStore) -> None:
        self.store = store

    # -- cues ------------------------------------------------------------------------------------
    def cues(self) -> list[CueData]:
        with self.store.session() as s:
            return [_to_data(r) for r in s.scalars(select(Cue).order_by(Cue.block_uid, Cue.position, Cue.id))]

    def for_block(self, block_uid: str) -> list[CueData]:
        with self.store.session() as s:
            rows = s.scalars(select(Cue).where(Cue.block_uid == block_uid).order_by(Cue.position, Cue.id))
            return [_to_data(r) for r in rows]

    def get(self, uid: str) -> CueData | None:
        with self.store.session() as s:
            row = s.scalars(select(Cue).where(Cue.uid == uid)).first()
            return _to_data(row) if row else None

    def add(self, cue: CueData, position: int | None = None) -> CueData:
        """Insert at ``position`` among the block's cues (None: last)."""
        with self.store.transaction() as s:
            siblings = list(s.scalars(select(Cue).where(Cue.block_uid == cue.block_uid).order_by(Cue.position, Cue.id)))
            pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
            row = Cue(uid=cue.uid or uuid.uuid4().hex, created_us=to_micros(SystemClock().now()))
            _apply(row, cue)
            siblings.insert(pos, row)
            s.add(row)
            for i, r in enumerate(siblings):
                r.position = i
            s.flush()
            return _to_data(row)

    def update(self, cue: CueData) -> CueData:
        with self.store.transaction() as s:
            row = s.scalars(select(Cue).where(Cue.uid == cue.uid)).one()
            _apply(row, cue)
            row.proposed = False  # edited by hand: a new proposal run keeps it
            s.flush()
            return _to_data(row)

    def delete(self, uid: str) -> tuple[CueData, int]:
        """Delete; returns the cue and its position so undo can put it back exactly."""
        with self.store.transaction() as s:
            row = s.scalars(select(Cue).where(Cue.uid == uid)).one()
            data, position, block_uid = _to_data(row), row.position, row.block_uid
            s.delete(row)
            s.flush()
            rest = s.scalars(select(Cue).where(Cue.block_uid == block_uid).order_by(Cue.position, Cue.id))
            for i, r in enumerate(rest):
                r.position = i
            return data, position

    def move(self, uid: str, position: int) -> None:
        with self.store.transaction() as s:
            row = s.scalars(select(Cue).where(Cue.uid == uid)).one()
            siblings = [
                r for r in s.scalars(select(Cue).where(Cue.block_uid == row.block_uid).order_by(Cue.position, Cue.id))
                if r.id != row.id
            ]
            siblings.insert(max(0, min(position, len(siblings))), row)
            for i, r in enumerate(siblings):
                r.position = i

    def set_armed(self, uid: str, armed: bool) -> None:
        with self.store.transaction() as s:
            s.scalars(select(Cue).where(Cue.uid == uid)).one().armed = bool(armed)

    def replace_proposed(self, proposals: Sequence[CueData]) -> list[CueData]:
        """Drop earlier proposals that were never edited and add ``proposals`` (hand-made cues stay)."""
        with self.store.transaction() as s:
            s.execute(delete(Cue).where(Cue.proposed.is_(True)))
            s.flush()
            counts: dict[str, int] = {}
            for r in s.scalars(select(Cue)):
                counts[r.block_uid] = max(counts.get(r.block_uid, 0), r.position + 1)
            out = []
            for cue in proposals:
                row = Cue(uid=cue.uid or uuid.uuid4().hex, created_us=to_micros(SystemClock().now()))
                _apply(row, cue)
                row.proposed = True
                row.position = counts.get(cue.block_uid, 0)
                counts[cue.block_uid] = row.position + 1
                s.add(row)
                out.append(row)
            s.flush()
            return [_to_data(r) for r in out]

    # -- exactly-once ----------------------------------------------------------------------------
    def claim(self, cue_uid: str, claim: str = "auto", origin: str = "", at_us: int | None = None) -> bool:
        """Claim ``cue_uid`` for ``claim`` (automatic firing); False when another window already has."""
        try:
            with self.store.transaction() as s:
                s.add(CueClaim(cue_uid=cue_uid, claim=claim[:16], origin=origin[:64],
                               at_us=at_us if at_us is not None else to_micros(SystemClock().now())))
        except IntegrityError:
            return False
        return True

    # -- adapters --------------------------------------------------------------------------------
    def adapters(self) -> list[AdapterConfig]:
        with self.store.session() as s:
            rows = s.scalars(select(CueAdapterConfig).order_by(CueAdapterConfig.position, CueAdapterConfig.id))
            return [AdapterConfig(r.name, r.kind, dict(r.config or {}), r.label, r.enabled, r.position) for r in rows]

    def save_adapter(self, cfg: AdapterConfig) -> AdapterConfig:
        leaked = SECRET_KEYS & set(cfg.config)
        if leaked:
            raise ValueError(f"secrets belong in the keyring, not in the event file: {sorted(leaked)}")
        with self.store.transaction() as s:
            row = s.scalars(select(CueAdapterConfig).where(CueAdapterConfig.name == cfg.name)).first()
            if row is None:
                count = len(s.scalars(select(CueAdapterConfig.id)).all())
                row = CueAdapterConfig(name=cfg.name, kind=cfg.kind, position=count)
                s.add(row)
            row.kind = cfg.kind
            row.label = cfg.label
            row.config = dict(cfg.config)
            row.enabled = cfg.enabled
            s.flush()
            return AdapterConfig(row.name, row.kind, dict(row.config), row.label, row.enabled, row.position)

    def delete_adapter(self, name: str) -> None:
        with self.store.transaction() as s:
            s.execute(delete(CueAdapterConfig).where(CueAdapterConfig.name == name))
