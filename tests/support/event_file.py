"""Reading an event file back as another program would: a separate read-only SQLite connection, so a
test sees only what was committed to the file, not what a window holds in memory."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def file_rows(path: Path, sql: str, *params: Any) -> list[tuple]:
    """The rows ``sql`` selects from the event file at ``path`` (read-only; JSON columns stay text)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def json_column(value: Any) -> Any:
    """A JSON column's value as Python (SQLite hands it back as text)."""
    return json.loads(value) if isinstance(value, str | bytes) else value
