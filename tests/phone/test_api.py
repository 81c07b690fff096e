"""The phone API with aiohttp's test client on a real event file: signing in, the own group of the
round that runs, inputs into the input log, "+1", notes with their revision, Open Space."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp.test_utils import TestClient, TestServer

from controlroom.grouping.types import Group
from controlroom.inputs.types import InputFilter
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.phone.guard import GuessGuard
from controlroom.workbook.build import build_workbook
from tests.phone.conftest import make_app

#: What a phone set to Norwegian sends.
NORWEGIAN_PHONE = {"Accept-Language": "nb-NO,nb;q=0.9,en;q=0.5"}


@pytest.fixture
def client(day, run):
    """A test client of the app mounted under /p/ (same loop as the test's coroutines)."""
    async def make() -> TestClient:
        cl = TestClient(TestServer(make_app(day, poll_seconds=0)), headers=NORWEGIAN_PHONE)
        await cl.start_server()
        return cl

    cl = run(make())
    yield cl
    run(cl.close())


async def sign_in(client: TestClient, code: str, **headers: str):
    return await client.post("/p/api/v1/session", json={"code": code}, headers=headers)


def test_sign_in_shows_the_own_group_of_the_running_round(day, client, run):
    day.goto_round(1)
    email = day.people.participants()[0].key
    group = day.group_of(email, 1)

    async def go():
        r = await sign_in(client, day.code_of(email))
        assert r.status == 200
        assert "HttpOnly" in r.headers["Set-Cookie"] and "SameSite=Strict" in r.headers["Set-Cookie"]
        me = await (await client.get("/p/api/v1/me")).json()
        return me

    me = run(go())
    names = {p.key: p.name.split()[0] for p in day.people.participants()}
    assert me["first_name"] == names[email]
    g = me["group"]
    assert g["room"] == group.room and g["platform"] == group.pool
    assert g["members"] == [names[e] for e in group.members]
    assert g["role"] == ("leader" if email == group.leader else "note_taker" if email == group.note_taker else None)
    assert "@" not in str(me)  # never an e-mail


def test_round_change_moves_the_phone(day, client, run):
    day.goto_round(1)
    email = day.people.participants()[3].key

    async def go():
        await sign_in(client, day.code_of(email))
        ws = await client.ws_connect("/p/ws")
        first = await ws.receive_json(timeout=5)
        day.goto_round(2)
        second = await ws.receive_json(timeout=5)
        await ws.close()
        return first, second

    first, second = run(go())
    assert first["type"] == "me" and first["me"]["round"] == 1
    assert first["me"]["group"]["room"] == day.group_of(email, 1).room
    assert second["me"]["round"] == 2 and second["me"]["group"]["room"] == day.group_of(email, 2).room


def test_input_from_a_phone_lands_in_the_input_log(day, client, run):
    day.goto_round(1)
    people = day.people.participants()

    async def go():
        await sign_in(client, day.code_of(people[0].key))
        r = await client.post("/p/api/v1/inputs", json={"text": "Frivilligheten må med #frivillighet",
                                                       "kind": "idé"})
        return r.status, await r.json()

    status, body = run(go())
    assert status == 201
    rec = day.inputs.get(body["id"])
    assert rec.source == "mobil" and rec.kind == "idé" and rec.tags == ("frivillighet",)
    assert rec.author is None
    assert rec.block_uid == day.blocks[15].uid


def _people(day):
    return day.people.participants()


def test_a_code_reads_as_typed_from_the_badge(day, client, run):
    day.goto_round(1)
    email = _people(day)[1].key
    code = day.code_of(email)
    typed = f" {code[:3].lower()}-{code[3:6]} {code[6:].lower()} "

    async def go():
        return (await sign_in(client, typed)).status

    assert run(go()) == 200


def test_wrong_codes_get_one_answer_that_never_says_whether_a_code_exists(day, client, run):
    """Malformed, unknown and revoked codes get the same words, in the phone's language."""
    person = day.people.codes()[0]
    old = person.code
    day.people.revoke_code(person.email)

    async def go():
        answers = []
        for code, lang in (("ABC", "nb-NO,nb;q=0.9"), ("K7QM2XPR4", "nb"), (old, "nb"), (old, "en-GB,en;q=0.8")):
            r = await sign_in(client, code, **{"Accept-Language": lang})
            answers.append((r.status, await r.json()))
        return answers

    answers = run(go())
    assert {a[0] for a in answers} == {401}
    nb = [a[1] for a in answers[:3]]
    assert nb[0] == nb[1] == nb[2]
    assert nb[0]["message"].startswith("Koden stemmer ikke")
    assert answers[3][1]["message"].startswith("That code is not right")


def test_guessing_is_slowed_then_locked_per_device_and_address(day, run):
    """After 5 wrong codes each try waits longer; after 15 the device and the address are locked, even
    for a right code and a fresh device cookie. A fake monotonic clock moves the time."""
    now = [1000.0]
    guard = GuessGuard(now=lambda: now[0])
    right = day.code_of(_people(day)[0].key)

    async def go():
        cl = TestClient(TestServer(make_app(day, poll_seconds=0, guess_guard=guard)), headers=NORWEGIAN_PHONE)
        await cl.start_server()
        try:
            statuses = []
            for _ in range(5):
                statuses.append((await sign_in(cl, "WRONGCODE")).status)
            slowed = await sign_in(cl, right)  # the brake holds the right code too
            waits = []
            for _ in range(10):
                now[0] += 70  # more than the longest wait between tries
                r = await sign_in(cl, "WRONGCODE")
                waits.append(r.status)
            now[0] += 70
            locked = await sign_in(cl, right)
            cl.session.cookie_jar.clear()  # a new device: the address is still locked
            locked_again = await sign_in(cl, right)
            now[0] += 901
            later = await sign_in(cl, right)
            return (statuses, slowed.status, int(slowed.headers["Retry-After"]), waits, locked.status,
                    (await locked.json())["message"], locked_again.status, later.status)
        finally:
            await cl.close()

    statuses, slowed, retry, waits, locked, message, locked_again, later = run(go())
    assert statuses == [401] * 5
    assert slowed == 429 and 1 <= retry <= 3
    assert waits == [401] * 10
    assert locked == 429 and message.startswith("For mange feil forsøk. Prøv igjen om 14 minutter")
    assert locked_again == 429
    assert later == 200


def test_the_host_repairing_groups_reaches_the_phone(day, client, run):
    day.goto_round(1)
    email = _people(day)[5].key
    owner = next(iter(day.people.formations()))

    async def go():
        await sign_in(client, day.code_of(email))
        ws = await client.ws_connect("/p/ws")
        first = await ws.receive_json(timeout=5)
        rnd = next(r for r in day.people.rounds(owner) if r.number == 1)
        mine = next(g for g in rnd.groups if email in g.members)
        other = next(g for g in rnd.groups if g is not mine and g.pool == mine.pool)
        moved = [Group(g.room, g.pool, [e for e in g.members if e != email] + ([email] if g is other else []),
                       g.leader if g.leader != email else next(e for e in g.members if e != email),
                       g.note_taker if g.note_taker != email else "", g.meeting, g.notes) for g in rnd.groups]
        day.people.replace_round(owner, 1, moved)
        day.changes.fire()
        second = await ws.receive_json(timeout=5)
        await ws.close()
        return first, second, other.room

    first, second, new_room = run(go())
    assert first["me"]["group"]["room"] != new_room
    assert second["me"]["group"]["room"] == new_room


def test_a_phone_with_no_group_this_round_says_so(day, client, run):
    """A walk-in added after the groups were formed has no group until the host repairs them."""
    from controlroom.grouping.types import Participant

    day.people.save_participant(Participant("Uanmeldt Person", "ny@example.no", municipality="Sola"))
    day.goto_round(1)

    async def go():
        await sign_in(client, day.code_of("ny@example.no"))
        return await (await client.get("/p/api/v1/me")).json()

    me = run(go())
    assert me["first_name"] == "Uanmeldt" and me["group"] is None and me["block"]["uid"] == day.blocks[15].uid


def test_name_only_when_asked_and_the_workbook_leaves_it_out(day, client, run):
    day.goto_round(1)
    person = _people(day)[2]

    async def go():
        await sign_in(client, day.code_of(person.key))
        a = await (await client.post("/p/api/v1/inputs", json={"text": "Uten navn"})).json()
        b = await (await client.post("/p/api/v1/inputs", json={"text": "Med navn", "with_name": True})).json()
        return a, b

    a, b = run(go())
    assert day.inputs.get(a["id"]).author is None
    assert day.inputs.get(b["id"]).author == person.name and b["author"] == person.name
    text = json.dumps([vars(n) for n in build_workbook(day.store).nodes], ensure_ascii=False)
    assert "Med navn" in text and person.name not in text
    with_names = json.dumps([vars(n) for n in build_workbook(day.store, include_personal_data=True).nodes],
                            ensure_ascii=False)
    assert person.name in with_names


@pytest.mark.parametrize(("lang", "empty", "long"), [
    ("nb", "Innspillet er tomt", "Innspillet er for langt (1001 tegn)"),
    ("en", "The input is empty", "The input is too long (1001 characters)"),
])
def test_empty_blank_and_too_long_inputs_are_refused_in_the_phones_language(day, client, run, lang, empty, long):
    day.goto_round(1)

    async def go():
        await sign_in(client, day.code_of(_people(day)[0].key))
        out = []
        for text in ("", "   \n\t ", "x" * 1001, "y" * 1000):
            r = await client.post("/p/api/v1/inputs", json={"text": text}, headers={"Accept-Language": lang})
            out.append((r.status, await r.json()))
        return out

    (s1, b1), (s2, b2), (s3, b3), (s4, _b4) = run(go())
    assert (s1, s2, s3, s4) == (400, 400, 400, 201)
    assert b1["message"].startswith(empty) and b2["message"].startswith(empty)
    assert b3["message"].startswith(long)
    assert [r.text for r in day.inputs.all() if r.source == "mobil"] == ["y" * 1000]  # nothing half-saved


def test_others_inputs_and_plus_one_once_per_participant(day, client, run):
    day.goto_round(1)
    a, b = _people(day)[0], _people(day)[1]
    day.inputs.add("Fra salen", source="room")

    async def go():
        await sign_in(client, day.code_of(a.key))
        sent = await (await client.post("/p/api/v1/inputs", json={"text": "Mer samarbeid"})).json()
        client.session.cookie_jar.clear()
        await sign_in(client, day.code_of(b.key))
        listed = await (await client.get("/p/api/v1/inputs")).json()
        first = await (await client.post(f"/p/api/v1/inputs/{sent['id']}/plus")).json()
        second = await (await client.post(f"/p/api/v1/inputs/{sent['id']}/plus")).json()
        again = await (await client.get("/p/api/v1/inputs")).json()
        missing = await client.post("/p/api/v1/inputs/99999/plus")
        return sent, listed, first, second, again, missing.status

    sent, listed, first, second, again, missing = run(go())
    texts = [i["text"] for i in listed["items"]]
    assert texts == ["Mer samarbeid", "Fra salen"]  # newest first, every source of the running block
    assert listed["items"][0]["mine"] is False and listed["items"][0]["author"] is None
    assert first == {"id": sent["id"], "plus": 1, "plussed": True, "counted": True}
    assert second["plus"] == 1 and second["counted"] is False
    assert again["items"][0]["plussed"] is True and again["items"][0]["plus"] == 1
    assert day.inputs.get(sent["id"]).plus == 1
    assert missing == 404


def test_host_approval_first_then_approve_or_hide(day, client, run):
    day.goto_round(1)
    day.inputs.set_phone_approval(True)
    a, b = _people(day)[0], _people(day)[1]

    async def go():
        await sign_in(client, day.code_of(a.key))
        one = await (await client.post("/p/api/v1/inputs", json={"text": "Venter én"})).json()
        two = await (await client.post("/p/api/v1/inputs", json={"text": "Venter to"})).json()
        mine = await (await client.get("/p/api/v1/inputs")).json()
        client.session.cookie_jar.clear()
        await sign_in(client, day.code_of(b.key))
        before = await (await client.get("/p/api/v1/inputs")).json()
        day.inputs.approve(one["id"])
        day.inputs.delete(two["id"])
        after = await (await client.get("/p/api/v1/inputs")).json()
        return one, mine, before, after

    one, mine, before, after = run(go())
    assert one["pending"] is True
    assert [i["text"] for i in mine["items"]] == ["Venter to", "Venter én"] and all(i["pending"] for i in mine["items"])
    assert before["items"] == []
    assert [i["text"] for i in after["items"]] == ["Venter én"]
    assert [r.text for r in day.inputs.search(InputFilter(pending=True))] == []


def test_waiting_inputs_stay_out_of_the_workbook(day, client, run):
    day.goto_round(1)
    day.inputs.set_phone_approval(True)

    async def go():
        await sign_in(client, day.code_of(_people(day)[0].key))
        return await (await client.post("/p/api/v1/inputs", json={"text": "Ikke godkjent ennå"})).json()

    sent = run(go())
    assert "Ikke godkjent ennå" not in json.dumps([vars(n) for n in build_workbook(day.store).nodes], ensure_ascii=False)
    day.inputs.approve(sent["id"])
    assert "Ikke godkjent ennå" in json.dumps([vars(n) for n in build_workbook(day.store).nodes], ensure_ascii=False)


def test_a_flooding_phone_is_throttled_and_nobody_else_waits(day, client, run):
    day.goto_round(1)
    a, b = _people(day)[0], _people(day)[1]

    async def go():
        await sign_in(client, day.code_of(a.key))
        flood = [(await client.post("/p/api/v1/inputs", json={"text": f"nr {i}"})).status for i in range(12)]
        throttled = await client.post("/p/api/v1/inputs", json={"text": "en til"})
        client.session.cookie_jar.clear()
        await sign_in(client, day.code_of(b.key))
        other = await client.post("/p/api/v1/inputs", json={"text": "jeg også"})
        return flood, throttled.status, (await throttled.json())["message"], other.status

    flood, throttled, message, other = run(go())
    assert flood[:5] == [201] * 5 and set(flood[5:]) == {429}
    assert throttled == 429 and message.startswith("Du sender veldig fort")
    assert other == 201
    assert len([r for r in day.inputs.all() if r.source == "mobil"]) == 6


def test_requests_from_another_site_are_refused(day, client, run):
    day.goto_round(1)
    code = day.code_of(_people(day)[0].key)

    async def go():
        out = []
        for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}):
            r = await client.post("/p/api/v1/session", json={"code": code}, headers=headers)
            out.append(r.status)
        await sign_in(client, code)
        plain = await client.post("/p/api/v1/inputs", data=json.dumps({"text": "x"}),
                                  headers={"Content-Type": "text/plain"})
        cross = await client.post("/p/api/v1/inputs", json={"text": "x"}, headers={"Origin": "http://evil.example"})
        same = await client.post("/p/api/v1/inputs", json={"text": "fra siden selv"},
                                 headers={"Origin": str(client.make_url("")).rstrip("/"),
                                          "Sec-Fetch-Site": "same-origin"})
        ws = await client.get("/p/ws", headers={"Origin": "http://evil.example", "Upgrade": "websocket",
                                                "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
                                                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
        return out, plain.status, cross.status, same.status, ws.status

    refused, plain, cross, same, ws = run(go())
    assert refused == [403, 403, 403] and plain == 415 and cross == 403 and ws == 403
    assert same == 201
    assert [r.text for r in day.inputs.all() if r.source == "mobil"] == ["fra siden selv"]


def test_a_revoked_code_signs_the_phone_out(day, client, run):
    day.goto_round(1)
    email = _people(day)[0].key

    async def go():
        await sign_in(client, day.code_of(email))
        ws = await client.ws_connect("/p/ws")
        await ws.receive_json(timeout=5)
        day.people.revoke_code(email)
        day.changes.fire()
        pushed = await ws.receive_json(timeout=5)
        closed = await ws.receive(timeout=5)
        me = await client.get("/p/api/v1/me")
        return pushed, ws.close_code, closed, me.status, await me.json()

    pushed, close_code, _closed, status, body = run(go())
    assert pushed == {"type": "signed_out"} and close_code == 4401
    assert status == 401 and body["error"] == "signed_out"


def test_security_headers_and_a_page_without_inline_script(day, client, run):
    async def go():
        page = await client.get("/p/")
        js = await client.get("/p/js/app.js")
        missing = await client.get("/p/js/../../etc/passwd")
        return page.headers, await page.text(), js.status, js.headers["Content-Type"], missing.status

    headers, html, js_status, js_type, missing = run(go())
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert headers["Referrer-Policy"] == "no-referrer" and headers["X-Frame-Options"] == "DENY"
    assert "<script>" not in html and 'type="module" src="js/app.js"' in html and "style=" not in html
    assert "HttpOnly" in headers["Set-Cookie"]  # the device mark
    assert js_status == 200 and js_type.startswith("text/javascript")
    assert missing == 404


def test_notes_only_by_the_note_taker_with_revisions_and_into_the_workbook(day, client, run):
    day.goto_round(1)
    owner = next(iter(day.people.formations()))
    group = next(r for r in day.people.rounds(owner) if r.number == 1).groups[0]
    member = next(e for e in group.members if e != group.note_taker)

    async def go():
        await sign_in(client, day.code_of(group.note_taker))
        first = await client.put("/p/api/v1/notes", json={"text": "Punkt 1", "base": 0})
        second = await client.put("/p/api/v1/notes", json={"text": "Punkt 1\nPunkt 2", "base": 1})
        day.people.set_group_notes(owner, 1, group.room, "Verten rettet")  # the host edits in the window
        stale = await client.put("/p/api/v1/notes", json={"text": "Punkt 1\nPunkt 2\nPunkt 3", "base": 2})
        stale_body = await stale.json()
        merged = await client.put("/p/api/v1/notes", json={"text": "Verten rettet\nPunkt 3",
                                                           "base": stale_body["revision"]})
        client.session.cookie_jar.clear()
        await sign_in(client, day.code_of(member))
        read = await (await client.get("/p/api/v1/notes")).json()
        refused = await client.put("/p/api/v1/notes", json={"text": "Mitt", "base": read["revision"]})
        return ((await first.json()), (await second.json()), stale.status, stale_body, merged.status, read,
                refused.status)

    first, second, stale, stale_body, merged, read, refused = run(go())
    assert first["revision"] == 1 and second["revision"] == 2
    assert stale == 409 and stale_body["text"] == "Verten rettet" and stale_body["revision"] == 3
    assert merged == 200
    assert read == {"text": "Verten rettet\nPunkt 3", "revision": 4, "room": group.room, "can_edit": False}
    assert refused == 403
    notes = [n for n in day.people.notes_for_block(owner) if n.room == group.room and n.round == 1]
    assert notes[0].text == "Verten rettet\nPunkt 3"
    body = json.dumps([vars(n) for n in build_workbook(day.store).nodes], ensure_ascii=False)
    assert "Verten rettet\\nPunkt 3" in body


def test_two_note_takers_saving_at_once_cannot_both_win(day, client, run):
    """Two phones of the note-taker save on the same base at the same moment: one saves, one gets 409."""
    day.goto_round(1)
    owner = next(iter(day.people.formations()))
    group = next(r for r in day.people.rounds(owner) if r.number == 1).groups[1]

    async def go():
        await sign_in(client, day.code_of(group.note_taker))
        a, b = await asyncio.gather(
            client.put("/p/api/v1/notes", json={"text": "Telefon A", "base": 0}),
            client.put("/p/api/v1/notes", json={"text": "Telefon B", "base": 0}))
        return sorted([a.status, b.status])

    assert run(go()) == [200, 409]
    assert day.people.group_notes(owner, 1, group.room)[1] == 1


def test_open_space_propose_and_check_in(day, client, run):
    """An Open Space block: the wall, a topic proposed from a phone, and "I am here" that the attendance
    lists know (one session per slot)."""
    block = day.blocks[20].uid
    repo = OpenSpaceRepository(day.store)
    repo.set_layout(block, ["13:15–14:00"], ["Plenumssalen", "Grupperom A"])
    placed = repo.propose(block, "Frivillige i integreringen", "Kari Nordmann")
    repo.place(placed.id, 0, "Plenumssalen")
    other = repo.propose(block, "Kultur som bro", "Ola Hansen")
    repo.place(other.id, 0, "Grupperom A")
    day.live.goto(20)
    person = _people(day)[0]

    async def go():
        await sign_in(client, day.code_of(person.key))
        me = await (await client.get("/p/api/v1/me")).json()
        wall = await (await client.get("/p/api/v1/openspace")).json()
        proposed = await client.post("/p/api/v1/openspace/topics", json={"title": "  Unge stemmer  "})
        empty = await client.post("/p/api/v1/openspace/topics", json={"title": "   "})
        here = await (await client.post(f"/p/api/v1/openspace/topics/{placed.id}/checkin")).json()
        moved = await (await client.post(f"/p/api/v1/openspace/topics/{other.id}/checkin")).json()
        return me, wall, proposed.status, await proposed.json(), empty.status, here, moved

    me, wall, status, topic, empty, here, moved = run(go())
    assert me["openspace"]["active"] is True
    assert wall["slots"] == ["13:15–14:00"] and [t["title"] for t in wall["topics"]] == [
        "Frivillige i integreringen", "Kultur som bro"]
    assert wall["topics"][0]["convener"] == "Kari" and wall["topics"][0]["space"] == "Plenumssalen"
    assert status == 201 and topic["title"] == "Unge stemmer" and topic["slot"] is None
    assert empty == 400
    stored = {t.title: t for t in repo.topics(block)}
    assert stored["Unge stemmer"].convener == person.name
    assert next(t for t in here["topics"] if t["id"] == placed.id)["here"] is True
    assert [t["here"] for t in moved["topics"] if t["slot"] == 0] == [False, True]  # one session per slot
    assert repo.where_in_slot(block, 0) == {person.key: "Grupperom A"}


def test_open_space_is_refused_when_not_running(day, client, run):
    day.goto_round(1)

    async def go():
        await sign_in(client, day.code_of(_people(day)[0].key))
        wall = await (await client.get("/p/api/v1/openspace")).json()
        r = await client.post("/p/api/v1/openspace/topics", json={"title": "Noe"}, headers={"Accept-Language": "en"})
        return wall, r.status, await r.json()

    wall, status, body = run(go())
    assert wall == {"active": False} and status == 409 and body["message"] == "Open Space is not running now."
