"""Screenshots of the phone pages at 360 × 800 in Norwegian and English for docs/guide/phones.md (run by
hand, not collected by pytest):

    .venv/bin/python tests/phone/make_screenshots.py

Seed 002's workshop day with 40 participants: round 1 runs with a 20-minute room timer, the room and the
Teams chat have spoken, phones have sent inputs with "+1"s, the note-taker has written; then the Open
Space block with its wall. The pictures are taken as the note-taker of group 1 sees them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from controlroom.clock import FakeClock  # noqa: E402
from controlroom.grouping.day_rounds import planned_statuses, propose  # noqa: E402
from controlroom.grouping.sample import sample_participants  # noqa: E402
from controlroom.grouping.solver import FormOptions, form  # noqa: E402
from controlroom.importers import read_agenda  # noqa: E402
from controlroom.inputs.log import InputLog  # noqa: E402
from controlroom.live.service import LiveService  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.agenda_repo import AgendaRepository  # noqa: E402
from controlroom.models.openspace_repo import OpenSpaceRepository  # noqa: E402
from controlroom.models.people_repo import PeopleRepository  # noqa: E402
from controlroom.models.room_timers import RoomTimers  # noqa: E402
from tests.phone.browser import phone_browser, visible, wait_for  # noqa: E402
from tests.phone.conftest import Changes, ThreadServer  # noqa: E402

SHOTS = REPO / "docs" / "screenshots"
SEED002 = REPO / "tests" / "fixtures" / "seed002_programme.txt"
OSLO = ZoneInfo("Europe/Oslo")


def build(folder: Path):
    store = EventStore.open(folder / "dag.krom", create=True)
    clock = FakeClock(datetime(2017, 9, 7, 11, 0, tzinfo=OSLO))
    agenda = AgendaRepository(store)
    agenda.import_draft(read_agenda(SEED002, day=date(2017, 9, 6)))
    blocks = agenda.blocks()
    proposal = propose(blocks, planned_statuses(blocks, datetime(2017, 9, 7, 10, 45, tzinfo=OSLO), "Europe/Oslo"))
    people = PeopleRepository(store)
    people.import_participants(sample_participants(40, seed=5))
    formation = form(people.participants(), FormOptions(modes=proposal.modes, joint_search=False))
    people.save_formation(proposal.block_uid, formation, {"size": [3, 4], "k": 2, "round_blocks": proposal.round_blocks})
    live = LiveService(store, clock)
    live.goto(15)
    clock.advance(minutes=2)
    owner = proposal.block_uid
    group = people.rounds(owner)[0].groups[0]
    RoomTimers(store, clock).start(owner, [g.room for g in people.rounds(owner)[0].groups], 20 * 60)
    clock.advance(seconds=150)
    log = InputLog(store, clock, current_block=lambda: live.state().current_uid, origin="moderator")
    log.add("Hvordan når vi dem som ikke er med i en forening i dag?", source="room")
    log.upsert_external("m1", "Husk oss på Teams: vi har gode erfaringer fra Åre kommune", "Hanna M.",
                        clock.now() - timedelta(seconds=40), source="teams")
    voices = ["Frivilligsentralen bør være med fra første møte", "Kulturskolen som møteplass for nye innbyggere",
              "Hvem eier prosjektet når kommunen trekker seg ut?"]
    ids = []
    for text in voices:
        clock.advance(seconds=20)
        ids.append(log.add_from_phone(text, block_uid=live.state().current_uid).id)
    others = [p for p in people.phone_people() if p.email not in group.members]
    for i, p in enumerate(others[:7]):
        log.plus_one(ids[0], p.participant_id)
        if i < 3:
            log.plus_one(ids[1], p.participant_id)
    people.set_group_notes(owner, 1, group.room, "Utfordring: frivillige blir spurt for sent.\n"
                           "Forslag: faste kontaktpersoner i kommunen\n- møte hver måned\n- felles kalender")
    spaces = OpenSpaceRepository(store)
    os_block = blocks[20].uid
    spaces.set_layout(os_block, ["15:00–15:30", "15:30–16:00"], ["Plenumssalen", "Grupperom A", "Zoom-rom 1"])
    for slot, space, title, convener in ((0, "Plenumssalen", "Frivillighet i Norden", "Kari Nordmann"),
                                         (0, "Grupperom A", "Kultur som bro", "Ola Hansen"),
                                         (1, "Zoom-rom 1", "Digitale møteplasser", "Lise Berg"),
                                         (None, None, "Unge stemmer i planarbeidet", "Per Dahl")):
        t = spaces.propose(os_block, title, convener, "online" if space and "Zoom" in space else "onsite")
        if slot is not None:
            spaces.place(t.id, slot, space)
        if title == "Kultur som bro":
            for p in others[:4]:
                spaces.attend(t.id, p.email)
    return store, clock, live, log, people, group


def main() -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        store, clock, live, log, people, group = build(Path(d))
        from tests.phone.conftest import Day, make_app

        changes = Changes()
        live.subscribe(lambda _s: changes.fire())
        day = Day(store, clock, live, log, people, [], changes)
        server = ThreadServer(make_app(day)).start()
        code = next(c.code for c in people.codes() if c.email == group.note_taker)
        try:
            for lang in ("nb", "en"):
                shoot(server, code, lang, live)
        finally:
            server.stop()
            store.close()


def shoot(server: ThreadServer, code: str, lang: str, live: LiveService) -> None:
    from selenium.webdriver.common.by import By

    driver = phone_browser(lang)
    try:
        driver.get(server.url)
        wait_for(lambda: visible(driver, "signin"))
        driver.find_element(By.ID, "code").send_keys(code[:3] + "-" + code[3:6])
        time.sleep(0.3)
        save(driver, f"signin-{lang}")
        driver.find_element(By.ID, "code").clear()
        driver.get(f"{server.url}?code={code}")
        wait_for(lambda: visible(driver, "tab-group"))
        time.sleep(0.5)
        save(driver, f"group-{lang}")
        for name in ("inputs", "notes"):
            driver.find_element(By.CSS_SELECTOR, f"#tabs button[data-tab='{name}']").click()
            wait_for(lambda name=name: visible(driver, f"tab-{name}"))
            time.sleep(0.6)
            save(driver, f"{name}-{lang}")
            if name == "inputs":
                driver.execute_script("document.getElementById('input-list').scrollIntoView({block: 'start'})")
                driver.execute_script("window.scrollBy(0, -120)")
                time.sleep(0.2)
                save(driver, f"inputs-list-{lang}")
        server.call(live.goto, 20)
        wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab='openspace']").is_displayed())
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab='openspace']").click()
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#os-wall .topic"))
        time.sleep(0.4)
        save(driver, f"openspace-{lang}")
        server.call(live.goto, 15)
        time.sleep(0.5)
    finally:
        driver.quit()


def save(driver, name: str) -> None:
    path = SHOTS / f"phone-{name}.png"
    driver.save_screenshot(str(path))
    print(path.relative_to(REPO))


if __name__ == "__main__":
    main()
