"""MSAL sign-in against a local MSAL-compatible authority (https, self-signed, instance discovery off)."""

from __future__ import annotations

import asyncio

import keyring.backends.fail
import pytest

from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.teams.auth import DEVICE_REFUSED, TeamsAuth, TeamsAuthConfig
from controlroom.integrations.teams.graph import GraphClient, GraphConfig
from controlroom.integrations.teams.token_cache import KEY_NAME
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError


def make_auth(stub, tmp_path, secrets=None, **kw) -> TeamsAuth:
    cfg = TeamsAuthConfig(client_id="app-123", cache_path=tmp_path / "teams-cache.bin", authority=stub.authority,
                          verify=str(stub.cert_path), **kw)
    return TeamsAuth(cfg, secrets or SecretStore())


async def device_sign_in(auth: TeamsAuth, stub):
    code = await auth.start_device_flow()
    stub.approve(code.user_code)  # the user types the code at microsoft.com/devicelogin
    return code, await auth.finish_device_flow(code)


def test_device_code_sign_in_and_encrypted_cache_with_key_in_keyring(msal_stub, tmp_path, memory_keyring):
    auth = make_auth(msal_stub, tmp_path)
    code, who = asyncio.run(device_sign_in(auth, msal_stub))
    assert len(code.user_code) == 9 and code.verification_uri == "https://microsoft.com/devicelogin"
    assert who.name == "Kari Nordmann" and who.username == "kari@kommune.no" and who.expires_at
    data = (tmp_path / "teams-cache.bin").read_bytes()
    assert b"kari@kommune.no" not in data and b'"refresh_token"' not in data
    assert not any(rt.encode() in data for rt in msal_stub.refresh_tokens)
    from cryptography.fernet import Fernet

    plain = Fernet(memory_keyring.get_password("Kontrollrom", KEY_NAME).encode()).decrypt(data)
    assert b"kari@kommune.no" in plain and any(rt.encode() in plain for rt in msal_stub.refresh_tokens)
    assert memory_keyring.get_password("Kontrollrom", KEY_NAME)
    assert auth.persist_problem is None


def test_restart_signs_in_silently_from_the_encrypted_cache_and_refreshes(msal_stub, tmp_path, memory_keyring):
    msal_stub.expires_in = 60  # MSAL treats a token expiring within 5 minutes as expired: refresh
    asyncio.run(device_sign_in(make_auth(msal_stub, tmp_path), msal_stub))
    issued = len(msal_stub.refresh_tokens)
    again = make_auth(msal_stub, tmp_path)  # a new app run
    who = asyncio.run(again.restore())
    assert who is not None and who.username == "kari@kommune.no"
    assert len(msal_stub.refresh_tokens) == issued + 1  # the refresh-token grant was used


def test_graph_accepts_the_msal_access_token(msal_stub, graph_stub, tmp_path, memory_keyring):
    graph_stub.tokens = msal_stub.access_tokens
    auth = make_auth(msal_stub, tmp_path)
    asyncio.run(device_sign_in(auth, msal_stub))
    me = asyncio.run(GraphClient(auth.token, GraphConfig(base_url=f"{graph_stub.url}/v1.0")).me())
    assert me["displayName"] == "Kari Nordmann"


def test_revoked_refresh_token_asks_to_sign_in_again(msal_stub, tmp_path, memory_keyring):
    msal_stub.expires_in = 60
    auth = make_auth(msal_stub, tmp_path)
    asyncio.run(device_sign_in(auth, msal_stub))
    msal_stub.revoke()
    with pytest.raises(PlatformError, match="Logg inn på nytt") as info:
        asyncio.run(auth.token(force_refresh=True))
    assert info.value.kind == E.TOKEN


def test_device_code_refused_by_tenant_offers_browser_sign_in(msal_stub, tmp_path, memory_keyring):
    msal_stub.refuse_device_code = True
    with pytest.raises(PlatformError, match="nettleseren") as info:
        asyncio.run(make_auth(msal_stub, tmp_path).start_device_flow())
    assert info.value.kind == DEVICE_REFUSED


def test_cancelled_device_code_stops_polling(msal_stub, tmp_path, memory_keyring):
    auth = make_auth(msal_stub, tmp_path)

    async def run():
        code = await auth.start_device_flow()
        task = asyncio.ensure_future(auth.finish_device_flow(code))
        await asyncio.sleep(0.2)
        auth.cancel(code)
        return await task

    with pytest.raises(PlatformError, match="avbrutt"):
        asyncio.run(run())


def test_no_keyring_means_no_cache_on_disk_and_says_so(msal_stub, tmp_path):
    auth = make_auth(msal_stub, tmp_path, secrets=SecretStore(keyring.backends.fail.Keyring()))
    _, who = asyncio.run(device_sign_in(auth, msal_stub))
    assert who.username == "kari@kommune.no"
    assert not (tmp_path / "teams-cache.bin").exists()
    assert "Ingen nøkkelring" in auth.persist_problem


def test_sign_out_removes_cache_and_key(msal_stub, tmp_path, memory_keyring):
    auth = make_auth(msal_stub, tmp_path)
    asyncio.run(device_sign_in(auth, msal_stub))
    asyncio.run(auth.sign_out())
    assert not (tmp_path / "teams-cache.bin").exists()
    assert memory_keyring.get_password("Kontrollrom", KEY_NAME) is None
    assert asyncio.run(make_auth(msal_stub, tmp_path).restore()) is None


def test_self_signed_authority_without_its_ca_is_refused_plainly(msal_stub, tmp_path, memory_keyring):
    """REQUESTS_CA_BUNDLE (set in this environment) holds only public CAs: the stub's cert is not trusted."""
    cfg = TeamsAuthConfig(client_id="app-123", cache_path=tmp_path / "c.bin", authority=msal_stub.authority)
    with pytest.raises(PlatformError, match="Microsoft-påloggingen") as info:
        asyncio.run(TeamsAuth(cfg, SecretStore()).start_device_flow())
    assert info.value.kind == E.REFUSED


@pytest.mark.keyring
def test_token_cache_key_in_the_real_secret_service(msal_stub, tmp_path):
    """gnome-keyring over D-Bus (scripts/test starts it): the cache key lives there, the cache on disk."""
    import os
    import shutil

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not shutil.which("gnome-keyring-daemon"):
        pytest.skip("ingen D-Bus-sesjon med gnome-keyring (kjør via scripts/test)")
    from keyring.backends import SecretService

    try:
        backend = SecretService.Keyring()
        backend.priority  # noqa: B018 - raises when the service is not reachable
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"Secret Service svarer ikke: {exc}")
    secrets = SecretStore(backend)
    auth = make_auth(msal_stub, tmp_path, secrets=secrets)
    asyncio.run(device_sign_in(auth, msal_stub))
    try:
        assert backend.get_password("Kontrollrom", KEY_NAME)
        again = make_auth(msal_stub, tmp_path, secrets=SecretStore(SecretService.Keyring()))
        assert asyncio.run(again.restore()).username == "kari@kommune.no"
    finally:
        asyncio.run(auth.sign_out())
    assert backend.get_password("Kontrollrom", KEY_NAME) is None
