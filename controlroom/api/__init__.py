"""api: Qt-free core."""
