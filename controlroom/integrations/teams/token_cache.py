"""The MSAL token cache, encrypted on disk with its key in the OS keyring.

MSAL's serialized cache (refresh token, id token, account) easily exceeds the ~2.5 KB a Windows
Credential Manager entry holds, so the cache itself is a Fernet-encrypted file (AES-128-CBC +
HMAC-SHA256) and only the 44-byte key goes into the keyring. Without a keyring the cache is kept in
memory only: the user signs in again next time, and the UI says why. A file that cannot be
decrypted (key lost, file damaged) is ignored and replaced at the next save.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from controlroom.i18n import tr
from controlroom.integrations.secrets import KeyringUnavailable, SecretStore, secret_key

if TYPE_CHECKING:  # MSAL and cryptography load when Teams is first used, not when the window opens
    import msal

KEY_NAME = secret_key("teams", "default", "cache-key")


class EncryptedTokenCache:
    def __init__(self, path: Path, secrets: SecretStore) -> None:
        self.path = Path(path)
        self.secrets = secrets
        self._cache: msal.SerializableTokenCache | None = None
        #: Why the cache is not kept on disk (None when it is).
        self.not_persisted: str | None = None

    def _key(self, create: bool) -> bytes | None:
        from cryptography.fernet import Fernet

        try:
            key = self.secrets.get(KEY_NAME)
            if key is None and create:
                key = Fernet.generate_key().decode()
                self.secrets.set(KEY_NAME, key)
        except KeyringUnavailable as exc:
            self.not_persisted = tr(
                "Ingen nøkkelring: Teams-påloggingen lagres ikke, og du må logge inn på nytt neste gang ({why})."
            ).format(why=exc)
            return None
        self.not_persisted = None
        return key.encode() if key else None

    @property
    def cache(self) -> msal.SerializableTokenCache:
        if self._cache is None:
            import msal

            self._cache = msal.SerializableTokenCache()
        return self._cache

    def load(self) -> msal.SerializableTokenCache:
        """Read the cache from disk (worker thread: keyring and disk)."""
        from cryptography.fernet import Fernet, InvalidToken

        key = self._key(create=False)
        if key is not None and self.path.exists():
            # unreadable (key lost, file damaged): start empty, overwritten at the next save
            with contextlib.suppress(InvalidToken, ValueError):
                self.cache.deserialize(Fernet(key).decrypt(self.path.read_bytes()).decode())
        return self.cache

    def save(self) -> None:
        from cryptography.fernet import Fernet

        if not self.cache.has_state_changed:
            return
        key = self._key(create=True)
        if key is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(Fernet(key).encrypt(self.cache.serialize().encode()))
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        tmp.replace(self.path)
        self.cache.has_state_changed = False

    def clear(self) -> None:
        self._cache = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        with contextlib.suppress(KeyringUnavailable):
            self.secrets.delete(KEY_NAME)
