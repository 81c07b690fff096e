"""Secrets (passwords, tokens, HMAC keys) live only in the OS keyring, through ``keyring``.

Keys are ``<adapter kind>:<adapter name>:<field>`` (``obs:sal-a:password``) under the service
"Kontrollrom". When no usable backend exists (keyring's fail backend, the null backend, or a chainer
with nothing to chain), ``SecretStore.available`` is False, ``unavailable_reason`` says why in
Norwegian, and ``set`` raises ``KeyringUnavailable``: we never fall back to storing secrets in the
event file, QSettings or plain text. Every value read or written is registered with
``RedactingFilter``, which masks it in log records (installed on the "controlroom" logger).

The calls are synchronous (Secret Service talks D-Bus and may prompt); from the GUI, use the
``aget``/``aset``/``adelete`` wrappers, which run them in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from typing import TYPE_CHECKING

from controlroom.errors import ControlroomError
from controlroom.i18n import tr

if TYPE_CHECKING:  # keyring (and Secret Service's D-Bus and crypto) loads on the first secret asked for
    import keyring.backend

SERVICE = "Kontrollrom"
log = logging.getLogger("controlroom.integrations.secrets")


class KeyringUnavailable(ControlroomError):
    """No OS keyring: secrets cannot be stored (and are never stored anywhere else)."""


def secret_key(kind: str, name: str, field: str = "password") -> str:
    for part in (kind, name, field):
        if not part or ":" in part:
            raise ValueError(f"secret key parts must be non-empty and free of ':': {kind!r} {name!r} {field!r}")
    return f"{kind}:{name}:{field}"


def backend_problem(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why ``backend`` cannot keep secrets, or None when it can."""
    module = type(backend).__module__
    if module == "keyring.backends.fail":
        return tr(
            "Fant ingen nøkkelring (Secret Service, KWallet, macOS-nøkkelring eller Windows Credential Manager). "
            "Passord kan ikke lagres; Kontrollrom lagrer dem aldri andre steder."
        )
    if module == "keyring.backends.null":
        return tr("Nøkkelringen er slått av (null-bakenden). Passord kan ikke lagres.")
    if module == "keyring.backends.chainer":
        chained = list(getattr(backend, "backends", []) or [])
        if not chained:
            return tr("Fant ingen brukbar nøkkelring å lagre passord i. Passord kan ikke lagres.")
    return None


class SecretStore:
    """The OS keyring under service "Kontrollrom". ``backend`` None: keyring's chosen backend."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    @property
    def backend_name(self) -> str:
        b = self.backend
        return f"{type(b).__module__}.{type(b).__name__}"

    @property
    def unavailable_reason(self) -> str | None:
        return backend_problem(self.backend)

    @property
    def available(self) -> bool:
        return self.unavailable_reason is None

    def _require(self) -> keyring.backend.KeyringBackend:
        reason = self.unavailable_reason
        if reason:
            raise KeyringUnavailable(reason)
        return self.backend

    def get(self, key: str) -> str | None:
        """The secret, or None when none is stored. Raises ``KeyringUnavailable`` without a keyring."""
        import keyring.backends.fail
        import keyring.errors

        backend = self._require()
        try:
            value = backend.get_password(self.service, key)
        except keyring.errors.NoKeyringError as exc:
            raise KeyringUnavailable(backend_problem(keyring.backends.fail.Keyring()) or str(exc)) from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(tr("Nøkkelringen svarte med en feil: {e}").format(e=type(exc).__name__)) from exc
        if value:
            RedactingFilter.register(value)
        return value

    def set(self, key: str, value: str) -> None:
        import keyring.backends.fail
        import keyring.errors

        backend = self._require()
        RedactingFilter.register(value)
        try:
            backend.set_password(self.service, key, value)
        except keyring.errors.NoKeyringError as exc:
            raise KeyringUnavailable(backend_problem(keyring.backends.fail.Keyring()) or str(exc)) from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                tr("Nøkkelringen ville ikke lagre passordet: {e}").format(e=type(exc).__name__)
            ) from exc
        log.info("secret stored for %s", key)

    def delete(self, key: str) -> bool:
        """Remove the secret; False when there was none."""
        import keyring.errors

        backend = self._require()
        try:
            backend.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(tr("Nøkkelringen svarte med en feil: {e}").format(e=type(exc).__name__)) from exc
        return True

    # -- off the GUI thread ---------------------------------------------------------------------
    async def aget(self, key: str) -> str | None:
        return await asyncio.to_thread(self.get, key)

    async def aset(self, key: str, value: str) -> None:
        await asyncio.to_thread(self.set, key, value)

    async def adelete(self, key: str) -> bool:
        return await asyncio.to_thread(self.delete, key)


_SECRETISH = re.compile(r"(?i)(password|passord|secret|token|authorization|signature)(\"?\s*[:=]\s*\"?)([^\s\"',;&]+)")
#: A password inside a URL: ``scheme://user:PASSWORD@host``.
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/@:]*:)([^\s/@]+)@")


class RedactingFilter(logging.Filter):
    """Masks every secret the store has seen, ``password=…``-like pairs and passwords inside URLs
    (``http://user:***@host/``) in log records."""

    _values: set[str] = set()
    _lock = threading.Lock()

    @classmethod
    def register(cls, value: str) -> None:
        if value and len(value) >= 3:
            with cls._lock:
                cls._values.add(value)

    @classmethod
    def redact(cls, text: str) -> str:
        with cls._lock:
            values = sorted(cls._values, key=len, reverse=True)
        for v in values:
            if v in text:
                text = text.replace(v, "***")
        text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}***@", text)
        return _SECRETISH.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record whose arguments do not format: logging reports it itself
            return True
        redacted = self.redact(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_factory_installed = False


def install_log_filter(logger_name: str = "controlroom") -> RedactingFilter:
    """Mask secrets in every log record: a filter on the logger and a record factory, so records
    of child loggers and third-party libraries (which reach the handlers directly) are masked too."""
    global _factory_installed
    logger = logging.getLogger(logger_name)
    flt = next((f for f in logger.filters if isinstance(f, RedactingFilter)), None)
    if flt is None:
        flt = RedactingFilter()
        logger.addFilter(flt)
    if not _factory_installed:
        previous = logging.getLogRecordFactory()

        def factory(*args, **kwargs) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            flt.filter(record)
            return record

        logging.setLogRecordFactory(factory)
        _factory_installed = True
    return flt
