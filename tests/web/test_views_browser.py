"""Every view in Debian's Chromium against the real server and event file: each renders, follows an
action within a second, shows when it loses the server and recovers after a restart, speaks Bokmål or
English, fits a phone, and refuses a wrong key."""

from __future__ import annotations

import math
import re
import time

import pytest

from tests.web.conftest import make_browser
from tests.web.support import QUESTION, ServerThread, http

ROLES_JS = """
const out = {};
for (const el of document.querySelectorAll('[data-role]')) {
  if (!(el.dataset.role in out)) out[el.dataset.role] = el.hidden ? null : el.textContent.trim();
}
out._link = document.body.dataset.link || null;
out._phase = document.body.dataset.phase || null;
return out;
"""
COUNTDOWN = re.compile(r"^\+?(\d+:)?\d\d:\d\d$")


def roles(driver) -> dict:
    return driver.execute_script(ROLES_JS)


def wait_for(driver, check, timeout: float, what: str) -> dict:
    """Poll the page's roles until ``check(roles)`` holds; fail after ``timeout`` seconds (a deadline)."""
    deadline = time.monotonic() + timeout
    seen: dict = {}
    while time.monotonic() < deadline:
        seen = roles(driver)
        if check(seen):
            return seen
        time.sleep(0.03)
    raise AssertionError(f"{what}: not within {timeout} s; the page shows {seen}")


def open_view(driver, server: ServerThread, path: str, kind: str, **query: str) -> dict:
    driver.get(server.url(path, key=server.keys.key(kind), **query))
    return wait_for(driver, lambda r: r["_link"] == "online", 10, f"{path} online")


