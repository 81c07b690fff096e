"""The remote API's bearer token: made once, kept in the OS keyring through ``SecretStore``
(never in the event file, QSettings or logs).

Call these off the GUI thread (``asyncio.to_thread``): a keyring may be slow or ask to be unlocked.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

from controlroom.integrations.secrets import KeyringUnavailable, RedactingFilter, SecretStore, secret_key

log = logging.getLogger(__name__)

#: Where the token lives in the keyring (service "Kontrollrom").
TOKEN_KEY = secret_key("api", "remote-control", "token")
#: A token given in the environment wins over the keyring (scripts, kiosks).
ENV_VAR = "CONTROLROOM_API_TOKEN"


@dataclass(frozen=True)
class ApiToken:
    value: str
    #: "env", "keyring" (stored there, survives restarts) or "session" (no keyring: this run only).
    source: str


def configured_token() -> ApiToken | None:
    """A token the host configured explicitly (the environment); loopback requests must then match it."""
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return None
    RedactingFilter.register(value)
    return ApiToken(value, "env")


def lan_token(store: SecretStore | None = None) -> ApiToken:
    """The token for LAN mode: the configured one, else the keyring's (made on first use), else a
    new one for this run only when there is no keyring."""
    given = configured_token()
    if given is not None:
        return given
    store = store or SecretStore()
    try:
        value = store.get(TOKEN_KEY)
        if not value:
            value = secrets.token_urlsafe(24)
            store.set(TOKEN_KEY, value)
        return ApiToken(value, "keyring")
    except KeyringUnavailable as exc:
        log.warning("No keyring for the API token (%s); using a token for this run only", exc)
    except Exception as exc:  # noqa: BLE001 - D-Bus gone, locked collection...: never stop the API for it
        log.warning("Keyring failed for the API token (%s); using a token for this run only", type(exc).__name__)
    value = secrets.token_urlsafe(24)
    RedactingFilter.register(value)
    return ApiToken(value, "session")
