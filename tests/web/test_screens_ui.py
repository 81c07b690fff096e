"""The Skjermer controller and panel in a real main window on a qasync loop: the server starts with the
API's lines and the views' line on stdout, the panel shows every view's link and QR code, copies a link,
and revoking the keys makes new links (the old ones stop opening anything on the LAN)."""

from __future__ import annotations

import argparse
import asyncio
import re
import urllib.request

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from controlroom.app import make_context
from controlroom.clock import SystemClock
from controlroom.models import EventStore
from controlroom.ui.main_window import MainWindow
from controlroom.ui.screens.controller import ScreensController
from controlroom.ui.screens.panel import ScreensPanel


@pytest.fixture
def window(qapp, loop, event, tmp_path):
    store = EventStore.open(event, backup=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    ctx = make_context(store, SystemClock(), loop, settings, event, argparse.Namespace(api_port=0, allow_lan=False))
    win = MainWindow(ctx)
    yield ctx, win
    win.close()
    store.close()


def until(loop, check, timeout: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not in time"
        loop.run_until_complete(asyncio.sleep(0.02))


def test_the_controller_starts_the_server_and_prints_the_api_and_views_lines(window, loop, capsys):
    ctx, win = window
    controller = ScreensController(ctx, ctx.services.live, win, 0, False)
    loop.run_until_complete(controller.task)
    out = capsys.readouterr().out
    api = re.search(r"^api: (http://127\.0\.0\.1:(\d+))$", out, re.M)
    views = re.search(r"^views: (http://127\.0\.0\.1:(\d+)/view/\?key=[\w-]{22})$", out, re.M)
    assert api and views and api.group(2) == views.group(2) == str(controller.server.port)
    assert out.index("api: ") < out.index("views: ") and controller.token is None
    assert win.api_status.text() == f"Fjernstyring (lokal): {api.group(1)}"
    def fetch() -> int:
        with urllib.request.urlopen(views.group(1), timeout=10) as resp:
            return resp.status

    assert loop.run_until_complete(asyncio.to_thread(fetch)) == 200
    loop.run_until_complete(controller.stop())
    assert win.api_status.text() == "Fjernstyring: av" and controller.links == []


def test_a_taken_port_is_told_on_stderr_and_in_the_status_bar(window, loop, capsys):
    import socket

    ctx, win = window
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        controller = ScreensController(ctx, ctx.services.live, win, taken.getsockname()[1], False)
        loop.run_until_complete(controller.task)
    err = capsys.readouterr().err
    assert err.startswith("api: Fjernstyrings-API-et kunne ikke starte på port") and controller.server is None
    assert win.api_status.text() == "Fjernstyring: feil"
    panel = ScreensPanel(controller)
    assert "kunne ikke starte" in panel.summary.text() and not panel.revoke.isEnabled()


def test_the_panel_shows_every_view_with_its_qr_code_and_copies_a_link(window, loop, qtbot, capsys):
    ctx, win = window
    controller = ScreensController(ctx, ctx.services.live, win, 0, False)
    panel = ScreensPanel(controller)
    qtbot.addWidget(panel)
    loop.run_until_complete(controller.task)
    until(loop, lambda: len(controller.links) > 5)
    loop.run_until_complete(asyncio.sleep(0.1))
    assert controller.qr_codes == {}  # nobody has looked at the panel: no code is drawn
    assert panel.cards == [] and controller.views_url in panel.summary.text()  # nor a card built
    panel.show()
    until(loop, lambda: panel.cards and not panel.cards[0].qr.pixmap().isNull())
    kinds = [(c.link.kind, c.link.room) for c in panel.cards]
    assert kinds[:5] == [("index", None), ("stage", None), ("public", None), ("clock", None), ("tech", None)]
    assert ("room", "Fjorden") in kinds and ("room", "Zoom 1") in kinds
    for card in panel.cards:
        pixmap = card.qr.pixmap()
        assert not pixmap.isNull() and pixmap.width() == pixmap.height() > 100
        image = pixmap.toImage()
        dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                   if image.pixelColor(x, y).lightness() < 100)
        assert dark > 50  # a drawn code, not a blank square
    stage = next(c for c in panel.cards if c.link.kind == "stage")
    assert stage.title.text() == "<b>Scene – taleren</b>" and stage.url.text() == stage.link.url
    qtbot.mouseClick(stage.copy, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == stage.link.url and stage.copy.text() == "Kopiert"
    assert controller.views_url in panel.summary.text()
    loop.run_until_complete(controller.stop())
    assert panel.cards == []


def test_revoking_the_keys_makes_new_links(window, loop, qtbot, capsys):
    ctx, win = window
    controller = ScreensController(ctx, ctx.services.live, win, 0, False)
    panel = ScreensPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    loop.run_until_complete(controller.task)
    until(loop, lambda: len(panel.cards) > 5)
    old = {c.link.kind: c.link.url for c in panel.cards}
    capsys.readouterr()
    box = panel.ask_revoke()
    box.button(QMessageBox.StandardButton.Cancel).click()
    loop.run_until_complete(asyncio.sleep(0.1))
    assert {c.link.kind: c.link.url for c in panel.cards} == old  # cancelled: nothing changed
    box = panel.ask_revoke()
    box.button(QMessageBox.StandardButton.Yes).click()
    until(loop, lambda: panel.cards and panel.cards[0].link.url != old["index"])
    new = {c.link.kind: c.link.url for c in panel.cards}
    assert all(new[kind] != old[kind] for kind in old)
    assert f"views: {controller.views_url}" in capsys.readouterr().out
    assert "Nye visningsnøkler" in win.statusBar().currentMessage()
    loop.run_until_complete(controller.stop())


def test_room_links_and_views_follow_the_events_changes(window, loop, event):
    """Connected to the event's services as the wiring connects it: a room added and announced by the
    people service reaches the panel's links and the views' snapshots."""
    from controlroom.grouping.rooms import RoomSpec
    from controlroom.models.people_repo import PeopleRepository
    from controlroom.ui.screens.controller import event_changes

    ctx, win = window
    controller = ScreensController(ctx, ctx.services.live, win, 0, False, secrets=ctx.services.secrets,
                                   subscribe_changes=event_changes(ctx.services))
    loop.run_until_complete(controller.task)
    until(loop, lambda: controller.links)
    assert not controller.server.poll_run_log  # the feed brings others' actions: nothing polls
    repo = PeopleRepository(ctx.services.store)
    repo.set_rooms([*repo.rooms(), RoomSpec("Takterrassen", "onsite", None, 1)])
    ctx.services.people.changed()  # what the people service announces after its own writes
    until(loop, lambda: any(link.room == "Takterrassen" for link in controller.links))
    loop.run_until_complete(controller.stop())
