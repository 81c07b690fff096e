"""Pre-assign one round: plan → limits → PATCH → read back → results per room (saved for the board)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from controlroom.clock import Clock, to_micros
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.client import ZoomClient
from controlroom.integrations.zoom.errors import PlatformError
from controlroom.integrations.zoom.preassign import (
    GroupRoom,
    RoomPlan,
    RoomResult,
    Unassignable,
    check_limits,
    compare_readback,
    dropped_people,
    plan_rooms,
    rooms_csv,
)

GroupSource = Callable[[str, int], Sequence[GroupRoom]]


@dataclass
class PreassignResult:
    meeting_id: str
    plan: RoomPlan
    rooms: list[RoomResult] = field(default_factory=list)
    unassignable: list[Unassignable] = field(default_factory=list)
    error: PlatformError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and all(r.status == "ok" for r in self.rooms)

    @property
    def csv(self) -> str:
        return rooms_csv(self.plan.rooms)


class ZoomPreassigner:
    def __init__(self, client: ZoomClient, groups: GroupSource, repo, clock: Clock) -> None:
        self.client = client
        self.groups = groups
        self.repo = repo
        self.clock = clock

    def plan(self, block_uid: str, round_no: int) -> RoomPlan:
        return plan_rooms(list(self.groups(block_uid, round_no)))

    async def preassign(self, meeting_id: str, block_uid: str, round_no: int) -> PreassignResult:
        """Never raises for Zoom's answers: the error is in the result (with the CSV to fall back on)."""
        meeting_id = "".join(meeting_id.split())
        plan = self.plan(block_uid, round_no)
        result = PreassignResult(meeting_id, plan, unassignable=list(plan.unassignable))
        names = {e.lower(): p.name for g in self.groups(block_uid, round_no) for p in g.members
                 for e in [p.email or ""] if e}
        try:
            if not meeting_id.isdigit():
                raise PlatformError(E.NOT_FOUND, _bad_id(meeting_id))
            check_limits(plan)
            await self.client.set_breakout_rooms(meeting_id, plan.payload())
            meeting = await self.client.get_meeting(meeting_id)
        except PlatformError as exc:
            result.error = exc
            return result
        result.rooms = compare_readback(plan, meeting)
        result.unassignable += dropped_people(plan, result.rooms, names)
        await self._save(result, block_uid, round_no)
        return result

    async def _save(self, result: PreassignResult, block_uid: str, round_no: int) -> None:
        import asyncio

        rows = [(r.name, r.planned, r.confirmed, r.status) for r in result.rooms]
        await asyncio.to_thread(self.repo.save_room_results, result.meeting_id, block_uid, round_no,
                                to_micros(self.clock.now()), rows)


def _bad_id(meeting_id: str) -> str:
    from controlroom.i18n import tr

    return tr("«{id}» er ikke en Zoom-møte-ID (den består av 9–11 sifre).").format(id=meeting_id)
