"""The host's side of the personal codes: listing them, revoking one, the badge sheet PDF with the QR of
each participant's link, the purge after the event, and the migration that gives an older event's
participants their codes."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
import segno

from controlroom.cli import main
from controlroom.clock import SystemClock
from controlroom.grouping.sample import sample_participants, write_registration_csv
from controlroom.inputs.log import InputLog
from controlroom.models import EventStore
from controlroom.models.people import CODE_ALPHABET, CODE_LENGTH, code_is_wellformed, display_code
from controlroom.models.people_repo import PeopleRepository
from controlroom.phone.badges import participant_link

BASE = "http://192.168.1.20:8080"


@pytest.fixture
def event(tmp_path, event_path) -> Path:
    csv_path = write_registration_csv(tmp_path / "påmelding.csv", sample_participants(11, seed=4))
    assert main(["participants", "import", str(csv_path), "--event", str(event_path), "--digital", "teams"]) == 0
    return event_path


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_everyone_imported_or_added_has_an_unambiguous_unguessable_code(event, capsys):
    assert main(["participants", "add", "--event", str(event), "--name", "Walk In", "--email", "walk@in.no",
                 "--municipality", "Sola", "--attendance", "Fysisk"]) == 0
    capsys.readouterr()
    assert main(["participants", "codes", str(event), "--json"]) == 0
    rows = _json(capsys)
    assert len(rows) == 12 and set(rows[0]) == {"name", "email", "municipality", "code", "devices"}
    codes = [r["code"] for r in rows]
    assert len(set(codes)) == 12 and all(code_is_wellformed(c) for c in codes)
    assert not set("0O1lI") & set(CODE_ALPHABET)
    assert CODE_LENGTH * 5 >= 40  # 32 symbols: 5 bits each
    assert main(["participants", "codes", str(event)]) == 0
    text = capsys.readouterr().out
    assert display_code(codes[0]) in text and rows[0]["email"] in text


def test_participants_list_for_others_never_shows_codes(event, capsys):
    capsys.readouterr()
    assert main(["participants", str(event), "--json"]) == 0
    listed = capsys.readouterr().out
    store = EventStore.open(event, backup=False)
    codes = [c.code for c in PeopleRepository(store).codes()]
    store.close()
    assert not any(c in listed for c in codes)


def test_revoke_code_makes_a_new_one_and_the_old_one_opens_nothing(event, capsys):
    store = EventStore.open(event, backup=False)
    repo = PeopleRepository(store)
    person = repo.codes()[2]
    repo.add_device(person.participant_id, "mark", 0)
    store.close()
    capsys.readouterr()
    assert main(["participants", "revoke-code", str(event), person.email.upper(), "--json"]) == 0
    new = _json(capsys)["code"]
    assert new != person.code and code_is_wellformed(new)
    store = EventStore.open(event, backup=False)
    repo = PeopleRepository(store)
    assert repo.phone_person(person.code) is None
    assert repo.phone_person(display_code(new).lower()).email == person.email  # typed as on the badge
    assert next(c for c in repo.codes() if c.email == person.email).devices == 0
    store.close()
    assert main(["participants", "revoke-code", str(event), "ingen@example.no"]) == 2
    assert "ukjent deltaker" in capsys.readouterr().err


def _qr_matrix(png: Path, modules: int, border: int = 2) -> list[list[bool]]:
    """The dark/light modules of a QR image (the centre pixel of each module)."""
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    size = img.width() / (modules + 2 * border)
    return [[img.pixelColor(int((border + x + 0.5) * size), int((border + y + 0.5) * size)).lightness() < 128
             for x in range(modules)] for y in range(modules)]


def test_badge_sheet_has_name_municipality_code_and_the_qr_of_the_link(event, tmp_path, capsys):
    out = tmp_path / "navneskilt.pdf"
    assert main(["participants", "badges", str(event), "--out", str(out), "--base-url", BASE + "/"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    store = EventStore.open(event, backup=False)
    codes = PeopleRepository(store).codes()
    store.close()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for c in codes:
        assert c.name.split()[0] in text and display_code(c.code) in text and c.municipality in text
    images = tmp_path / "img"
    images.mkdir()
    subprocess.run(["pdfimages", "-png", str(out), str(images / "qr")], check=True)
    pngs = sorted(images.glob("qr-*.png"))
    assert len(pngs) == len(codes)
    for c, png in zip(codes, pngs, strict=True):
        link = participant_link(BASE, c.code)
        assert link == f"{BASE}/p/?code={c.code}"
        want = [[bool(v) for v in row] for row in segno.make(link, error="m").matrix]
        assert _qr_matrix(png, len(want)) == want


def test_badges_refuse_a_base_url_that_is_not_an_address(event, tmp_path, capsys):
    out = tmp_path / "skilt.pdf"
    assert main(["participants", "badges", str(event), "--out", str(out), "--base-url", "192.168.1.20"]) == 2
    assert "--base-url" in capsys.readouterr().err and not out.exists()


def test_purge_removes_codes_device_marks_and_plus_marks(event, capsys):
    store = EventStore.open(event, backup=False)
    repo = PeopleRepository(store)
    person = repo.codes()[0]
    repo.add_device(person.participant_id, "mark", 0)
    log = InputLog(store, SystemClock())
    rec = log.add_from_phone("Mer samarbeid på tvers")
    log.plus_one(rec.id, person.participant_id)
    store.close()
    assert main(["participants", "purge-codes", str(event)]) == 0
    store = EventStore.open(event, backup=False)
    repo = PeopleRepository(store)
    assert all(c.code == "" and c.devices == 0 for c in repo.codes())
    assert repo.phone_person(person.code) is None
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM phone_device").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM input_plus").scalar() == 0
    assert InputLog(store, SystemClock()).get(rec.id).plus == 1  # the count stays, who gave it goes
    store.close()


def test_an_older_event_gives_its_participants_codes_when_opened(tmp_path):
    """An event file at the schema before the phones (0006) is upgraded: everyone gets a unique code."""
    from alembic import command

    from controlroom.models.store import _alembic_config, _sqlite_engine

    path = tmp_path / "gammel.krom"
    engine = _sqlite_engine(path)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006_integrations")
        for i in range(30):
            conn.exec_driver_sql(
                "INSERT INTO participant (email, name, organisation, municipality, attendance, no_show, walk_in, position)"
                f" VALUES ('p{i}@example.no', 'Person {i}', '', 'Sola', 'onsite', 0, 0, {i})")
    engine.dispose()
    store = EventStore.open(path, backup=False)
    codes = PeopleRepository(store).codes()
    store.close()
    assert len(codes) == 30 and len({c.code for c in codes}) == 30
    assert all(code_is_wellformed(c.code) for c in codes)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM participant WHERE code IS NULL").fetchone()[0] == 0
    assert shutil.which("pdftotext")  # the badge test reads the PDF with poppler's tools
