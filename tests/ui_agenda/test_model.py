"""The table model: rows, columns, texts, colours and day separators on a real two-day event."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from controlroom.agenda.types import DEFAULT_CATEGORIES
from controlroom.ui.agenda.model import (
    COL_ASSIGNED,
    COL_CATEGORY,
    COL_LENGTH,
    COL_LOCATION,
    COL_NOTES,
    COL_START,
    COL_STREAMED,
    COL_TITLE,
    AgendaTableModel,
    IsDayRole,
    tint,
)
from ui_agenda.conftest import BLOCKS


def _text(model, row, col):
    return model.index(row, col).data(Qt.DisplayRole)


def test_rows_columns_and_headers(qtbot, service):
    model = AgendaTableModel(service)
    assert model.columnCount() == 8
    assert model.rowCount() == len(BLOCKS) + 2  # two day separators
    headers = [model.headerData(c, Qt.Horizontal) for c in range(8)]
    assert headers == ["Kl.", "Lengde", "Tittel", "Kategori", "Ansvarlig", "Strømmes", "Hvor", "Notater"]
    assert model.rowCount(model.index(0, 0)) == 0


def test_day_separators_in_norwegian(qtbot, service):
    model = AgendaTableModel(service)
    assert model.day_rows() == [0, 5]
    assert _text(model, 0, 0) == "Mandag 6. mai 2024"
    assert _text(model, 5, 0) == "Tirsdag 7. mai 2024"
    assert model.index(0, 0).data(IsDayRole) is True
    assert not model.flags(model.index(0, 0)) & Qt.ItemIsSelectable
    assert model.block_at(5) is None and model.block_at(6).title == "Workshop: målkonflikter"


def test_block_texts(qtbot, service):
    model = AgendaTableModel(service)
    row = 3  # "Strekk i laget"
    assert [_text(model, row, c) for c in range(8)] == [
        "11:15", "45m", "Strekk i laget: hvor er vi nå?", "Innlegg", "Aase Kristine Lundberg", "Ja", "Begge",
        "Kommer fysisk. …",
    ]
    assert _text(model, 1, COL_LENGTH) == "2t 00m"
    assert _text(model, 1, COL_STREAMED) == "Nei"
    assert _text(model, 4, COL_LOCATION) == "På stedet"
    assert _text(model, 6, COL_STREAMED) == "Ukjent"
    assert model.index(row, COL_NOTES).data(Qt.ToolTipRole) == "Kommer fysisk.\nakl@nforsk.no"
    assert model.index(6, COL_TITLE).data(Qt.ToolTipRole) == "Del 1 og del 2"
    assert _text(model, 2, COL_ASSIGNED) == "Andreas"
    assert _text(model, 2, COL_START) == "11:00"


def test_category_colours(qtbot, service):
    model = AgendaTableModel(service)
    pause = QColor(DEFAULT_CATEGORIES["Pause"])
    assert model.index(4, COL_CATEGORY).data(Qt.DecorationRole) == pause
    background = model.index(4, COL_TITLE).data(Qt.BackgroundRole)
    assert background == tint(pause)
    assert background != model.index(1, COL_TITLE).data(Qt.BackgroundRole)  # Diskusjon differs
    # A light tint: black text stays readable.
    assert background.lightness() > 200
    separator = model.index(0, 0).data(Qt.BackgroundRole)
    assert separator.lightness() < 100 and model.index(0, 0).data(Qt.ForegroundRole) == QColor("#FFFFFF")


def test_model_follows_service_events(qtbot, service):
    model = AgendaTableModel(service)
    inserted, removed, changed = [], [], []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    first = service.blocks()[0]
    from dataclasses import replace

    service.update(replace(first, title="Ny tittel"))
    assert changed == [(1, 1)] and _text(model, 1, COL_TITLE) == "Ny tittel"
    data, pos = service.delete(service.blocks()[5].uid)  # "Pause" on day two
    assert removed == [(7, 7)] and model.rowCount() == len(BLOCKS) + 1
    service.add(replace(data, id=None), pos)
    assert inserted == [(7, 7)] and _text(model, 7, COL_TITLE) == "Pause"
    # Removing every block of a day removes its separator too (a reset).
    for b in service.day_blocks(data.day):
        service.delete(b.uid)
    assert model.day_rows() == [0] and model.rowCount() == 5
    assert model.index(0, 0).parent() == QModelIndex()


def test_changes_from_another_process_arrive_on_refresh(qtbot, service, agenda_file):
    from datetime import date, time

    from controlroom.agenda.types import BlockData
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    model = AgendaTableModel(service)
    inserted = []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    other = EventStore.open(agenda_file, backup=False)  # e.g. `controlroom import` in a terminal
    try:
        AgendaRepository(other).add_block(BlockData(date(2024, 5, 7), time(11, 0), 30, "Lunsj dag 2"))
    finally:
        other.close()
    service.refresh()
    assert inserted == [(len(BLOCKS) + 2, len(BLOCKS) + 2)]
    assert _text(model, len(BLOCKS) + 2, COL_TITLE) == "Lunsj dag 2"
    service.refresh()  # nothing new: nothing emitted
    assert len(inserted) == 1
