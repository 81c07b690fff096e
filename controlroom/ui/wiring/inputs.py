"""Wiring for this area (filled in by the area's work)."""

from __future__ import annotations

from controlroom.ui.context import UiContext


def wire(ctx: UiContext, window) -> None:
    """Build this area's services and panels and add them to ``window``."""
