"""The run log: every live action appended to the event file and committed before anyone sees it.

The live state is a fold of this log (``live.engine``), so a crash or ``kill -9`` loses nothing
that was shown: reopening the file and folding the log again gives the same state. Other areas
append their own kinds (``cue.*``, ``group.*``); the timer fold ignores kinds it does not know.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select

from controlroom.clock import Clock, from_micros, to_micros
from controlroom.models.live import RunAction
from controlroom.models.store import EventStore

#: The run log's table for Core statements (SQLAlchemy types ``__table__`` as any FromClause).
_TABLE = cast(Table, RunAction.__table__)

# -- the timer's kinds (the fold knows these; anything else is ignored by it) -----------------------
START = "start"  # block_uid: the block to run (also used for goto/next/previous, see payload["via"])
PAUSE = "pause"
RESUME = "resume"
ADD_TIME = "add_time"  # payload {"seconds": float}, block_uid: the block it applies to
END = "end"  # the current block ends; nothing runs until the next start
MESSAGE = "message"  # payload {"text": str | None, "seconds": lifetime in seconds (optional)}
BLACKOUT = "blackout"  # payload {"on": bool}
AUTO_FOLLOW = "auto_follow"  # payload {"on": bool}
SET_FIXED = "set_fixed"  # block_uid, payload {"fixed": bool}: a live override of the block's fixed start
UNDO = "undo"  # target_id: the action undone
REDO = "redo"  # target_id: the action restored

#: Kinds the timer's undo/redo acts on (undo/redo themselves and other areas' kinds are not undone here).
UNDOABLE = frozenset({START, PAUSE, RESUME, ADD_TIME, END, MESSAGE, BLACKOUT, AUTO_FOLLOW, SET_FIXED})
#: The event's message setting, payload {"clear_on_block_change": bool}: folded, never undone.
MESSAGE_SETTINGS = "message_settings"


@dataclass(frozen=True)
class ActionRecord:
    """One committed row of the run log (``at`` is aware UTC)."""

    id: int
    at: datetime
    kind: str
    block_uid: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    target_id: int | None = None
    origin: str = ""


def _record(row: Any) -> ActionRecord:
    return ActionRecord(
        id=row.id,
        at=from_micros(row.at_us),
        kind=row.kind,
        block_uid=row.block_uid,
        payload=dict(row.payload or {}),
        target_id=row.target_id,
        origin=row.origin or "",
    )


class RunLog:
    """Append-only access to ``run_action``. ``origin`` names the window or device appending."""

    def __init__(self, store: EventStore, clock: Clock, origin: str = "") -> None:
        self.store = store
        self.clock = clock
        self.origin = origin[:64]

    def append(
        self,
        kind: str,
        block_uid: str | None = None,
        payload: dict[str, Any] | None = None,
        *,
        target_id: int | None = None,
        at: datetime | None = None,
        origin: str | None = None,
        conn: Connection | None = None,
    ) -> ActionRecord:
        """Append one action in one short transaction; it is committed when this returns. Inside
        ``locked()`` pass its ``conn``: the action is then committed when that block ends."""
        if not kind or len(kind) > 40:
            raise ValueError(f"run-log kind must be 1-40 characters: {kind!r}")
        at_us = to_micros(at or self.clock.now())
        data = dict(payload or {})
        source = (origin or self.origin)[:64]
        statement = insert(_TABLE).values(
            at_us=at_us, kind=kind, block_uid=block_uid, payload=data, target_id=target_id, origin=source
        )
        # Core insert on a connection, not the ORM: the same one transaction, a third of the overhead.
        if conn is not None:
            key = conn.execute(statement).inserted_primary_key
        else:
            with self.locked() as own:
                key = own.execute(statement).inserted_primary_key
        assert key is not None, "an insert of one row has its primary key"
        return ActionRecord(
            id=int(key[0]),
            at=from_micros(at_us),
            kind=kind,
            block_uid=block_uid,
            payload=data,
            target_id=target_id,
            origin=source,
        )

    @contextmanager
    def locked(self) -> Iterator[Connection]:
        """One transaction that holds the run log's write lock: what is read (``since(…, conn=…)``)
        and appended (``append(…, conn=…)``) inside it, nobody else appends in between. Committed
        when the block ends, rolled back (nothing appended) when it raises."""
        with self.store.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Appenders queue up, so ids commit in id order and a reader's ``since(last_id)``
                # never skips a row committed late (SQLite's BEGIN IMMEDIATE does this already).
                # Plain reads are not blocked by this lock mode.
                conn.exec_driver_sql("LOCK TABLE run_action IN EXCLUSIVE MODE")
            yield conn

    def all(self) -> list[ActionRecord]:
        return self.since(0)

    def since(self, action_id: int, *, conn: Connection | None = None) -> list[ActionRecord]:
        """Actions with an id above ``action_id``, in log order (cheap: uses the primary key)."""
        # Core, not the ORM: it is polled every two seconds and before every action.
        query = select(_TABLE).where(_TABLE.c.id > action_id).order_by(_TABLE.c.id)
        if conn is not None:
            return [_record(r) for r in conn.execute(query).all()]
        with self.store.engine.connect() as own:
            rows = own.execute(query).all()
        return [_record(r) for r in rows]

    def last_id(self) -> int:
        with self.store.session() as s:
            value = s.scalars(select(RunAction.id).order_by(RunAction.id.desc()).limit(1)).first()
            return int(value or 0)
