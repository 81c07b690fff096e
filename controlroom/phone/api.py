"""What a signed-in phone does: send inputs and "+1" others', write the group's notes (note-taker
only), and in Open Space propose a topic and say "I am here". Every refusal is a clear message in the
phone's language; every write goes through the store's own services (``InputLog``, the repositories)
on a worker thread."""

from __future__ import annotations

import asyncio
import re

from aiohttp import web

from controlroom.errors import BadInputError
from controlroom.inputs.parse import KINDS, MAX_PHONE_TEXT, sanitise
from controlroom.inputs.types import InputFilter
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.phone.http import read_json
from controlroom.phone.push import public_input
from controlroom.phone.service import PHONE_KEY, PhoneService
from controlroom.phone.sessions import PhoneSession
from controlroom.phone.view import GroupInfo, first_name

#: Longest group notes a phone may save, and longest Open Space title.
MAX_NOTES = 50_000
MAX_TOPIC = 200
MAX_TAGS, MAX_TAG = 10, 50
#: Most inputs a phone's list gets at once (newest first).
MAX_LISTED = 200
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def _svc(request: web.Request) -> PhoneService:
    return request.app[PHONE_KEY]


def _signed_in(request: web.Request) -> tuple[PhoneService, PhoneSession | None]:
    svc = _svc(request)
    return svc, svc.session(request)


def _flood(svc: PhoneService, request: web.Request) -> web.Response:
    return svc.messages.error(request, 429, "err_flood", headers={"Retry-After": "5"})


