"""Signing in to Microsoft 365 with MSAL (public client: device code, interactive as fallback).

MSAL is synchronous (``requests``); every call runs in a worker thread. The authority and the
TLS trust are configurable so tests can point at a local MSAL-compatible authority: MSAL insists on
``https`` and needs ``instance_discovery=False`` for a host it does not know. ``verify`` names a CA
bundle for that authority; because ``REQUESTS_CA_BUNDLE`` in the environment overrides a session's
``verify``, we then hand MSAL a ``requests.Session`` with ``trust_env = False``.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from controlroom.i18n import tr
from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.teams.token_cache import EncryptedTokenCache
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError

if TYPE_CHECKING:  # MSAL (and requests) load when Teams is first used, not when the window opens
    import msal

READ_SCOPES = ("Chat.Read", "User.Read")
SEND_SCOPE = "ChatMessage.Send"
DEVICE_REFUSED = "device_refused"


@dataclass
class TeamsAuthConfig:
    client_id: str
    cache_path: Path
    authority: str = "https://login.microsoftonline.com/organizations"
    #: CA bundle (path) for the authority's TLS; None: the system's trust (and REQUESTS_CA_BUNDLE).
    verify: str | None = None
    post_enabled: bool = False
    timeout: float = 20.0

    @property
    def scopes(self) -> list[str]:
        return [*READ_SCOPES, SEND_SCOPE] if self.post_enabled else list(READ_SCOPES)


@dataclass
class DeviceCode:
    user_code: str
    verification_uri: str
    message: str
    expires_at: float
    flow: dict[str, Any] = field(repr=False, default_factory=dict)


@dataclass
class SignedIn:
    name: str
    username: str
    expires_at: float | None


class TeamsAuth:
    def __init__(self, config: TeamsAuthConfig, secrets: SecretStore) -> None:
        self.config = config
        self.store = EncryptedTokenCache(config.cache_path, secrets)
        self._app: msal.PublicClientApplication | None = None
        self.signed_in: SignedIn | None = None

    # -- MSAL application (worker thread) ----------------------------------------------------
    def _application(self) -> msal.PublicClientApplication:
        if self._app is None:
            import msal
            import requests

            http: requests.Session | None = None
            if self.config.verify:
                http = requests.Session()
                http.trust_env = False  # REQUESTS_CA_BUNDLE would otherwise override verify
                http.verify = self.config.verify
            cache = self.store.load()
            try:
                self._app = msal.PublicClientApplication(
                    self.config.client_id, authority=self.config.authority, token_cache=cache,
                    instance_discovery=not self._custom_authority, http_client=http, timeout=self.config.timeout)
            except (ValueError, requests.RequestException) as exc:
                raise PlatformError(E.REFUSED, tr(
                    "Får ikke kontakt med Microsoft-påloggingen ({authority}): {err}").format(
                    authority=self.config.authority, err=str(exc)[:200])) from exc
        return self._app

    @property
    def _custom_authority(self) -> bool:
        return not self.config.authority.startswith("https://login.microsoftonline.com/")

    @property
    def persist_problem(self) -> str | None:
        return self.store.not_persisted

    # -- sign-in -----------------------------------------------------------------------------
    async def start_device_flow(self) -> DeviceCode:
        """Ask for a device code. Raises ``PlatformError(device_refused)`` when the tenant refuses."""
        def start() -> dict[str, Any]:
            return self._application().initiate_device_flow(scopes=self.config.scopes)

        flow = await asyncio.to_thread(self._saving, start)
        if "user_code" not in flow:
            raise PlatformError(DEVICE_REFUSED, tr(
                "Microsoft godtok ikke innlogging med kode ({err}). Bruk innlogging i nettleseren.").format(
                err=flow.get("error_description") or flow.get("error") or "?"))
        return DeviceCode(flow["user_code"], flow.get("verification_uri", ""), flow.get("message", ""),
                          float(flow.get("expires_at", time.time() + 900)), flow)

    async def finish_device_flow(self, code: DeviceCode) -> SignedIn:
        """Wait (polling in a worker thread) until the user has entered the code, or it expires/is cancelled."""
        result = await asyncio.to_thread(self._saving, lambda: self._application().acquire_token_by_device_flow(
            code.flow))
        return self._accept(result)

    @staticmethod
    def cancel(code: DeviceCode) -> None:
        code.flow["expires_at"] = 0  # MSAL's documented way to stop polling

    async def sign_in_interactive(self, timeout: float = 300) -> SignedIn:
        """MSAL opens the system browser and listens on http://localhost for the answer."""
        try:
            result = await asyncio.to_thread(self._saving, lambda: self._application().acquire_token_interactive(
                self.config.scopes, prompt="select_account", timeout=timeout))
        except (RuntimeError, ValueError, OSError) as exc:  # no browser, a mismatched answer...
            raise PlatformError(E.AUTH, tr("Innloggingen i nettleseren mislyktes: {err}").format(
                err=str(exc)[:200])) from exc
        return self._accept(result)

    async def restore(self) -> SignedIn | None:
        """Sign in silently from the saved cache (at start-up). None when there is nothing to use."""
        if self._app is None and not self.config.cache_path.exists():
            return None  # nothing saved: no network call at start-up
        try:
            await self.token(False)
        except PlatformError:
            return None
        return self.signed_in

    async def token(self, force_refresh: bool = False) -> str:
        """An access token for Graph (from the cache, refreshed when needed)."""
        def silent() -> dict[str, Any] | None:
            app = self._application()
            accounts = app.get_accounts()
            if not accounts:
                return None
            return app.acquire_token_silent(self.config.scopes, account=accounts[0], force_refresh=force_refresh)

        result = await asyncio.to_thread(self._saving, silent)
        if not result:
            self.signed_in = None
            raise PlatformError(E.TOKEN, tr("Ikke logget inn i Teams. Logg inn på nytt."))
        self._accept(result)
        return str(result["access_token"])

    async def sign_out(self) -> None:
        def out() -> None:
            app = self._application()
            for account in app.get_accounts():
                app.remove_account(account)
            self.store.clear()
            self._app = None

        await asyncio.to_thread(out)
        self.signed_in = None

    def _accept(self, result: dict[str, Any] | None) -> SignedIn:
        if not result or "access_token" not in result:
            error = (result or {}).get("error", "")
            text = (result or {}).get("error_description") or error or "?"
            if error in ("authorization_pending", "slow_down", "authorization_declined", "expired_token",
                         "code_expired"):
                msg = tr("Innloggingen ble avbrutt eller koden gikk ut. Prøv igjen.")
            elif error == "invalid_grant":
                msg = tr("Teams-påloggingen er utløpt. Logg inn på nytt.")
            else:
                msg = tr("Innloggingen i Teams mislyktes: {err}").format(err=str(text)[:200])
            raise PlatformError(E.AUTH if error != "invalid_grant" else E.TOKEN, msg)
        claims = result.get("id_token_claims") or {}
        previous = self.signed_in
        name = claims.get("name") or (previous.name if previous else "")
        username = claims.get("preferred_username") or (previous.username if previous else "")
        if not username and self._app is not None:
            accounts = self._app.get_accounts()
            username = accounts[0].get("username", "") if accounts else ""
        expires_in = result.get("expires_in")
        self.signed_in = SignedIn(name or username, username, time.time() + float(expires_in) if expires_in else None)
        return self.signed_in

    def _saving(self, fn: Any) -> Any:
        """Run an MSAL call, then write the cache if it changed (all on the worker thread)."""
        try:
            return fn()
        finally:
            if self._app is not None:
                self.store.save()
