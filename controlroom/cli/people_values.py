"""Values of the people commands' options (sizes, round modes, rooms, a walk-in) and JSON output.

Parsing lives in ``people_cmds``, the actions in ``people_actions``; both read these helpers.
"""

from __future__ import annotations

import argparse
import json
import sys

from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping.rooms import RoomSpec
from controlroom.grouping.types import Participant, RoundMode
from controlroom.i18n import tr


def parse_size(text: str) -> tuple[int, int]:
    try:
        a, _, b = text.partition("-")
        lo, hi = int(a), int(b or a)
    except ValueError:
        raise BadInputError(InputProblem("--size", None, tr("«{t}»: ventet for eksempel 3-4").format(t=text))) from None
    if not 1 <= lo <= hi:
        raise BadInputError(InputProblem("--size", None, tr(
            "«{t}»: ventet MIN-MAKS med 1 ≤ MIN ≤ MAKS, for eksempel 3-4").format(t=text)))
    return lo, hi


#: More rounds than this in one block is a typing mistake, not a plan (and costs minutes of solving).
MAX_ROUNDS = 20


def check_form_numbers(rounds: int, max_per_municipality: int) -> None:
    if not 1 <= rounds <= MAX_ROUNDS:
        raise BadInputError(InputProblem("--rounds", None, tr("«{n}»: ventet et antall runder fra 1 til {m}").format(
            n=rounds, m=MAX_ROUNDS)))
    if max_per_municipality < 1:
        raise BadInputError(InputProblem("--max-per-municipality", None, tr(
            "«{n}»: ventet et helt tall på 1 eller mer (høyst så mange fra samme kommune i en gruppe)").format(
            n=max_per_municipality)))


def parse_modes(text: str | None, rounds: int) -> list[RoundMode]:
    from controlroom.grouping.solver import validate_modes

    if not text:
        return [RoundMode("mix")] * rounds
    try:
        modes = [RoundMode.parse(t) for t in text.split(",") if t.strip()]
    except ValueError as exc:
        raise BadInputError(InputProblem("--round-mode", None, tr(
            "ukjent rundetype «{t}»; ventet mix eller return:R").format(t=exc))) from None
    if len(modes) != rounds:
        raise BadInputError(InputProblem("--round-mode", None, tr("{m} rundetyper for {r} runder").format(
            m=len(modes), r=rounds)))
    validate_modes(modes, "--round-mode")
    return modes


def parse_rooms(onsite: list[str], teams: list[str], zoom: list[str]) -> list[RoomSpec]:
    rooms: list[RoomSpec] = []
    for text in onsite:
        name, _, cap = text.rpartition(":") if ":" in text else (text, "", "")
        try:
            capacity = int(cap) if cap else None
            if capacity is not None and capacity < 1:
                raise ValueError(cap)
            rooms.append(RoomSpec(name.strip(), "onsite", capacity))
        except ValueError:
            raise BadInputError(InputProblem("--onsite", None, tr("«{t}»: ventet NAVN:KAPASITET (kapasitet 1 eller mer)").format(t=text))) from None
    for kind, items in (("teams", teams), ("zoom", zoom)):
        for text in items:
            name, _, meeting = text.partition("@")
            rooms.append(RoomSpec(name.strip(), kind, None, int(meeting) if meeting.isdigit() else 1))
    return rooms


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def participant_from_args(args: argparse.Namespace) -> Participant:
    from controlroom.grouping.participants_import import ATTENDANCE_HELP, EMAIL_RE, parse_attendance

    att = parse_attendance(args.attendance)
    if att is None:
        raise BadInputError(InputProblem("--attendance", None, tr("ukjent deltakelse «{v}»; ventet {e}").format(
            v=args.attendance, e=ATTENDANCE_HELP)))
    for option, value in (("--name", args.name), ("--municipality", args.municipality)):
        if not value.strip():
            raise BadInputError(InputProblem(option, None, tr("tom; ventet en tekst")))
    if not EMAIL_RE.match(args.email):
        raise BadInputError(InputProblem("--email", None, tr("«{e}» er ikke en e-postadresse").format(e=args.email)))
    return Participant(name=args.name, email=args.email, organisation=args.organisation,
                       municipality=args.municipality, attendance=att, walk_in=True)
