"""The PyInstaller one-folder build (build.spec) starts and works: the GUI offscreen with a
screenshot, the command line on a real event file, and Alembic's migrations in the frozen app
(a new event file is created and migrated by the built program)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed001_sessionlab.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_app(tmp_path_factory) -> Path:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    if not pyinstaller.exists() and shutil.which("pyinstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e .[build])")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [str(pyinstaller) if pyinstaller.exists() else "pyinstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, check=True, capture_output=True, text=True, timeout=1200,
    )
    exe = work / "dist" / "kontrollrom" / ("kontrollrom.exe" if os.name == "nt" else "kontrollrom")
    assert exe.exists()
    return exe


def _run(exe: Path, home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=home)


def test_frozen_cli_imports_and_prints_the_agenda(built_app, tmp_path):
    event = tmp_path / "samling.krom"
    done = _run(built_app, tmp_path, "import", str(SEED), "--event", str(event))
    assert done.returncode == 0, done.stderr
    assert event.exists()  # created and migrated by Alembic inside the frozen app
    done = _run(built_app, tmp_path, "agenda", str(event), "--json")
    assert done.returncode == 0, done.stderr
    agenda = json.loads(done.stdout)
    assert agenda["title"] == "Nettverkssamling 6. mai 2024"
    assert agenda["blocks"][0]["start"] == "09:00" and agenda["blocks"][0]["minutes"] == 120
    assert len(agenda["blocks"]) == 14
    done = _run(built_app, tmp_path, "--version")
    assert done.returncode == 0 and "0.0.0" not in done.stdout  # the version comes from the metadata


def test_frozen_gui_starts_offscreen_on_the_demo(built_app, tmp_path):
    from PySide6.QtGui import QImage

    shot = tmp_path / "demo.png"
    done = _run(built_app, tmp_path, "open", "--demo", "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800
    # The demo event was built from the bundled agenda in the user's data folder.
    assert list((tmp_path / "data").rglob("demo-nettverkssamling.krom"))
