"""The live wiring in a real main window on a qasync loop: service, API line on stdout, agenda edits."""

from __future__ import annotations

import argparse
import asyncio
import re
from dataclasses import replace

from PySide6.QtCore import QSettings

from controlroom.app import make_context
from controlroom.ui.main_window import MainWindow
from controlroom.ui.wiring import live as live_wiring

from .conftest import oslo
from .test_api import http


def test_wire_starts_the_api_and_follows_agenda_edits(qapp, loop, seed_store, clock, event_path, tmp_path, capsys):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    ctx = make_context(seed_store, clock, loop, settings, event_path, argparse.Namespace(api_port=0, allow_lan=False))
    agenda = ctx.services.agenda
    window = MainWindow(ctx)
    area = live_wiring.wire(ctx, window)
    service, controller = ctx.services.live, area.api
    loop.run_until_complete(controller.task)
    line = capsys.readouterr().out
    match = re.search(r"^api: http://127\.0\.0\.1:(\d+)$", line, re.M)
    assert match and int(match.group(1)) == controller.server.port and controller.token is None
    clock.set(oslo(9, 0))
    status, _, body = loop.run_until_complete(http(controller.server.port, "POST", "/api/v1/start"))
    assert status == 200 and body["index"] == 0 and service.state().running
    # the host lengthens the running block in the agenda: the live plan follows at once
    agenda.update(replace(agenda.block(0), minutes=150))
    assert service.state().remaining_seconds == 150 * 60
    assert "Fjernstyring (API) …" in [a.text() for a in window.menu("live").actions()]
    # one server: the screens' views and the participants' phone page beside the API, and the Skjermer dock
    assert "screens" in window.docks
    for path, marker in (("/p/", b'src="js/app.js"'), ("/view/stage", b'data-role="countdown"')):
        status, page = loop.run_until_complete(fetch(controller.server.port, path))
        assert status == 200 and marker in page, path
    loop.run_until_complete(controller.server.close())
    window.close()


async def fetch(port: int, path: str) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body
