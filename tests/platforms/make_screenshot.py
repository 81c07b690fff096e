"""Make ``docs/screenshots/platforms.png``: the Zoom and Teams panels (against the stubs) with the
device-code dialog, as the tech host sees them. Run under Xvfb from the repository root:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python -m tests.platforms.make_screenshot
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import keyring
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from controlroom.cli import main as cli
from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.integrations.memory_keyring import MemoryKeyring
from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.teams.auth import TeamsAuth, TeamsAuthConfig
from controlroom.integrations.teams.graph import GraphConfig
from controlroom.integrations.teams.rooms import rooms_text
from controlroom.integrations.teams.service import TeamsService
from controlroom.integrations.zoom import ZoomClient, ZoomConfig, ZoomPreassigner
from controlroom.integrations.zoom import setup as zoom_setup
from controlroom.integrations.zoom.adapter import ZoomAdapter
from controlroom.integrations.zoom.groups import online_groups
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.integrations import IntegrationsRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.ui.platforms.device_code import DeviceCodeDialog
from controlroom.ui.platforms.teams_panel import TeamsPanel
from controlroom.ui.platforms.zoom_panel import ZoomPanel
from tests.platforms.helpers import CHAT, JOIN, write_registrations
from tests.platforms.stubs.graph_stub import GraphStub
from tests.platforms.stubs.msal_stub import MsalStub
from tests.platforms.stubs.zoom_stub import ZoomStub

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "docs" / "screenshots" / "platforms.png"


def prepare(folder: Path) -> tuple[Path, int, str]:
    event = folder / "samling.krom"
    cli(["import", str(REPO / "tests/fixtures/seed001_sessionlab.txt"), "--event", str(event), "--date", "2024-05-06"])
    regs = folder / "p.csv"
    write_registrations(regs)
    cli(["participants", "import", str(regs), "--event", str(event)])
    cli(["groups", "form", "--event", str(event), "--block", "5", "--rounds", "2"])
    store = EventStore.open(event, backup=False)
    uid = AgendaRepository(store).blocks()[5].uid
    store.close()
    return event, 5, uid


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(tempfile.mkdtemp())
    event, _index, uid = prepare(folder)
    zstub, gstub, mstub = ZoomStub().start(), GraphStub().start(), MsalStub(folder).start()
    zstub.add_meeting("81234567890")
    store = EventStore.open(event, backup=False)
    zoom_group = next(g for g in PeopleRepository(store).groups_for_block(uid, 1) if g.pool == "zoom")
    zstub.unknown_emails = {zoom_group.emails[1]}
    secrets = SecretStore()
    zoom_setup.save_credentials(secrets, "acc-1", "cid", "csecret")
    repo = IntegrationsRepository(store)
    client = ZoomClient(lambda: zoom_setup.load_credentials(secrets),
                        ZoomConfig(oauth_base=zstub.url, api_base=f"{zstub.url}/v2"))
    adapter = ZoomAdapter(client, ZoomPreassigner(client, lambda u, r: online_groups(store, u, r, "zoom"), repo,
                                                  SystemClock()))
    blocks = [(b.uid, f"{i}. {b.title}") for i, b in enumerate(AgendaRepository(store).blocks())]
    repo.set_setting("zoom", "block", uid)
    zoom = ZoomPanel(adapter, secrets, repo, lambda: blocks, lambda u, r: "", loop)
    gstub.tokens = mstub.access_tokens
    gstub.chats[CHAT] = []
    gstub.post(CHAT, "Solveig Økland", "<p>Husk ungdomsrådet når vi snakker om målkonflikter</p>")
    gstub.post(CHAT, "Håkon Bø", "Arealnøytralitet må med i planstrategien")
    cfg = TeamsAuthConfig(client_id="app-123", cache_path=folder / "c.bin", authority=mstub.authority,
                          verify=str(mstub.cert_path))
    service = TeamsService(TeamsAuth(cfg, secrets), InputLog(store, SystemClock()), repo, SystemClock(),
                           GraphConfig(base_url=f"{gstub.url}/v1.0"))
    teams = TeamsPanel(service, lambda: blocks, lambda u, r: rooms_text(store, u, r), loop)

    window = QWidget()
    window.setWindowTitle("Zoom og Teams")
    row = QHBoxLayout(window)
    row.addWidget(zoom, 5)
    right = QVBoxLayout()
    right.addWidget(teams, 3)
    row.addLayout(right, 4)
    window.resize(1500, 860)
    window.show()

    async def scenario() -> None:
        zoom.meeting_id.setText("812 3456 7890")
        zoom.preassign()
        while zoom.result is None:
            await asyncio.sleep(0.05)
        code = await service.start_sign_in()
        mstub.approve(code.user_code)
        await service.finish_sign_in(code)
        teams.link_edit.setText(JOIN)
        teams.apply_link()
        while service.settings().chat_id != CHAT:
            await asyncio.sleep(0.05)
        teams.sync_box.setChecked(True)
        while not service.status.detail.get("last_sync"):
            await asyncio.sleep(0.05)
        dialog = DeviceCodeDialog("GQ7XK2M4P", "https://microsoft.com/devicelogin")
        dialog.setWindowFlags(Qt.Widget)
        frame = QGroupBox(dialog.windowTitle())
        QVBoxLayout(frame).addWidget(dialog)
        right.addWidget(frame, 0)
        await asyncio.sleep(0.5)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))
        await service.stop_sync()

    loop.run_until_complete(scenario())
    for s in (zstub, gstub, mstub):
        s.stop()
    store.close()
    loop.close()
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
