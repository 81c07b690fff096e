"""What a phone shows, computed once per change of the event for everyone (``Snapshot``) and then per
participant by a dictionary look-up (``person_view``).

A snapshot is the running block, the round that runs in it (rounds may live in other blocks than the
formation's, ``grouping.day_rounds.round_of_block``), every group of that round with its room's
countdown, the first names, and who holds which code. Building it reads the store (a handful of
queries): call ``build_snapshot`` off the event loop. A phone gets only what it shows: first names of
its own group, never an e-mail, never another group.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from controlroom.clock import Clock
from controlroom.grouping.day_rounds import round_of_block
from controlroom.live.state import LiveState
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository, PhonePerson
from controlroom.models.room_timers import RoomTimers
from controlroom.models.store import EventStore

#: The longest block description a phone gets (the question and what goes with it).
MAX_DESCRIPTION = 2000


@dataclass(frozen=True)
class GroupInfo:
    number: int
    room: str
    platform: str
    members: tuple[str, ...]
    leader: str
    note_taker: str
    #: The room's countdown: when it reaches zero (running), or what is left while it is stopped.
    ends_at: datetime | None
    paused_seconds: float | None
    notes_revision: int


@dataclass(frozen=True)
class Snapshot:
    #: ``time.monotonic()`` when the store was read: sessions opened after it are newer than its codes.
    taken_at: float
    block_uid: str | None = None
    block_title: str = ""
    block_description: str = ""
    #: The plenary timer's end while it runs (the countdown of a group without a room timer).
    block_ends_at: datetime | None = None
    owner: str | None = None
    round: int | None = None
    groups: dict[str, GroupInfo] = field(default_factory=dict)  # e-mail → its group
    people: dict[int, PhonePerson] = field(default_factory=dict)  # participant id → person
    first_names: dict[str, str] = field(default_factory=dict)  # e-mail → first name
    openspace: bool = False
    #: Changes whenever the Open Space wall does (the phones fetch it again).
    openspace_rev: str = ""
    #: The event's time zone (the phones show times in it).
    timezone: str = "Europe/Oslo"


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else ""


def iso(instant: datetime | None) -> str | None:
    if instant is None:
        return None
    return instant.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def build_snapshot(store: EventStore, clock: Clock, state: LiveState) -> Snapshot:
    """Read the event as the phones need it (blocking: a worker thread's job)."""
    taken_at = time.monotonic()
    people_repo = PeopleRepository(store)
    persons = people_repo.phone_people()
    people = {p.participant_id: p for p in persons}
    names = {p.email: first_name(p.name) for p in persons}
    uid = state.current_uid
    if uid is None:
        return Snapshot(taken_at, people=people, first_names=names, timezone=state.timezone)
    block = AgendaRepository(store).block(uid)
    title = block.title if block else (state.current_title or "")
    description = (block.description if block else "").strip()[:MAX_DESCRIPTION]
    plenary_end = state.now + timedelta(seconds=state.remaining_seconds) if state.running else None
    spaces = OpenSpaceRepository(store)
    openspace = spaces.has_wall(uid)
    rev = ""
    if openspace:
        slots, walls = spaces.layout(uid)
        topics = spaces.topics(uid)
        raw = repr((slots, walls, [(t.id, t.title, t.convener, t.mode, t.slot, t.space, sorted(t.attendees))
                                   for t in topics]))
        rev = hashlib.sha256(raw.encode()).hexdigest()[:16]
    hit = round_of_block(people_repo.formations(), uid)
    groups: dict[str, GroupInfo] = {}
    owner = number = None
    if hit is not None:
        owner, number = hit
        rnd = next((r for r in people_repo.rounds(owner) if r.number == number), None)
        timers = RoomTimers(store, clock).all(owner)
        revisions = people_repo.notes_revisions(owner, number)
        for i, g in enumerate(rnd.groups if rnd else []):
            t = timers.get(g.room)
            if t is not None and t.running:
                ends, paused = t.ends_at, None
            elif t is not None:
                ends, paused = None, t.left_s
            else:
                ends, paused = plenary_end, None
            info = GroupInfo(i + 1, g.room, g.pool, tuple(g.members), g.leader, g.note_taker, ends, paused,
                             revisions.get(g.room, 0))
            for email in g.members:
                groups[email] = info
    return Snapshot(taken_at, uid, title, description, plenary_end, owner, number, groups, people, names,
                    openspace, rev, state.timezone)


def person_view(snap: Snapshot, participant_id: int, group_name: str) -> dict:
    """The ``/api/v1/me`` answer for one participant (``group_name``: "Gruppe {n}" in their language)."""
    person = snap.people.get(participant_id)
    if person is None:
        return {"first_name": "", "block": None, "round": None, "group": None,
                "openspace": {"active": False, "rev": ""}, "timezone": snap.timezone}
    block = {"uid": snap.block_uid, "title": snap.block_title, "description": snap.block_description} \
        if snap.block_uid else None
    view: dict = {
        "first_name": first_name(person.name),
        "block": block,
        "round": None,
        "group": None,
        "openspace": {"active": snap.openspace, "rev": snap.openspace_rev},
        "timezone": snap.timezone,
    }
    g = snap.groups.get(person.email)
    if g is None:
        return view
    role = "leader" if person.email == g.leader else "note_taker" if person.email == g.note_taker else None
    names = snap.first_names
    view["round"] = snap.round
    view["group"] = {
        "name": group_name.format(n=g.number),
        "room": g.room,
        "platform": g.platform,
        "members": [names.get(e, "") for e in g.members],
        "people": [{"name": names.get(e, ""),
                    "role": "leader" if e == g.leader else "note_taker" if e == g.note_taker else None,
                    "me": e == person.email} for e in g.members],
        "role": role,
        "leader": names.get(g.leader) if g.leader else None,
        "note_taker": names.get(g.note_taker) if g.note_taker else None,
        "question": snap.block_title,
        "description": snap.block_description,
        "ends_at": iso(g.ends_at),
        "paused_seconds": None if g.paused_seconds is None else round(g.paused_seconds, 1),
        "notes_revision": g.notes_revision,
    }
    return view
