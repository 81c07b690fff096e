"""What the command line takes as an event: a ``.krom`` file, or a database URL kept as it is."""

from __future__ import annotations

from pathlib import Path


def event_target(text: str) -> Path | str:
    """An event file as a path; a database URL (``postgresql+psycopg://…``) as it is (a path would fold
    its ``//``)."""
    return text if "://" in text else Path(text)
