"""The phone pages in a real browser (Debian's chromium, 360 × 800): signing in from the badge's link or
by typing the code, the own group following a round change, an input that reaches the input log with
source mobil and gets a "+1", the note-taker's notes reaching the workbook, Open Space, and markup that
runs nowhere. The app runs on 127.0.0.1 in a thread of its own; live actions run on its loop."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from controlroom.inputs.log import InputLog
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.workbook.build import build_workbook
from controlroom.workbook.docx_writer import render_docx
from controlroom.workbook.html_doc import body_html
from controlroom.workbook.markdown import render_markdown
from tests.phone.browser import errors_in_console, phone_browser, text_of, visible, wait_for

pytestmark = pytest.mark.slow

#: Markup, script and a Word field code: it must show as typed everywhere and run nowhere.
PAYLOAD = ('<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
           '{ MERGEFIELD Navn } <b>fet</b> =HYPERLINK("http://x")')


@pytest.fixture
def phone():
    driver = phone_browser("nb")
    yield driver
    driver.quit()


def by_id(driver, element_id: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id)


def tap(driver, element) -> None:
    """Scroll ``element`` clear of the tab bar (as a thumb would) and tap it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def sign_in_with_link(driver, served, code: str) -> None:
    driver.get(f"{served.url}?code={code}")
    wait_for(lambda: visible(driver, "tab-group"), what="the group view")


def tab(driver, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, f"#tabs button[data-tab='{name}']").click()
    wait_for(lambda: visible(driver, f"tab-{name}"), what=f"the {name} tab")


def fresh_log(day) -> InputLog:
    """The input log as another connection reads it (a new reader over the same event file)."""
    return InputLog(day.store, day.clock)


def test_the_badge_link_signs_in_and_shows_the_own_group(day, served, phone):
    served.call(day.goto_round, 1)
    owner = next(iter(day.people.formations()))
    group = next(r for r in day.people.rounds(owner) if r.number == 1).groups[0]
    me = group.note_taker
    names = {p.key: p.name.split()[0] for p in day.people.participants()}
    sign_in_with_link(phone, served, day.code_of(me))
    wait_for(lambda: text_of(phone, "group-room") == group.room, what="the room")
    assert "code=" not in phone.current_url  # the code does not stay in the address bar or the history
    assert text_of(phone, "group-platform") == {"onsite": "På stedet", "teams": "Teams", "zoom": "Zoom"}[group.pool]
    assert text_of(phone, "group-round").startswith("Runde 1 · Gruppe 1")
    members = text_of(phone, "group-members")
    for email in group.members:
        assert names[email] in members
    assert "leder" in members and "referent" in members and "deg" in members
    assert text_of(phone, "role-hint").startswith("Du er referent")
    assert text_of(phone, "group-question") == day.blocks[15].title
    assert wait_for(lambda: text_of(phone, "countdown-digits"), what="the countdown")
    assert text_of(phone, "hello") == f"Hei, {names[me]}"
    assert errors_in_console(phone) == []


def test_a_wrong_code_says_so_and_the_right_one_typed_signs_in(day, served, phone):
    served.call(day.goto_round, 1)
    email = day.people.participants()[4].key
    phone.get(served.url)
    wait_for(lambda: visible(phone, "signin"), what="the sign-in form")
    by_id(phone, "code").send_keys("ABC-DEF-GHJ")
    by_id(phone, "signin-button").click()
    wait_for(lambda: text_of(phone, "signin-error").startswith("Koden stemmer ikke"), what="the refusal")
    code = day.code_of(email)
    box = by_id(phone, "code")
    box.clear()
    box.send_keys(f"{code[:3].lower()}-{code[3:6].lower()}-{code[6:].lower()}")
    by_id(phone, "signin-button").click()
    wait_for(lambda: text_of(phone, "group-room") == day.group_of(email, 1).room, what="the group")


def test_the_page_follows_a_round_change_by_itself(day, served, phone):
    served.call(day.goto_round, 1)
    email = day.people.participants()[7].key
    sign_in_with_link(phone, served, day.code_of(email))
    wait_for(lambda: text_of(phone, "group-room") == day.group_of(email, 1).room)
    served.call(day.goto_round, 2)
    wait_for(lambda: text_of(phone, "group-room") == day.group_of(email, 2).room
             and text_of(phone, "group-round").startswith("Runde 2"), timeout=5, what="round 2 on the phone")


