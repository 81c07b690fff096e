"""Compile resources/translations/*.ts to .qm with pyside6-lrelease (run by scripts/setup)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> str | None:
    venv = Path(sys.executable).parent / "pyside6-lrelease"
    return str(venv) if venv.exists() else shutil.which("pyside6-lrelease")


def main() -> int:
    quiet = "--quiet" in sys.argv
    tool = lrelease()
    if tool is None:
        print("pyside6-lrelease not found", file=sys.stderr)
        return 1
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
