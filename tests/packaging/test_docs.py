"""The README stays short and its quick start works; the generated documentation pages match the code.

The documentation site itself (``mkdocs build --strict``: every page in the navigation, every link and
anchor resolved) is built by ``scripts/test``; here are the checks that need no build.
"""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(([^)\s]+)\)")


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _section(text: str, heading: str) -> str:
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


# -- the README ---------------------------------------------------------------------------------------
def test_readme_is_short() -> None:
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines <= 250, f"README.md has {lines} lines; the rest belongs in docs/"


def test_quick_start_is_two_commands_that_exist_as_scripts() -> None:
    quick = _section(README.read_text(encoding="utf-8"), "Quick start")
    block = re.search(r"```sh\n(.*?)```", quick, re.S)
    assert block, "the quick start has no ```sh block"
    commands = [line.split("#", 1)[0].split() for line in block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2, f"the quick start should be two commands, not {commands}"
    for words in commands:
        assert len(words) == 1, f"{' '.join(words)!r}: the quick start's commands take no arguments"
        script = ROOT / words[0]
        assert script.is_file(), f"{words[0]} does not exist"
        assert script.stat().st_mode & stat.S_IXUSR, f"{words[0]} is not executable"
        assert script.read_text(encoding="utf-8").startswith("#!"), f"{words[0]} has no #! line"
        assert "scripts/setup" in script.read_text(encoding="utf-8"), f"{words[0]} does not set up first"


def test_readme_links_resolve() -> None:
    text = README.read_text(encoding="utf-8")
    targets = [t for t in LINK.findall(text) if "://" not in t and not t.startswith("#")]
    assert any(t.startswith("docs/") and t.endswith(".md") for t in targets)
    missing = [t for t in targets if not (ROOT / t.split("#", 1)[0]).exists()]
    assert not missing, f"README.md links to files that do not exist: {missing}"


def test_readme_says_how_to_build_the_site() -> None:
    text = README.read_text(encoding="utf-8")
    assert ".venv/bin/mkdocs build --strict" in text and ".venv/bin/mkdocs serve" in text


def test_every_page_is_in_the_navigation() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*([\w./-]+\.md)\s*$", nav, re.M))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages - listed == set(), "pages missing from nav in mkdocs.yml"
    assert listed - pages == set(), "nav in mkdocs.yml names pages that do not exist"


# -- the command-line reference -----------------------------------------------------------------------
def test_cli_reference_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    rc = _tool("cli_reference").main(["--check"])
    assert rc == 0, capsys.readouterr().err


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _tool("cli_reference")
    monkeypatch.setenv("COLUMNS", "300")
    wide = tool.render()
    monkeypatch.setenv("COLUMNS", "40")
    assert tool.render() == wide
    assert os.environ["COLUMNS"] == "40"  # and leaves the environment as it was


def test_cli_reference_has_every_command_and_subcommand() -> None:
    import argparse

    from controlroom.cli import build_parser

    page = _tool("cli_reference").render()

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> list[str]:
        found = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found.append(" ".join(["controlroom", *path, name]))
                    found += walk(sub, [*path, name])
        return found

    commands = walk(build_parser(), [])
    assert len(commands) > 10
    headings = set(re.findall(r"^#{2,3} (controlroom[\w ,-]*)$", page, re.M))
    for command in commands:
        *parent, last = command.split(" ")
        assert any(h == command or (h.startswith(" ".join(parent)) and f", {last}" in h) for h in headings), \
            f"{command} is not in the reference"
    assert "usage: controlroom participants import" in page  # a command that parses its own actions


def test_cli_reference_check_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool("cli_reference")
    stale = tmp_path / "cli.md"
    stale.write_text("# Command-line reference\n", encoding="utf-8")
    monkeypatch.setattr(tool, "PAGE", stale)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.main(["--check"]) == 1
    assert "tools/cli_reference.py" in capsys.readouterr().err
    assert tool.main([]) == 0 and tool.main(["--check"]) == 0


# -- the layers diagram -------------------------------------------------------------------------------
LAYERS = """
[tool.importlinter]
root_package = "controlroom"

[[tool.importlinter.contracts]]
name = "Front ends, application, domain, models"
type = "layers"
layers = [
    "controlroom.cli | controlroom.ui | controlroom.web | controlroom.phone",
    "controlroom.application",
    "controlroom.agenda | controlroom.live | controlroom.grouping | controlroom.inputs | controlroom.cues | controlroom.workbook",
    "controlroom.models",
]
ignore_imports = ["controlroom.cli.input_cmds -> controlroom.ui.pdf"]

[[tool.importlinter.contracts]]
name = "The core never imports Qt"
type = "forbidden"
source_modules = ["controlroom.models"]
forbidden_modules = ["PySide6"]
"""


def _page(tmp_path: Path, pyproject: str) -> tuple[ModuleType, Path, Path]:
    tool = _tool("layers_diagram")
    toml = tmp_path / "pyproject.toml"
    toml.write_text(pyproject, encoding="utf-8")
    page = tmp_path / "architecture.md"
    page.write_text(f"# Architecture\n\nbefore\n\n{tool.LAYERS_BEGIN}\nold\n{tool.LAYERS_END}\n\nafter\n",
                    encoding="utf-8")
    return tool, toml, page


def test_layers_diagram_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    rc = _tool("layers_diagram").main(["--check"])
    assert rc == 0, capsys.readouterr().err


def test_layers_diagram_draws_the_contract(tmp_path: Path) -> None:
    tool, toml, page = _page(tmp_path, LAYERS)
    args = ["--pyproject", str(toml), "--page", str(page)]
    assert tool.main([*args, "--check"]) == 1
    assert tool.main(args) == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Architecture\n\nbefore\n\n") and text.endswith("\n\nafter\n")
    diagram = text.split(tool.LAYERS_BEGIN)[1].split(tool.LAYERS_END)[0]
    assert "Front ends, application, domain, models" in diagram
    assert "The core never imports Qt" not in diagram  # only contracts of type layers
    rows = [line for line in diagram.splitlines() if "│ " in line]
    order = ["cli", "application", "agenda", "models"]
    positions = [next(i for i, r in enumerate(rows) if f"│ {name} │" in r) for name in order]
    assert positions == sorted(positions), "layers are drawn top to bottom"
    assert "│ cli │" in rows[positions[0]] and "│ phone │" in rows[positions[0]]
    assert "controlroom.cli.input_cmds -> controlroom.ui.pdf" in diagram
    assert max(len(line) for line in diagram.splitlines()) <= 100
    assert tool.main([*args, "--check"]) == 0


def test_layers_diagram_check_fails_when_the_contract_changes(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    tool, toml, page = _page(tmp_path, LAYERS)
    args = ["--pyproject", str(toml), "--page", str(page)]
    tool.main(args)
    toml.write_text(LAYERS.replace('"controlroom.application",', '"controlroom.application : controlroom.feed",'),
                    encoding="utf-8")
    assert tool.main([*args, "--check"]) == 1
    assert "tools/layers_diagram.py" in capsys.readouterr().err
    tool.main(args)
    assert "│ application │ ◄► │ feed │" in page.read_text(encoding="utf-8")


def test_layers_diagram_without_a_layers_contract_or_markers(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    tool, toml, page = _page(tmp_path, LAYERS.split("[[tool.importlinter.contracts]]")[0])
    args = ["--pyproject", str(toml), "--page", str(page)]
    assert tool.main(args) == 0
    assert "no import-linter contract of type `layers`" in page.read_text(encoding="utf-8")
    page.write_text("# Architecture\n", encoding="utf-8")
    assert tool.main(args) == 1
    assert "marker" in capsys.readouterr().err
