"""A laptop screen is enough: the whole window on the demo at 1366×768, in both languages. The Zoom and
Teams tabs and the tech host's docks show every label and button at least at its own size (nothing
clipped; a panel taller than its dock scrolls, never sideways), and the dock tabs fit the dock."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QTabBar, QWidget


@pytest.fixture(params=["nb", "en"])
def laptop_window(request, qtbot, qapp, loop, tmp_path, settings, memory_keyring):
    from controlroom.app import build_window, make_context
    from controlroom.clock import FakeClock
    from controlroom.demo import demo_today, ensure_demo_event
    from controlroom.models import EventStore
    from controlroom.ui import i18n as ui_i18n

    ui_i18n.install(qapp, request.param)
    path = ensure_demo_event(tmp_path / "data")
    store = EventStore.open(path)
    clock = FakeClock(datetime.combine(demo_today(), time(8, 55), tzinfo=ZoneInfo("Europe/Oslo")))
    window = build_window(make_context(store, clock, loop, settings, path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()
    ui_i18n.uninstall(qapp)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons smaller than they need to show their whole text."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not isinstance(w, (QLabel, QAbstractButton)) or not w.text():
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            short = w.height() < w.heightForWidth(w.width())
        else:
            need = w.minimumSizeHint()
            short = w.width() < need.width() or w.height() < need.height()
        if short:
            out.append(f"{type(w).__name__} {w.text()!r}: {w.width()}×{w.height()}")
    return out


def test_zoom_and_teams_tabs_are_readable_at_1366x768(laptop_window, qtbot):
    dock = laptop_window.docks["platforms"]
    dock.show()
    dock.raise_()
    workspace = dock.widget()
    assert dock.width() < 700 and dock.height() < 500  # a laptop's side dock, not a roomy one
    for index in range(workspace.count()):
        workspace.setCurrentIndex(index)
        qtbot.wait(10)
        area = workspace.currentWidget()
        assert isinstance(area, QScrollArea)
        panel = area.widget()
        assert panel.minimumSizeHint().width() <= area.viewport().width(), "the panel would scroll sideways"
        assert not area.horizontalScrollBar().isVisible()
        assert clipped(panel) == [], workspace.tabText(index)


def test_tech_docks_show_whole_labels_and_their_tabs_fit(laptop_window, qtbot):
    for key in ("tech-cues", "tech-adapters", "tech-log", "inputs", "platforms"):
        dock = laptop_window.docks[key]
        dock.raise_()
        qtbot.wait(10)
        assert clipped(dock.widget()) == [], key
    bars = [b for b in laptop_window.findChildren(QTabBar) if b.isVisible()]
    for bar in bars:
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        assert needed <= bar.parentWidget().width(), [bar.tabText(i) for i in range(bar.count())]


@pytest.fixture
def stored_zoom_account(memory_keyring):
    from controlroom.integrations.secrets import SecretStore
    from controlroom.integrations.zoom import setup as zoom_setup

    zoom_setup.save_credentials(SecretStore(), "acc-7", "cid-7", "hemmelig")


def test_a_stored_zoom_account_takes_one_line_until_changed(stored_zoom_account, laptop_window, loop, qtbot):
    import asyncio

    panel = laptop_window.docks["platforms"].widget().zoom
    qtbot.wait(100)
    assert panel.keyring_label.text() == ""  # behind another tab: the keyring is not asked yet
    laptop_window.docks["platforms"].raise_()  # the tech host opens "Zoom og Teams"

    async def loaded() -> None:
        while not panel.change_account.isVisibleTo(panel):
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(loaded(), 10))
    assert not panel.account_id.isVisibleTo(panel) and not panel.client_secret.isVisibleTo(panel)
    assert "acc-7" in panel.keyring_label.text()
    panel.change_account.click()
    assert panel.account_id.isVisibleTo(panel) and panel.account_id.text() == "acc-7"
    assert panel.save_button.isVisibleTo(panel) and not panel.change_account.isVisibleTo(panel)
