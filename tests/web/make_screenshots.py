"""Screenshots of every view for the guide (docs/screenshots/views-*.png): Chromium at 1920×1080 and
360×800, the stage view in both languages, from a real event file and the real server.

    .venv/bin/python tests/web/make_screenshots.py [OUTDIR]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.web.conftest import make_browser  # noqa: E402
from tests.web.support import ServerThread, make_event  # noqa: E402
from tests.web.test_tech_snapshot import cue_parts  # noqa: E402

SIZES = {"1920": "1920,1080", "360": "360,800"}


def wait_online(driver, extra: float = 0.0) -> None:
    deadline = time.monotonic() + 15
    while driver.execute_script("return document.body.dataset.link || (document.images.length ? 'online' : '')") \
            != "online":
        if time.monotonic() > deadline:
            raise RuntimeError(f"{driver.current_url} did not come online")
        time.sleep(0.1)
    time.sleep(0.6 + extra)  # the first frames and any images


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    event = make_event(Path(tempfile.mkdtemp(prefix="views-shots-")) / "dag.krom")
    server = ServerThread(event, require_view_keys=True).start()
    browsers = {name: make_browser(size) for name, size in SIZES.items()}
    try:
        provider = server.call(lambda: cue_parts(server.store, server.service))
        server.call(lambda: setattr(server.server, "tech_snapshot", provider))
        k = server.keys.key
        # the overrun first: a block with seconds left, then past its end (the countdown counts up in red)
        server.act("/api/v1/goto/1")
        server.act("/api/v1/time?add=-887")
        time.sleep(16)
        driver = browsers["1920"]
        driver.get(server.url("/view/stage", key=k("stage"), lang="nb"))
        wait_online(driver)
        while not driver.execute_script(  # the bright half of the flash
                "const t = document.querySelector('[data-role=countdown]').textContent;"
                "return t.startsWith('+') && Number(t.slice(-1)) % 2 === 0 && !document.body.classList.contains('dim')"):
            time.sleep(0.05)
        driver.save_screenshot(str(out / "views-stage-overtime-1920-nb.png"))
        print("views-stage-overtime-1920-nb.png")
        server.act("/api/v1/goto/8")
        server.act("/api/v1/time?add=-1312")  # 8 min 8 s left: the speaker sees the warning colour soon
        server.act("/api/v1/message", {"text": "Fem minutter igjen – avrund"})
        time.sleep(4.5)  # past the message's first flashes
        shots = [
            ("stage", "/view/stage", {"key": k("stage"), "clock": "1", "progress": "1"}, ("1920", "360"), ("nb", "en")),
            ("public", "/view/public", {"key": k("public")}, ("1920", "360"), ("nb",)),
            ("room", "/view/room/Fjorden", {"key": k("room")}, ("1920", "360"), ("nb", "en")),
            ("clock", "/view/clock", {"key": k("clock")}, ("1920", "360"), ("nb",)),
            ("tech", "/view/tech", {"key": k("tech")}, ("1920", "360"), ("nb",)),
            ("index", "/view/", {"key": k("index")}, ("1920",), ("nb",)),
        ]
        for name, path, query, sizes, langs in shots:
            for size in sizes:
                for lang in langs:
                    driver = browsers[size]
                    driver.get(server.url(path, **query, lang=lang))
                    wait_online(driver, 1.0 if name == "index" else 0.0)
                    target = out / f"views-{name}-{size}-{lang}.png"
                    driver.save_screenshot(str(target))
                    print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)
        driver = browsers["1920"]
        driver.get(server.url("/view/stage", key="feil-nokkel"))
        time.sleep(0.5)
        driver.save_screenshot(str(out / "views-refused-1920-nb.png"))
        print("views-refused-1920-nb.png")
    finally:
        for driver in browsers.values():
            driver.quit()
        server.close()


if __name__ == "__main__":
    main()
