"""Plain dataclasses of the people area: participants, groups, rounds, notes. No SQLAlchemy, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Attendance = Literal["onsite", "teams", "zoom"]
POOLS: tuple[Attendance, ...] = ("onsite", "teams", "zoom")
#: Where "Digitalt" without a platform goes: the event's default online platform.
OnlinePlatform = Literal["teams", "zoom"]
#: A walk-in may come without an e-mail: they get an address in this reserved domain as their identity,
#: never shown as an e-mail and never exported.
NO_EMAIL_DOMAIN = "uten-epost.invalid"


def online_platform(value: str | None) -> OnlinePlatform | None:
    """``value`` as an online platform, or None when it names none (a setting read from the store)."""
    if value == "teams":
        return "teams"
    if value == "zoom":
        return "zoom"
    return None


def placeholder_email(taken: set[str]) -> str:
    """A new identity for a walk-in without an e-mail (not in ``taken``)."""
    n = 1
    while f"uanmeldt-{n}@{NO_EMAIL_DOMAIN}" in taken:
        n += 1
    return f"uanmeldt-{n}@{NO_EMAIL_DOMAIN}"


@dataclass
class Participant:
    name: str
    email: str
    organisation: str = ""
    municipality: str = ""
    attendance: Attendance = "onsite"
    no_show: bool = False
    walk_in: bool = False
    #: Where an importer found the person (1-based line), for messages.
    source_line: int | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        """The identity: the e-mail address, case-insensitive."""
        return self.email.strip().lower()

    @property
    def has_email(self) -> bool:
        """False for a walk-in registered without an e-mail (a placeholder identity)."""
        return not self.key.endswith("@" + NO_EMAIL_DOMAIN)

    def as_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "email": self.email,
            "organisation": self.organisation,
            "municipality": self.municipality,
            "attendance": self.attendance,
        }


@dataclass(frozen=True)
class RoundMode:
    """``mix``: fewest pairs who met before; ``return``: the same groups as round ``source``."""

    kind: Literal["mix", "return"] = "mix"
    source: int | None = None

    @staticmethod
    def parse(text: str) -> RoundMode:
        t = text.strip().lower()
        if t in ("mix", "blanding", "ny"):
            return RoundMode("mix")
        for prefix in ("return:", "tilbake:"):
            if t.startswith(prefix):
                return RoundMode("return", int(t[len(prefix):]))
        raise ValueError(text)

    def __str__(self) -> str:
        return "mix" if self.kind == "mix" else f"return:{self.source}"


@dataclass
class Group:
    room: str
    pool: Attendance
    members: list[str]  # e-mail keys
    leader: str = ""
    note_taker: str = ""
    #: Online rooms: which meeting (1, 2, …) when a platform's limits force a split.
    meeting: int = 1
    notes: str = ""

    def as_json(self) -> dict:
        return {
            "room": self.room,
            "pool": self.pool,
            "members": list(self.members),
            "leader": self.leader,
            "note_taker": self.note_taker,
        }


@dataclass
class Round:
    number: int
    mode: RoundMode
    groups: list[Group]


@dataclass
class Breach:
    """A group with more than k people from one municipality."""

    round: int
    room: str
    municipality: str
    count: int


@dataclass
class PoolPlan:
    """What forming a pool will give, computed before forming (shown in the dialog)."""

    pool: Attendance
    size: int
    groups: int
    min_breaches: int
    #: The group count in the size range with the fewest breaches (more 3-person groups).
    best_groups: int
    best_min_breaches: int
    largest_municipality: str = ""
    largest_count: int = 0


@dataclass
class Formation:
    """The result of forming groups for a block."""

    rounds: list[Round]
    breaches: int
    min_breaches: int
    repeated_pairs: int
    repeated_pairs_lower_bound: int
    breach_list: list[Breach] = field(default_factory=list)
    plans: list[PoolPlan] = field(default_factory=list)
    #: Times someone got the leader or note-taker role a second time (0 when avoidable).
    duty_repeats: int = 0
    messages: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "rounds": [{"round": r.number, "groups": [g.as_json() for g in r.groups]} for r in self.rounds],
            "breaches": self.breaches,
            "min_breaches": self.min_breaches,
            "repeated_pairs": self.repeated_pairs,
            "repeated_pairs_lower_bound": self.repeated_pairs_lower_bound,
        }


@dataclass(frozen=True)
class Move:
    email: str
    from_room: str | None  # None: a walk-in joins
    to_room: str | None  # None: a no-show leaves


@dataclass
class GroupNote:
    """A group's or an Open Space session's notes, as the workbook reads them."""

    kind: Literal["group", "openspace"]
    round: int
    room: str
    title: str
    members: list[str]
    leader: str
    note_taker: str
    text: str


@dataclass
class OnlineGroup:
    """A round's online group as the Zoom/Teams integration reads it."""

    room: str
    pool: Attendance
    meeting: int
    emails: list[str]
    leader: str
    note_taker: str


@dataclass
class Topic:
    """An Open Space topic (a session once it has a slot and a space)."""

    id: int | None
    title: str
    convener: str = ""
    mode: Literal["onsite", "online", "both"] = "onsite"
    slot: int | None = None
    space: str | None = None
    notes: str = ""
    attendees: list[str] = field(default_factory=list)
    merged_into: int | None = None
