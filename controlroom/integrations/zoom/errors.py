"""Errors from Zoom and Microsoft Graph, each with a plain Norwegian message and a kind the UI shows.

Both platform clients raise :class:`PlatformError`; ``kind`` says which state to show (wrong
credentials, expired token, not found, meeting started, rate limited, server error, timeout,
refused) and ``message`` is already translated.
"""

from __future__ import annotations

from controlroom.errors import ControlroomError

AUTH = "auth"
TOKEN = "token"
NOT_FOUND = "not_found"
STARTED = "started"
RATE_LIMITED = "rate_limited"
SERVER = "server"
TIMEOUT = "timeout"
REFUSED = "refused"
LIMITS = "limits"
BAD_LINK = "bad_link"
NO_KEYRING = "no_keyring"
FORBIDDEN = "forbidden"
OTHER = "other"


class PlatformError(ControlroomError):
    def __init__(self, kind: str, message: str, *, status: int | None = None, code: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.code = code
        self.retry_after = retry_after


def parse_retry_after(value: str | None, default: float = 5.0) -> float:
    """Retry-After as seconds (the header may be seconds or an HTTP date; we honour seconds)."""
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime
        from time import time

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time())
        except (TypeError, ValueError):
            return default


def as_adapter_error(exc: PlatformError):
    """The same failure in the adapter framework's terms (``integrations.base``), for status and retries."""
    from controlroom.integrations.base import AdapterError, ErrorKind

    kinds = {
        AUTH: ErrorKind.AUTH, TOKEN: ErrorKind.AUTH, FORBIDDEN: ErrorKind.AUTH, NOT_FOUND: ErrorKind.NOT_FOUND,
        STARTED: ErrorKind.CONFLICT, RATE_LIMITED: ErrorKind.RATE_LIMITED, SERVER: ErrorKind.SERVER,
        TIMEOUT: ErrorKind.TIMEOUT, REFUSED: ErrorKind.REFUSED, LIMITS: ErrorKind.INVALID,
        BAD_LINK: ErrorKind.INVALID, NO_KEYRING: ErrorKind.NO_SECRET,
    }
    return AdapterError(kinds.get(exc.kind, ErrorKind.INVALID), exc.message, retry_after=exc.retry_after,
                        status=exc.status)
