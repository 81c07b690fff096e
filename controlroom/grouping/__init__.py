"""grouping: Qt-free core."""
