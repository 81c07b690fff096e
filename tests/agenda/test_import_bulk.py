"""Importing an agenda in bulk: the blocks' places, days and categories are those of adding them one by one
(after the day's existing blocks, then the day ordered by start), on a real event file and on PostgreSQL, with
a handful of statements however many blocks there are."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

DAY = date(2025, 3, 4)


def _block(title: str, hm: str, day: date = DAY, minutes: int = 30, **kw) -> BlockData:
    h, m = map(int, hm.split(":"))
    return BlockData(day, time(h, m), minutes, title, **kw)


def _agenda(repo: AgendaRepository) -> list[tuple[date, str, str, str | None]]:
    return [(b.day, b.start.strftime("%H:%M"), b.title, b.category) for b in repo.blocks()]


def _check_import_into_an_event_with_blocks(store: EventStore) -> None:
    repo = AgendaRepository(store)
    repo.import_draft(AgendaDraft(title="Samling", blocks=[
        _block("Velkommen", "09:00", category="Innlegg"), _block("Pause", "10:00", category="Pause"),
        _block("Plenum", "11:00")]))
    plenum = repo.blocks()[2]
    repo.move_block(plenum.uid, 0)  # the host moved a block by hand: the day is out of start order
    assert [t for _d, _s, t, _c in _agenda(repo)] == ["Plenum", "Velkommen", "Pause"]
    draft = AgendaDraft(
        title="Annen tittel", place="Stavanger", categories={"Kunst": "#123456", "Pause": "#000000"},
        blocks=[
            _block("Grupper", "10:00", category="Kunst"),
            _block("Tidlig", "08:30", category="Ny kategori"),
            _block("Dag to", "09:00", DAY + timedelta(days=1), assigned=["Kari"], streamed=True),
            _block("Samme tid", "10:00"),
            _block("Slutt", "15:00", DAY + timedelta(days=1), minutes=0),
        ])
    saved = repo.import_draft(draft)
    # the day is ordered by start again; at the same start the existing block comes first, then draft order
    assert _agenda(repo) == [
        (DAY, "08:30", "Tidlig", "Ny kategori"), (DAY, "09:00", "Velkommen", "Innlegg"),
        (DAY, "10:00", "Pause", "Pause"), (DAY, "10:00", "Grupper", "Kunst"), (DAY, "10:00", "Samme tid", None),
        (DAY, "11:00", "Plenum", None),
        (DAY + timedelta(days=1), "09:00", "Dag to", None), (DAY + timedelta(days=1), "15:00", "Slutt", None),
    ]
    # what import_draft returns is what the store holds, in draft order
    stored = {b.uid: b for b in repo.blocks()}
    assert [stored[b.uid] for b in saved] == saved
    assert [b.title for b in saved] == [b.title for b in draft.blocks]
    assert all(b.id is not None and len(b.uid) == 32 for b in saved)
    assert stored[saved[2].uid].assigned == ["Kari"] and stored[saved[2].uid].streamed is True
    # existing categories keep their colour; new ones are added after them, the draft's list first
    cats = repo.categories()
    assert cats["Pause"] != "#000000" and cats["Kunst"] == "#123456" and cats["Ny kategori"] == "#9AA5B1"
    assert list(cats)[-2:] == ["Kunst", "Ny kategori"]
    info = repo.event_info()
    assert (info.title, info.place) == ("Samling", "Stavanger")
    # positions in every day run 0, 1, 2, … with no gaps
    days: dict[date, list[int]] = {}
    with store.session() as s:
        from controlroom.models.agenda import Block, Day

        for position, day in s.query(Block.position, Day.date).join(Day).order_by(Day.date, Block.position):
            days.setdefault(day, []).append(position)
    assert all(p == list(range(len(p))) for p in days.values())


def test_import_into_an_event_with_blocks(tmp_path: Path):
    store = EventStore.open(tmp_path / "e.krom", create=True, backup=False)
    try:
        _check_import_into_an_event_with_blocks(store)
    finally:
        store.close()


@pytest.mark.postgres
def test_import_into_an_event_with_blocks_on_postgresql(pg_event_url):
    store = EventStore.open(pg_event_url)
    try:
        _check_import_into_an_event_with_blocks(store)
    finally:
        store.close()


def test_two_thousand_blocks_take_a_handful_of_statements(tmp_path: Path):
    store = EventStore.open(tmp_path / "e.krom", create=True, backup=False)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    try:
        blocks = [_block(f"Bolk {i}", f"{8 + i % 12:02d}:{(i * 7) % 60:02d}", DAY + timedelta(days=i // 24),
                         category=("Innlegg", "Pause", f"Egen {i % 3}")[i % 3]) for i in range(2000)]
        saved = AgendaRepository(store).import_draft(AgendaDraft(title="Stor", blocks=blocks))
        assert len(saved) == 2000 and len({b.uid for b in saved}) == 2000
        assert len(statements) < 30, statements
        assert len(AgendaRepository(store).blocks()) == 2000
    finally:
        store.close()
