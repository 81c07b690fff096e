"""Fixtures of the platforms area: Zoom/Graph/MSAL stubs on 127.0.0.1 and an in-memory keyring."""

from __future__ import annotations

import pytest

from tests.platforms.stubs.graph_stub import GraphStub
from tests.platforms.stubs.zoom_stub import ZoomStub


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
