"""Timeline model and panel, stage display, public view, exports: real service, real event file."""

from __future__ import annotations

import re
import subprocess
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QInputDialog, QMessageBox

from controlroom.agenda.types import BlockData
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.timeline_model import COLUMNS, TimelineModel

COL = {name: i for i, name in enumerate(COLUMNS)}


# -- timeline -------------------------------------------------------------------------------------
def test_timeline_rows_show_plan_projection_actual_and_over_under(live_window, service, clock):
    window, ui = live_window
    model = ui.timeline_panel.model
    service.start()  # 08:55, five minutes early
    clock.advance(minutes=126)  # ran 6 minutes long
    service.next()
    ui.bridge.reload()

    def cell(row: int, name: str, role=Qt.DisplayRole):
        return model.data(model.index(row, COL[name]), role)

    assert model.rowCount() == service.block_count()  # one day: no day header rows
    assert cell(0, "status") == "Ferdig"
    assert (cell(0, "planned"), cell(0, "actual_start"), cell(0, "actual_end")) == ("09:00", "08:55", "11:01")
    assert cell(0, "over") == "+6 min"
    assert cell(0, "over", Qt.ForegroundRole).color() == QColor("#C92A2A")
    assert cell(1, "status") == "Pågår"
    assert cell(2, "status") == "Neste"
    assert cell(2, "projected") == "11:16"  # pushed by the 1-minute-late start
    assert ui.timeline_panel.offset_label.text() == "1 min bak skjema"
    assert ui.timeline_panel.now_label.text() == "Nå: Åpning og velkommen"
    assert ui.timeline_panel.end_label.text().startswith("Dagen slutter ca. ")
    service.add_time(300)
    ui.bridge.reload()
    assert cell(1, "length") == "15+5 min"


def test_timeline_emits_data_changed_only_for_changed_rows(qtbot, service, clock):
    model = TimelineModel()
    model.set_state(service.state())
    service.start()
    model.set_state(service.state())
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    service.add_time(60)  # lengthens the running block only
    model.set_state(service.state())
    assert resets == []
    rows = {r for a, b in changed for r in range(a, b + 1)}
    assert 0 in rows
    assert len(rows) < model.rowCount()


def test_multi_day_timeline_has_day_headers(qtbot, store, clock):
    repo = AgendaRepository(store)
    repo.ensure_event("Partnerskapskonferanse")
    for d in (date(2024, 5, 6), date(2024, 5, 7)):
        for h in (9, 10):
            repo.add_block(BlockData(day=d, start=time(h), minutes=45, title=f"Bolk {d.day}/{h}"))
    service = LiveService(store, clock, "test")
    model = TimelineModel()
    model.set_state(service.state())
    assert model.day_rows() == [0, 3]
    assert model.data(model.index(0, 0)) == "Mandag 6. mai 2024"
    assert model.data(model.index(3, 0)) == "Tirsdag 7. mai 2024"
    assert model.timing_at(4).title == "Bolk 7/9"


def test_double_click_goes_to_a_near_block_and_asks_for_a_far_one(live_window, qtbot, service, seeded_store, loop):
    window, ui = live_window
    view = ui.timeline_panel.view
    service.start()
    ui.timeline_panel._double_clicked(view.model().index(1, 0))  # the next block: no question
    assert service.state().current_index == 1

    def answer(button):
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "live-goto-confirm" and w.isVisible()
        )
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.No))
    ui.timeline_panel._double_clicked(view.model().index(9, 0))
    loop.run_until_complete(ui.controls.tasks.settled())  # the question is awaited, not a nested exec()
    assert service.state().current_index == 1  # declined: nothing happened
    QTimer.singleShot(50, lambda: answer(QMessageBox.Yes))
    ui.timeline_panel._double_clicked(view.model().index(9, 0))
    loop.run_until_complete(ui.controls.tasks.settled())
    assert service.state().current_index == 9
    assert [a.payload.get("via") for a in RunLog(seeded_store, None).all()] == ["start", "goto", "goto"]


def test_goto_dialog_lists_blocks(live_window, qtbot, service, loop):
    window, ui = live_window

    def pick():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()
        )
        dialog.setTextValue(next(i for i in dialog.comboBoxItems() if "KS informerer" in i))
        dialog.accept()

    service.goto(3)
    QTimer.singleShot(50, pick)
    qtbot.keyClick(window, Qt.Key_G)
    loop.run_until_complete(ui.controls.tasks.settled())
    assert service.state().current_title == "KS informerer"


