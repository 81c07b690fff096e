"""importers: Qt-free core."""
