"""Copying a whole event between stores: a prepared ``.krom`` file into a PostgreSQL database (for a
second operator) and back. Dialect-neutral: every table is read with SQLAlchemy Core and written into
the target in one transaction, so the target is either a full copy or untouched."""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, insert, select, text

from controlroom.models.base import Base
from controlroom.models.store import EventStore

#: Rows per INSERT (keeps one statement's parameters bounded on both dialects).
BATCH = 500


def tables() -> list[Table]:
    """The event's tables, parents before children (Alembic's own table is the store's business)."""
    return list(Base.metadata.sorted_tables)


def is_empty(store: EventStore) -> bool:
    with store.session() as s:
        return all(s.scalar(select(func.count()).select_from(t)) == 0 for t in tables())


def copy_event(source: EventStore, target: EventStore) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target`` in one transaction; returns rows per table."""
    counts: dict[str, int] = {}
    with source.session() as read, target.engine.begin() as write:
        for table in tables():
            rows = [dict(m) for m in read.execute(select(table)).mappings()]
            for start in range(0, len(rows), BATCH):
                write.execute(insert(table), rows[start:start + BATCH])
            counts[table.name] = len(rows)
            if target.dialect == "postgresql" and rows:
                _advance_sequences(write, table)
    return counts


def _advance_sequences(conn: Connection, table: Table) -> None:
    """Ids were written as they were; PostgreSQL's sequences must start after them."""
    columns = list(table.primary_key.columns)
    if len(columns) != 1 or columns[0].type.python_type is not int:
        return
    column = columns[0].name  # our own table and column names, never input
    conn.execute(text(f"SELECT setval(pg_get_serial_sequence(:t, :c), (SELECT max({column}) FROM {table.name}))"),
                 {"t": table.name, "c": column})
