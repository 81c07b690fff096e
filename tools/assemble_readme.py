"""Build README.md from the documentation sources. Run: ``.venv/bin/python tools/assemble_readme.py``.

How the README is put together (read this before moving text around):

* **Sources.** ``docs/readme/*.md`` hold the frame: the intro and quick start, the user
  guide's phase introductions, the command-line intro, architecture, dependencies, the performance summary
  and development notes. ``docs/sections/<area>.md`` hold each area's text, one file per area: its user guide, its "Command line" and its "Performance" parts.
* **Fragments.** Every source file is cut at its headings of level 1-4 (outside code fences). A fragment is
  one heading and the text up to the next heading of level 4 or less; deeper headings stay inside it. A
  fragment is named by its file and its heading text, so a section file needs no special markup.
* **OUTLINE** (in ``tools/readme_outline.py``) is the README's table of contents: an ordered list of ``Place(file, heading, level,
  title)``. Each fragment is emitted with its heading at ``level`` (headings inside it shifted by the same
  amount) and renamed to ``title`` when one is given. This is how an area's "Command line" fragment lands in
  the command-line reference and its "Performance" fragment in the performance part, while the guide
  follows the day (before, during, after) across areas. To move a piece, move its line; to add a piece,
  write it under its own heading in its file and add a line there.
* **Nothing is dropped silently.** A fragment no line names is placed right after the nearest placed
  fragment before it in its own file (or at the end of the README), and a warning is printed; a line whose heading no longer exists (it
  was renamed) is reported too. Fix both by editing OUTLINE.
* **Links are checked.** Relative links and images are resolved from the source file's folder and
  rewritten relative to the repository root (so ``../screenshots/x.png`` in ``docs/sections/`` becomes
  ``docs/screenshots/x.png``). The script exits with 1, naming the file and line, if a target does not
  exist or an in-page link (``#…``) names no heading; README.md is not written then.
* **Generated parts.** The table of contents (levels 2-3, and level 4 inside the user guide) and the
  ``--help`` reference, taken from the program's own argparse parser (``controlroom.cli.build_parser``), so
  it cannot drift from the code. Commands that parse their own actions (``participants``, ``groups``,
  ``rooms``, ``inputs``) are run in-process with ``--help`` for each action.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from contextlib import redirect_stderr, redirect_stdout, suppress
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from readme_outline import OUTLINE, Generated  # noqa: E402

HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^[ \t]*(```|~~~)")
#: inline code (left alone) or a Markdown link/image (target checked and rewritten)
LINK = re.compile(r"(`[^`\n]*`)|(!?\[(?:[^\]\\]|\\.)*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
IMG_TAG = re.compile(r"(<img\b[^>]*\bsrc=\")([^\"]+)(\")")


@dataclass
class Fragment:
    file: str  # relative to docs/
    level: int
    heading: str
    lines: list[str]  # body, without the heading line; numbered from first_line + 1
    first_line: int


class DocError(Exception):
    pass


# -- cutting the sources -----------------------------------------------------------------------------
def split_fragments(rel: str, text: str) -> list[Fragment]:
    """Cut ``text`` at headings of level 1-4 outside code fences."""
    frags: list[Fragment] = []
    current = Fragment(rel, 0, "", [], 0)
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        m = FENCE.match(line)
        if m:
            fence = None if fence == m.group(1) else (fence or m.group(1))
        h = HEADING.match(line) if fence is None else None
        if h and len(h.group(1)) <= 4:
            frags.append(current)
            current = Fragment(rel, len(h.group(1)), h.group(2), [], number)
        else:
            current.lines.append(line)
    frags.append(current)
    return [f for f in frags if f.level or any(line.strip() for line in f.lines)]


def load_sources() -> dict[str, list[Fragment]]:
    sources: dict[str, list[Fragment]] = {}
    for folder in ("readme", "sections"):
        for path in sorted((DOCS / folder).glob("*.md")):
            rel = f"{folder}/{path.name}"
            sources[rel] = split_fragments(rel, path.read_text(encoding="utf-8"))
    return sources


# -- links ------------------------------------------------------------------------------------------
def _rewrite_target(target: str, source: Path, where: str, errors: list[str]) -> str:
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
        return target
    path, _, anchor = target.partition("#")
    resolved = (source.parent / path).resolve()
    if not resolved.exists():
        errors.append(f"{where}: link or image target {target!r} does not exist "
                      f"(resolved from {source.parent.relative_to(ROOT)}/ to {resolved})")
        return target
    try:
        rel = resolved.relative_to(ROOT).as_posix()
    except ValueError:
        errors.append(f"{where}: {target!r} points outside the repository")
        return target
    return rel + (f"#{anchor}" if anchor else "")


def rewrite_links(frag: Fragment, errors: list[str]) -> list[str]:
    source = DOCS / frag.file
    out: list[str] = []
    fence: str | None = None
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        text = "\n".join(block)
        start = frag.first_line + 1 + len(out)

        def where(m: re.Match[str]) -> str:
            return f"docs/{frag.file}:{start + text.count(chr(10), 0, m.start())}"

        def link(m: re.Match[str]) -> str:
            if m.group(1):
                return m.group(1)
            return m.group(2) + _rewrite_target(m.group(3), source, where(m), errors) + m.group(4)

        def img(m: re.Match[str]) -> str:
            return m.group(1) + _rewrite_target(m.group(2), source, where(m), errors) + m.group(3)

        text = IMG_TAG.sub(img, LINK.sub(link, text))
        out.extend(text.split("\n"))
        block.clear()

    for line in frag.lines:
        m = FENCE.match(line)
        if fence is None and not m:
            block.append(line)
            continue
        flush()
        if m:
            fence = None if fence == m.group(1) else (fence or m.group(1))
        out.append(line)
    flush()
    return out


def render(frag: Fragment, level: int, title: str | None, errors: list[str]) -> str:
    delta = level - frag.level if frag.level else 0
    body = rewrite_links(frag, errors)
    fence: str | None = None
    for i, line in enumerate(body):
        m = FENCE.match(line)
        if m:
            fence = None if fence == m.group(1) else (fence or m.group(1))
            continue
        h = HEADING.match(line) if fence is None else None
        if h and delta:
            body[i] = "#" * min(6, len(h.group(1)) + delta) + " " + h.group(2)
    head = f"{'#' * level} {title or frag.heading}\n\n" if frag.level else ""
    return head + "\n".join(body).strip() + "\n"


# -- the table of contents and anchors --------------------------------------------------------------
def _plain(title: str) -> str:
    title = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", title)
    return title.replace("`", "").replace("*", "")


def slugify(title: str, seen: dict[str, int]) -> str:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats."""
    base = re.sub(r"[^\w\- ]", "", _plain(title).strip().lower()).replace(" ", "-")
    n = seen.get(base, 0)
    seen[base] = n + 1
    return base if n == 0 else f"{base}-{n}"


