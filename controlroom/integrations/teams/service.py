"""Teams on the adapter framework: sign-in state, the chat sync loop and posting, as one service.

The status (``AdapterStatus``) says who is signed in, when the token expires, when the chat was
last read and the last error; ``detail`` carries these for the status panel.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from controlroom.clock import Clock
from controlroom.i18n import tr
from controlroom.integrations.base import ActionSpec, Adapter, ConnectionState
from controlroom.integrations.teams.auth import DeviceCode, SignedIn, TeamsAuth, TeamsAuthConfig
from controlroom.integrations.teams.graph import GraphClient, GraphConfig
from controlroom.integrations.teams.links import thread_id_from_link
from controlroom.integrations.teams.sync import DEFAULT_INTERVAL, ChatSync, SyncLoop, SyncStatus
from controlroom.integrations.zoom.errors import PlatformError, as_adapter_error

ENV_GRAPH = "KONTROLLROM_GRAPH_URL"
ENV_AUTHORITY = "KONTROLLROM_MSAL_AUTHORITY"
ENV_CA = "KONTROLLROM_MSAL_CA"
ENV_CLIENT_ID = "KONTROLLROM_TEAMS_CLIENT_ID"
ENV_CACHE = "KONTROLLROM_TEAMS_CACHE"
#: Placeholder for the Azure app registration (public client, redirect http://localhost) of your tenant.
DEFAULT_CLIENT_ID = "00000000-0000-0000-0000-000000000000"


def token_cache_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(ENV_CACHE):
        return Path(env[ENV_CACHE])
    from platformdirs import user_data_dir

    return Path(user_data_dir("Kontrollrom", "Kontrollrom")) / "teams-token-cache.bin"


def auth_config(repo, env: Mapping[str, str] | None = None, client_id: str | None = None) -> TeamsAuthConfig:
    """The sign-in settings: client id (option, environment, event), authority and CA from the environment."""
    env = os.environ if env is None else env
    cid = client_id or env.get(ENV_CLIENT_ID) or repo.setting("teams", "client_id", DEFAULT_CLIENT_ID)
    cfg = TeamsAuthConfig(client_id=str(cid), cache_path=token_cache_path(env),
                          post_enabled=bool(repo.setting("teams", "post", False)))
    if env.get(ENV_AUTHORITY):
        cfg.authority = env[ENV_AUTHORITY]
    cfg.verify = env.get(ENV_CA) or None
    return cfg


def graph_config_from_env(env: Mapping[str, str] | None = None) -> GraphConfig:
    env = os.environ if env is None else env
    cfg = GraphConfig()
    if env.get(ENV_GRAPH):
        cfg.base_url = env[ENV_GRAPH].rstrip("/")
    return cfg


@dataclass
class TeamsSettings:
    join_link: str = ""
    chat_id: str = ""
    interval: float = DEFAULT_INTERVAL
    sync_on: bool = False
    post_enabled: bool = False


class TeamsService(Adapter):
    kind: ClassVar[str] = "teams"
    title: ClassVar[str] = "Microsoft Teams"
    specs: ClassVar[tuple[ActionSpec, ...]] = ()

    def __init__(self, auth: TeamsAuth, log, repo, clock: Clock, graph_config: GraphConfig | None = None,
                 name: str = "teams", **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        self.auth = auth
        self.log = log
        self.repo = repo
        self.clock = clock
        self.graph = GraphClient(auth.token, graph_config)
        self.loop: SyncLoop | None = None
        self._task: asyncio.Task | None = None
        self.on_sync: Callable[[SyncStatus], None] = lambda s: None

    # -- settings (event file) ---------------------------------------------------------------
    def settings(self) -> TeamsSettings:
        r = self.repo
        return TeamsSettings(r.setting("teams", "join_link", ""), r.setting("teams", "chat_id", ""),
                             float(r.setting("teams", "interval", DEFAULT_INTERVAL)),
                             bool(r.setting("teams", "sync_on", False)), bool(r.setting("teams", "post", False)))

    async def set_join_link(self, link: str) -> str:
        """Find the chat for a join link (parsing it, or asking Graph for short links); saved on success."""
        thread = thread_id_from_link(link)
        if thread is None:
            thread = await self.graph.chat_id_for_join_url(link.strip())
        await asyncio.to_thread(self.repo.set_setting, "teams", "join_link", link.strip())
        await asyncio.to_thread(self.repo.set_setting, "teams", "chat_id", thread)
        return thread

    async def set_interval(self, seconds: float) -> None:
        seconds = max(2.0, float(seconds))
        await asyncio.to_thread(self.repo.set_setting, "teams", "interval", seconds)
        if self.loop:
            self.loop.interval = seconds

    # -- sign-in -----------------------------------------------------------------------------
    async def start_sign_in(self) -> DeviceCode:
        self._set_status(ConnectionState.CONNECTING, tr("Venter på innlogging med kode …"))
        try:
            return await self.auth.start_device_flow()
        except PlatformError as exc:
            self._set_status(ConnectionState.DOWN, exc.message)
            raise

    async def finish_sign_in(self, code: DeviceCode) -> SignedIn:
        try:
            who = await self.auth.finish_device_flow(code)
        except PlatformError as exc:
            self._set_status(ConnectionState.DOWN, exc.message)
            raise
        self._signed_in(who)
        return who

    async def sign_in_browser(self) -> SignedIn:
        self._set_status(ConnectionState.CONNECTING, tr("Venter på innlogging i nettleseren …"))
        try:
            who = await self.auth.sign_in_interactive()
        except PlatformError as exc:
            self._set_status(ConnectionState.DOWN, exc.message)
            raise
        self._signed_in(who)
        return who

    async def restore(self) -> SignedIn | None:
        who = await self.auth.restore()
        if who:
            self._signed_in(who)
        else:
            self._set_status(ConnectionState.DOWN, tr("Ikke logget inn"))
        return who

    async def sign_out(self) -> None:
        await self.stop_sync()
        await self.auth.sign_out()
        self._set_status(ConnectionState.DOWN, tr("Logget ut"), detail={})

    def _signed_in(self, who: SignedIn) -> None:
        self._set_status(ConnectionState.CONNECTED, "", detail={
            **self.status.detail, "name": who.name, "username": who.username, "expires_at": who.expires_at,
            "persist_problem": self.auth.persist_problem})

    # -- sync --------------------------------------------------------------------------------
    def start_sync(self) -> None:
        s = self.settings()
        if not s.chat_id:
            raise PlatformError("bad_link", tr("Lim inn møtelenken fra Teams først."))
        if self._task and not self._task.done():
            return
        sync = ChatSync(self.graph, self.log, self.repo, self.clock, s.chat_id)
        self.loop = SyncLoop(sync, self._sync_status, interval=s.interval)
        self._task = asyncio.get_running_loop().create_task(self.loop.run(), name="teams-sync")

    async def stop_sync(self) -> None:
        """Stop at once, also mid-request: writes run in a worker thread that finishes on its own, and
        every write is idempotent (external id + watermark), so nothing is half-done or lost."""
        if self.loop:
            self.loop.stop()
        task, self._task = self._task, None
        if task and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    @property
    def syncing(self) -> bool:
        return self._task is not None and not self._task.done()

    def _sync_status(self, status: SyncStatus) -> None:
        detail = {**self.status.detail, "last_sync": status.last_sync, "sync_state": status.state,
                  "sync_message": status.message, "next_in": status.next_in,
                  "expires_at": self.auth.signed_in.expires_at if self.auth.signed_in else None}
        if status.state == "error":
            self._set_status(ConnectionState.DOWN, status.message, detail=detail)
        elif status.state == "waiting":
            self._set_status(ConnectionState.DEGRADED, status.message, detail=detail)
        else:
            self._set_status(ConnectionState.CONNECTED if self.auth.signed_in else self.status.state,
                             "", detail=detail)
        self.on_sync(status)

    async def post(self, text: str) -> None:
        s = self.settings()
        if not s.chat_id:
            raise PlatformError("bad_link", tr("Lim inn møtelenken fra Teams først."))
        await self.graph.send_message(s.chat_id, text)

    # -- adapter hooks -----------------------------------------------------------------------
    async def _probe(self) -> Mapping[str, Any] | None:
        try:
            me = await self.graph.me()
        except PlatformError as exc:
            raise as_adapter_error(exc) from exc
        return {"name": me.get("displayName", ""), "username": me.get("userPrincipalName", "")}

    async def _close(self) -> None:
        await self.stop_sync()
