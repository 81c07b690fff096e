"""Update resources/translations/*.ts from the source, keeping the translations already made.

1. ``pyside6-lupdate`` over ``controlroom/ui`` and ``controlroom/app.py`` (``self.tr`` and
   ``QCoreApplication.translate``).
2. The Qt-free core's ``controlroom.i18n.tr("…")`` calls (found through the AST, so no Qt is
   needed to run the core) go into context ``core`` (or the context given as second argument)
   of the same ``.ts``: new strings are added as unfinished, existing translations are kept,
   strings no longer in the source are marked vanished (as lupdate does).
3. ``self.tr("…")`` calls lupdate cannot see (inside f-strings) are added to their class's context.

Run ``tools/build_translations.py`` afterwards (``scripts/setup`` does) to compile the ``.qm``.
Usage: ``.venv/bin/python tools/update_translations.py [--check]``; ``--check`` only reports
strings missing from the ``.ts`` files and exits 1 if there are any.
"""

from __future__ import annotations

import ast
import contextlib
import fcntl
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "controlroom"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
CORE_CONTEXT = "core"


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"controlroom_{lang}.ts"


def qt_sources() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "app.py"]


def core_sources() -> list[Path]:
    ui = PACKAGE / "ui"
    return sorted(p for p in PACKAGE.rglob("*.py") if ui not in p.parents and p != PACKAGE / "app.py")


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def core_strings(paths: list[Path] | None = None) -> list[tuple[str, str, Path, int]]:
    """``(context, source, file, line)`` for every ``tr("literal")`` call in the core.

    Only calls of a bare name ``tr`` (imported from ``controlroom.i18n``) count.
    """
    found: list[tuple[str, str, Path, int]] = []
    for path in paths or core_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imports_tr = any(
            isinstance(n, ast.ImportFrom) and n.module == "controlroom.i18n" and any(a.name == "tr" for a in n.names)
            for n in ast.walk(tree)
        )
        if not imports_tr:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr" and node.args:
                text = _literal(node.args[0])
                if text is None:
                    continue
                context = CORE_CONTEXT
                if len(node.args) > 1 and _literal(node.args[1]) is not None:
                    context = _literal(node.args[1]) or CORE_CONTEXT
                for kw in node.keywords:
                    if kw.arg == "context" and _literal(kw.value) is not None:
                        context = _literal(kw.value) or CORE_CONTEXT
                found.append((context, text, path, node.lineno))
    return found


def qt_strings(paths: list[Path] | None = None) -> list[tuple[str | None, str, Path, int]]:
    """``(context or None, source, file, line)`` for the Qt side's translated literals:
    ``self.tr("…")`` and a bare ``tr("…")`` in a class (``tr = self.tr``) get the class as
    context; ``translate("Context", "…")`` its context; a module helper such as
    ``def _t(text): return QCoreApplication.translate("Ctx", text)`` makes ``_t("…")`` count
    as context ``Ctx``. None: the context cannot be told (a ``tr`` outside any class)."""
    found: list[tuple[str | None, str, Path, int]] = []
    for path in paths or qt_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        helpers = _translate_helpers(tree)
        for cls_name, node in _calls_with_class(tree):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            text = _literal(node.args[0]) if node.args else None
            if name == "tr" and text is not None:
                owner = func.value if isinstance(func, ast.Attribute) else None
                bare_in_class = owner is None and cls_name is not None
                context = cls_name if bare_in_class or (isinstance(owner, ast.Name) and owner.id == "self") else None
                if isinstance(owner, ast.Name) and owner.id == "window":  # wire(ctx, window): the MainWindow
                    context = "MainWindow"
                found.append((context, text, path, node.lineno))
            elif name == "translate" and len(node.args) >= 2:
                ctx, text = _literal(node.args[0]), _literal(node.args[1])
                if ctx is not None and text is not None:
                    found.append((ctx, text, path, node.lineno))
            elif isinstance(func, ast.Name) and name in helpers and text is not None:
                found.append((helpers[name], text, path, node.lineno))
    return found


def _translate_helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions that only forward their argument to ``translate("Context", arg)``."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and (getattr(sub.func, "attr", None) or getattr(sub.func, "id", None)) == "translate"
                and len(sub.args) >= 2
                and _literal(sub.args[0]) is not None
                and isinstance(sub.args[1], ast.Name)
                and sub.args[1].id == param
            ):
                helpers[node.name] = _literal(sub.args[0]) or ""
    return helpers


