"""Debian's chromium and chromedriver for the tests that drive real pages (through selenium). Without
them a test skips, except in CI, where a real-peer test that cannot run fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def require_browser(why: str) -> None:
    """Skip (fail in CI) when the browser, its driver or selenium is missing; ``why`` says what needs it."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip)")
    if missing:
        message = f"{why}; missing: " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
