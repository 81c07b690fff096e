"""Who may talk to the web server (the remote-control API, the views, the WebSocket and the pages
mounted on it), checked before any key, token or action (Qt-free).

A web page the moderator visits can send requests to the loopback server: ``fetch`` in ``no-cors`` mode
or a plain form POST needs no permission from us, and DNS rebinding lets a page on ``evil.example``
talk to 127.0.0.1 under its own name. So:

- ``Host`` must name this server: an address it listens on (the connection's own address), or a name
  of this machine (``localhost`` on loopback; the host name, ``<host>.local`` and the FQDN when it
  listens on the network), or a name the host configured in ``CONTROLROOM_API_HOSTS``.
- A request with an ``Origin`` is refused unless that origin is the server's own (a page it serves).
  Requests with no ``Origin`` (Companion, Stream Deck tools, curl) are not browsers' cross-site
  requests and keep working. ``Sec-Fetch-Site: cross-site``/``same-site`` is refused as well, except
  for a plain top-level navigation to a page (``is_navigation``): following a link to a view from a
  chat shows the page, and the page can do nothing but show.
- A body is taken only in the type the endpoint documents: ``application/json``; a body declared
  as anything else (``text/plain``, a form) is refused.
- Numbers in paths and queries are plain ASCII digits (no ``1_0``, no Arabic-Indic digits, no ``nan``).
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from controlroom.i18n import tr

#: Extra host names the API answers to (comma-separated), e.g. a name the venue's DNS gives this laptop.
HOSTS_ENV = "CONTROLROOM_API_HOSTS"
JSON_TYPE = "application/json"
_WILDCARDS = {"", "0.0.0.0", "::"}
_INDEX = re.compile(r"-?[0-9]{1,9}")
_SECONDS = re.compile(r"[+-]?[0-9]{1,9}(?:\.[0-9]{1,6})?")
_HOST_NAME = re.compile(r"[a-z0-9.-]{1,253}")


class Refused(Exception):
    """The request is refused before it reaches the service: ``status`` and a message for the caller."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@lru_cache(maxsize=1)
def machine_names() -> frozenset[str]:
    """This machine's own names: its host name, ``<host>.local`` (mDNS) and its fully qualified name."""
    names = set()
    for name in (socket.gethostname(), socket.getfqdn()):
        name = name.strip().lower().rstrip(".")
        if name:
            names.add(name)
            names.add(name.split(".")[0] + ".local")
    return frozenset(names)


def configured_names(env: dict[str, str] | None = None) -> frozenset[str]:
    raw = (os.environ if env is None else env).get(HOSTS_ENV, "")
    return frozenset(n.strip().lower().rstrip(".") for n in raw.split(",") if n.strip())


def split_host(value: str) -> tuple[str, int | None] | None:
    """``Host``/authority → (lower-case name or address, port); None when it is not a valid authority."""
    value = value.strip().lower()
    if not value or any(c in value for c in "/?#@ \t"):
        return None
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        host, rest = value[1:end], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else ""
    else:
        host, sep, port_text = value.partition(":")
        if sep and not port_text:
            return None
    if port_text and not (port_text.isascii() and port_text.isdigit() and 0 < int(port_text) < 65536):
        return None
    return host.rstrip("."), int(port_text) if port_text else None


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)  # a dual-stack socket reports ::ffff:127.0.0.1
    return mapped or address


