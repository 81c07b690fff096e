"""Pre-assigning a round's online groups to a Zoom meeting's breakout rooms. Qt-free.

``plan_rooms`` turns groups into Zoom rooms (one e-mail per person, the people without a usable
address listed apart), ``check_limits`` enforces Zoom's 100 rooms / 1000 people before any call
(and says how to split into a second meeting), ``rooms_csv`` writes the file Zoom's web portal
imports (``Pre-assign Room Name,Email Address``), ``compare_readback`` checks what Zoom kept.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from controlroom.exporters import safe_csv
from controlroom.i18n import tr
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError

MAX_ROOMS = 100
MAX_PEOPLE = 1000
CSV_HEADER = ("Pre-assign Room Name", "Email Address")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")

OK = "ok"
PARTIAL = "partial"
MISSING = "missing"
PENDING = "pending"


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None = None


@dataclass
class GroupRoom:
    """One group of a round, as the groups area formed it."""

    name: str
    members: list[Person]


@dataclass
class Unassignable:
    name: str
    email: str | None
    room: str
    reason: str


@dataclass
class RoomPlan:
    rooms: list[tuple[str, list[str]]] = field(default_factory=list)
    unassignable: list[Unassignable] = field(default_factory=list)

    @property
    def people(self) -> int:
        return sum(len(emails) for _, emails in self.rooms)

    def payload(self) -> list[dict[str, Any]]:
        return [{"name": name, "participants": emails} for name, emails in self.rooms]


@dataclass
class RoomResult:
    name: str
    planned: list[str]
    confirmed: list[str]
    status: str

    @property
    def dropped(self) -> list[str]:
        kept = {e.lower() for e in self.confirmed}
        return [e for e in self.planned if e.lower() not in kept]


def valid_email(text: str | None) -> bool:
    return bool(text) and bool(_EMAIL.match(text.strip()))  # type: ignore[union-attr]


def plan_rooms(groups: Sequence[GroupRoom]) -> RoomPlan:
    plan = RoomPlan()
    seen: dict[str, str] = {}
    used_names: set[str] = set()
    for group in groups:
        name = (group.name or "").strip()[:50] or tr("Rom {n}").format(n=len(plan.rooms) + 1)
        base, n = name, 2
        while name.lower() in used_names:
            name, n = f"{base} ({n})", n + 1
        used_names.add(name.lower())
        emails: list[str] = []
        for person in group.members:
            email = (person.email or "").strip()
            if not email:
                plan.unassignable.append(Unassignable(person.name, None, name, tr("mangler e-postadresse")))
            elif not valid_email(email):
                plan.unassignable.append(Unassignable(person.name, email, name, tr("ugyldig e-postadresse")))
            elif email.lower() in seen:
                plan.unassignable.append(Unassignable(person.name, email, name, tr(
                    "samme e-post står allerede i {room}").format(room=seen[email.lower()])))
            else:
                seen[email.lower()] = name
                emails.append(email)
        plan.rooms.append((name, emails))
    return plan


def check_limits(plan: RoomPlan) -> None:
    """Refuse before calling Zoom when the plan exceeds what one meeting takes."""
    rooms, people = len(plan.rooms), plan.people
    if rooms <= MAX_ROOMS and people <= MAX_PEOPLE:
        return
    parts = len(split_plan(plan))
    raise PlatformError(E.LIMITS, tr(
        "Zoom tar høyst {max_rooms} grupperom og {max_people} forhåndstildelte personer per møte; "
        "denne runden har {rooms} rom og {people} personer. Del runden på {parts} Zoom-møter: dann gruppene "
        "med «Del i flere Teams/Zoom-møter ved plattformgrensene» og forhåndstildel ett møte om gangen "
        "(«Del: møte nr.», eller --part på kommandolinjen).").format(
        max_rooms=MAX_ROOMS, max_people=MAX_PEOPLE, rooms=rooms, people=people, parts=parts))


def split_plan(plan: RoomPlan, max_rooms: int = MAX_ROOMS, max_people: int = MAX_PEOPLE) -> list[RoomPlan]:
    """Whole rooms into as few meetings as the limits allow (rooms are never cut in two)."""
    parts: list[RoomPlan] = [RoomPlan()]
    for name, emails in plan.rooms:
        cur = parts[-1]
        if cur.rooms and (len(cur.rooms) >= max_rooms or cur.people + len(emails) > max_people):
            cur = RoomPlan()
            parts.append(cur)
        cur.rooms.append((name, emails))
    parts[0].unassignable = list(plan.unassignable)
    return parts


def rooms_csv(rooms: Iterable[tuple[str, list[str]]]) -> str:
    """The CSV Zoom's web portal imports for pre-assigned rooms."""
    out = io.StringIO()
    writer = safe_csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for name, emails in rooms:
        for email in emails:
            writer.writerow((name, email))
    return out.getvalue()


def compare_readback(plan: RoomPlan, meeting: dict[str, Any]) -> list[RoomResult]:
    """What Zoom kept, room by room, from ``GET /meetings/{id}``'s ``settings.breakout_room``."""
    rooms = ((meeting.get("settings") or {}).get("breakout_room") or {}).get("rooms") or []
    kept = {str(r.get("name", "")).strip().lower(): [str(p) for p in (r.get("participants") or [])]
            for r in rooms if isinstance(r, dict)}
    results = []
    for name, emails in plan.rooms:
        confirmed = kept.get(name.lower())
        if confirmed is None:
            results.append(RoomResult(name, emails, [], MISSING))
            continue
        have = {e.lower() for e in confirmed}
        status = OK if all(e.lower() in have for e in emails) else PARTIAL
        results.append(RoomResult(name, emails, confirmed, status))
    return results


def dropped_people(plan: RoomPlan, results: list[RoomResult],
                   names: dict[str, str] | None = None) -> list[Unassignable]:
    """People Zoom did not keep (not a Zoom user, or an address Zoom refuses)."""
    names = names or {}
    out = []
    for result in results:
        if result.status == MISSING:
            continue
        for email in result.dropped:
            out.append(Unassignable(names.get(email.lower(), email), email, result.name,
                                    tr("Zoom beholdt ikke adressen (ikke en Zoom-bruker eller ugyldig)")))
    return out