def test_an_input_from_the_page_reaches_the_input_log_and_gets_a_plus_one(day, served, phone):
    from selenium.webdriver.common.by import By

    served.call(day.goto_round, 1)
    people = day.people.participants()
    sign_in_with_link(phone, served, day.code_of(people[0].key))
    tab(phone, "inputs")
    by_id(phone, "input-text").send_keys("Frivillige må med fra start #frivillighet")
    tap(phone, phone.find_element(By.XPATH, "//div[@id='kinds']//span[text()='Idé']"))
    tap(phone, by_id(phone, "input-send"))
    wait_for(lambda: text_of(phone, "input-status") == "Sendt. Takk!", what="the receipt")
    found = wait_for(lambda: [r for r in fresh_log(day).all() if r.source == "mobil"], timeout=1,
                     what="the input in the log read by another connection")
    assert found[0].text == "Frivillige må med fra start #frivillighet" and found[0].kind == "idé"
    assert found[0].tags == ("frivillighet",) and found[0].author is None
    # another participant's input arrives by push; this phone gives it a +1
    other = served.call(lambda: day.inputs.add_from_phone("Kulturskolen som møteplass",
                                                          block_uid=day.live.state().current_uid))
    item = wait_for(lambda: phone.find_element(By.ID, f"input-{other.id}"), timeout=5, what="the pushed input")
    tap(phone, item.find_element(By.CSS_SELECTOR, "button.plus"))
    wait_for(lambda: phone.find_element(By.CSS_SELECTOR, f"#input-{other.id} button.plus").text == "+1 · 1",
             what="the count")
    assert fresh_log(day).get(other.id).plus == 1
    own = phone.find_element(By.ID, f"input-{found[0].id}")
    assert not own.find_element(By.CSS_SELECTOR, "button.plus").is_enabled()  # no +1 on one's own
    assert errors_in_console(phone) == []


def test_the_note_takers_notes_reach_the_workbook(day, served, phone):
    served.call(day.goto_round, 1)
    owner = next(iter(day.people.formations()))
    group = next(r for r in day.people.rounds(owner) if r.number == 1).groups[2]
    sign_in_with_link(phone, served, day.code_of(group.note_taker))
    tab(phone, "notes")
    box = by_id(phone, "notes-text")
    box.send_keys("Vi vil prøve frivilligsentral i hver bydel.")
    wait_for(lambda: text_of(phone, "notes-status") == "Lagret", what="the save")
    notes = day.people.notes_for_block(owner)
    assert [n.text for n in notes if n.room == group.room] == ["Vi vil prøve frivilligsentral i hver bydel."]
    book = json.dumps([vars(n) for n in build_workbook(day.store).nodes], ensure_ascii=False)
    assert "Vi vil prøve frivilligsentral i hver bydel." in book


def test_open_space_propose_and_i_am_here(day, served, phone):
    from selenium.webdriver.common.by import By

    block = day.blocks[20].uid
    repo = OpenSpaceRepository(day.store)
    repo.set_layout(block, ["15:00–15:30"], ["Plenumssalen", "Zoom-rom 1"])
    topic = repo.propose(block, "Frivillighet i Norden", "Kari Nordmann")
    repo.place(topic.id, 0, "Plenumssalen")
    served.call(day.live.goto, 20)
    email = day.people.participants()[1].key
    sign_in_with_link(phone, served, day.code_of(email))
    tab(phone, "openspace")
    wait_for(lambda: phone.find_element(By.ID, f"topic-{topic.id}"), what="the wall")
    by_id(phone, "os-title").send_keys("Unge stemmer")
    tap(phone, by_id(phone, "os-propose"))
    wait_for(lambda: text_of(phone, "os-status") == "Temaet ligger på markedsplassen.", what="the proposal")
    assert "Unge stemmer" in [t.title for t in repo.topics(block)]
    wait_for(lambda: "Unge stemmer" in text_of(phone, "os-wall"), what="the marketplace")
    tap(phone, phone.find_element(By.CSS_SELECTOR, f"#topic-{topic.id} button"))
    wait_for(lambda: phone.find_element(By.CSS_SELECTOR, f"#topic-{topic.id} button").text == "Du er her")
    assert repo.topic(topic.id).attendees == [email]


