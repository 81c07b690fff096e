"""Layouts are remembered per screen size: what the host arranged on the laptop comes back on the
laptop, what they arranged at the desk comes back at the desk. Qt's offscreen platform is given two
screens (1366×768 and 1920×1080) in a child process, as a laptop with a desk screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "desk", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]
}


def test_layout_saved_at_one_screen_size_keeps_the_other_sizes_layout(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parents[1]), env.get("PYTHONPATH", "")])
    run = subprocess.run(
        [sys.executable, str(HERE / "layout_screens_run.py"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["laptop"] == "left"
    assert result["desk"] == "bottom"
    assert {"layout/1366x768/state", "layout/1920x1080/state"} <= set(result["keys"])