def _calls_with_class(tree: ast.AST, cls: str | None = None):
    for child in ast.iter_child_nodes(tree):
        name = child.name if isinstance(child, ast.ClassDef) else cls
        if isinstance(child, ast.Call):
            yield cls, child
        yield from _calls_with_class(child, name)


# -- the .ts file ----------------------------------------------------------------------------
def run_lupdate(ts: Path) -> None:
    venv_tool = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(venv_tool) if venv_tool.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found (pip install PySide6-Essentials)")
    files = [str(p.relative_to(ROOT)) for p in qt_sources()]
    subprocess.run([tool, "-silent", "-locations", "none", *files, "-ts", str(ts)], check=True, cwd=ROOT)


def merge_core(
    ts: Path, strings: list[tuple[str, str, Path, int]], *, add_only: bool = False
) -> tuple[int, int]:
    """Put the core's strings into ``ts``; returns (added, vanished). ``add_only`` adds what is
    missing without marking anything vanished (for Qt strings lupdate cannot see, such as
    ``self.tr()`` inside an f-string)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    wanted: dict[str, list[str]] = {}
    for context, text, _path, _line in strings:
        bucket = wanted.setdefault(context, [])
        if text not in bucket:
            bucket.append(text)
    added = vanished = 0
    for context, texts in wanted.items():
        ctx = _context(root, context)
        existing = {m.findtext("source"): m for m in ctx.findall("message")}
        for text in texts:
            msg = existing.get(text)
            if msg is None:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = text
                ET.SubElement(msg, "translation", {"type": "unfinished"})
                added += 1
            else:
                tr_el = msg.find("translation")
                if tr_el is not None and tr_el.get("type") in ("vanished", "obsolete"):
                    tr_el.attrib.pop("type")
                    if not (tr_el.text or "").strip():
                        tr_el.set("type", "unfinished")
        for text, msg in existing.items():
            tr_el = msg.find("translation")
            if not add_only and text not in texts and tr_el is not None and tr_el.get("type") not in ("vanished", "obsolete"):
                tr_el.set("type", "vanished")
                vanished += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return added, vanished


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def ts_sources(ts: Path) -> dict[str, set[str]]:
    """Context → source strings that are current (not vanished) in ``ts``."""
    out: dict[str, set[str]] = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        bucket = out.setdefault(ctx.findtext("name") or "", set())
        for msg in ctx.findall("message"):
            tr_el = msg.find("translation")
            if tr_el is not None and tr_el.get("type") in ("vanished", "obsolete"):
                continue
            bucket.add(msg.findtext("source") or "")
    return out


def missing(ts: Path) -> list[str]:
    """Strings in the source that ``ts`` does not have, as ``file:line: "text"``."""
    have = ts_sources(ts)
    every = set().union(*have.values()) if have else set()
    problems = []
    for context, text, path, line in [*qt_strings(), *core_strings()]:
        ok = text in have.get(context, set()) if context else text in every
        if not ok:
            problems.append(f'{path.relative_to(ROOT)}:{line}: [{context or "?"}] "{text}"')
    return problems


@contextlib.contextmanager
def ts_lock():
    """Hold the translations' lock: one writer of the ``.ts`` files at a time."""
    with (TRANSLATIONS / ".lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def main(argv: list[str]) -> int:
    if "--check" in argv:
        status = 0
        for lang in LANGUAGES:
            ts = ts_path(lang)
            gaps = missing(ts) if ts.exists() else [f"{ts} does not exist"]
            for gap in gaps:
                print(gap)
            status |= 1 if gaps else 0
        return status
    with ts_lock():
        update_all()
    return 0


def update_all() -> None:
    """Bring every ``.ts`` up to date with the source (call with ``ts_lock`` held)."""
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            ts.write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}" '
                'sourcelanguage="nb_NO"></TS>\n',
                encoding="utf-8",
            )
        run_lupdate(ts)
        added, vanished = merge_core(ts, core_strings())
        missed = [(c, t, p, n) for c, t, p, n in qt_strings() if c is not None]
        added += merge_core(ts, missed, add_only=True)[0]
        unfinished = sum(
            1 for m in ET.parse(ts).getroot().iter("translation") if m.get("type") == "unfinished"
        )
        print(f"{ts.relative_to(ROOT)}: core +{added} new, {vanished} vanished; {unfinished} untranslated")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
