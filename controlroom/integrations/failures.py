"""Adapter failures: their kinds, the Norwegian messages the tech host sees, and how transport errors
and HTTP statuses map to them. Re-exported by ``integrations.base`` (import from there)."""

from __future__ import annotations

import asyncio
import time
from enum import StrEnum

from controlroom.i18n import tr


class ErrorKind(StrEnum):
    REFUSED = "refused"
    TIMEOUT = "timeout"
    NETWORK = "network"
    AUTH = "auth"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    MALFORMED = "malformed"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"  # e.g. OBS 500: the output is already running
    NOT_RUNNING = "not_running"  # e.g. OBS 501
    INVALID = "invalid"  # the action itself is wrong (missing field, unknown action)
    DISABLED = "disabled"
    NO_SECRET = "no_secret"


#: Kinds where a retry can help (when the action is safe to repeat).
TRANSIENT_KINDS = frozenset(
    {ErrorKind.REFUSED, ErrorKind.TIMEOUT, ErrorKind.NETWORK, ErrorKind.RATE_LIMITED, ErrorKind.SERVER}
)
#: Kinds that mean the peer is not reachable at all (state DOWN rather than DEGRADED).
UNREACHABLE_KINDS = frozenset({ErrorKind.REFUSED, ErrorKind.TIMEOUT, ErrorKind.NETWORK, ErrorKind.AUTH})


class AdapterError(Exception):
    """A failed adapter call. ``message`` is translated and meant for the tech host."""

    def __init__(self, kind: ErrorKind, message: str, *, retry_after: float | None = None, status: int | None = None):
        self.kind = kind
        self.message = message
        self.retry_after = retry_after
        self.status = status
        super().__init__(message)

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT_KINDS


def error_message(kind: ErrorKind, peer: str, detail: str = "") -> str:
    """The standard Norwegian message for ``kind`` (``peer`` names the adapter, e.g. "OBS (Sal A)")."""
    texts = {
        ErrorKind.REFUSED: tr("{peer}: tilkoblingen ble avvist. Kjører programmet, og er adresse og port riktig?"),
        ErrorKind.TIMEOUT: tr("{peer}: svarte ikke innen tidsfristen (henger eller er utilgjengelig)."),
        ErrorKind.NETWORK: tr("{peer}: nettverksfeil."),
        ErrorKind.AUTH: tr("{peer}: feil passord eller manglende tilgang."),
        ErrorKind.RATE_LIMITED: tr("{peer}: for mange forespørsler; venter før nytt forsøk."),
        ErrorKind.SERVER: tr("{peer}: feil hos mottakeren (serverfeil)."),
        ErrorKind.MALFORMED: tr("{peer}: svaret kunne ikke leses (ugyldig format)."),
        ErrorKind.NOT_FOUND: tr("{peer}: finnes ikke."),
        ErrorKind.CONFLICT: tr("{peer}: allerede i gang."),
        ErrorKind.NOT_RUNNING: tr("{peer}: går ikke."),
        ErrorKind.INVALID: tr("{peer}: ugyldig handling."),
        ErrorKind.DISABLED: tr("{peer}: er slått av i innstillingene."),
        ErrorKind.NO_SECRET: tr("{peer}: passordet finnes ikke i nøkkelringen."),
    }
    text = texts[kind].format(peer=peer)
    return f"{text} ({detail})" if detail else text


def http_error(status: int, peer: str, *, retry_after: float | None = None, detail: str = "") -> AdapterError:
    """Map an HTTP status that is not a success to an ``AdapterError``."""
    if status in (401, 403):
        kind = ErrorKind.AUTH
    elif status == 404:
        kind = ErrorKind.NOT_FOUND
    elif status == 429:
        kind = ErrorKind.RATE_LIMITED
    elif status >= 500:
        kind = ErrorKind.SERVER
    else:
        kind = ErrorKind.INVALID
    extra = f"HTTP {status}" + (f": {detail}" if detail else "")
    if kind is ErrorKind.RATE_LIMITED and retry_after is not None:
        extra += tr(", prøv igjen om {s:.0f} s").format(s=retry_after)
    return AdapterError(kind, error_message(kind, peer, extra), retry_after=retry_after, status=status)


def parse_retry_after(value: str | None, cap: float = 300.0) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, min(float(value), cap))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), cap))


def map_exception(exc: BaseException, peer: str) -> AdapterError:
    """Turn a transport exception into an ``AdapterError`` (already one: returned as is)."""
    if isinstance(exc, AdapterError):
        return exc
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return AdapterError(ErrorKind.TIMEOUT, error_message(ErrorKind.TIMEOUT, peer))
    if isinstance(exc, ConnectionRefusedError):
        return AdapterError(ErrorKind.REFUSED, error_message(ErrorKind.REFUSED, peer))
    name = type(exc).__name__
    if "Refused" in name or "ConnectorError" in name and "refused" in str(exc).lower():
        return AdapterError(ErrorKind.REFUSED, error_message(ErrorKind.REFUSED, peer))
    if "Timeout" in name:
        return AdapterError(ErrorKind.TIMEOUT, error_message(ErrorKind.TIMEOUT, peer))
    if isinstance(exc, ValueError | KeyError | TypeError | UnicodeDecodeError) or "JSON" in name or "Parse" in name:
        return AdapterError(ErrorKind.MALFORMED, error_message(ErrorKind.MALFORMED, peer, name))
    if isinstance(exc, OSError) or "Connection" in name or "Disconnected" in name:
        return AdapterError(ErrorKind.NETWORK, error_message(ErrorKind.NETWORK, peer, str(exc) or name))
    return AdapterError(ErrorKind.NETWORK, error_message(ErrorKind.NETWORK, peer, name))
