"""Teams meeting join links → the meeting chat's thread id.

A classic join link carries the chat id in its path:
``https://teams.microsoft.com/l/meetup-join/19%3ameeting_XXXX%40thread.v2/0?context=…`` →
``19:meeting_XXXX@thread.v2``. Newer short links (``https://teams.microsoft.com/meet/123…?p=…``)
do not; for those the chat id comes from Graph (``/me/onlineMeetings?$filter=JoinWebUrl eq '…'``).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from controlroom.i18n import tr
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError

TEAMS_HOSTS = ("teams.microsoft.com", "teams.live.com", "gov.teams.microsoft.us", "dod.teams.microsoft.us")
_THREAD = re.compile(r"^19:[A-Za-z0-9_\-.=]+@thread\.(v2|tacv2|skype)$")


def is_teams_link(url: str) -> bool:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and any(host == h or host.endswith("." + h) for h in TEAMS_HOSTS)


def thread_id_from_link(url: str) -> str | None:
    """The chat id in a join link, ``None`` when the link is a Teams link without one.

    Raises :class:`PlatformError` (``bad_link``) for anything that is not a Teams meeting link.
    """
    text = url.strip()
    if not is_teams_link(text):
        raise PlatformError(E.BAD_LINK, tr(
            "«{url}» er ikke en Teams-møtelenke. Lim inn hele lenken fra «Bli med i Teams-møtet» "
            "(den begynner med https://teams.microsoft.com/).").format(url=text[:120]))
    path = urlsplit(text).path
    if "/l/meetup-join/" in path:
        segment = path.split("/l/meetup-join/", 1)[1].split("/", 1)[0]
        thread = unquote(unquote(segment))
        if _THREAD.match(thread):
            return thread
        raise PlatformError(E.BAD_LINK, tr(
            "Teams-lenken er ufullstendig: fant ikke møtechatten i den ({part}). "
            "Kopier lenken på nytt fra møteinvitasjonen.").format(part=thread[:80]))
    if path.startswith("/meet/") or path.startswith("/l/meet"):
        return None
    raise PlatformError(E.BAD_LINK, tr(
        "Lenken går til Teams, men er ikke en møtelenke ({path}).").format(path=path[:80]))
