"""An in-memory keyring backend for tests and screenshots (``keyring.set_keyring(MemoryKeyring())``);
kept apart from :mod:`controlroom.integrations.secrets` so that importing the secrets module does not load
``keyring``."""

from __future__ import annotations

import keyring.backend
import keyring.errors
from keyring.compat import properties


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dictionary; never chosen by keyring's own discovery."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's discovery: only ever used when set explicitly.
        raise RuntimeError("MemoryKeyring is only used when set with keyring.set_keyring()")

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise keyring.errors.PasswordDeleteError(username)
        del self.values[(service, username)]
