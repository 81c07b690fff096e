"""integrations: Qt-free core."""
