"""The platforms area wired into the real main window, next to the groups area's room board."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from controlroom.cli import main
from controlroom.clock import FakeClock
from controlroom.integrations.base import ConnectionState
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.integrations import IntegrationsRepository
from controlroom.models.people_repo import PeopleRepository
from tests.platforms.helpers import write_registrations


def test_dock_menu_and_zoom_status_on_the_room_board(qtbot, loop, tmp_path, seed001, memory_keyring, monkeypatch):
    monkeypatch.setenv("KONTROLLROM_TEAMS_CACHE", str(tmp_path / "none.bin"))
    event = tmp_path / "dag.krom"
    assert main(["import", str(seed001), "--event", str(event), "--date", "2024-05-06"]) == 0
    regs = tmp_path / "p.csv"
    write_registrations(regs, 40)
    assert main(["participants", "import", str(regs), "--event", str(event)]) == 0
    assert main(["groups", "form", "--event", str(event), "--block", "5", "--rounds", "2"]) == 0
    store = EventStore.open(event, backup=False)
    uid = AgendaRepository(store).blocks()[5].uid
    zoom_rooms = [g for g in PeopleRepository(store).groups_for_block(uid, 1) if g.pool == "zoom"]
    IntegrationsRepository(store).save_room_results("81234567890", uid, 1, 0, [
        (zoom_rooms[0].room, zoom_rooms[0].emails, zoom_rooms[0].emails, "ok"),
        (zoom_rooms[1].room, zoom_rooms[1].emails, zoom_rooms[1].emails[1:], "partial")])

    from controlroom.app import make_context
    from controlroom.ui.live.ticker import SecondTicker
    from controlroom.ui.main_window import MainWindow
    from controlroom.ui.wiring import integrations, people

    ctx = make_context(store, FakeClock(), loop, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), event)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    platforms = integrations.wire(ctx, window, people.wire(ctx, window, SecondTicker(ctx.clock, window)))
    loop.run_until_complete(asyncio.sleep(0.1))
    assert "platforms" in window.docks and window.docks["platforms"].windowTitle() == "Zoom og Teams"
    assert "Zoom og &Teams" in [a.text() for a in window.menu("tech").actions()]
    window.show()
    window.docks["room-board"].raise_()
    board = window.docks["room-board"].widget()
    board.show_block(uid, 1)  # the board builds the cards, then the status labels them
    labels = {room: card.findChild(QLabel, "zoomStatus") for room, card in board.cards.items()}
    assert labels[zoom_rooms[0].room].text() == "Zoom: forhåndstildelt og bekreftet"
    assert labels[zoom_rooms[1].room].text().startswith("Zoom: delvis")
    assert platforms.board_status.refresh() == 2
    teams = ctx.services.platforms.teams
    assert teams.status.reason == "Ikke logget inn"
    store.close()


def test_start_up_tasks_wait_for_the_loop_then_restore_the_teams_sign_in(
        qtbot, loop, tmp_path, msal_stub, memory_keyring, monkeypatch, caplog):
    """Wiring starts the Teams sign-in restore before the asyncio loop runs (the Zoom keyring read waits
    until the panel is on screen).
    Pumping Qt events alone (a test, a screenshot script) must not run them outside the loop ("no running
    event loop"); once the loop runs, as in the app, the saved sign-in comes back."""
    import logging

    from tests.platforms.test_teams_auth import device_sign_in, make_auth

    loop.run_until_complete(device_sign_in(make_auth(msal_stub, tmp_path), msal_stub))  # an earlier run
    monkeypatch.setenv("KONTROLLROM_TEAMS_CACHE", str(tmp_path / "teams-cache.bin"))
    monkeypatch.setenv("KONTROLLROM_MSAL_AUTHORITY", msal_stub.authority)
    monkeypatch.setenv("KONTROLLROM_MSAL_CA", str(msal_stub.cert_path))
    monkeypatch.setenv("KONTROLLROM_TEAMS_CLIENT_ID", "app-123")
    from controlroom.integrations.secrets import SecretStore
    from controlroom.integrations.zoom import setup as zoom_setup

    zoom_setup.save_credentials(SecretStore(), "acc-7", "cid-7", None)

    from controlroom.app import make_context
    from controlroom.ui.live.ticker import SecondTicker
    from controlroom.ui.main_window import MainWindow
    from controlroom.ui.wiring import integrations, people

    event = tmp_path / "tom.krom"
    store = EventStore.open(event, create=True)
    ctx = make_context(store, FakeClock(), loop, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), event)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with caplog.at_level(logging.WARNING):
        integrations.wire(ctx, window, people.wire(ctx, window, SecondTicker(ctx.clock, window)))
        qtbot.wait(300)  # Qt events only: the loop is not running
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
        teams = ctx.services.platforms.teams
        assert teams.status.state != ConnectionState.CONNECTED

        async def signed_in() -> None:
            while teams.status.state != ConnectionState.CONNECTED:
                await asyncio.sleep(0.02)

        loop.run_until_complete(asyncio.wait_for(signed_in(), 10))
    assert teams.status.detail["username"] == "kari@kommune.no"
    zoom_panel = window.docks["platforms"].widget().findChild(QWidget, "ZoomPanel")
    assert zoom_panel.account_id.text() == ""  # nobody has looked at the Zoom panel: the keyring waits
    window.show()
    window.docks["platforms"].raise_()

    async def zoom_read() -> None:
        while zoom_panel.account_id.text() != "acc-7":
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(zoom_read(), 10))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    store.close()
