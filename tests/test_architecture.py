"""Boundaries a machine checks: the core never imports Qt (only ``controlroom/ui/`` and the composition
root may), and no modules import each other round. The layers are import-linter's contract (pyproject.toml)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "controlroom"
QT_MODULES = ("PySide6", "shiboken6", "qasync", "controlroom.ui")
ALLOWED = {PACKAGE / "app.py"}
# Declared exceptions, (core module, the UI module it may import) → why; the same list as the
# import-linter contract's ``ignore_imports`` in pyproject.toml.
ALLOWED_UI_IMPORTS = {
    ("controlroom/cli/workbook_cmd.py", "controlroom.ui.pdf"):
        "controlroom workbook --out FILE.pdf: Qt lays the workbook out and prints it (imported in the command)",
    ("controlroom/cli/people_actions.py", "controlroom.ui.pdf"):
        "controlroom groups export --format pdf: Qt prints the venue lists (imported in the command)",
    ("controlroom/cli/pdf_helper.py", "controlroom.ui.pdf_flow"): "the paragraphs the printer's helper is sent",
    ("controlroom/cli/pdf_helper.py", "controlroom.ui.pdf_part"):
        "the printer's side of its helper process: the protocol's types (imported when a long book is laid out)",
    ("controlroom/cli/pdf_helper_serve.py", "controlroom.ui.pdf"): "the PDF printer's helper process starts Qt",
    ("controlroom/cli/pdf_helper_serve.py", "controlroom.ui.pdf_flow"): "the paragraphs the helper lays out",
    ("controlroom/cli/pdf_helper_serve.py", "controlroom.ui.pdf_part"):
        "the helper lays out and prints the end of a long workbook through Qt",
}


def _imports(path: Path, *, names: bool = False) -> list[tuple[int, str]]:
    """The modules ``path`` imports; with ``names``, ``from a import b`` gives ``a.b`` (b may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if names:
                found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def _declared(path: str, module: str) -> bool:
    return any(path == where and (module == allowed or module.startswith(allowed + "."))
               for where, allowed in ALLOWED_UI_IMPORTS)


def test_core_modules_do_not_import_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") in path.parents or path in ALLOWED:
            continue
        rel = path.relative_to(PACKAGE.parent).as_posix()
        for line, module in _imports(path, names=True):
            if (module.startswith(QT_MODULES) and not (path.name == "__init__.py" and path.parent.name == "cli")
                    and not _declared(rel, module)):
                offenders.append(f"{rel}:{line} imports {module}")
    assert offenders == [], "Qt imported outside controlroom/ui and the composition root:\n" + "\n".join(offenders)


def test_the_check_finds_a_qt_import(tmp_path):
    """The checker itself works: a planted import is found."""
    planted = tmp_path / "bad.py"
    planted.write_text("def f():\n    from PySide6.QtCore import QTimer\n")
    assert (2, "PySide6.QtCore") in _imports(planted)


def test_declared_exceptions_are_used():
    """Each declared CLI → UI import is still made, so the list never outlives the reason."""
    for (where, module), why in ALLOWED_UI_IMPORTS.items():
        assert why
        assert any(found == module for _, found in _imports(PACKAGE.parent / where, names=True)), where


def _import_cycles(package: str) -> list[list[str]]:
    """Every set of modules of ``package`` that import each other round (Tarjan's strongly connected
    components over grimp's graph; imports for type hints only do not count)."""
    import grimp

    graph = grimp.build_graph(package, exclude_type_checking_imports=True)
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.startswith(package))
             for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycles():
    assert _import_cycles("controlroom") == []


def test_the_cycle_check_finds_a_cycle(tmp_path, monkeypatch):
    pkg = tmp_path / "roundabout"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from roundabout import b\n")
    (pkg / "b.py").write_text("def f():\n    from roundabout import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _import_cycles("roundabout") == [["roundabout.a", "roundabout.b"]]