def test_fixed_start_from_the_context_menu_edits_the_agenda(live_window, service, seeded_store, clock):
    window, ui = live_window
    lunch = next(t for t in service.state().timings if t.title == "Lunsj")
    assert ui.timeline_panel.set_fixed_start(lunch.uid, True)
    assert AgendaRepository(seeded_store).block(lunch.uid).fixed_start is True
    model = ui.timeline_panel.model
    assert model.data(model.index(lunch.index, COL["fixed"])) == "\u2691"
    # the fixed lunch is not pushed by an overrunning morning
    service.start()
    clock.advance(minutes=200)
    ui.bridge.reload()
    lunch_now = service.state().timings[lunch.index]
    assert lunch_now.projected_start <= clock.now() + timedelta(seconds=1)
    assert lunch_now.fixed_start


# -- stage display ----------------------------------------------------------------------------------
def _pixels(widget) -> set[int]:
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}


def test_stage_scales_text_to_the_window(live_window, qtbot, service):
    window, ui = live_window
    service.start()
    stage = ui.stage
    stage.resize(640, 360)
    small = stage.countdown_font().pixelSize()
    stage.resize(1920, 1080)
    big = stage.countdown_font().pixelSize()
    assert big >= 2.5 * small
    assert big > 300  # legible across a room on a full HD screen


def test_stage_shows_phase_colours_and_blackout_hides_everything(live_window, qtbot, service, clock):
    window, ui = live_window
    stage = ui.stage
    stage.resize(800, 450)
    stage.show()
    qtbot.waitExposed(stage)
    service.start()
    white = QColor("#FFFFFF").rgb()
    assert white in _pixels(stage)
    clock.advance(minutes=121)  # overtime: red
    ui.bridge.reload()
    colours = _pixels(stage)
    assert QColor("#FF1A1A").rgb() in colours or QColor("#5A0000").rgb() in colours
    service.message("Avrund nå")
    service.blackout(True)
    assert _pixels(stage) == {QColor("#000000").rgb()}
    service.blackout(False)
    assert len(_pixels(stage)) > 1
    stage.close()


def test_stage_remembers_screen_and_fullscreen(live_window, qtbot, settings):
    window, ui = live_window
    stage = ui.stage
    name = QApplication.screens()[0].name()
    assert stage.move_to_screen(name)
    stage.toggle_fullscreen()
    assert settings.value("live/stage/screen") == name
    assert str(settings.value("live/stage/fullscreen")).lower() == "true"
    stage.leave_fullscreen()
    assert str(settings.value("live/stage/fullscreen")).lower() == "false"
    menu = stage.screen_menu()
    assert any(name in a.text() for a in menu.actions())
    stage.close()


def test_stage_overtime_flashes_on_the_second(live_window, service, clock):
    window, ui = live_window
    service.start()
    clock.advance(minutes=125, seconds=0.5)
    ui.bridge.reload()
    from controlroom.ui.live.timefmt import flash_on, remaining_at

    first = flash_on(remaining_at(ui.bridge.state, clock.now()))
    clock.advance(1)
    assert flash_on(remaining_at(ui.bridge.state, clock.now())) != first


