"""Where Zoom's settings come from: credentials in the keyring, base URLs from the environment (tests)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from controlroom.integrations.secrets import KeyringUnavailable, SecretStore, secret_key
from controlroom.integrations.zoom.client import ZoomConfig, ZoomCredentials

FIELDS = ("account_id", "client_id", "client_secret")
ENV_OAUTH = "KONTROLLROM_ZOOM_OAUTH_URL"
ENV_API = "KONTROLLROM_ZOOM_API_URL"


def key(field: str) -> str:
    return secret_key("zoom", "default", field.replace("_", "-"))


def load_credentials(secrets: SecretStore) -> ZoomCredentials | None:
    """Read the three values from the keyring (blocking: call from a worker thread)."""
    try:
        values = [secrets.get(key(f)) or "" for f in FIELDS]
    except KeyringUnavailable:
        return None
    return ZoomCredentials(*values) if all(values) else None


def save_credentials(secrets: SecretStore, account_id: str, client_id: str, client_secret: str | None) -> None:
    """Store the ids (and the secret when given; empty keeps the stored one). Raises KeyringUnavailable."""
    secrets.set(key("account_id"), account_id.strip())
    secrets.set(key("client_id"), client_id.strip())
    if client_secret:
        secrets.set(key("client_secret"), client_secret.strip())


def stored_ids(secrets: SecretStore) -> tuple[str, str, bool]:
    """(account id, client id, whether a secret is stored) for the settings form."""
    try:
        return (secrets.get(key("account_id")) or "", secrets.get(key("client_id")) or "",
                bool(secrets.get(key("client_secret"))))
    except KeyringUnavailable:
        return "", "", False


def config_from_env(env: Mapping[str, str] | None = None, timeout: float = 15.0) -> ZoomConfig:
    env = os.environ if env is None else env
    cfg = ZoomConfig(timeout=timeout)
    if env.get(ENV_OAUTH):
        cfg.oauth_base = env[ENV_OAUTH].rstrip("/")
    if env.get(ENV_API):
        cfg.api_base = env[ENV_API].rstrip("/")
    return cfg