def headings(text: str) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    fence: str | None = None
    for line in text.splitlines():
        m = FENCE.match(line)
        if m:
            fence = None if fence == m.group(1) else (fence or m.group(1))
            continue
        h = HEADING.match(line) if fence is None else None
        if h:
            found.append((len(h.group(1)), h.group(2), slugify(h.group(2), seen)))
    return found


def table_of_contents(text: str) -> str:
    lines = ["## Contents", ""]
    part = ""
    for level, title, anchor in headings(text):
        if level == 2:
            part = title
        if level == 2 and title == "Contents":
            continue
        if 2 <= level <= 3 or (level == 4 and part == "User guide"):
            lines.append(f"{'  ' * (level - 2)}- [{_plain(title)}](#{anchor})")
    return "\n".join(lines) + "\n"


def check_anchors(text: str, errors: list[str]) -> None:
    anchors = {a for _, _, a in headings(text)}
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        m = FENCE.match(line)
        if m:
            fence = None if fence == m.group(1) else (fence or m.group(1))
            continue
        if fence:
            continue
        for m in LINK.finditer(line):
            if m.group(3) and m.group(3).startswith("#") and m.group(3)[1:] not in anchors:
                errors.append(f"README.md:{number}: in-page link {m.group(3)!r} names no heading")


# -- the generated --help reference -----------------------------------------------------------------
def _help(parser: argparse.ArgumentParser) -> str:
    buf = io.StringIO()
    with redirect_stdout(buf):
        parser.print_help()
    return buf.getvalue().rstrip()


def _run_help(argv: list[str]) -> str:
    """``controlroom ARGV`` in-process; for commands that parse their actions themselves."""
    from controlroom.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), suppress(SystemExit):
        main(argv)
    return out.getvalue().rstrip()


def _own_actions(name: str) -> list[list[str]]:
    from controlroom.cli import input_cmds, people_cmds

    if name in people_cmds.ACTIONS:
        return [[]] + [[a] for a in people_cmds.ACTIONS[name]]
    if name == "inputs":
        return [["list"]] + [[a] for a in input_cmds.ACTIONS if a != "list"]
    return [[]]