# -- public view ------------------------------------------------------------------------------------
def test_public_view_shows_now_and_next_and_no_notes(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    service.start()
    service.next()
    public = ui.public
    public.show()
    texts = public.texts()
    assert "Nettverkssamling 6. mai 2024" in texts
    assert "Nå" in texts and "Neste" in texts
    assert "Åpning og velkommen" in texts
    private = [b.notes for b in AgendaRepository(seeded_store).blocks() if b.notes]
    private += [b.description for b in AgendaRepository(seeded_store).blocks() if b.description]
    assert private, "seed 001 has host notes and descriptions"
    shown = "\n".join(texts)
    for note in private:
        for line in (ln.strip() for ln in note.splitlines() if len(ln.strip()) > 12):
            assert line not in shown
    done = public.findChild(type(public.title), "live-public-cell-0-1")
    assert done.property("kind") == "done"
    assert ui.ticker.active  # the clock keeps the ticker going while the view is shown
    public.close()


# -- exports -----------------------------------------------------------------------------------------
@pytest.fixture
def ran_morning(service, clock):
    service.start()
    clock.advance(minutes=126)
    service.next()
    clock.advance(minutes=14)
    service.next()
    clock.advance(minutes=10)
    return service


def test_csv_export_has_planned_and_actual(live_window, ran_morning, tmp_path):
    window, ui = live_window
    path = ui.export_csv_to(tmp_path / "kjøreplan.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Nr;Dag;Tittel;Planlagt start")
    assert "Fylkeskommunenes samling" in lines[1] and ";6;" in lines[1]  # 126 − 120 min
    assert "Åpning og velkommen" in lines[2] and ";-1;" in lines[2]
    assert len(lines) == 1 + ran_morning.block_count()


def test_pdf_rundown_renders(live_window, ran_morning, tmp_path):
    window, ui = live_window
    path = ui.export_pdf_to(tmp_path / "kjøreplan.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".kjøreplan*"))  # the temporary file was renamed away
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info)
    assert re.search(r"Page size:\s+595(\.\d+)? x 84[12]", info)  # A4 in points
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kl." in text and "Avvik" in text and "Fylkeskommunenes samling" in text and "+6" in text


def test_export_to_an_unwritable_place_says_so(live_window, ran_morning, tmp_path):
    window, ui = live_window
    from controlroom.ui.live.export import ExportError

    missing = tmp_path / "finnes-ikke" / "kjøreplan.pdf"
    with pytest.raises(ExportError, match="Kan ikke skrive"):
        ui.export_pdf_to(missing)
    with pytest.raises(ExportError, match="finnes-ikke"):
        ui.export_csv_to(missing.with_suffix(".csv"))
    assert not missing.parent.exists()


def test_bridge_turns_a_refusal_into_a_signal(qtbot, service, clock):
    bridge = LiveBridge(service, clock, sync=False)
    with qtbot.waitSignal(bridge.refused) as blocker:
        assert bridge.perform("pause") is False
    assert "pause" in blocker.args[0]
    assert RunLog(service.store, clock).all() == []
    bridge.close()


# -- timeline layout and cost ---------------------------------------------------------------------------
def test_title_is_the_second_column_and_the_only_one_that_stretches(live_window):
    window, ui = live_window
    view = ui.timeline_panel.view
    header = view.horizontalHeader()
    assert COLUMNS[:2] == ("status", "title")
    assert view.model().headerData(1, Qt.Horizontal) == "Bolk"
    modes = {name: header.sectionResizeMode(i) for i, name in enumerate(COLUMNS)}
    assert modes.pop("title") == QHeaderView.Stretch
    assert set(modes.values()) == {QHeaderView.Fixed}  # never ResizeToContents
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.Fixed


@pytest.mark.parametrize(("width", "actual_shown"), [(600, False), (1100, True)])
def test_titles_keep_room_in_a_narrow_dock(live_window, qtbot, width, actual_shown):
    window, ui = live_window
    dock = window.docks["live-timeline"]
    dock.setFloating(True)
    dock.resize(width, 600)
    qtbot.waitUntil(lambda: abs(dock.width() - width) <= 2)
    QApplication.processEvents()
    view = ui.timeline_panel.view
    title = view.columnWidth(COL["title"])
    assert title >= 190  # room for "Fylkeskommunenes samling" at least
    for name in ("actual_start", "actual_end"):
        assert view.isColumnHidden(COL[name]) is not actual_shown
    for name in ("status", "planned", "projected", "length", "over"):
        assert not view.isColumnHidden(COL[name])
        assert view.columnWidth(COL[name]) < title


def test_painting_the_timeline_does_not_call_python(live_window):
    """The rows live in Qt's item storage: a repaint asks C++ for every cell's roles, not a Python
    ``data()`` (which PySide makes cost ~15 µs a call, seven roles a cell)."""
    from PySide6.QtGui import QStandardItemModel

    window, ui = live_window
    model = ui.timeline_panel.model
    assert type(model).data is QStandardItemModel.data
    assert type(model).flags is QStandardItemModel.flags


def test_the_countdown_flips_without_laying_out_the_panel(live_window, qtbot, service, clock):
    from PySide6.QtCore import QEvent, QObject

    window, ui = live_window
    panel = ui.timer_panel
    service.start()

    class Count(QObject):
        n = 0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.LayoutRequest:
                Count.n += 1
            return False

    counter = Count()
    for widget in (panel, panel.face):
        widget.installEventFilter(counter)
    qtbot.wait(300)  # the window's and the start's own relayouts (title, buttons) settle first
    Count.n = 0
    shown = []
    for _ in range(5):
        clock.advance(1)
        panel.repaint_time()  # what the second ticker does
        QApplication.processEvents()
        shown.append(panel.countdown.text())
    assert shown == ["1:59:59", "1:59:58", "1:59:57", "1:59:56", "1:59:55"]
    assert Count.n == 0
