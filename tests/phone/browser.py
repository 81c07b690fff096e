"""A real phone browser for the tests: Debian's chromium through selenium at 360 × 800, offline but for
127.0.0.1, in the language asked for (its ``Accept-Language`` and ``navigator.languages``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from tests.support.browser import CHROMEDRIVER, CHROMIUM, require_browser

PHONE = (360, 800)



def phone_browser(lang: str = "nb"):
    require_browser("the phone pages are tested in a real browser")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    accept = "nb-NO,nb,no,en" if lang == "nb" else "en-GB,en"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={PHONE[0]},{PHONE[1]}", f"--lang={'nb-NO' if lang == 'nb' else 'en-GB'}",
                "--hide-scrollbars", "--force-device-scale-factor=1",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": accept})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    # The page's viewport is 360 × 800 (the window's outer size would leave less).
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True})
    return driver


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "") -> Any:
    """Poll ``predicate`` until it gives a true value (a functional wait, not a timing claim)."""
    end = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < end:
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # noqa: BLE001 - the element is not there yet
            last = exc
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what or predicate}" + (f": {last}" if last else ""))


def text_of(driver, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text


def visible(driver, element_id: str) -> bool:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).is_displayed()


def errors_in_console(driver) -> list[str]:
    """Errors the page logged: a script error or a blocked (CSP) load would show here."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
