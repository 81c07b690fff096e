"""Migration 0006 and the integrations repository on a real event file."""

from __future__ import annotations

import sqlite3

from alembic import command

from controlroom.models import EventStore
from controlroom.models.integrations import IntegrationsRepository
from controlroom.models.store import _alembic_config

TABLES = {"platform_setting", "teams_chat_sync", "teams_message", "zoom_room_result"}


def tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_migration_0006_upgrades_and_downgrades(event_path):
    EventStore.open(event_path, create=True).close()
    assert tables(event_path) >= TABLES
    store = EventStore.open(event_path)
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005_cues")
    store.close()
    assert not TABLES & tables(event_path)
    EventStore.open(event_path).close()  # opening upgrades again
    assert tables(event_path) >= TABLES


def test_settings_and_room_results_round_trip(store):
    repo = IntegrationsRepository(store)
    assert repo.setting("zoom", "meeting_id", "") == ""
    repo.set_setting("zoom", "meeting_id", "81234567890")
    repo.set_setting("teams", "interval", 15.0)
    assert repo.setting("zoom", "meeting_id") == "81234567890" and repo.setting("teams", "interval") == 15.0
    repo.save_room_results("m", "blk", 1, 5, [("Rom A", ["a@x.no"], ["a@x.no"], "ok")])
    repo.save_room_results("m", "blk", 1, 6, [("Rom B", ["b@x.no"], [], "missing")])  # replaces the round
    assert [(r.room_name, r.status, r.at_us) for r in repo.room_results("blk", 1)] == [("Rom B", "missing", 6)]