def test_every_view_renders_what_it_should(server, browser):
    server.act("/api/v1/goto/8")
    server.act("/api/v1/message", {"text": "Fem minutter igjen"})
    title = "Hvor er gullet i bærekraftsarbeidet?"

    seen = open_view(browser, server, "/view/stage", "stage", clock="1", progress="1")
    seen = wait_for(browser, lambda r: r["title"] == title and COUNTDOWN.match(r["countdown"]), 2, "stage title")
    assert COUNTDOWN.match(seen["countdown"]) and seen["message"] == "Fem minutter igjen"
    assert seen["next"] == "Neste: Deling i plenum fra gruppediskusjonene"
    assert re.match(r"^\d\d:\d\d:\d\d$", seen["clock"]) and seen["_phase"] == "default"
    ends_at = server.call(lambda: server.service.state().remaining_seconds) + time.time()
    shown = seen["countdown"].split(":")
    assert abs(int(shown[0]) * 60 + int(shown[1]) - math.ceil(ends_at - time.time())) <= 1

    seen = open_view(browser, server, "/view/public", "public")
    seen = wait_for(browser, lambda r: r["title"] == title and COUNTDOWN.match(r["countdown"]), 2, "foyer")
    assert seen["event"] == "Nettverkssamling i Stavanger" and seen["next"] == "Deling i plenum fra gruppediskusjonene"
    assert COUNTDOWN.match(seen["countdown"]) and seen["left"] == "igjen" and re.match(r"^\d\d:\d\d$", seen["clock"])
    assert "Fjorden" in seen["groups"] and "Gruppene – runde 1" in seen["groups"]
    assert "Hvor er gullet" in seen["agenda"] and "Neste" in seen["agenda"]

    seen = open_view(browser, server, "/view/room/Fjorden", "room")
    seen = wait_for(browser, lambda r: r["members"] and COUNTDOWN.match(r["countdown"]), 2, "room members")
    assert seen["title"] == "Fjorden" and seen["round"].startswith("Runde 1")
    assert COUNTDOWN.match(seen["countdown"]) and seen["next"].startswith("Tilbake i plenum kl.")
    assert seen["question"] == QUESTION and "Leder" in seen["members"]
    assert "@" not in browser.page_source

    seen = open_view(browser, server, "/view/clock", "clock")
    seen = wait_for(browser, lambda r: re.match(r"^\d\d:\d\d$", r["clock"] or "") and COUNTDOWN.match(r["countdown"]),
                    2, "studio clock")
    assert re.match(r"^\d\d$", seen["seconds"]) and seen["title"] == title and COUNTDOWN.match(seen["countdown"])

    seen = open_view(browser, server, "/view/tech", "tech")
    seen = wait_for(browser, lambda r: r["title"] == title and COUNTDOWN.match(r["countdown"]), 2, "tech")
    assert "Fem minutter igjen" in seen["message"] and "Målkonflikter" in seen["blocks"]

    browser.get(server.url("/view/", key=server.keys.key("index")))
    links = wait_for(browser, lambda r: "Fjorden" in (r["links"] or ""), 5, "index")
    assert "Scene – taleren" in links["links"]
    all_drawn = "return document.images.length > 5 && [...document.images].every(i => i.complete && i.naturalWidth > 0)"
    deadline = time.monotonic() + 5
    while not browser.execute_script(all_drawn):
        assert time.monotonic() < deadline, "the QR codes did not load"
        time.sleep(0.05)
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_the_stage_follows_start_next_and_message_within_a_second(server, browser):
    open_view(browser, server, "/view/stage", "stage")
    wait_for(browser, lambda r: r["title"] == "Ingen bolk går" and r["countdown"] == "--:--", 2, "idle stage")
    server.act("/api/v1/start")
    wait_for(browser, lambda r: r["title"] == "Fylkeskommunenes samling" and COUNTDOWN.match(r["countdown"]), 1.0,
             "start")
    server.act("/api/v1/next")
    wait_for(browser, lambda r: r["title"] == "Åpning og velkommen" and r["countdown"] in ("15:00", "14:59"), 1.0,
             "next")
    server.act("/api/v1/message", {"text": "Mikrofonen er av"})
    wait_for(browser, lambda r: r["message"] == "Mikrofonen er av", 1.0, "message")
    server.act("/api/v1/pause")
    seen = wait_for(browser, lambda r: r["badge"] == "PAUSE" and r["_phase"] == "paused", 1.0, "pause")
    time.sleep(1.2)
    assert roles(browser)["countdown"] == seen["countdown"]  # a paused countdown stands still
    server.act("/api/v1/message", {"text": None})
    wait_for(browser, lambda r: r["message"] is None, 1.0, "message cleared")
    server.call(lambda: server.service.blackout(True))
    deadline = time.monotonic() + 1.0
    while not browser.execute_script("return document.body.classList.contains('blackout') && "
                                     "getComputedStyle(document.querySelector('[data-role=countdown]')).visibility"
                                     " === 'hidden'"):
        assert time.monotonic() < deadline, "blackout not shown within a second"
        time.sleep(0.03)
    server.call(lambda: server.service.blackout(False))
    deadline = time.monotonic() + 1.0
    while browser.execute_script("return document.body.classList.contains('blackout')"):
        assert time.monotonic() < deadline, "blackout not lifted within a second"
        time.sleep(0.03)
    assert roles(browser)["badge"] == "PAUSE"  # back to the paused countdown it showed before


def test_the_countdown_runs_and_flips_every_second(server, browser):
    server.act("/api/v1/goto/1")
    open_view(browser, server, "/view/stage", "stage")
    first = wait_for(browser, lambda r: COUNTDOWN.match(r["countdown"] or ""), 2, "countdown")["countdown"]
    texts = {first}
    deadline = time.monotonic() + 3.2
    while time.monotonic() < deadline:
        texts.add(roles(browser)["countdown"])
        time.sleep(0.05)
    assert len(texts) >= 3  # it counted down by itself, between two snapshots


def test_a_page_shows_it_lost_the_server_keeps_counting_and_recovers(server, browser):
    server.act("/api/v1/goto/2")
    open_view(browser, server, "/view/stage", "stage")
    before = wait_for(browser, lambda r: COUNTDOWN.match(r["countdown"] or ""), 2, "countdown")
    server.stop()
    lost = time.monotonic()
    seen = wait_for(browser, lambda r: r["_link"] == "offline" and r["status"], 3.0, "offline shown")
    assert time.monotonic() - lost < 3.0 and "Frakoblet" in seen["status"]
    time.sleep(1.5)
    offline = roles(browser)
    assert offline["countdown"] != before["countdown"] and offline["title"] == before["title"]  # still counting
    server.start()  # the same port, the same keys, the same event file
    wait_for(browser, lambda r: r["_link"] == "online" and r["status"] is None, 10, "back online")
    server.act("/api/v1/message", {"text": "Tilbake igjen"})
    wait_for(browser, lambda r: r["message"] == "Tilbake igjen", 1.0, "a change after the restart")


