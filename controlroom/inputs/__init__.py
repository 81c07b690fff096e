"""inputs: Qt-free core."""
