"""The remote-control API now runs on the one web server of the laptop (``controlroom.web``).

``ApiServer`` keeps its constructor ``(service, host, port, token)``, ``await start()``, ``.url``,
``.port`` and ``await close()``; the routes and their contract are in ``controlroom.web.api_routes``
(documented in docs/reference/api.md).
"""

from controlroom.web.api_routes import PREFIX, SIMPLE_ACTIONS, api_state, message_text
from controlroom.web.server import MAX_BODY_BYTES
from controlroom.web.server import WebServer as ApiServer

__all__ = ["MAX_BODY_BYTES", "PREFIX", "SIMPLE_ACTIONS", "ApiServer", "api_state", "message_text"]