def test_revoked_keys_stop_the_screen(server, browser):
    from controlroom.web.keys import ViewKeys

    open_view(browser, server, "/view/clock", "clock")
    server.submit(server.server.set_view_keys(ViewKeys.generate()))
    seen = wait_for(browser, lambda r: r["_link"] == "revoked", 5, "revoked shown")
    assert "gjelder ikke lenger" in seen["status"]


def test_a_wrong_key_shows_nothing_but_the_refusal(server, browser):
    browser.get(server.url("/view/stage", key="feil-nokkel"))
    text = browser.find_element("tag name", "body").text
    assert "Mangler eller feil visningsnøkkel" in text
    assert not browser.find_elements("css selector", "[data-role]")
    browser.get(server.url("/view/room/Fjorden"))
    assert "Mangler eller feil visningsnøkkel" in browser.find_element("tag name", "body").text


def test_english_by_query_or_by_the_browsers_language(server, browser):
    server.act("/api/v1/goto/8")
    open_view(browser, server, "/view/stage", "stage", lang="en")
    wait_for(browser, lambda r: (r["next"] or "").startswith("Next: "), 2, "English by ?lang=en")
    assert browser.execute_script("return document.documentElement.lang") == "en"
    english = make_browser(lang="en-US")
    try:
        open_view(english, server, "/view/room/Fjorden", "room")
        seen = wait_for(english, lambda r: (r["next"] or "").startswith("Back to plenary at"), 2, "English browser")
        assert "Leader" in seen["members"]
        open_view(english, server, "/view/stage", "stage", lang="nb")
        wait_for(english, lambda r: (r["next"] or "").startswith("Neste: "), 2, "Bokmål by ?lang=nb")
    finally:
        english.quit()


@pytest.mark.parametrize(("path", "kind"), [("/view/stage", "stage"), ("/view/room/Fjorden", "room"),
                                            ("/view/public", "public"), ("/view/clock", "clock")])
def test_views_fit_a_phone(server, path, kind):
    server.act("/api/v1/goto/8")
    server.act("/api/v1/message", {"text": "Fem minutter igjen – avrund nå, takk"})
    phone = make_browser("360,800")
    try:
        open_view(phone, server, path, kind)
        wait_for(phone, lambda r: COUNTDOWN.match(r.get("countdown") or "") or r.get("clock"), 2, "drawn")
        width = phone.execute_script("return document.documentElement.scrollWidth")
        assert width <= 360, f"{path} is {width} px wide on a 360 px phone"
        box = phone.execute_script(
            "const r = document.querySelector('[data-role=countdown]').getBoundingClientRect();"
            "return [r.left, r.right, parseFloat(getComputedStyle(document.querySelector('[data-role=countdown]')).fontSize)]")
        assert box[0] >= 0 and box[1] <= 360 and box[2] >= 24  # the countdown is on screen and readable
    finally:
        phone.quit()


def test_the_foyer_and_room_screens_show_the_participants_link_and_it_opens_the_phone_page(server, browser):
    """On the LAN the foyer and every room screen show where people follow their own group: the QR code and
    address of /p/ with the participants' key, which opens the phone page (a view's key alone does not)."""
    from controlroom.web.qr import qr_svg  # what the screen's QR code must carry

    for path, kind in (("/view/public", "public"), ("/view/room/Rom%201", "room")):
        open_view(browser, server, path, kind)
        seen = wait_for(browser, lambda r: bool(r.get("phone-url")), 5, f"{path} phone link")
        assert seen["phone-url"] == server.url("/p/")
        assert "mobilen" in seen["phone-text"]
        src = browser.find_element("css selector", '[data-role="phone"] img').get_attribute("src")
        assert "/view/phone-qr.svg?key=" in src
    phone_link = server.url("/p/", key=server.keys.key("phone"))
    import urllib.request

    with urllib.request.urlopen(server.url("/view/phone-qr.svg", key=server.keys.key("public")), timeout=10) as r:
        assert r.read().decode() == qr_svg(phone_link)  # the code on the screen is the participants' link
    assert http(server.url("/view/phone-link", key=server.keys.key("stage")))[0] == 403  # the stage has no use for it
