"""Fixtures of the web views: a real event file (seed 001's day today, 40 people in groups), the web
server on a thread of its own on 127.0.0.1, and Debian's Chromium through Selenium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.browser import CHROMEDRIVER, CHROMIUM, require_browser
from tests.web.support import ServerThread, make_event


@pytest.fixture
def event(tmp_path: Path) -> Path:
    return make_event(tmp_path / "dag.krom")


@pytest.fixture
def server(event: Path):
    """The server as on the LAN (view keys required), listening on 127.0.0.1 only."""
    s = ServerThread(event, require_view_keys=True).start()
    yield s
    s.close()



def make_browser(size: str = "1920,1080", lang: str = "nb-NO"):
    require_browser("a real browser is needed for the views' tests")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={size}",
                "--hide-scrollbars", f"--lang={lang}", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    width, height = map(int, size.split(","))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver


@pytest.fixture(scope="module")
def browser():
    driver = make_browser()
    yield driver
    driver.quit()
