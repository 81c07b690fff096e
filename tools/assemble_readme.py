"""Build README.md from docs/readme/*.md (hand-written frame), docs/sections/*.md (each area's user
guide) and the command-line reference generated from the real argparse parser, so the reference can
never drift from the code. Run: .venv/bin/python tools/assemble_readme.py"""

from __future__ import annotations

import argparse
import io
import sys
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: The user guide's order; sections not listed come after, alphabetically.
GUIDE_ORDER = [
    "agenda-window.md",
    "agenda-import.md",
    "live-panels.md",
    "live-core.md",
    "people.md",
    "inputs.md",
    "cues.md",
    "platforms.md",
]


def _help(parser: argparse.ArgumentParser) -> str:
    buf = io.StringIO()
    with redirect_stdout(buf):
        parser.print_help()
    return buf.getvalue().rstrip()


def _walk(parser: argparse.ArgumentParser, path: list[str]) -> list[tuple[str, str]]:
    out = [(" ".join(path), _help(parser))]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out += _walk(sub, [*path, name])
    return out


def cli_reference() -> str:
    import os

    os.environ.setdefault("COLUMNS", "100")
    from controlroom.cli import build_parser

    parts = [
        "## Command-line reference\n",
        "Generated from the program's own parser (`tools/assemble_readme.py`). Exit codes: 0 success, "
        "2 bad input (message on stderr, nothing saved), 1 other errors. With no arguments `controlroom` "
        "opens the window.\n",
    ]
    for name, text in _walk(build_parser(), ["controlroom"]):
        parts.append(f"### `{name}`\n\n```text\n{text}\n```\n")
    return "\n".join(parts)


def main() -> int:
    frame = sorted((ROOT / "docs" / "readme").glob("*.md"))
    before = [p for p in frame if p.name < "50"]
    after = [p for p in frame if p.name >= "50"]
    sections = {p.name: p for p in (ROOT / "docs" / "sections").glob("*.md")}
    ordered = [sections.pop(n) for n in GUIDE_ORDER if n in sections] + [sections[n] for n in sorted(sections)]
    out = [p.read_text(encoding="utf-8").rstrip() + "\n" for p in before]
    out.append("## User guide\n")
    out += [p.read_text(encoding="utf-8").rstrip() + "\n" for p in ordered]
    out.append(cli_reference())
    out += [p.read_text(encoding="utf-8").rstrip() + "\n" for p in after]
    (ROOT / "README.md").write_text("\n".join(out), encoding="utf-8")
    print(f"README.md: {sum(len(s) for s in out)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
