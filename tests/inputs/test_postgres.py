"""The shared live event on a real PostgreSQL: the whole migration chain, two logs on two engines."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.models import EventStore
from controlroom.models.store import schema_head

pytestmark = pytest.mark.postgres


def test_open_migrates_the_whole_chain_on_postgres(pg_event_url):
    store = EventStore.open(pg_event_url)
    try:
        assert store.dialect == "postgresql"
        with store.engine.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema_head()
            tables = set(sa.inspect(c).get_table_names())
        assert {"block", "run_action", "input_item", "input_revision"} <= tables
    finally:
        store.close()
    EventStore.open(pg_event_url).close()  # opening again at head is a no-op


def test_two_moderators_on_two_engines_lose_nothing(pg_event_url):
    a, b = EventStore.open(pg_event_url), EventStore.open(pg_event_url)
    try:
        logs = [InputLog(a, SystemClock(), origin="moderator"), InputLog(b, SystemClock(), origin="tech")]
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def type_in(log: InputLog, who: str) -> None:
            try:
                barrier.wait()
                for i in range(40):
                    log.add(f"{who} innspill {i} #sdg13", source="teams" if who == "tech" else "room")
            except BaseException as exc:  # noqa: BLE001 - surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=type_in, args=(lg, w)) for lg, w in zip(logs, ("mod", "tech"), strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        logs[0].refresh()
        texts = {r.text for r in logs[0].all()}
        assert len(texts) == 80
        assert logs[0].counts().by_source == {"room": 40, "teams": 40}
        # the Teams sync running in both windows never duplicates a chat message
        at = SystemClock().now()
        for lg in logs:
            lg.upsert_external("msg-1", "Fra Teams #klima", "Kari", at)
        logs[1].refresh()
        assert len([r for r in logs[1].all() if r.external_id == "msg-1"]) == 1
    finally:
        a.close()
        b.close()


def test_cli_on_a_postgres_event(pg_event_url, capsys):
    import json

    from controlroom.cli import main

    assert main(["inputs", "add", pg_event_url, "? Fra teknisk ansvarlig #sdg17", "--source", "teams"]) == 0
    capsys.readouterr()
    assert main(["inputs", pg_event_url, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["source"], r["tags"]) for r in rows] == [("spørsmål", "teams", ["sdg17"])]


def test_the_prepared_workbook_on_postgres_is_built_again_at_export(pg_event_url, tmp_path):
    """A database has no commit counter: the prepared export process builds again when asked to write, so
    an input typed while the dialog was open is in the workbook."""
    import json
    import subprocess
    import sys

    from controlroom.inputs.sample import make_event

    store = EventStore.open(pg_event_url)
    try:
        make_event(store)
        assert store.commit_counter().read() is None
        proc = subprocess.Popen([sys.executable, "-m", "controlroom", "workbook", pg_event_url, "--wait"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None and proc.stderr.readline().strip() == "READY"
        InputLog(store, SystemClock(), origin="test").add("Skrevet mens dialogen var åpen")
    finally:
        store.close()
    out = tmp_path / "arbeidsbok.md"
    _stdout, stderr = proc.communicate(json.dumps({"out": str(out), "include_personal_data": False}) + "\n",
                                       timeout=60)
    assert proc.returncode == 0, stderr
    assert "Skrevet mens dialogen var åpen" in out.read_text(encoding="utf-8")
