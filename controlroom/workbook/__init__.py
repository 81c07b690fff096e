"""workbook: Qt-free core."""
