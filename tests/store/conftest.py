"""Helpers for the store's tests: reading an event file back as another program would."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def input_texts(path: Path) -> list[str]:
    """The texts of every input in the file, sorted, read through a separate read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT text FROM input_item"))
    finally:
        conn.close()
