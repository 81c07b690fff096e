from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, time

import pytest

from controlroom.agenda import AgendaDraft, BlockData
from controlroom.errors import EventFileError
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.store import last_good_path, schema_head


def test_new_file_is_migrated_to_head_in_wal_mode(event_path):
    EventStore.open(event_path, create=True).close()
    with contextlib.closing(sqlite3.connect(event_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_head()


def test_file_from_a_newer_version_is_refused_and_left_alone(event_path):
    EventStore.open(event_path, create=True).close()
    conn = sqlite3.connect(event_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = event_path.read_bytes()
    with pytest.raises(EventFileError, match="nyere versjon"):
        EventStore.open(event_path)
    assert event_path.read_bytes() == before


def test_older_file_is_upgraded(event_path):
    """A file at the first schema revision is brought to head on open, data kept."""
    from alembic import command

    from controlroom.models.store import _alembic_config, _sqlite_engine

    engine = _sqlite_engine(event_path)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_agenda")
        conn.exec_driver_sql("INSERT INTO event (title, timezone, place, created_us) VALUES ('Gammel', 'Europe/Oslo', '', 0)")
    engine.dispose()
    store = EventStore.open(event_path)
    assert AgendaRepository(store).event_info().title == "Gammel"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema_head()
    store.close()


def test_not_an_event_file_is_refused(tmp_path):
    bogus = tmp_path / "agenda.krom"
    bogus.write_text("KL.\tLENGDE\n", encoding="utf-8")
    with pytest.raises(EventFileError, match="ikke en Kontrollrom-hendelsesfil"):
        EventStore.open(bogus)
    assert bogus.read_text(encoding="utf-8") == "KL.\tLENGDE\n"


def test_truncated_file_is_refused_and_last_good_copy_offered(event_path):
    store = EventStore.open(event_path, create=True)
    AgendaRepository(store).import_draft(
        AgendaDraft(title="x", blocks=[BlockData(date(2024, 5, 6), time(9), 30, f"B{i}", description="d" * 3000) for i in range(40)])
    )
    store.close()
    EventStore.open(event_path).close()  # writes .lastgood
    data = event_path.read_bytes()
    event_path.write_bytes(data[: len(data) // 3])
    with pytest.raises(EventFileError) as err:
        EventStore.open(event_path)
    assert err.value.recoverable_copy == last_good_path(event_path)
    assert len(AgendaRepository(EventStore.open(last_good_path(event_path), backup=False)).blocks()) == 40


def test_the_head_read_from_the_migration_files_is_alembics():
    """Opening an event at the head skips Alembic; the head it compares with must be Alembic's own."""
    from alembic.script import ScriptDirectory

    from controlroom.models.store import _alembic_config, known_revisions, schema_head

    script = ScriptDirectory.from_config(_alembic_config())
    assert schema_head() == script.get_current_head()
    assert known_revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
