"""The core never imports Qt: only ``controlroom/ui/`` and the composition root may."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "controlroom"
QT_MODULES = ("PySide6", "shiboken6", "qasync", "controlroom.ui")
ALLOWED = {PACKAGE / "app.py"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_core_modules_do_not_import_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") in path.parents or path in ALLOWED:
            continue
        for line, module in _imports(path):
            if module.startswith(QT_MODULES) and not (path.name == "__init__.py" and path.parent.name == "cli"):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    assert offenders == [], "Qt imported outside controlroom/ui and the composition root:\n" + "\n".join(offenders)


def test_the_check_finds_a_qt_import(tmp_path):
    """The checker itself works: a planted import is found."""
    planted = tmp_path / "bad.py"
    planted.write_text("def f():\n    from PySide6.QtCore import QTimer\n")
    assert (2, "PySide6.QtCore") in _imports(planted)
