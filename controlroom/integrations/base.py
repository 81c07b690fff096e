"""The adapter framework: every show-control and platform adapter builds on this. Qt-free asyncio.

An adapter has a connection state with a reason (``AdapterStatus``), connects and reconnects with
capped exponential backoff plus jitter, puts a timeout on every call (``asyncio.wait_for``), and
turns every failure into an ``AdapterError`` with a clear Norwegian message and a ``kind``.
Only actions the adapter declares safe (idempotent: switch scene, press a button, read state) are
retried; starting a stream or a recording is never retried blindly, because the first attempt may
have reached the peer even though its answer did not reach us.

Subclasses implement ``_open`` (build the connection; for stateless HTTP adapters a probe),
``_close``, ``_probe`` (a cheap read for "test connection") and ``_perform(action)``; they call
``_connection_lost(reason)`` when a persistent connection drops. The UI listens through
``subscribe`` (the Qt side re-emits the callbacks as signals).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, ClassVar

from controlroom.i18n import tr
from controlroom.integrations.adapter_types import (  # re-exported
    Action,
    ActionResult,
    ActionSpec,
    AdapterStatus,
    Backoff,
    ConnectionState,
)
from controlroom.integrations.failures import (  # re-exported: the adapters import these from base
    TRANSIENT_KINDS,
    UNREACHABLE_KINDS,
    AdapterError,
    ErrorKind,
    error_message,
    http_error,
    map_exception,
    parse_retry_after,
)
from controlroom.observable import Observable

__all__ = [
    "TRANSIENT_KINDS", "UNREACHABLE_KINDS", "Action", "ActionResult", "ActionSpec", "Adapter", "AdapterError",
    "AdapterRegistry", "AdapterStatus", "Backoff", "ConnectionState", "ErrorKind", "error_message", "http_error",
    "map_exception", "parse_retry_after",
]

log = logging.getLogger("controlroom.integrations")


StatusListener = Callable[["Adapter", AdapterStatus], None]


class Adapter:
    """Base class of all adapters. ``name`` is the instance's name ("obs", "companion-sal-a")."""

    #: The adapter type ("obs", "vmix", "companion", "webhook", "osc"); the keyring key's first part.
    kind: ClassVar[str] = "base"
    #: Shown in the UI ("OBS Studio").
    title: ClassVar[str] = "Adapter"
    #: True for adapters that keep a connection open (OBS); False for request/response (HTTP, OSC).
    persistent: ClassVar[bool] = False
    #: Action kinds this adapter offers.
    specs: ClassVar[tuple[ActionSpec, ...]] = ()

    def __init__(
        self,
        name: str,
        *,
        timeout: float = 5.0,
        connect_timeout: float | None = None,
        backoff: Backoff | None = None,
        max_attempts: int = 3,
        enabled: bool = True,
        label: str = "",
    ) -> None:
        self.name = name
        self.label = label or name
        self.timeout = timeout
        self.connect_timeout = connect_timeout or timeout
        self.backoff = backoff or Backoff()
        self.max_attempts = max(1, max_attempts)
        #: Longest Retry-After a call waits for before retrying; longer ones fail with the peer's message.
        self.max_retry_after = 30.0
        self.enabled = enabled
        self._status = AdapterStatus(
            ConnectionState.DOWN if enabled else ConnectionState.DISABLED,
            "" if enabled else tr("Slått av"),
        )
        self.status_changes: Observable[tuple[Adapter, AdapterStatus]] = Observable("adapter status")
        self._supervisor: asyncio.Task | None = None
        self._lost: asyncio.Event | None = None  # created on the running loop by start()
        self._connecting: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._last_error: AdapterError | None = None
        self._closing = False
        self._reconnect_attempt = 0

    # -- status ----------------------------------------------------------------------------------
    @property
    def peer(self) -> str:
        return f"{self.title} ({self.label})" if self.label and self.label != self.kind else self.title

    @property
    def status(self) -> AdapterStatus:
        return self._status

    def subscribe(self, listener: StatusListener) -> Callable[[], None]:
        """``listener(adapter, status)`` on every change of the status; returns the unsubscriber."""
        return self.status_changes.subscribe(lambda change: listener(*change))

    def _set_status(
        self, state: ConnectionState, reason: str = "", *, retry_in: float | None = None, detail: Mapping | None = None
    ) -> None:
        old = self._status
        keep_since = old.state is state and old.reason == reason
        new = AdapterStatus(
            state,
            reason,
            since=old.since if keep_since else time.monotonic(),
            retry_in=retry_in,
            detail=dict(old.detail if detail is None else detail),
        )
        if new == old:
            return
        self._status = new
        if old.state is not state or old.reason != reason:
            log.info("%s: %s %s", self.name, state.value, reason)
        self.status_changes.emit((self, new))

    def _update_detail(self, **values: Any) -> None:
        """Merge live figures into the status (OBS stream health...) and notify listeners."""
        detail = dict(self._status.detail)
        detail.update(values)
        self._status = replace(self._status, detail=detail)
        self.status_changes.emit((self, self._status))

    # -- lifecycle -------------------------------------------------------------------------------
    def _connect_lock(self) -> asyncio.Lock:
        """One connection attempt at a time (per loop: tests run an adapter on several loops)."""
        loop = asyncio.get_running_loop()
        if self._connecting is None or self._connecting[0] is not loop:
            self._connecting = (loop, asyncio.Lock())
        return self._connecting[1]

    async def connect(self) -> AdapterStatus:
        """One connection attempt with the connect timeout. Never raises; the result is the status.

        Attempts are serialized: the supervisor's reconnect, a cue finding the adapter down and "Test
        connection" may all want to connect at once, and a second ``_open`` would close the connection
        the first one just made (with a cue's request on it). Whoever waited for a running attempt takes
        its result: its connection, or its failure (a hanging peer costs a cue one connect timeout, not two)."""
        if not self.enabled:
            self._set_status(ConnectionState.DISABLED, tr("Slått av"))
            return self._status
        lock = self._connect_lock()
        waited = lock.locked()
        async with lock:
            if waited and self.persistent and self._status.state is not ConnectionState.CONNECTING:
                return self._status
            return await self._connect_once()

    async def _connect_once(self) -> AdapterStatus:
        self._set_status(ConnectionState.CONNECTING, tr("Kobler til …"))
        try:
            await asyncio.wait_for(self._open(), self.connect_timeout)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # noqa: BLE001 - everything becomes a status
            err = map_exception(exc, self.peer)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._close(), 1.0)
            self._set_status(ConnectionState.DOWN, err.message)
            self._last_error = err
            return self._status
        self._reconnect_attempt = 0
        self._set_status(*self._connected_state())
        return self._status

    def _connected_state(self) -> tuple[ConnectionState, str]:
        """The state after a successful open (OSC overrides: fire-and-forget is DEGRADED-by-nature)."""
        return ConnectionState.CONNECTED, ""

    def start(self) -> None:
        """Connect in the background and keep reconnecting (with backoff) until ``close()``."""
        if self._supervisor is None or self._supervisor.done():
            self._closing = False
            self._lost = asyncio.Event()
            self._supervisor = asyncio.get_running_loop().create_task(self._supervise(), name=f"adapter-{self.name}")

    async def _supervise(self) -> None:
        assert self._lost is not None
        while not self._closing and self.enabled:
            self._lost.clear()  # before connecting: a loss right after the connect still wakes us
            if self.persistent and self._status.ok:
                status = self._status  # a call reconnected while we backed off: keep its connection
            else:
                status = await self.connect()
            if not self.persistent:
                return  # request/response adapters: one check at start; every call connects anew
            if status.state in (ConnectionState.CONNECTED, ConnectionState.DEGRADED):
                await self._lost.wait()
                if self._closing:
                    return
                continue
            err = self._last_error
            if err is not None and err.kind is ErrorKind.AUTH:
                return  # a wrong password does not get better by retrying; wait for new settings
            delay = self.backoff.delay(self._reconnect_attempt)
            if err is not None and err.retry_after:
                delay = max(delay, err.retry_after)
            self._reconnect_attempt += 1
            self._set_status(ConnectionState.DOWN, status.reason, retry_in=delay)
            await asyncio.sleep(delay)

    def _connection_lost(self, reason: str) -> None:
        """Subclasses call this when a persistent connection drops; the supervisor reconnects."""
        if self._closing:
            return
        self._set_status(ConnectionState.DOWN, reason)
        if self._lost is not None:
            self._lost.set()

    async def close(self) -> None:
        self._closing = True
        if self._lost is not None:
            self._lost.set()
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._supervisor
            self._supervisor = None
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._close(), 2.0)
        if self.enabled:
            self._set_status(ConnectionState.DOWN, tr("Lukket"))

    async def test_connection(self) -> ActionResult:
        """Connect when needed, then a cheap read. Never raises."""
        started = time.monotonic()
        if not self.enabled:
            return ActionResult(False, error_message(ErrorKind.DISABLED, self.peer), error_kind=ErrorKind.DISABLED)
        if self.persistent and not self._status.ok:
            status = await self.connect()
            if status.state is not ConnectionState.CONNECTED:
                err = self._last_error
                return ActionResult(
                    False, status.reason, error_kind=err.kind if err else None, seconds=time.monotonic() - started
                )
        try:
            data = await asyncio.wait_for(self._probe(), self.timeout)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # noqa: BLE001
            err = map_exception(exc, self.peer)
            self._note_failure(err)
            return ActionResult(False, err.message, error_kind=err.kind, seconds=time.monotonic() - started)
        self._note_success()
        return ActionResult(
            True, tr("{peer}: tilkoblingen virker.").format(peer=self.peer), data=data or {},
            seconds=time.monotonic() - started,
        )

    # -- calls -----------------------------------------------------------------------------------
    def is_safe(self, action: Action) -> bool:
        """May ``action`` be retried after a failure? Only idempotent actions (per ``specs``)."""
        for spec in self.specs:
            if spec.kind == action.kind:
                return spec.safe
        return False

    def describe(self, action: Action) -> str:
        """A short human text for ``action`` ("OBS: scene Plenum")."""
        for spec in self.specs:
            if spec.kind == action.kind:
                args = ", ".join(str(v) for v in action.params.values())
                return f"{self.title}: {tr(spec.label)}" + (f" {args}" if args else "")
        return f"{self.title}: {action.kind}"

    async def call(self, action: Action, *, timeout: float | None = None) -> ActionResult:
        """Perform ``action`` with a timeout on every attempt; retry only safe actions on transient
        errors (honouring Retry-After). Never raises for peer failures: the result says what happened."""
        started = time.monotonic()
        if not self.enabled:
            return ActionResult(False, error_message(ErrorKind.DISABLED, self.peer), error_kind=ErrorKind.DISABLED)
        limit = timeout or self.timeout
        attempts = self.max_attempts if self.is_safe(action) else 1
        err: AdapterError | None = None
        for attempt in range(attempts):
            try:
                if self.persistent and not self._status.ok:
                    st = await self.connect()
                    if st.state is not ConnectionState.CONNECTED:
                        raise self._last_error or AdapterError(ErrorKind.NETWORK, st.reason)
                data = await asyncio.wait_for(self._perform(action), limit)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:  # noqa: BLE001
                err = map_exception(exc, self.peer)
                self._note_failure(err)
                log.warning("%s: %s failed (%s): %s", self.name, action.kind, err.kind.value, err.message)
                if not err.transient or attempt == attempts - 1:
                    break
                if err.retry_after is not None:
                    if err.retry_after > self.max_retry_after:
                        break  # the peer asks for a long pause: report it rather than hold the cue
                    delay = err.retry_after  # Retry-After is honoured as the peer asked
                else:
                    delay = self.backoff.delay(attempt)
                await asyncio.sleep(delay)
                continue
            self._note_success()
            return ActionResult(
                True, self.describe(action), data=data or {}, attempts=attempt + 1, seconds=time.monotonic() - started
            )
        assert err is not None
        return ActionResult(
            False, err.message, attempts=attempt + 1, error_kind=err.kind.value, seconds=time.monotonic() - started
        )

    def _note_success(self) -> None:
        if self._status.state is not ConnectionState.CONNECTED:
            self._set_status(*self._connected_state())

    def _note_failure(self, err: AdapterError) -> None:
        if err.kind in UNREACHABLE_KINDS:
            self._set_status(ConnectionState.DOWN, err.message)
            if self.persistent and err.kind is not ErrorKind.AUTH:
                self._connection_lost(err.message)
        elif err.kind in (ErrorKind.RATE_LIMITED, ErrorKind.SERVER, ErrorKind.MALFORMED):
            self._set_status(ConnectionState.DEGRADED, err.message)
        # not found / conflict / invalid: the peer answered sensibly; the connection is fine

    # -- subclass hooks --------------------------------------------------------------------------
    async def _open(self) -> None:
        """Open the connection (persistent adapters) or check the peer answers (others)."""
        await self._probe()

    async def _close(self) -> None:
        return None

    async def _probe(self) -> Mapping[str, Any] | None:
        raise NotImplementedError

    async def _perform(self, action: Action) -> Mapping[str, Any] | None:
        raise NotImplementedError

    def unknown_action(self, action: Action) -> AdapterError:
        return AdapterError(
            ErrorKind.INVALID, error_message(ErrorKind.INVALID, self.peer, tr("ukjent handling «{k}»").format(k=action.kind))
        )


class AdapterRegistry:
    """The adapters of one event by name; cues address them by ``Action.adapter``."""

    def __init__(self) -> None:
        self._adapters: dict[str, Adapter] = {}

    def add(self, adapter: Adapter) -> Adapter:
        self._adapters[adapter.name] = adapter
        return adapter

    def remove(self, name: str) -> Adapter | None:
        return self._adapters.pop(name, None)

    def get(self, name: str) -> Adapter | None:
        return self._adapters.get(name)

    def __iter__(self):
        return iter(list(self._adapters.values()))

    def __len__(self) -> int:
        return len(self._adapters)

    def names(self) -> list[str]:
        return list(self._adapters)

    async def call(self, action: Action, *, timeout: float | None = None) -> ActionResult:
        adapter = self._adapters.get(action.adapter)
        if adapter is None:
            return ActionResult(
                False,
                tr("Ingen adapter med navnet «{name}» er satt opp.").format(name=action.adapter),
                error_kind=ErrorKind.INVALID.value,
            )
        return await adapter.call(action, timeout=timeout)

    async def close_all(self) -> None:
        await asyncio.gather(*(a.close() for a in self._adapters.values()), return_exceptions=True)
