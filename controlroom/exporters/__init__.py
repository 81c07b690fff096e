"""exporters: Qt-free core."""
