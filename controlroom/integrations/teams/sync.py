"""Carry a Teams meeting chat into the input log, politely and without duplicates.

Each page of messages goes to ``InputLog.upsert_external_many([(message_id, …), …], source="teams")`` in one
transaction: the Graph id is the external id, so the log holds one entry per chat message however often we
read it. The
watermark (newest ``lastModifiedDateTime`` seen) and the version of each message carried are kept in
the event file, so a restart neither duplicates nor loses lines, and an edit or a deletion (a new
``lastModifiedDateTime``) reaches the log. System events (joins, recordings) are skipped.

The loop polls at a configurable interval (default 10 s), waits ``Retry-After`` on 429 and backs
off exponentially on 5xx, timeouts and refused connections. Errors that need the user (sign-in
expired, no access, wrong chat) stop the loop with a clear status.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from controlroom.clock import Clock, to_micros
from controlroom.i18n import tr
from controlroom.integrations.teams.graph import GraphClient
from controlroom.integrations.teams.html_text import body_text
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError

logger = logging.getLogger("controlroom.integrations.teams")

SOURCE = "teams"
DEFAULT_INTERVAL = 10.0
MAX_BACKOFF = 300.0
#: Re-read this much before the watermark: same-millisecond edits and clock skew cannot slip past.
OVERLAP = timedelta(seconds=2)
_RETRYABLE = {E.RATE_LIMITED, E.SERVER, E.TIMEOUT, E.REFUSED}


#: What ``upsert_external_many`` takes for one message: (external id, text, author, created, deleted, edited).
ExternalMessage = tuple[str, str, str, datetime, bool, datetime | None]


class ExternalLog(Protocol):
    def upsert_external_many(self, messages: list[ExternalMessage], source: str = ...) -> Any: ...


@dataclass
class SyncReport:
    new: int = 0
    edited: int = 0
    deleted: int = 0
    skipped: int = 0
    at: datetime | None = None


@dataclass
class SyncStatus:
    state: str  # "off" | "syncing" | "ok" | "waiting" | "error"
    message: str = ""
    last_sync: datetime | None = None
    next_in: float | None = None
    totals: SyncReport = field(default_factory=SyncReport)


def parse_graph_time(text: str | None) -> datetime | None:
    if not text:
        return None
    value = text.strip().replace("Z", "+00:00")
    if "." in value:  # Graph sends up to 7 fraction digits; Python takes 6
        head, rest = value.split(".", 1)
        digits = "".join(itertools.takewhile(str.isdigit, rest))
        tz = rest[len(digits):]
        value = f"{head}.{digits[:6].ljust(6, '0')}{tz}"
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def graph_time(instant: datetime) -> str:
    return instant.strftime("%Y-%m-%dT%H:%M:%S.") + f"{instant.microsecond // 1000:03d}Z"


def author_of(message: dict[str, Any]) -> str:
    sender = message.get("from") or {}
    for kind in ("user", "application", "device"):
        who = sender.get(kind) if isinstance(sender, dict) else None
        if isinstance(who, dict) and who.get("displayName"):
            return str(who["displayName"])
    return tr("Ukjent")


class ChatSync:
    def __init__(self, graph: GraphClient, log: ExternalLog, repo, clock: Clock, chat_id: str) -> None:
        self.graph = graph
        self.log = log
        self.repo = repo
        self.clock = clock
        self.chat_id = chat_id
        self.totals = SyncReport()

    async def sync_once(self) -> SyncReport:
        state = await asyncio.to_thread(self.repo.chat_state, self.chat_id)
        mark = parse_graph_time(state.watermark)
        since = graph_time(mark - OVERLAP) if mark else None
        try:
            messages = await self.graph.messages_since(self.chat_id, since)
        except PlatformError as exc:
            await asyncio.to_thread(self.repo.save_chat_state, self.chat_id, watermark=None,
                                    at_us=to_micros(self.clock.now()), error=exc.message)
            raise
        report = await asyncio.to_thread(self._apply, messages, state.watermark)
        self.totals.new += report.new
        self.totals.edited += report.edited
        self.totals.deleted += report.deleted
        self.totals.at = report.at
        return report

    def _apply(self, messages: list[dict[str, Any]], watermark: str | None) -> SyncReport:
        """Runs on a worker thread: the input log and our tables are written here."""
        at = self.clock.now()
        report = SyncReport(at=at)
        seen = self.repo.seen_versions(self.chat_id)
        carried: dict[str, tuple[str, bool]] = {}
        newest = parse_graph_time(watermark)
        newest_text = watermark
        messages = sorted(messages, key=lambda m: _modified_at(m) or at)
        page = max(1, self.graph.config.page_size)
        for first in range(0, len(messages), page):
            writes: list[ExternalMessage] = []
            for m in messages[first:first + page]:
                msg_id = str(m.get("id", ""))
                modified_text = str(m.get("lastModifiedDateTime") or m.get("createdDateTime") or "")
                modified = parse_graph_time(modified_text)
                if modified and (newest is None or modified > newest):
                    newest, newest_text = modified, modified_text
                if not msg_id or m.get("messageType", "message") != "message":
                    report.skipped += 1
                    continue
                deleted = bool(m.get("deletedDateTime"))
                before = seen.get(msg_id)
                if before == (modified_text, deleted) or (before is None and deleted):
                    if before is None:
                        carried[msg_id] = seen[msg_id] = (modified_text, deleted)
                    report.skipped += 1
                    continue
                created = parse_graph_time(m.get("createdDateTime")) or at
                edited = parse_graph_time(m.get("lastEditedDateTime"))
                writes.append((msg_id, body_text(m.get("body")), author_of(m), created, deleted, edited))
                carried[msg_id] = seen[msg_id] = (modified_text, deleted)
                if deleted:
                    report.deleted += 1
                elif before is None:
                    report.new += 1
                else:
                    report.edited += 1
            if writes:  # one transaction for the page
                self.log.upsert_external_many(writes, source=SOURCE)
        # One transaction for the bookkeeping. A crash before it re-reads these messages next time; the
        # input log's upsert by external id makes that harmless (no duplicates), so nothing is lost either.
        self.repo.save_chat_state(self.chat_id, watermark=newest_text, at_us=to_micros(at), error=None,
                                  versions=carried)
        return report


class SyncLoop:
    """Polls ``ChatSync.sync_once`` until stopped, reporting a :class:`SyncStatus` after every step."""

    def __init__(self, sync: ChatSync, on_status: Callable[[SyncStatus], None] | None = None,
                 interval: float = DEFAULT_INTERVAL) -> None:
        self.sync = sync
        self.interval = interval
        self.on_status = on_status or (lambda s: None)
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self.status = SyncStatus("off", tr("Synkronisering av"))

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def sync_now(self) -> None:
        self._wake.set()

    def _emit(self, status: SyncStatus) -> None:
        self.status = status
        self.on_status(status)

    async def run(self) -> None:
        backoff = 0.0
        last: datetime | None = None
        while not self._stop.is_set():
            self._wake.clear()
            self._emit(SyncStatus("syncing", tr("Henter meldinger fra Teams …"), last, None, self.sync.totals))
            try:
                report = await self.sync.sync_once()
            except PlatformError as exc:
                if exc.kind not in _RETRYABLE:
                    self._emit(SyncStatus("error", exc.message, last, None, self.sync.totals))
                    return
                if exc.kind == E.RATE_LIMITED:
                    wait = max(exc.retry_after or self.interval, self.interval)
                else:
                    backoff = min(MAX_BACKOFF, max(self.interval, backoff * 2 or self.interval))
                    wait = backoff
                self._emit(SyncStatus("waiting", tr("{msg} Nytt forsøk om {s:.0f} s.").format(
                    msg=exc.message, s=wait), last, wait, self.sync.totals))
            except Exception as exc:  # a bug or a database error: report it, keep trying politely
                logger.exception("Teams sync failed")
                backoff = min(MAX_BACKOFF, max(self.interval, backoff * 2 or self.interval))
                wait = backoff
                self._emit(SyncStatus("waiting", tr("Uventet feil under henting ({err}). Nytt forsøk om {s:.0f} s.")
                                      .format(err=type(exc).__name__, s=wait), last, wait, self.sync.totals))
            else:
                backoff = 0.0
                last = report.at
                wait = self.interval
                self._emit(SyncStatus("ok", tr("{n} nye, {e} endret, {d} slettet").format(
                    n=report.new, e=report.edited, d=report.deleted), last, wait, self.sync.totals))
            if self._stop.is_set():
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)
        self._emit(SyncStatus("off", tr("Synkronisering av"), last, None, self.sync.totals))


def _modified_at(message: dict[str, Any]) -> datetime | None:
    """When Graph says a message last changed (or was made)."""
    return parse_graph_time(message.get("lastModifiedDateTime") or message.get("createdDateTime"))
