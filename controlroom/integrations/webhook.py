"""A generic webhook: a JSON POST to a URL, optionally signed.

With a secret in the keyring (``webhook:<name>:secret``) every request carries
``X-Kontrollrom-Signature: sha256=<hex HMAC-SHA256 of the body>``, so the receiver can check that the
request is ours and unaltered. ``X-Kontrollrom-Delivery`` is a unique id per request.
A POST is never retried (the receiver may not be idempotent).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

from controlroom.i18n import tr
from controlroom.integrations.base import Action, ActionSpec
from controlroom.integrations.http import HttpAdapter
from controlroom.integrations.secrets import SecretStore, secret_key

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
        super().__init__(name, f"{parts.scheme}://{parts.netloc}", **kwargs)
        self.path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.url = url
        self._secrets = secrets
        self._secret = secret

    async def _secret_value(self) -> str | None:
        if self._secret is not None:
            return self._secret
        if self._secrets is None or not self._secrets.available:
            return None
        return await self._secrets.aget(secret_key(self.kind, self.name, "secret"))

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
