"""Subcommands of this area (filled in by the area's work)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``sub``."""