@dataclass(frozen=True)
class RequestGuard:
    """The checks for one server: where it listens, on which port, and which extra names it answers to."""

    bind_host: str
    port: int
    extra_names: frozenset[str] = frozenset()

    @classmethod
    def for_server(cls, bind_host: str, port: int, extra_names: Iterable[str] = ()) -> RequestGuard:
        return cls(bind_host, port, frozenset(n.lower() for n in extra_names) | configured_names())

    def host_allowed(self, host: str, local_address: str | None) -> bool:
        """``host`` (no port) names this server, as reached through ``local_address``."""
        if host in self.extra_names:
            return True
        literal = _address(host)
        local = _address(local_address or "")
        if literal is not None:
            bound = _address(self.bind_host)
            return literal == local or (bound is not None and literal == bound)
        if not _HOST_NAME.fullmatch(host):
            return False
        if host == "localhost":
            return local is not None and local.is_loopback
        bound = _address(self.bind_host)
        on_network = self.bind_host in _WILDCARDS or (bound is not None and not bound.is_loopback)
        return on_network and host in machine_names()

    def check_host(self, headers: dict[str, str], local_address: str | None, http_version: str) -> None:
        raw = headers.get("host")
        if raw is None:
            if http_version == "HTTP/1.0":
                return  # HTTP/1.0 has no Host; such a client is not a browser
            raise Refused(400, tr("Forespørselen mangler Host-hodet."))
        parsed = split_host(raw)
        if parsed is None or not self.host_allowed(parsed[0], local_address):
            raise Refused(421, tr("Denne serveren svarer ikke for vertsnavnet «{host}».").format(host=raw[:80]))

    def check_origin(self, headers: dict[str, str], local_address: str | None) -> None:
        site = headers.get("sec-fetch-site", "").strip().lower()
        if site in ("cross-site", "same-site"):
            raise Refused(403, tr("Forespørsler fra andre nettsider godtas ikke."))
        origin = headers.get("origin")
        if origin is None:
            return
        if not self._own_origin(origin.strip(), local_address):
            raise Refused(403, tr("Forespørsler fra andre nettsider godtas ikke (Origin: {origin}).").format(
                origin=origin[:80]))

    def _own_origin(self, origin: str, local_address: str | None) -> bool:
        parts = urlsplit(origin)
        if parts.scheme != "http" or parts.path or parts.query or parts.fragment:
            return False
        parsed = split_host(parts.netloc)
        if parsed is None:
            return False
        host, port = parsed
        return (port or 80) == self.port and self.host_allowed(host, local_address)


def is_navigation(method: str, headers: dict[str, str]) -> bool:
    """A browser's top-level GET of a page (typing the address, a QR code, a link from another site):
    no script of another site can read the answer or send a body with it."""
    return (method in ("GET", "HEAD") and headers.get("sec-fetch-mode", "").strip().lower() == "navigate"
            and headers.get("sec-fetch-dest", "document").strip().lower() == "document" and "origin" not in headers)


def require_json_type(headers: dict[str, str], body: bytes, *, takes_body: bool) -> None:
    """A body declared as anything but JSON is refused (415), and an endpoint that reads its body
    needs JSON declared. An empty body is nothing taken, whatever its type (``urllib`` labels an
    empty POST as a form; Companion's default is JSON)."""
    if not body:
        return
    declared = headers.get("content-type")
    media = declared.split(";", 1)[0].strip().lower() if declared is not None else None
    if declared is not None and media != JSON_TYPE:
        raise Refused(415, tr("Innholdet må sendes som application/json, ikke «{type}».").format(type=declared[:60]))
    if takes_body and body.strip() and media is None:
        raise Refused(415, tr("Send innholdet med «Content-Type: application/json»."))


def parse_index(raw: str) -> int:
    """A block index: ASCII digits, optionally negative (then refused by the service as out of range)."""
    if not _INDEX.fullmatch(raw):
        raise Refused(400, tr("Bolknummeret må være et heltall, ikke «{raw}».").format(raw=raw[:40]))
    return int(raw)


def parse_seconds(raw: str) -> float:
    """Seconds to add: ASCII digits with an optional sign and decimals (``+`` arrives as a space)."""
    text = raw.strip(" ")
    if not _SECONDS.fullmatch(text):
        raise Refused(400, tr("add må være et tall (sekunder), ikke «{raw}».").format(raw=raw[:40]))
    return float(text)
