"""View keys: one unguessable key per kind of view, kept in the OS keyring like the API token.

A view key shows; it never acts (actions take the bearer token, ``controlroom.api.token``). Each kind
of view has its own key, so the key on the stage screen does not open the tech host's overview; the
key of the index (``/view/?key=…``) shows the links of every view, for the moderator. Revoking is
regenerating: new keys for every kind, and every screen with an old key is disconnected.

Call ``load_view_keys`` and ``regenerate_view_keys`` off the GUI thread (``asyncio.to_thread``): a
keyring may be slow or ask to be unlocked.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from controlroom.integrations.secrets import KeyringUnavailable, RedactingFilter, SecretStore, secret_key

log = logging.getLogger(__name__)

#: The kinds of view, in the order the index and the Skjermer panel list them.
VIEW_KINDS: tuple[str, ...] = ("index", "stage", "public", "room", "clock", "tech", "phone")
#: 16 random bytes: 22 characters in a URL, short enough for a QR code a phone reads across a table.
KEY_BYTES = 16


def _keyring_name(kind: str) -> str:
    return secret_key("web", "view", kind)


@dataclass(frozen=True)
class ViewKeys:
    """The key of every view kind. ``source``: "keyring" (kept, the same next time) or "session"
    (no keyring: made for this run only)."""

    keys: Mapping[str, str] = field(default_factory=dict)
    source: str = "session"

    @classmethod
    def generate(cls, source: str = "session") -> ViewKeys:
        made = {kind: secrets.token_urlsafe(KEY_BYTES) for kind in VIEW_KINDS}
        for value in made.values():
            RedactingFilter.register(value)
        return cls(made, source)

    def key(self, kind: str) -> str:
        return self.keys[kind]

    def matches(self, kind: str, given: str | None) -> bool:
        """``given`` is the key of ``kind`` (compared in constant time)."""
        wanted = self.keys.get(kind)
        if not wanted or not given:
            return False
        return hmac.compare_digest(given.encode("utf-8", "replace"), wanted.encode("utf-8"))


def load_view_keys(store: SecretStore | None = None) -> ViewKeys:
    """The keys from the keyring (made and stored on first use); keys for this run only without one."""
    store = store or SecretStore()
    try:
        found: dict[str, str] = {}
        for kind in VIEW_KINDS:
            value = store.get(_keyring_name(kind))
            if not value:
                value = secrets.token_urlsafe(KEY_BYTES)
                store.set(_keyring_name(kind), value)
            found[kind] = value
        return ViewKeys(found, "keyring")
    except KeyringUnavailable as exc:
        log.warning("No keyring for the view keys (%s); using keys for this run only", exc)
    except Exception as exc:  # noqa: BLE001 - D-Bus gone, locked collection...: the views still start
        log.warning("Keyring failed for the view keys (%s); using keys for this run only", type(exc).__name__)
    return ViewKeys.generate("session")


def regenerate_view_keys(store: SecretStore | None = None) -> ViewKeys:
    """New keys for every view kind (the old ones stop working), stored in the keyring when there is one."""
    fresh = ViewKeys.generate("session")
    store = store or SecretStore()
    try:
        for kind, value in fresh.keys.items():
            store.set(_keyring_name(kind), value)
        return ViewKeys(fresh.keys, "keyring")
    except KeyringUnavailable as exc:
        log.warning("No keyring for the new view keys (%s); they hold for this run only", exc)
    except Exception as exc:  # noqa: BLE001 - whatever the keyring's fault, the new keys hold for this run
        log.warning("Keyring failed for the new view keys (%s); they hold for this run only", type(exc).__name__)
    _forget(store)  # never leave an old key behind to come back at the next start
    return fresh


def _forget(store: SecretStore) -> None:
    for kind in VIEW_KINDS:
        try:
            store.delete(_keyring_name(kind))
        except Exception:  # noqa: BLE001 - no working keyring at all: nothing was stored there either
            return
