"""The Zoom and Teams panels as real widgets (pytest-qt, offscreen) on a qasync loop, against the stubs."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from controlroom.clock import FakeClock
from controlroom.inputs.log import InputLog
from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.teams.auth import TeamsAuth, TeamsAuthConfig
from controlroom.integrations.teams.graph import GraphConfig
from controlroom.integrations.teams.service import TeamsService
from controlroom.integrations.zoom import ZoomClient, ZoomConfig, ZoomPreassigner
from controlroom.integrations.zoom import setup as zoom_setup
from controlroom.integrations.zoom.adapter import ZoomAdapter
from controlroom.models.integrations import IntegrationsRepository
from controlroom.ui.platforms.teams_panel import TeamsPanel
from controlroom.ui.platforms.zoom_panel import ZoomPanel
from tests.platforms.helpers import CHAT, JOIN, MEETING, groups


async def until(pred, timeout: float = 10.0) -> None:
    end = asyncio.get_running_loop().time() + timeout
    while not pred():
        assert asyncio.get_running_loop().time() < end, "condition not reached"
        await asyncio.sleep(0.02)


def zoom_panel(qtbot, loop, stub, store) -> ZoomPanel:
    secrets = SecretStore()
    client = ZoomClient(lambda: zoom_setup.load_credentials(secrets),
                        ZoomConfig(oauth_base=stub.url, api_base=f"{stub.url}/v2", timeout=5))
    repo = IntegrationsRepository(store)
    rooms = groups()
    adapter = ZoomAdapter(client, ZoomPreassigner(client, lambda uid, rnd: rooms, repo, FakeClock()))
    panel = ZoomPanel(adapter, secrets, repo, lambda: [("blk1", "6. Målkonflikter")],
                      lambda uid, rnd: "Flytteliste", loop)
    qtbot.addWidget(panel)
    return panel


def teams_service(msal_stub, graph_stub, store, tmp_path) -> TeamsService:
    cfg = TeamsAuthConfig(client_id="app-123", cache_path=tmp_path / "cache.bin", authority=msal_stub.authority,
                          verify=str(msal_stub.cert_path))
    return TeamsService(TeamsAuth(cfg, SecretStore()), InputLog(store, FakeClock()), IntegrationsRepository(store),
                        FakeClock(), GraphConfig(base_url=f"{graph_stub.url}/v1.0", timeout=30))


def test_zoom_panel_saves_credentials_to_keyring_and_shows_rooms_after_preassign(
        qtbot, loop, zoom_stub, store, memory_keyring):
    zoom_stub.add_meeting(MEETING)
    panel = zoom_panel(qtbot, loop, zoom_stub, store)

    async def scenario():
        await until(lambda: not panel.runner.busy)
        panel.account_id.setText("acc-1")
        panel.client_id.setText("cid")
        panel.client_secret.setText("csecret")
        panel.save_button.click()
        await until(lambda: "Lagret" in panel.keyring_label.text())
        assert panel.client_secret.text() == ""
        panel.meeting_id.setText("812 3456 7890")
        panel.round_box.setValue(2)
        assert panel.preassign_button.text() == "Forhåndstildel runde 2"
        panel.preassign_button.click()
        await until(lambda: panel.result is not None)

    loop.run_until_complete(scenario())
    assert memory_keyring.get_password("Kontrollrom", "zoom:default:client-secret") == "csecret"
    assert panel.table.rowCount() == 3
    assert [panel.table.item(r, 3).text() for r in range(3)] == ["Bekreftet"] * 3
    assert "3 av 3 rom bekreftet" in panel.message.text()
    assert "Tilkoblet" in panel.status_label.text()


def test_zoom_result_line_is_green_amber_or_red_by_how_much_zoom_confirmed(qtbot, loop, zoom_stub, store,
                                                                           memory_keyring):
    """All rooms confirmed: green. Some rooms short of people (Zoom dropped an address): amber, not the red
    of an error. Nothing confirmed: red."""
    from controlroom.ui.platforms.common import ERROR_COLOUR, OK_COLOUR, PARTIAL_COLOUR

    zoom_stub.add_meeting(MEETING)
    zoom_setup.save_credentials(SecretStore(), "acc-1", "cid", "csecret")
    panel = zoom_panel(qtbot, loop, zoom_stub, store)
    panel.meeting_id.setText(MEETING)

    def preassign() -> str:
        panel.result = None

        async def scenario():
            await until(lambda: not panel.runner.busy)
            panel.preassign_button.click()
            await until(lambda: panel.result is not None)

        loop.run_until_complete(scenario())
        return panel.message.text()

    zoom_stub.unknown_emails = {"d1.2@kommune.no"}
    text = preassign()
    assert "2 av 3 rom bekreftet" in text and PARTIAL_COLOUR in text and ERROR_COLOUR not in text
    zoom_stub.unknown_emails = {f"d{r}.{i}@kommune.no" for r in range(3) for i in range(4)}
    text = preassign()
    assert "0 av 3 rom bekreftet" in text and ERROR_COLOUR in text
    zoom_stub.unknown_emails = set()
    text = preassign()
    assert "3 av 3 rom bekreftet" in text and OK_COLOUR in text


def test_zoom_panel_started_meeting_says_so_and_offers_csv(qtbot, loop, zoom_stub, store, memory_keyring, tmp_path):
    zoom_stub.add_meeting(MEETING, started=True)
    zoom_setup.save_credentials(SecretStore(), "acc-1", "cid", "csecret")
    panel = zoom_panel(qtbot, loop, zoom_stub, store)
    panel.meeting_id.setText(MEETING)

    async def scenario():
        panel.preassign_button.click()
        await until(lambda: panel.result is not None)

    loop.run_until_complete(scenario())
    assert "før møtet starter" in panel.message.text()
    assert panel.table.item(0, 3).text() == "Ikke sendt"
    out = tmp_path / "runde.csv"
    assert panel.export_csv(out) == 12
    assert out.read_text(encoding="utf-8").startswith("Pre-assign Room Name,Email Address")


def test_no_keyring_is_said_plainly_in_the_zoom_panel(qtbot, loop, zoom_stub, store):
    import keyring
    import keyring.backends.fail

    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        panel = zoom_panel(qtbot, loop, zoom_stub, store)
        loop.run_until_complete(asyncio.sleep(0.2))
        assert panel.keyring_label.text() == ""  # a panel nobody has looked at does not ask the keyring
        panel.show()
        loop.run_until_complete(until(lambda: "nøkkelring" in panel.keyring_label.text()))
    finally:
        keyring.set_keyring(before)
    assert "Fant ingen nøkkelring" in panel.keyring_label.text()
    assert not panel.save_button.isEnabled()


def test_teams_device_code_dialog_with_copy_button_then_signed_in(
        qtbot, loop, msal_stub, graph_stub, store, tmp_path, memory_keyring):
    service = teams_service(msal_stub, graph_stub, store, tmp_path)
    panel = TeamsPanel(service, lambda: [], lambda uid, rnd: "", loop)
    qtbot.addWidget(panel)

    async def scenario():
        panel.sign_in_button.click()
        await until(lambda: panel.dialog is not None and panel.dialog.isVisible())
        dialog = panel.dialog
        assert dialog.code_label.text() in msal_stub.device_codes.values()
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.code_label.text()
        msal_stub.approve(dialog.code_label.text())
        await until(lambda: "Logget inn som Kari Nordmann" in panel.status_label.text())
        await until(lambda: panel.dialog is None)
        assert not dialog.isVisible()

    loop.run_until_complete(scenario())
    assert "Tilgangen fornyes kl." in panel.status_label.text()
    assert panel.sign_out_button.isEnabled()


def test_teams_join_link_that_is_not_teams_is_refused_in_the_panel(
        qtbot, loop, msal_stub, graph_stub, store, tmp_path):
    panel = TeamsPanel(teams_service(msal_stub, graph_stub, store, tmp_path), lambda: [], lambda u, r: "", loop)
    qtbot.addWidget(panel)
    panel.link_edit.setText("https://zoom.us/j/81234567890")

    async def scenario():
        panel.link_button.click()
        await until(lambda: "ikke en Teams-møtelenke" in panel.message.text())

    loop.run_until_complete(scenario())
    assert IntegrationsRepository(store).setting("teams", "chat_id") is None


def test_window_never_blocks_while_the_sync_hangs(qtbot, loop, msal_stub, graph_stub, store, tmp_path,
                                                  memory_keyring):
    """A zero-delay QTimer fires while Graph hangs mid-sync: the GUI thread is free."""
    graph_stub.chats[CHAT] = []
    graph_stub.fail_next("hang")
    service = teams_service(msal_stub, graph_stub, store, tmp_path)
    panel = TeamsPanel(service, lambda: [], lambda u, r: "", loop)
    qtbot.addWidget(panel)
    fired: list[str] = []

    async def scenario():
        code = await service.start_sign_in()
        msal_stub.approve(code.user_code)
        await service.finish_sign_in(code)
        panel.link_edit.setText(JOIN)
        panel.link_button.click()
        await until(lambda: panel.chat_label.text() == CHAT)
        panel.sync_box.setChecked(True)
        await until(lambda: ("GET", f"/v1.0/chats/{CHAT}/messages") in graph_stub.requests)
        QTimer.singleShot(0, lambda: fired.append(service.loop.status.state))
        await until(lambda: bool(fired))
        await service.stop_sync()

    loop.run_until_complete(scenario())
    assert fired == ["syncing"]  # the timer ran while the sync was still waiting for Graph


def test_device_code_refused_falls_back_to_browser_sign_in(qtbot, loop, msal_stub, graph_stub, store, tmp_path,
                                                           memory_keyring, monkeypatch):
    """The tenant refuses device codes; the panel opens the browser (MSAL's interactive flow with its local
    redirect server). The "browser" here loads the stub's sign-in page and submits its form back to MSAL."""
    import re
    import threading
    import webbrowser

    import requests

    opened: list[str] = []

    def visit(url: str) -> None:
        page = requests.get(url, verify=str(msal_stub.cert_path), timeout=10).text
        action = re.search(r'action="([^"]+)"', page).group(1)
        fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', page))
        requests.post(action.replace("&amp;", "&"), data=fields, timeout=10)

    def browser(url, *args, **kwargs):
        opened.append(url)
        threading.Thread(target=visit, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", browser)
    msal_stub.refuse_device_code = True
    service = teams_service(msal_stub, graph_stub, store, tmp_path)
    panel = TeamsPanel(service, lambda: [], lambda u, r: "", loop)
    qtbot.addWidget(panel)

    async def scenario():
        panel.sign_in_button.click()
        await until(lambda: "Logget inn som Kari Nordmann" in panel.status_label.text(), timeout=20)

    loop.run_until_complete(scenario())
    assert opened and "/oauth2/v2.0/authorize" in opened[0]
    assert panel.dialog is None


def test_moderator_posts_to_the_meeting_chat_from_the_panel(qtbot, loop, msal_stub, graph_stub, store, tmp_path,
                                                            memory_keyring):
    graph_stub.chats[CHAT] = []
    service = teams_service(msal_stub, graph_stub, store, tmp_path)
    panel = TeamsPanel(service, lambda: [], lambda u, r: "", loop)
    qtbot.addWidget(panel)
    assert panel.post_box.isHidden()
    panel.post_allowed.setChecked(True)
    assert not panel.post_box.isHidden() and "ChatMessage.Send" in service.auth.config.scopes

    async def scenario():
        code = await service.start_sign_in()
        assert "ChatMessage.Send" in msal_stub.last_scope.split()
        msal_stub.approve(code.user_code)
        await service.finish_sign_in(code)
        panel.link_edit.setText(JOIN)
        panel.link_button.click()
        await until(lambda: panel.chat_label.text() == CHAT)
        panel.post_edit.setText("Vi tar pause til 14:15 – husk innspill i chatten!")
        panel.post_button.click()
        await until(lambda: "Sendt til møtechatten" in panel.message.text())

    loop.run_until_complete(scenario())
    assert graph_stub.chats[CHAT][-1]["body"]["content"] == "Vi tar pause til 14:15 – husk innspill i chatten!"
    assert IntegrationsRepository(store).setting("teams", "post") is True
