"""Rooms: on-site spaces and Teams/Zoom breakout rooms, default names, and the platforms' limits.

Limits (design.md, "Integration facts"): Teams allows 50 breakout rooms and 300 people in a meeting
with breakout rooms; Zoom allows 100 rooms and 1000 pre-assigned people per meeting. When a pool
exceeds them, forming refuses with a message naming the limit and the way out (a second meeting);
with ``split=True`` the groups are spread over as many meetings as needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr

#: (max rooms, max people) per meeting.
PLATFORM_LIMITS: dict[str, tuple[int, int]] = {"teams": (50, 300), "zoom": (100, 1000)}


def default_room_name(pool: str, number: int) -> str:
    """ "Rom 3", "Teams-rom 1", "Zoom-rom 2" in the UI's language."""
    names = {"onsite": tr("Rom {n}"), "teams": tr("Teams-rom {n}"), "zoom": tr("Zoom-rom {n}")}
    return names[pool].format(n=number)


@dataclass
class RoomSpec:
    name: str
    kind: str  # onsite | teams | zoom
    capacity: int | None = None
    meeting: int = 1


def room_names(pool: str, sizes: list[int], defined: list[RoomSpec]) -> tuple[list[str], list[str]]:
    """A room name for each group of ``pool`` (group j has ``sizes[j]`` people) and notes for the user.

    Defined rooms are used in order when their capacity fits the group; the rest get default names
    ("Rom 1", "Teams-rom 1", "Zoom-rom 1" …) that do not clash with defined ones."""
    free = [r for r in defined if r.kind == pool]
    used = {r.name for r in defined}
    names: list[str] = []
    notes: list[str] = []
    counter = 0
    for size in sizes:
        room = next((r for r in free if r.capacity is None or r.capacity >= size), None)
        if room is not None:
            free.remove(room)
            names.append(room.name)
            continue
        counter += 1
        name = default_room_name(pool, counter)
        while name in used:
            counter += 1
            name = default_room_name(pool, counter)
        used.add(name)
        names.append(name)
    small = [r.name for r in free if r.capacity is not None and r.capacity < max(sizes, default=0)]
    if pool == "onsite" and len(names) > len([r for r in defined if r.kind == pool]) and defined:
        notes.append(tr("Ikke nok definerte rom på stedet for alle gruppene; resten har fått standardnavn."))
    if small:
        notes.append(tr("For små rom (kapasitet) ble ikke brukt: {rooms}").format(rooms=", ".join(small)))
    return names, notes


def assign_meetings(pool: str, sizes: list[int], split: bool, where: str = "") -> list[int]:
    """Which meeting each group's breakout room belongs to; refuses or splits when over the limits."""
    if pool not in PLATFORM_LIMITS:
        return [1] * len(sizes)
    max_rooms, max_people = PLATFORM_LIMITS[pool]
    total = sum(sizes)
    if len(sizes) <= max_rooms and total <= max_people:
        return [1] * len(sizes)
    platform = "Teams" if pool == "teams" else "Zoom"
    if not split:
        raise BadInputError(InputProblem(where, None, tr(
            "{platform} tillater høyst {rooms} grupperom og {people} deltakere per møte, men {pool} har {g} grupper "
            "og {n} deltakere. Del i flere møter (--split-meetings / «Del i flere møter»).").format(
                platform=platform, rooms=max_rooms, people=max_people, pool=platform, g=len(sizes), n=total)))
    meetings: list[int] = []
    meeting, rooms, people = 1, 0, 0
    for s in sizes:
        if rooms + 1 > max_rooms or people + s > max_people:
            meeting, rooms, people = meeting + 1, 0, 0
        meetings.append(meeting)
        rooms += 1
        people += s
    return meetings


def check_room_count(pool: str, rooms: int, where: str = "") -> None:
    """Refuse defining more breakout rooms in one meeting than the platform allows."""
    if pool in PLATFORM_LIMITS and rooms > PLATFORM_LIMITS[pool][0]:
        platform = "Teams" if pool == "teams" else "Zoom"
        raise BadInputError(InputProblem(where, None, tr(
            "{platform} tillater høyst {max} grupperom per møte (du ba om {n}); legg resten i et nytt møte").format(
                platform=platform, max=PLATFORM_LIMITS[pool][0], n=rooms)))
