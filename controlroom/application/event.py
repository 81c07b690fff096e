"""Opening an event: the one place that builds an event's services, for every front end.

``open_event(target, clock=…, secrets=…)`` opens a file or a database URL and returns
:class:`EventServices`, whose typed attributes are the services of the day. The window, the
command line and the web server all build from it, so they behave alike: the same run-log
entries, the same adapters, the same Zoom and Teams clients.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from controlroom.application.agenda import AgendaService
from controlroom.application.cue_plan import CuePlan
from controlroom.application.feed import ChangeFeed
from controlroom.application.people import PeopleService
from controlroom.clock import Clock
from controlroom.cues.repository import CueRepository
from controlroom.cues.runner import CueRunner
from controlroom.cues.scheduler import CueScheduler
from controlroom.inputs.log import InputLog
from controlroom.integrations.base import AdapterRegistry
from controlroom.integrations.factory import build_adapter
from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.teams.auth import TeamsAuth
from controlroom.integrations.teams.service import TeamsService, auth_config, graph_config_from_env
from controlroom.integrations.zoom import groups as zoom_groups
from controlroom.integrations.zoom import setup as zoom_setup
from controlroom.integrations.zoom.adapter import ZoomAdapter
from controlroom.integrations.zoom.client import ZoomClient
from controlroom.integrations.zoom.service import ZoomPreassigner
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.integrations import IntegrationsRepository
from controlroom.models.store import EventStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CueServices:
    """The tech host's cues: what is planned, the equipment, when each fires and the firing."""

    repo: CueRepository
    #: What the tech host changes (cues, proposals, adapters); ``repo`` is for reading.
    plan: CuePlan
    registry: AdapterRegistry
    scheduler: CueScheduler
    runner: CueRunner


@dataclass(frozen=True)
class PlatformServices:
    """Zoom (breakout pre-assignment, the meeting) and Teams (the chat into the input log)."""

    settings: IntegrationsRepository
    zoom: ZoomAdapter
    teams: TeamsService


