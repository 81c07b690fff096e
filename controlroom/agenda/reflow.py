"""What a block's new length does to the rest of its day (Qt-free).

Changing a block's length either moves the later blocks of the day by the same amount ("shift") or
leaves them where they are ("keep"). Blocks with a fixed start never move. Either way the host is
told about any overlap the change leaves behind, before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from controlroom.agenda.types import BlockData
from controlroom.i18n import tr

LengthMode = Literal["shift", "keep"]
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Overlap:
    first: BlockData
    second: BlockData
    minutes: int

    def describe(self) -> str:
        return tr("«{first}» går {minutes} min inn i «{second}» (kl. {start}).").format(
            first=self.first.title, second=self.second.title, minutes=self.minutes,
            start=self.second.start.strftime("%H:%M"),
        )  # fmt: skip


def _start_minute(block: BlockData) -> int:
    return block.start.hour * 60 + block.start.minute


def later_blocks(day_blocks: list[BlockData], uid: str) -> list[BlockData]:
    """The blocks after ``uid`` in its day (agenda order)."""
    uids = [b.uid for b in day_blocks]
    return day_blocks[uids.index(uid) + 1 :]


def with_new_length(day_blocks: list[BlockData], uid: str, minutes: int, mode: LengthMode) -> list[BlockData]:
    """The changed blocks (the block itself first) after giving ``uid`` the length ``minutes``.

    ``shift`` moves every later block of the day that has no fixed start by the difference. Raises
    ValueError (in the UI's language) when a moved block would start after midnight."""
    block = next(b for b in day_blocks if b.uid == uid)
    changed = [replace(block, minutes=minutes)]
    delta = minutes - block.minutes
    if mode == "keep" or delta == 0:
        return changed
    for later in later_blocks(day_blocks, uid):
        if later.fixed_start:
            continue
        start = _start_minute(later) + delta
        if not 0 <= start < MINUTES_PER_DAY:
            raise ValueError(
                tr("«{title}» ville flyttes forbi midnatt. Korte ned noe annet først, eller behold tidene.").format(
                    title=later.title
                )
            )
        changed.append(replace(later, start=later.start.replace(hour=start // 60, minute=start % 60)))
    return changed


def apply_changes(day_blocks: list[BlockData], changed: list[BlockData]) -> list[BlockData]:
    by_uid = {b.uid: b for b in changed}
    return [by_uid.get(b.uid, b) for b in day_blocks]


def overlaps(day_blocks: list[BlockData]) -> list[Overlap]:
    """Each block that runs into the next one of its day (in time order; end rows of length 0 ignored)."""
    timed = sorted((b for b in day_blocks if b.minutes > 0), key=_start_minute)
    found = []
    for first, second in zip(timed, timed[1:], strict=False):
        over = _start_minute(first) + first.minutes - _start_minute(second)
        if over > 0:
            found.append(Overlap(first, second, over))
    return found


def new_overlaps(before: list[BlockData], after: list[BlockData]) -> list[Overlap]:
    """Overlaps in ``after`` that ``before`` did not have (the ones the change makes)."""
    old = {(o.first.uid, o.second.uid, o.minutes) for o in overlaps(before)}
    return [o for o in overlaps(after) if (o.first.uid, o.second.uid, o.minutes) not in old]