# -- inputs ------------------------------------------------------------------------------------------
async def send_input(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    if not session.allow("input"):
        return _flood(svc, request)
    data = await read_json(request)
    msgs = svc.messages
    text = data.get("text")
    if not isinstance(text, str) or not sanitise(text):
        return msgs.error(request, 400, "err_empty")
    clean = sanitise(text)
    if len(clean) > MAX_PHONE_TEXT:
        return msgs.error(request, 400, "err_too_long", n=len(clean), max=MAX_PHONE_TEXT)
    kind = data.get("kind") or "innspill"
    if kind not in KINDS:
        return msgs.error(request, 400, "err_bad_kind")
    tags = data.get("tags") or []
    if not isinstance(tags, list) or len(tags) > MAX_TAGS or \
            not all(isinstance(t, str) and 0 < len(t) <= MAX_TAG for t in tags):
        return msgs.error(request, 400, "err_tags")
    with_name = data.get("with_name") is True
    person = svc.hub.snapshot.people.get(session.participant_id)
    author = person.name if with_name and person is not None else None
    block = svc.live.state().current_uid
    try:
        rec = await asyncio.to_thread(svc.inputs.add_from_phone, clean, kind=kind, tags=tags, author=author,
                                      block_uid=block)
    except BadInputError:
        return msgs.error(request, 400, "err_bad_request")
    svc.hub.authored.setdefault(session.participant_id, set()).add(rec.id)
    return web.json_response(public_input(rec, mine=True), status=201)


async def list_inputs(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    block = svc.live.state().current_uid
    if block is None:
        return web.json_response({"block": None, "items": []})
    own = svc.hub.authored.get(session.participant_id, set())

    def read() -> list[dict]:
        records = svc.inputs.search(InputFilter(block_uid=block))
        shown = [r for r in records if r.approved or r.id in own][-MAX_LISTED:]
        plussed = svc.inputs.plussed_by(session.participant_id, [r.id for r in shown])
        return [public_input(r, mine=r.id in own, plussed=r.id in plussed) for r in reversed(shown)]

    return web.json_response({"block": block, "items": await asyncio.to_thread(read)})


async def plus_one(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    if not session.allow("plus"):
        return _flood(svc, request)
    try:
        input_id = int(request.match_info["id"])
    except ValueError:
        return svc.messages.error(request, 404, "err_not_found")
    seen = svc.inputs.get(input_id)
    if seen is None or seen.deleted or not seen.approved:
        return svc.messages.error(request, 404, "err_not_found")
    try:
        rec, counted = await asyncio.to_thread(svc.inputs.plus_one, input_id, session.participant_id)
    except BadInputError:
        return svc.messages.error(request, 404, "err_not_found")
    return web.json_response({"id": rec.id, "plus": rec.plus, "plussed": True, "counted": counted})


# -- notes -------------------------------------------------------------------------------------------
def _my_group(svc: PhoneService, session: PhoneSession) -> GroupInfo | None:
    return svc.hub.snapshot.groups.get(session.email)


async def get_notes(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    snap = svc.hub.snapshot
    group = _my_group(svc, session)
    if group is None or snap.owner is None or snap.round is None:
        return svc.messages.error(request, 404, "err_no_group")
    found = await asyncio.to_thread(svc.people.group_notes, snap.owner, snap.round, group.room)
    if found is None:
        return svc.messages.error(request, 404, "err_no_group")
    return web.json_response({"text": found[0], "revision": found[1], "room": group.room,
                              "can_edit": group.note_taker == session.email})


async def put_notes(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    msgs = svc.messages
    snap = svc.hub.snapshot
    group = _my_group(svc, session)
    if group is None or snap.owner is None or snap.round is None:
        return msgs.error(request, 404, "err_no_group")
    if group.note_taker != session.email:
        return msgs.error(request, 403, "err_not_note_taker")
    if not session.allow("notes"):
        return _flood(svc, request)
    data = await read_json(request)
    text, base = data.get("text"), data.get("base")
    if not isinstance(text, str) or isinstance(base, bool) or not isinstance(base, int):
        return msgs.error(request, 400, "err_bad_request")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_NOTES:
        return msgs.error(request, 400, "err_notes_too_long", max=MAX_NOTES)
    try:
        result = await asyncio.to_thread(svc.people.save_group_notes, snap.owner, snap.round, group.room, text, base)
    except BadInputError:
        return msgs.error(request, 404, "err_no_group")
    svc.hub.mark_dirty()
    if not result.saved:
        return msgs.error(request, 409, "err_conflict", extra={"text": result.text, "revision": result.revision})
    return web.json_response({"revision": result.revision, "saved": True})


# -- Open Space --------------------------------------------------------------------------------------
def _wall(svc: PhoneService, block: str, email: str) -> dict:
    repo = OpenSpaceRepository(svc.store)
    slots, spaces = repo.layout(block)
    topics = repo.topics(block)
    return {
        "active": True,
        "block": svc.hub.snapshot.block_title,
        "slots": slots,
        "spaces": spaces,
        "topics": [{"id": t.id, "title": t.title, "convener": first_name(t.convener), "mode": t.mode,
                    "slot": t.slot, "space": t.space if t.slot is not None else None,
                    "count": len(t.attendees), "here": email in t.attendees} for t in topics],
    }


def _open_space_block(svc: PhoneService) -> str | None:
    snap = svc.hub.snapshot
    return snap.block_uid if snap.openspace and snap.block_uid else None


async def get_openspace(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    block = _open_space_block(svc)
    if block is None:
        return web.json_response({"active": False})
    return web.json_response(await asyncio.to_thread(_wall, svc, block, session.email))


async def propose_topic(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    msgs = svc.messages
    block = _open_space_block(svc)
    if block is None:
        return msgs.error(request, 409, "err_no_openspace")
    if not session.allow("topic"):
        return _flood(svc, request)
    data = await read_json(request)
    title = data.get("title")
    clean = sanitise(title) if isinstance(title, str) else ""
    if not clean:
        return msgs.error(request, 400, "err_topic_empty")
    if len(clean) > MAX_TOPIC:
        return msgs.error(request, 400, "err_topic_too_long", max=MAX_TOPIC)
    person = svc.hub.snapshot.people.get(session.participant_id)
    mode = data.get("mode")
    if mode not in ("onsite", "online", "both"):
        mode = "onsite" if person is None or person.attendance == "onsite" else "online"
    convener = person.name if person is not None else ""
    topic = await asyncio.to_thread(svc.open_space.propose, block, clean, convener, mode)
    svc.hub.mark_dirty()
    return web.json_response({"id": topic.id, "title": topic.title, "convener": first_name(topic.convener),
                              "mode": topic.mode, "slot": None, "space": None, "count": 0, "here": False},
                             status=201)


async def check_in(request: web.Request) -> web.Response:
    svc, session = _signed_in(request)
    if session is None:
        return svc.signed_out(request)
    msgs = svc.messages
    block = _open_space_block(svc)
    if block is None:
        return msgs.error(request, 409, "err_no_openspace")
    if not session.allow("checkin"):
        return _flood(svc, request)
    try:
        topic_id = int(request.match_info["id"])
    except ValueError:
        return msgs.error(request, 404, "err_not_found")
    repo = svc.open_space.repo

    def attend() -> dict | None:
        topic = repo.topic(topic_id)
        if topic is None or topic.merged_into is not None or repo.block_of(topic_id) != block:
            return None
        svc.open_space.attend(block, topic, [session.email], "attend")  # "jeg er her", logged as the wall logs it
        return _wall(svc, block, session.email)

    wall = await asyncio.to_thread(attend)
    if wall is None:
        return msgs.error(request, 404, "err_not_found")
    svc.hub.mark_dirty()
    return web.json_response(wall)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/api/v1/inputs", list_inputs)
    app.router.add_post("/api/v1/inputs", send_input)
    app.router.add_post("/api/v1/inputs/{id}/plus", plus_one)
    app.router.add_get("/api/v1/notes", get_notes)
    app.router.add_put("/api/v1/notes", put_notes)
    app.router.add_get("/api/v1/openspace", get_openspace)
    app.router.add_post("/api/v1/openspace/topics", propose_topic)
    app.router.add_post("/api/v1/openspace/topics/{id}/checkin", check_in)
