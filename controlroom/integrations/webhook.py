"""A generic webhook: a JSON POST to a URL, optionally signed.

With a secret in the keyring (``webhook:<name>:secret``) every request carries
``X-Kontrollrom-Signature: sha256=<hex HMAC-SHA256 of the body>``, so the receiver can check that the
request is ours and unaltered. ``X-Kontrollrom-Delivery`` is a unique id per request.
A POST is never retried (the receiver may not be idempotent).

A receiver behind HTTP basic auth is given as ``http://user@host/…``; the password lives in the
keyring (``webhook:<name>:url-password``), never in the event file. A URL written with the password in
it (``http://user:PASS@host/``) is split by :func:`move_url_password` before it is saved, and an event
that already holds one gets it moved on next use; until then :func:`mask_url` shows it as ``***``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit

from controlroom.i18n import tr
from controlroom.integrations.base import Action, ActionSpec
from controlroom.integrations.http import HttpAdapter
from controlroom.integrations.secrets import RedactingFilter, SecretStore, secret_key
from controlroom.integrations.webhook_urls import (
    url_password,
    url_password_key,
    without_password,
)

SIGNATURE_HEADER = "X-Kontrollrom-Signature"
def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str | None) -> bool:
    return bool(header) and hmac.compare_digest(sign(secret, body), str(header))


class WebhookAdapter(HttpAdapter):
    kind: ClassVar[str] = "webhook"
    title: ClassVar[str] = "Webhook"
    specs: ClassVar[tuple[ActionSpec, ...]] = (
        ActionSpec("post", tr("send"), (("event", tr("Hendelse")),), safe=False),
    )

    def __init__(self, name: str = "webhook", url: str = "http://127.0.0.1/", *,
                 secrets: SecretStore | None = None, secret: str | None = None, **kwargs: Any) -> None:
        parts = urlsplit(url)
        super().__init__(name, f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}", **kwargs)
        self.path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        #: A password still inside the saved URL (an older event): used, never shown.
        self._inline_password = url_password(url)
        if self._inline_password:
            RedactingFilter.register(self._inline_password)
        self.username = unquote(parts.username) if parts.username else None
        self.url = without_password(url)
        self._secrets = secrets
        self._secret = secret

    async def _secret_value(self) -> str | None:
        if self._secret is not None:
            return self._secret
        if self._secrets is None or not self._secrets.available:
            return None
        return await self._secrets.aget(secret_key(self.kind, self.name, "secret"))

    async def _auth_headers(self) -> dict[str, str]:
        """Basic auth for ``http://user@host/``: the password from the keyring (or an older inline one)."""
        if self.username is None:
            return {}
        password = self._inline_password
        if password is None and self._secrets is not None and self._secrets.available:
            password = await self._secrets.aget(url_password_key(self.name))
        token = base64.b64encode(f"{self.username}:{password or ''}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    async def send(self, payload: Mapping[str, Any]) -> int:
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
        headers = {"Content-Type": "application/json", "X-Kontrollrom-Delivery": uuid.uuid4().hex}
        secret = await self._secret_value()
        if secret:
            headers[SIGNATURE_HEADER] = sign(secret, body)
        reply = await self.http("POST", self.path, body=body, headers=headers)
        return reply.status

    async def _open(self) -> None:
        """At start only a TCP check: the receiver gets no request until a cue (or "Test") sends one."""
        parts = urlsplit(self.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        _reader, writer = await asyncio.open_connection(parts.hostname, port)
        writer.close()

    async def _probe(self) -> Mapping[str, Any]:
        status = await self.send({"event": "ping", "source": "kontrollrom", "at": datetime.now(UTC).isoformat()})
        return {"status": status}

    async def _perform(self, action: Action) -> Mapping[str, Any]:
        if action.kind != "post":
            raise self.unknown_action(action)
        payload = {"source": "kontrollrom", "at": datetime.now(UTC).isoformat(), **dict(action.params)}
        payload.setdefault("event", "cue")
        return {"status": await self.send(payload)}
