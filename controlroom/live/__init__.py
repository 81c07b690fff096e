"""live: Qt-free core."""
