"""The scripted day shared by the cue tests and the kill-and-restart driver: seed 001 imported through
``importers.read_agenda``, cues proposed from its streamed flags plus two written by hand, adapters
pointing at stubs on 127.0.0.1, and the moderator's steps on a fake clock (Oslo wall times)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from controlroom.clock import FakeClock
from controlroom.cues.proposer import ProposalSettings, propose
from controlroom.cues.repository import CueRepository
from controlroom.cues.runner import CueRunner
from controlroom.cues.scheduler import CueScheduler
from controlroom.cues.types import CueData, Trigger
from controlroom.importers import read_agenda
from controlroom.integrations.base import Action, AdapterRegistry, Backoff
from controlroom.integrations.companion import CompanionAdapter
from controlroom.integrations.obs import ObsAdapter
from controlroom.integrations.webhook import WebhookAdapter
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

SEED001 = Path(__file__).resolve().parent.parent / "fixtures" / "seed001_sessionlab.txt"
DAY = date(2024, 5, 6)
OBS_PASSWORD = "pw"


def oslo(hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime.combine(DAY, time(hh, mm, ss), tzinfo=ZoneInfo("Europe/Oslo")).astimezone(UTC)


#: (wall time, moderator action): ``start`` the first block, ``next`` block, ``tick`` (only the clock moves).
STEPS: list[tuple[tuple[int, int], str]] = [
    ((9, 0), "start"),  # 0 Fylkeskommunenes samling (not streamed)
    ((11, 0), "next"),  # 1 Åpning og velkommen: scene + start stream
    ((11, 15), "next"),  # 2 «4 år siden»: scene
    ((11, 57), "tick"),  #   3 min before its end: Companion press 1/2/3 (hand-made, before_end 180 s)
    ((12, 0), "next"),  # 3 Lunsj: stop stream
    ((12, 45), "next"),  # 4 KS informerer: scene + start stream
    ((13, 15), "next"),  # 5 Målkonflikter: stop stream; webhook at the end of KS informerer (hand-made)
    ((15, 15), "next"),  # 6 Pause
    ((15, 30), "next"),  # 7 Forankring: scene + start stream
    ((16, 0), "next"),  # 8 Hvor er gullet: stop stream
    ((16, 30), "next"),  # 9 Deling i plenum
    ((16, 50), "next"),  # 10 Måling og rapportering: scene + start stream
    ((17, 20), "next"),  # 11 Avrundning: scene
    ((17, 30), "next"),  # 12 Slutt, the end mark: Avrundning ends, stop stream
]


def build_event(path: Path) -> None:
    """Import seed 001 and set up the cues (run once, before the day)."""
    store = EventStore.open(path, create=True)
    try:
        draft = read_agenda(SEED001)
        blocks = AgendaRepository(store).import_draft(draft)
        repo = CueRepository(store)
        repo.replace_proposed(propose(blocks, ProposalSettings(obs_adapter="obs", scene="Plenum")))
        by_title = {b.title: b for b in blocks}
        talk = next(b for b in blocks if b.title.startswith("4 år siden"))
        repo.add(CueData(talk.uid, Trigger.BEFORE_END, [Action("companion", "press", {"location": "1/2/3"})],
                         "Lys: sal ned", offset_seconds=180))
        repo.add(CueData(by_title["KS informerer"].uid, Trigger.END,
                         [Action("hook", "post", {"event": "ks.ferdig"})], "Varsle arrangør"))
    finally:
        store.close()


def build_registry(obs_port: int, companion_port: int, hook_port: int, timeout: float = 2.0) -> AdapterRegistry:
    fast = Backoff(initial=0.05, factor=2, cap=0.2, jitter=0.1)
    reg = AdapterRegistry()
    reg.add(ObsAdapter("obs", port=obs_port, password=OBS_PASSWORD, timeout=timeout, backoff=fast, poll_seconds=60))
    reg.add(CompanionAdapter("companion", port=companion_port, timeout=timeout, backoff=fast))
    reg.add(WebhookAdapter("hook", f"http://127.0.0.1:{hook_port}/kontrollrom", timeout=timeout, backoff=fast))
    return reg


class TechHost:
    """What the tech host's process holds: the event, the live service, the scheduler and the runner."""

    def __init__(self, path: Path, clock: FakeClock, registry: AdapterRegistry, origin: str = "tech") -> None:
        self.store = EventStore.open(path, backup=False)
        self.clock = clock
        self.live = LiveService(self.store, clock, origin)
        self.scheduler = CueScheduler(CueRepository(self.store), self.live.log, clock)
        self.runner = CueRunner(self.scheduler, registry)

    async def step(self, action: str) -> None:
        if action == "start":
            self.live.start()
        elif action == "next":
            self.live.next()
        self.live.refresh()
        await self.runner.evaluate(self.live.state())

    def close(self) -> None:
        self.store.close()