def test_markup_and_script_in_an_input_and_a_note_run_nowhere(day, served, phone, tmp_path):
    from selenium.webdriver.common.by import By

    served.call(day.goto_round, 1)
    owner = next(iter(day.people.formations()))
    group = next(r for r in day.people.rounds(owner) if r.number == 1).groups[0]
    member = next(e for e in group.members if e != group.note_taker)
    # the note-taker writes the payload as notes and sends it as an input
    sign_in_with_link(phone, served, day.code_of(group.note_taker))
    tab(phone, "inputs")
    by_id(phone, "input-text").send_keys(PAYLOAD)
    tap(phone, by_id(phone, "input-send"))
    wait_for(lambda: text_of(phone, "input-status") == "Sendt. Takk!")
    tab(phone, "notes")
    by_id(phone, "notes-text").send_keys(PAYLOAD)
    wait_for(lambda: text_of(phone, "notes-status") == "Lagret")
    # another member's phone shows both as text
    by_id(phone, "signout").click()
    wait_for(lambda: visible(phone, "signin"))
    sign_in_with_link(phone, served, day.code_of(member))
    tab(phone, "notes")
    wait_for(lambda: by_id(phone, "notes-view").get_attribute("textContent") == PAYLOAD, what="the notes as text")
    tab(phone, "inputs")
    item = wait_for(lambda: phone.find_elements(By.CSS_SELECTOR, "#input-list li .text"), what="the input")
    assert item[0].get_attribute("textContent") == PAYLOAD
    assert phone.find_elements(By.CSS_SELECTOR, "main img, main script, main b") == []
    assert phone.title == "Kontrollrom" and phone.execute_script("return document.title") != "pwned"
    stored = [r for r in fresh_log(day).all() if r.source == "mobil"]
    assert stored[0].text == PAYLOAD
    # the workbook: Markdown and Word carry it as text; its HTML (printed to PDF) runs nothing in a browser
    doc = build_workbook(day.store)
    md = render_markdown(doc).decode("utf-8")
    assert "<script>" not in md and "\\<script\\>" in md
    with zipfile.ZipFile(io.BytesIO(render_docx(doc))) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    fields = re.findall(r"<w:instrText[^>]*>(.*?)</w:instrText>", xml)
    assert "&lt;script&gt;" in xml and "fldSimple" not in xml
    assert [f for f in fields if not f.startswith("TOC ")] == []  # the workbook's own contents field only
    assert "{ MERGEFIELD Navn }" in xml  # as text in a run
    html_file = tmp_path / "arbeidsbok.html"
    html_file.write_text(body_html(doc), encoding="utf-8")
    phone.get(served.url)  # an origin the browser may leave for a file page
    phone.get(html_file.as_uri())
    wait_for(lambda: PAYLOAD.split("<b>")[0][:20] in phone.find_element(By.TAG_NAME, "body").text)
    assert phone.execute_script("return document.title") != "pwned"
    assert phone.find_elements(By.CSS_SELECTOR, "img, script") == []
    assert PAYLOAD in phone.find_element(By.TAG_NAME, "body").text.replace("\n", "")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_view_fits_a_360_wide_phone_with_large_tap_targets(day, served, lang):
    """No sideways scrolling and every button at least 44 px high, in both languages."""
    from selenium.webdriver.common.by import By

    served.call(day.goto_round, 1)
    driver = phone_browser(lang)
    try:
        owner = next(iter(day.people.formations()))
        group = next(r for r in day.people.rounds(owner) if r.number == 1).groups[0]
        sign_in_with_link(driver, served, day.code_of(group.note_taker))
        expected = "Du er referent" if lang == "nb" else "You take the notes"
        assert text_of(driver, "role-hint").startswith(expected)
        for name in ("group", "inputs", "notes"):
            tab(driver, name)
            assert driver.execute_script("return document.documentElement.scrollWidth") <= 360
            small = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "button, input[type=checkbox] + span")
                     if b.is_displayed() and b.size["height"] < 44 and b.tag_name == "button"]
            assert small == [], name
        assert errors_in_console(driver) == []
    finally:
        driver.quit()
