"""Rounds that follow the day: which agenda blocks ask for groups, which round a block runs, and which
rounds are still to come.

Seed 002's workshop day runs its rounds in separate blocks: "Inndeling i arbeidsgrupper første runde"
(11:00), "… andre runde—mix av deltakere" (13:00), "Runde 3 tilbake til første gruppe" (14:30). A
formation is stored under its first block; ``round_blocks`` (in the formation's options) names the
block each round runs in. Everything here is plain Python over ``BlockData`` and block statuses
("running", "upcoming", "done", "skipped"), so the window, the command line and tests share it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from controlroom.agenda.types import BlockData
from controlroom.grouping.types import RoundMode

#: Wording in a block's title, description or notes that asks for breakout groups. "Arbeidsgruppe 2"
#: (a standing working group of the network) and "Deling i plenum fra gruppediskusjonene" (plenary) do not.
GROUP_WORDS = re.compile(
    r"\bdanne grupper|\bgruppearbeid|\binndeling i (?:\w+ )?(?:arbeids)?grupper|\bgrupper på \d|\bbreakout"
    r"|\bgruppene\b[^.\n]*\bvelger|\bi grupper\b|gruppediskusjon(?:er)?\b|\bgroup work\b|\bbreakout rooms?\b"
    r"|\b(?:første|andre|tredje|fjerde|femte) runde\b|\brunde \d\b", re.IGNORECASE)
ORDINALS = {"første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5}
ROUND_NUMBER = re.compile(r"\b(første|andre|tredje|fjerde|femte) runde\b|\brunde (\d)\b", re.IGNORECASE)
RETURN_TO = re.compile(r"tilbake til (?:den )?(første|andre|tredje|fjerde|\d)\.? ?(?:gruppe|runde)"
                       r"|tilbake til gruppen? fra runde (\d)", re.IGNORECASE)
MIX_WORDS = re.compile(r"\bmix\b|\bbland|\bnye grupper\b|\bstokk", re.IGNORECASE)
#: Statuses of a block that a live change still reaches (the past stays as it happened).
STILL_TO_COME = ("running", "upcoming")


def block_text(block: BlockData) -> str:
    return "\n".join((block.title, block.description or "", block.notes or ""))


def asks_for_groups(block: BlockData) -> bool:
    return bool(GROUP_WORDS.search(block_text(block)))


@dataclass(frozen=True)
class RoundHint:
    """What a block's text says about its round: the number ("andre runde") and the mode."""

    number: int | None = None
    mode: RoundMode | None = None


def round_hint(block: BlockData) -> RoundHint:
    text = block_text(block)
    number = None
    m = ROUND_NUMBER.search(text)
    if m:
        number = ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2))
    mode = None
    r = RETURN_TO.search(text)
    if r:
        word = r.group(1) or r.group(2)
        source = ORDINALS.get(word.lower()) if not word.isdigit() else int(word)
        if source and (number is None or source < number):
            mode = RoundMode("return", source)
    elif MIX_WORDS.search(text):
        mode = RoundMode("mix")
    return RoundHint(number, mode)


@dataclass
class Proposal:
    """What "Danne grupper" proposes: the block to form for, the block of each round, the modes."""

    block_uid: str
    round_blocks: list[str] = field(default_factory=list)
    modes: list[RoundMode] = field(default_factory=list)


def planned_statuses(blocks: Sequence[BlockData], now: datetime, timezone: str) -> dict[str, str]:
    """Block statuses from the planned times alone (no live timer): for the command line and tests."""
    tz = ZoneInfo(timezone)
    out: dict[str, str] = {}
    for b in blocks:
        start, end = b.planned_start_at(tz), b.planned_end_at(tz)
        out[b.uid] = "done" if end <= now and b.minutes > 0 or start < now and b.minutes == 0 else \
            "running" if start <= now < end else "upcoming"
    return out


def _series(blocks: Sequence[BlockData], first: int) -> list[int]:
    """Indexes of the blocks that run rounds 1, 2, … of a series starting at ``first`` (same day)."""
    out = [first]
    for i in range(first + 1, len(blocks)):
        if blocks[i].day != blocks[first].day:
            break
        hint = round_hint(blocks[i])
        if hint.number == len(out) + 1 and asks_for_groups(blocks[i]):
            out.append(i)
    return out


def propose(blocks: Sequence[BlockData], statuses: dict[str, str]) -> Proposal | None:
    """The running block when its text asks for groups, else the next such block still to come.

    When that block belongs to a series of rounds ("første runde", "andre runde", "Runde 3 …"), the
    proposal starts at the series' first round and attaches each later round to its block, with the
    modes the text names (mix unless it says "tilbake til første gruppe").
    """
    running = [i for i, b in enumerate(blocks) if statuses.get(b.uid) == "running"]
    start = running[0] if running else 0
    chosen = next((i for i in range(start, len(blocks)) if asks_for_groups(blocks[i])
                   and statuses.get(blocks[i].uid, "upcoming") in STILL_TO_COME), None)
    if chosen is None:
        return None
    hint = round_hint(blocks[chosen])
    first = chosen
    if hint.number and hint.number > 1:
        for i in range(chosen - 1, -1, -1):
            if blocks[i].day != blocks[chosen].day:
                break
            if round_hint(blocks[i]).number == 1 and asks_for_groups(blocks[i]):
                first = i
                break
    series = _series(blocks, first) if round_hint(blocks[first]).number in (None, 1) else [first]
    modes: list[RoundMode] = []
    for n, i in enumerate(series, start=1):
        mode = round_hint(blocks[i]).mode if n > 1 else None
        modes.append(mode if mode is not None and (mode.kind == "mix" or (mode.source or 0) < n) else RoundMode("mix"))
    return Proposal(blocks[first].uid, [blocks[i].uid for i in series], modes)


def rounds_to_repair(round_blocks: dict[int, str], statuses: dict[str, str], from_round: int | None = None) -> list[int]:
    """The rounds a live change reaches: from ``from_round`` on when given, else every round whose block
    is running or still to come. Several rounds in one running block (a formation in one block) are
    all reached unless ``from_round`` says where the room is."""
    numbers = sorted(round_blocks)
    if from_round is not None:
        return [n for n in numbers if n >= from_round]
    return [n for n in numbers if statuses.get(round_blocks[n], "upcoming") in STILL_TO_COME]


def round_of_block(formations: dict[str, dict[int, str]], block_uid: str) -> tuple[str, int] | None:
    """(formation block, round) that runs in ``block_uid``; the first round when several share it."""
    for owner, rounds in formations.items():
        hits = sorted(n for n, uid in rounds.items() if uid == block_uid)
        if hits:
            return owner, hits[0]
    return None
