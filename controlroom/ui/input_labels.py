"""How an input's kind and source read on screen. The stored values ("spørsmål", "room") are keys; the
labels follow the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    labels = {
        "innspill": QCoreApplication.translate("InputKinds", "innspill"),
        "spørsmål": QCoreApplication.translate("InputKinds", "spørsmål"),
        "idé": QCoreApplication.translate("InputKinds", "idé"),
        "målkonflikt": QCoreApplication.translate("InputKinds", "målkonflikt"),
        "tiltak": QCoreApplication.translate("InputKinds", "tiltak"),
    }
    return labels.get(kind, kind)


def source_label(source: str) -> str:
    labels = {
        "room": QCoreApplication.translate("InputSources", "Salen"),
        "group": QCoreApplication.translate("InputSources", "Gruppe"),
        "openspace": QCoreApplication.translate("InputSources", "Open Space"),
        "teams": QCoreApplication.translate("InputSources", "Teams-chat"),
        "zoom": QCoreApplication.translate("InputSources", "Zoom-chat"),
        "mobil": QCoreApplication.translate("InputSources", "Mobil"),
        "other": QCoreApplication.translate("InputSources", "Annet"),
    }
    return labels.get(source, source)
