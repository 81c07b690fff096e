"""Small helpers for combo boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def placeholder(combo: QComboBox, text: str) -> None:
    """The grey hint in an editable combo box's line (none when the box is not editable)."""
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(text)
