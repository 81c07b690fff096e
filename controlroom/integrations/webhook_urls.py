"""A webhook receiver's password in its URL (``http://user:PASS@host/``): found, taken out, masked and
moved to the keyring. Plain string work, so the adapter settings can use it without loading the HTTP
client."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

from controlroom.integrations.secrets import SecretStore, secret_key

URL_PASSWORD_FIELD = "url-password"


def url_password_key(name: str) -> str:
    return secret_key("webhook", name, URL_PASSWORD_FIELD)


def url_password(url: str) -> str | None:
    """The password written inside ``url`` (``http://user:PASS@host/``), decoded; None when there is none."""
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password else None


def _with_userinfo(url: str, password_text: str | None) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    user = parts.netloc.rpartition("@")[0].partition(":")[0]
    userinfo = user if password_text is None else f"{user}:{password_text}"
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{host}"))


def without_password(url: str) -> str:
    """``url`` with the password taken out (the user name stays): what the event file keeps."""
    return _with_userinfo(url, None)


def mask_url(url: str) -> str:
    """``url`` fit to print or log: a password inside it shows as ``***``."""
    return _with_userinfo(url, "***")


def move_url_password(name: str, url: str, secrets: SecretStore) -> str:
    """Put the password inside ``url`` into the keyring and return the URL to save without it.
    Raises ``KeyringUnavailable`` (nothing stored) when there is no keyring."""
    password = url_password(url)
    if password is None:
        return url
    secrets.set(url_password_key(name), password)
    return without_password(url)
