"""Fixtures of the platforms area: Zoom/Graph/MSAL stubs on 127.0.0.1 and an in-memory keyring."""

from __future__ import annotations

import keyring
import pytest

from controlroom.integrations.secrets import MemoryKeyring
from tests.platforms.stubs.graph_stub import GraphStub
from tests.platforms.stubs.zoom_stub import ZoomStub


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def zoom_stub():
    stub = ZoomStub().start()
    yield stub
    stub.stop()


@pytest.fixture
def graph_stub():
    stub = GraphStub().start()
    yield stub
    stub.stop()


@pytest.fixture
def msal_stub(tmp_path):
    from tests.platforms.stubs.msal_stub import MsalStub

    stub = MsalStub(tmp_path).start()
    yield stub
    stub.stop()


@pytest.fixture
def loop(qapp):
    """A qasync loop for widget tests. At teardown every task still pending (a sync loop, a sign-in) is
    cancelled and allowed to finish its cleanup (closing sockets) before the loop closes, so no Qt socket
    notifier or timer of this loop outlives it."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(asyncio.sleep(0.05))  # transports finish closing
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)
