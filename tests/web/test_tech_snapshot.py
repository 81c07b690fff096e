"""The tech overview's provider from the real cue scheduler and adapter registry: the cues still to come
with their due times and statuses, each adapter's health; and the tech view shows them in Chromium."""

from __future__ import annotations

import asyncio
import json

import aiohttp

from controlroom.clock import SystemClock
from controlroom.cues.proposer import propose
from controlroom.cues.repository import CueRepository
from controlroom.cues.scheduler import CueScheduler
from controlroom.integrations.base import AdapterRegistry
from controlroom.integrations.factory import build_adapter
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.web.snapshots import cue_tech_snapshot
from tests.web.support import ServerThread


def cue_parts(store: EventStore, live: LiveService):
    repo = CueRepository(store)
    repo.replace_proposed(propose(AgendaRepository(store).blocks()))
    scheduler = CueScheduler(repo, RunLog(store, SystemClock()), SystemClock())
    registry = AdapterRegistry()
    registry.add(build_adapter("obs", "obs", {"host": "127.0.0.1", "port": 1}, label="OBS i salen"))
    registry.add(build_adapter("companion", "companion", {"host": "127.0.0.1", "port": 1}, enabled=False))
    return cue_tech_snapshot(scheduler, registry, live.state)


def test_the_provider_lists_cues_to_come_and_adapter_health(event):
    store = EventStore.open(event, backup=False)
    try:
        live = LiveService(store, SystemClock())
        live.goto(1)
        snapshot = cue_parts(store, live)()
        assert snapshot["cues"], "seed 001's day proposes cues"
        assert all(set(c) == {"time", "block", "cue", "status", "automatic"} for c in snapshot["cues"])
        assert {c["status"] for c in snapshot["cues"]} <= {"pending", "due", "held", "missed", "skipped"}
        names = {a["name"]: a["state"] for a in snapshot["adapters"]}
        obs = next(name for name in names if "OBS i salen" in name)
        assert names[obs] == "down" and "disabled" in names.values()
        json.dumps(snapshot)  # plain JSON for the WebSocket
    finally:
        store.close()


def test_the_tech_view_carries_the_providers_part(event):
    server = ServerThread(event, require_view_keys=True).start()
    try:
        provider = server.call(lambda: cue_parts(server.store, server.service))
        server.call(lambda: setattr(server.server, "tech_snapshot", provider))
        server.act("/api/v1/goto/1")

        async def scenario() -> dict:
            async with aiohttp.ClientSession() as http, http.ws_connect(
                    f"ws://127.0.0.1:{server.port}/ws?view=tech&key={server.keys.key('tech')}") as ws:
                async for msg in ws:
                    data = json.loads(msg.data)
                    if data["t"] == "state" and data["data"].get("cues"):
                        return data["data"]
            raise AssertionError("no tech state")

        data = asyncio.run(scenario())
        assert data["title"] == "Åpning og velkommen" and data["adapters"] and data["blocks"]
    finally:
        server.close()