def _walk(parser: argparse.ArgumentParser, path: list[str]) -> list[tuple[str, str]]:
    remainder = any(a.nargs == argparse.REMAINDER for a in parser._actions)
    if remainder and len(path) == 1:
        out: list[tuple[str, str]] = []
        done: dict[str, int] = {}  # help text with the action's name blanked -> position in ``out``
        for extra in _own_actions(path[0]):
            text = _run_help([*path, *extra, "--help"])
            key = text.replace(" ".join(extra), "ACTION") if extra else text
            name = " ".join(["controlroom", *path, *extra])
            if key in done:  # the same options under another action's name (star, unstar, delete …)
                first, first_text = out[done[key]]
                out[done[key]] = (f"{first}|{extra[0]}", first_text)
                continue
            done[key] = len(out)
            out.append((name, text))
        return out
    out = [(" ".join(["controlroom", *path]), _help(parser))]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out += _walk(sub, [*path, name])
    return out


def cli_reference() -> str:
    os.environ["COLUMNS"] = "100"
    from controlroom.cli import build_parser

    parser = build_parser()
    groups: dict[str, list[tuple[str, str]]] = {"controlroom": [("controlroom", _help(parser))]}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                groups[f"controlroom {name}"] = _walk(sub, [name])
    parts: list[str] = []
    for title, entries in groups.items():
        parts.append(f"#### `{title}`\n")
        for name, text in entries:
            if len(entries) > 1:
                parts.append(f"`{name}`:\n")
            parts.append(f"```text\n{text}\n```\n")
    return "\n".join(parts)


# -- putting it together ----------------------------------------------------------------------------
def assemble() -> tuple[str, list[str], list[str]]:
    """Return (README text, warnings, errors)."""
    sources = load_sources()
    warnings: list[str] = []
    errors: list[str] = []
    index = {(f.file, f.heading): f for frags in sources.values() for f in frags if f.level}
    placed: dict[tuple[str, str], int] = {}  # fragment -> position in ``items``
    items: list[tuple[Fragment, int, str | None] | Generated] = []
    for entry in OUTLINE:
        if isinstance(entry, Generated):
            items.append(entry)
            continue
        key = (entry.file, entry.heading)
        frag = index.get(key)
        if frag is None:
            warnings.append(f"OUTLINE names '{entry.heading}' in docs/{entry.file}, which has no such heading")
            continue
        if key in placed:
            errors.append(f"OUTLINE places '{entry.heading}' of docs/{entry.file} twice")
            continue
        placed[key] = len(items)
        items.append((frag, entry.level, entry.title))
    # fragments nobody placed: right after the nearest placed fragment before them in their file
    inserts: dict[int, list[tuple[Fragment, int, str | None]]] = {}
    for rel, frags in sources.items():
        anchor: tuple[int, int] | None = None  # (position, level delta)
        for frag in frags:
            key = (frag.file, frag.heading)
            if frag.level and key in placed:
                pos = placed[key]
                item = items[pos]
                assert not isinstance(item, Generated)
                anchor = (pos, item[1] - frag.level)
                continue
            if anchor is None:
                warnings.append(f"docs/{rel}:{frag.first_line}: '{frag.heading or '(text before the first heading)'}'"
                                " is not in OUTLINE and nothing before it is; appended at the end of the README")
                inserts.setdefault(len(items) - 1, []).append((frag, 3 if frag.level else 0, None))
                continue
            level = max(2, min(6, frag.level + anchor[1])) if frag.level else 0
            warnings.append(f"docs/{rel}:{frag.first_line}: '{frag.heading}' is not in OUTLINE; placed after "
                            "the fragment before it (add it to OUTLINE in tools/assemble_readme.py)")
            inserts.setdefault(anchor[0], []).append((frag, level, None))
    out: list[str] = []
    toc_at: int | None = None
    for pos, item in enumerate(items):
        if isinstance(item, Generated):
            if item.what == "toc":
                toc_at = len(out)
                out.append("")
            else:
                out.append(cli_reference())
            continue
        out.append(render(item[0], item[1], item[2], errors))
        for frag, level, title in inserts.get(pos, []):
            out.append(render(frag, level, title, errors))
    text = "\n".join(out)
    if toc_at is not None:
        out[toc_at] = table_of_contents(text)
        text = "\n".join(out)
    check_anchors(text, errors)
    return text, warnings, errors


def unused_screenshots(text: str) -> list[str]:
    return sorted(p.name for p in (DOCS / "screenshots").glob("*.png") if f"docs/screenshots/{p.name}" not in text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="check only; do not write README.md")
    args = parser.parse_args(argv)
    text, warnings, errors = assemble()
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    for name in unused_screenshots(text):
        print(f"note: docs/screenshots/{name} is not used in the README", file=sys.stderr)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print("README.md not written.", file=sys.stderr)
        return 1
    if not args.check:
        (ROOT / "README.md").write_text(text, encoding="utf-8")
    print(f"README.md: {len(text)} characters, {text.count(chr(10))} lines" + (" (checked only)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