@dataclass
class EventServices:
    """Everything one open event offers its front ends."""

    store: EventStore
    clock: Clock
    secrets: SecretStore
    feed: ChangeFeed
    agenda: AgendaService
    live: LiveService
    people: PeopleService
    inputs: InputLog
    cues: CueServices
    platforms: PlatformServices

    @property
    def path(self) -> Path | None:
        return self.store.path

    async def catch_up(self) -> None:
        """Read what others committed (off the loop) and let each service tell its subscribers what
        differs. The feed calls this; so may anyone who knows the event changed."""
        inputs_loaded = self.inputs.loaded  # nobody reads an input log not yet loaded
        # Futures from the running loop's executor, not coroutines: without a running loop this fails
        # here, before anything is started (no coroutine left unawaited).
        loop = asyncio.get_running_loop()
        actions, blocks, inputs, people = await asyncio.gather(
            loop.run_in_executor(None, self.live.log.since, self.live.last_action_id()),
            loop.run_in_executor(None, self.agenda.repo.blocks),
            loop.run_in_executor(None, self.inputs.changes_since, self.inputs.revision_seen())
            if inputs_loaded else _nothing(),
            loop.run_in_executor(None, self.people.fingerprint),
        )
        if self.feed.stopped:  # the event was closed while we read: nobody is left to tell
            return
        self.agenda.apply_blocks(blocks)  # the live plan follows the agenda's own event
        self.live.apply_actions(actions)
        if inputs is not None:
            self.inputs.apply_changes(*inputs)
        self.people.apply_fingerprint(people)

    def follow_feed(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run the services on ``loop``: every change committed elsewhere reaches them through the
        change feed, and live actions run on a worker thread tell their subscribers on the loop."""
        self.live.deliver_changes_on(loop.call_soon_threadsafe)
        running: list[asyncio.Task] = []
        again = [False]

        def changed(_none: None) -> None:
            if running and not running[0].done():
                again[0] = True  # one more pass after this one
                return
            running[:] = [loop.create_task(self._catch_up_until_quiet(again))]

        self.feed.changes.subscribe(changed)
        self.feed.start(loop)
        running[:] = [loop.create_task(self._people_as_they_are(loop, again))]  # held like a catch-up, so kept alive

    async def _people_as_they_are(self, loop: asyncio.AbstractEventLoop, again: list[bool]) -> None:
        """What later changes of the people tables are compared with (read off the loop, not at start-up);
        a change announced meanwhile is caught up with after it. Read through ``loop``'s executor, as a
        catch-up reads: Qt events pumped before the loop runs (a test, a screenshot) may start this task,
        and ``asyncio.to_thread`` would then fail with "no running event loop"."""
        self.people.apply_fingerprint(await loop.run_in_executor(None, self.people.fingerprint))
        if again[0]:
            await self._catch_up_until_quiet(again)

    async def _catch_up_until_quiet(self, again: list[bool]) -> None:
        while True:
            again[0] = False
            try:
                await self.catch_up()
            except Exception as exc:  # noqa: BLE001 - storage trouble: the next change tries again; the window says so
                log.warning("catching up with the event failed: %s", exc)
            if not again[0]:
                return

    def close(self) -> None:
        self.feed.stop()
        self.store.close()


def open_event(
    target: str | Path,
    *,
    clock: Clock,
    secrets: SecretStore | None = None,
    origin: str = "moderator",
    create: bool = False,
    backup: bool = True,
) -> EventServices:
    """Open the event file or database URL ``target`` and build its services."""
    store = EventStore.open(target, create=create, backup=backup)
    try:
        return build_services(store, clock=clock, secrets=secrets, origin=origin)
    except BaseException:
        store.close()
        raise


def build_services(
    store: EventStore,
    *,
    clock: Clock,
    secrets: SecretStore | None = None,
    origin: str = "moderator",
    teams_client_id: str | None = None,
) -> EventServices:
    """The services of an event already opened (the window opens it itself, to ask about a bad file)."""
    secrets = secrets or SecretStore()
    live = LiveService(store, clock, origin=origin)
    agenda = AgendaService(AgendaRepository(store), running_block=lambda: running_block_title(live))
    agenda.subscribe(lambda _event: live.reload_blocks(agenda.blocks()))
    people = PeopleService(store, live.log, statuses=lambda: {t.uid: t.status for t in live.state().timings})
    inputs = InputLog(store, clock, current_block=lambda: running_block_uid(live), origin=_input_origin(origin))
    return EventServices(
        store=store, clock=clock, secrets=secrets, feed=ChangeFeed(store), agenda=agenda, live=live, people=people,
        inputs=inputs, cues=_cues(store, clock, secrets),
        platforms=_platforms(store, clock, secrets, inputs, teams_client_id),
    )


def build_registry(repo: CueRepository, secrets: SecretStore) -> AdapterRegistry:
    """The equipment the event's settings name (passwords from the keyring); a bad entry is skipped."""
    registry = AdapterRegistry()
    for cfg in repo.adapters():
        try:
            registry.add(build_adapter(cfg.kind, cfg.name, cfg.config, secrets=secrets, label=cfg.label,
                                       enabled=cfg.enabled))
        except (ValueError, TypeError) as exc:
            log.warning("adapter %s not built: %s", cfg.name, exc)
    return registry


def _cues(store: EventStore, clock: Clock, secrets: SecretStore) -> CueServices:
    repo = CueRepository(store)
    registry = build_registry(repo, secrets)
    scheduler = CueScheduler(repo, RunLog(store, clock, "tech"), clock)
    return CueServices(repo, CuePlan(repo), registry, scheduler, CueRunner(scheduler, registry))


def _platforms(
    store: EventStore, clock: Clock, secrets: SecretStore, inputs: InputLog, teams_client_id: str | None
) -> PlatformServices:
    settings = IntegrationsRepository(store)
    client = ZoomClient(lambda: zoom_setup.load_credentials(secrets), zoom_setup.config_from_env())
    preassigner = ZoomPreassigner(
        client, lambda uid, rnd: zoom_groups.online_groups(store, uid, rnd, "zoom"), settings, clock)
    zoom = ZoomAdapter(client, preassigner, meeting_id=lambda: str(settings.setting("zoom", "meeting_id", "")))
    teams = TeamsService(TeamsAuth(auth_config(settings, client_id=teams_client_id), secrets), inputs, settings, clock,
                         graph_config_from_env())
    return PlatformServices(settings, zoom, teams)


async def _nothing() -> None:
    return None


def running_block_uid(live: LiveService) -> str | None:
    try:
        return live.state().current_uid
    except Exception:  # noqa: BLE001 - the live side must never stop an input from being saved
        return None


def running_block_title(live: LiveService) -> str | None:
    state = live.state()
    if state.current_uid is None:
        return None
    return state.current_title or state.current_uid


def _input_origin(origin: str) -> str:
    return origin if origin != "moderator" else f"{socket.gethostname()}:{os.getpid()}"[:64]
