"""The log a person reads after a bad day: the window and the command line both write the same
rotating file, secrets masked, and Help → Show log shows it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "controlroom"]


def test_the_command_line_logs_to_the_file_with_secrets_masked(tmp_path: Path) -> None:
    logs = tmp_path / "logg"
    env = {**os.environ, "CONTROLROOM_LOG_DIR": str(logs)}
    event = tmp_path / "dag.krom"
    script = (
        "import logging, sys\n"
        "from controlroom.cli import main\n"
        "main(['agenda', sys.argv[1], '--json'])\n"
        "logging.getLogger('controlroom.test').warning('connecting to http://tech:hemmelig-passord@vmix.local/ "
        "with password=topsecret')\n"
    )
    subprocess.run([*CLI, "import", "--help"], env=env, capture_output=True, check=True)
    from controlroom.models import EventStore

    EventStore.open(event, create=True).close()
    run = subprocess.run([sys.executable, "-c", script, str(event)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    text = (logs / "kontrollrom.log").read_text(encoding="utf-8")
    assert "cli agenda started" in text
    assert "http://tech:***@vmix.local/" in text and "password=***" in text
    assert "hemmelig-passord" not in text and "topsecret" not in text


def test_help_shows_the_log(qtbot, tmp_path: Path) -> None:
    from controlroom.ui.log_viewer import LogDialog

    log = tmp_path / "kontrollrom.log"
    log.write_text("2026-12-05 09:00:01 1 INFO controlroom: gui started (Kontrollrom)\n" * 3000, encoding="utf-8")
    dialog = LogDialog(log)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText().splitlines()
    assert len(shown) == 2000 and shown[-1].endswith("gui started (Kontrollrom)")
    from PySide6.QtWidgets import QLabel

    assert any(str(log) in label.text() for label in dialog.findChildren(QLabel))
