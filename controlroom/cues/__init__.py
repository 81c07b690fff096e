"""cues: Qt-free core."""
