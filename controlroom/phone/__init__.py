"""The participants' phones: a small web app (no Qt) that the venue server mounts under ``/p/``.

``phone_app(store, clock, live=…, subscribe_changes=…)`` returns an ``aiohttp.web.Application``: a
static page (``static/``) that signs in with a personal code and shows the participant's own group,
the JSON API under ``/api/v1`` and a WebSocket ``/ws`` that re-sends the participant's view when the
event changes. See ``docs/guide/phones.md``.
"""

from controlroom.phone.app import phone_app

__all__ = ["phone_app"]
