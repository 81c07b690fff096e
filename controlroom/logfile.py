"""The log a person can read after a bad day: one rotating file in the platform's log folder
(``platformdirs.user_log_path``), for the window and the command line alike, with every record
passed through the secret-redacting filter before any handler sees it.

``CONTROLROOM_LOG_DIR`` moves the folder (tests, a USB stick at the venue).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_path

from controlroom import APP_NAME

LOG_FILE_NAME = "kontrollrom.log"
#: Five files of 1 MB: a whole event day with room to spare, never a full disk.
MAX_BYTES = 1_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    override = os.environ.get("CONTROLROOM_LOG_DIR")
    return Path(override) if override else user_log_path(APP_NAME, appauthor=False)


def log_path() -> Path:
    return log_dir() / LOG_FILE_NAME


def configure_logging(entry_point: str) -> Path | None:
    """Log ``controlroom.*`` at INFO to the rotating file (once per process). Returns the file, or
    None when the folder cannot be written (the program runs on; logging is never a reason to stop)."""
    from controlroom.integrations.secrets import install_log_filter

    install_log_filter()
    logger = logging.getLogger("controlroom")
    existing = next((h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)), None)
    if existing is not None:
        return Path(existing.baseFilename)
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or logging.INFO, logging.INFO))
    logger.info("%s started (%s)", entry_point, APP_NAME)
    return path


def tail(path: Path, max_lines: int = 2000) -> str:
    """The last lines of the log (the file is small and rotated; read as text, bad bytes replaced)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return ""
    return "\n".join(lines[-max_lines:])
