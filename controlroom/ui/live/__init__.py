"""The moderator's live panels: timeline, timer controls, stage display, public view."""

from __future__ import annotations


def install(ctx, window) -> None:
    """Add the live panels to ``window`` (called by ``ui/wiring/live.py`` once the service exists)."""
