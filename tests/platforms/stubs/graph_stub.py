"""Microsoft Graph stub: the chatMessage shape, paging and the errors Graph documents.

- ``GET /v1.0/chats/{chat-id}/messages?$top=&$orderby=lastModifiedDateTime desc&$filter=lastModifiedDateTime gt …``
  → ``{"@odata.context", "@odata.count", "@odata.nextLink"?, "value": [chatMessage…]}``; ``$top`` ≤ 50.
  As "List messages in a chat" documents: ``$orderby`` takes ``lastModifiedDateTime`` (the default) or
  ``createdDateTime``, descending only; ``$filter`` takes ``lastModifiedDateTime`` with ``gt``/``lt`` and
  ``createdDateTime`` with ``lt``, and is applied only when the URL also has ``$orderby`` on the same
  property — otherwise Graph ignores the ``$filter`` and returns everything. What the page leaves
  unsupported (ascending order, other operators or properties) the stub answers 400 ``BadRequest``, so a
  client cannot come to rely on it.
- ``POST /v1.0/chats/{chat-id}/messages`` → 201 chatMessage.
- ``GET /v1.0/me``; ``GET /v1.0/me/onlineMeetings?$filter=JoinWebUrl eq '…'`` → ``chatInfo.threadId``.
- Errors: ``{"error": {"code": "...", "message": "..."}}`` with 401 (InvalidAuthenticationToken), 403,
  404, 429 + Retry-After, 500; and ``hang``.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote

from tests.platforms.stubs.base import Stub

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


class GraphStub(Stub):
    def __init__(self) -> None:
        super().__init__()
        self.chats: dict[str, list[dict[str, Any]]] = {}
        self.tokens: set[str] | None = None  # None: any bearer token is accepted
        self.me = {"id": "u-1", "displayName": "Kari Nordmann", "userPrincipalName": "kari@kommune.no"}
        self.meetings: dict[str, str] = {}  # joinWebUrl → threadId
        self.clock = T0
        #: The ``$filter`` of each page request Graph would apply, and of each it would ignore.
        self.filters_applied: list[str] = []
        self.filters_ignored: list[str] = []
        self._lock = threading.Lock()
        self._seq = 1700000000000

    # -- scripting the chat ---------------------------------------------------------------------
    def tick(self, seconds: float = 1.0) -> datetime:
        self.clock += timedelta(seconds=seconds)
        return self.clock

    def post(self, chat_id: str, author: str, content: str, content_type: str = "html") -> str:
        with self._lock:
            self._seq += 1
            t = iso(self.tick())
            msg = {
                "id": str(self._seq), "replyToId": None, "etag": str(self._seq), "messageType": "message",
                "createdDateTime": t, "lastModifiedDateTime": t, "lastEditedDateTime": None,
                "deletedDateTime": None, "subject": None, "summary": None, "chatId": chat_id,
                "importance": "normal", "locale": "en-us", "webUrl": None, "channelIdentity": None,
                "policyViolation": None, "eventDetail": None,
                "from": {"application": None, "device": None,
                         "user": {"@odata.type": "#microsoft.graph.teamworkUserIdentity", "id": f"id-{author}",
                                  "displayName": author, "userIdentityType": "aadUser"}},
                "body": {"contentType": content_type, "content": content},
                "attachments": [], "mentions": [], "reactions": [],
            }
            self.chats.setdefault(chat_id, []).append(msg)
            return msg["id"]

    def system_event(self, chat_id: str, detail: str = "#microsoft.graph.callRecordingEventMessageDetail") -> None:
        with self._lock:
            self._seq += 1
            t = iso(self.tick())
            self.chats.setdefault(chat_id, []).append({
                "id": str(self._seq), "messageType": "systemEventMessage", "createdDateTime": t,
                "lastModifiedDateTime": t, "deletedDateTime": None, "from": None,
                "body": {"contentType": "html", "content": "<systemEventMessage/>"},
                "eventDetail": {"@odata.type": detail}})

    def edit(self, chat_id: str, msg_id: str, content: str) -> None:
        with self._lock:
            t = iso(self.tick())
            m = self._find(chat_id, msg_id)
            m["body"]["content"] = content
            m["lastModifiedDateTime"] = m["lastEditedDateTime"] = t

    def delete(self, chat_id: str, msg_id: str) -> None:
        with self._lock:
            t = iso(self.tick())
            m = self._find(chat_id, msg_id)
            m["deletedDateTime"] = m["lastModifiedDateTime"] = t
            m["body"] = {"contentType": "text", "content": ""}

    def _find(self, chat_id: str, msg_id: str) -> dict[str, Any]:
        return next(m for m in self.chats[chat_id] if m["id"] == msg_id)

    # -- HTTP -----------------------------------------------------------------------------------
    def rate_limit_body(self) -> Any:
        return {"error": {"code": "TooManyRequests", "message": "Too many requests"}}

    def server_error_body(self) -> Any:
        return {"error": {"code": "InternalServerError", "message": "Internal server error"}}

    def unauthorized_body(self) -> Any:
        return {"error": {"code": "InvalidAuthenticationToken",
                          "message": "Access token has expired or is not yet valid."}}

    def unauthorized_headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": 'Bearer realm="", authorization_uri='
                                    '"https://login.microsoftonline.com/common/oauth2/authorize", '
                                    'client_id="00000003-0000-0000-c000-000000000000"'}

    def handle(self, method, path, query, headers, body):
        auth = headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        if not token:
            return 401, {"error": {"code": "InvalidAuthenticationToken", "message": "Access token is empty."}}, \
                self.unauthorized_headers()
        if self.tokens is not None and token not in self.tokens:
            return 401, self.unauthorized_body(), self.unauthorized_headers()
        if path == "/v1.0/me":
            return 200, self.me, {}
        if path == "/v1.0/me/onlineMeetings":
            flt = query.get("$filter", "")
            url = flt.split("eq '", 1)[-1].rstrip("'").replace("''", "'")
            thread = self.meetings.get(url)
            value = [{"id": "m-1", "joinWebUrl": url, "chatInfo": {"threadId": thread}}] if thread else []
            return 200, {"value": value}, {}
        parts = path.split("/")
        if len(parts) == 5 and parts[1:3] == ["v1.0", "chats"] and parts[4] == "messages":
            chat_id = unquote(parts[3])
            if chat_id not in self.chats:
                return 404, {"error": {"code": "NotFound", "message": "Chat not found"}}, {}
            if method == "POST":
                payload = json.loads(body or b"{}")
                content = payload.get("body", {})
                msg_id = self.post(chat_id, self.me["displayName"], content.get("content", ""),
                                   content.get("contentType", "text"))
                return 201, self._find(chat_id, msg_id), {}
            status, page = self._page(chat_id, query)
            return status, page, {}
        return 404, {"error": {"code": "NotFound", "message": "Resource not found"}}, {}

    def _page(self, chat_id: str, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        top = min(50, int(query.get("$top", "20")))
        skip = int(query.get("$skiptoken", "0"))
        orderby = query.get("$orderby", "")
        prop, _, direction = orderby.strip().partition(" ")
        if orderby and (prop not in ORDERABLE or direction.strip().lower() not in ("", "desc")):
            return 400, bad_request(f"$orderby '{orderby}' is not supported; use lastModifiedDateTime desc "
                                    "or createdDateTime desc.")
        flt = query.get("$filter", "")
        try:
            clauses = parse_filter(flt)
        except ValueError as exc:
            return 400, bad_request(str(exc))
        with self._lock:
            msgs = sorted(self.chats[chat_id], key=lambda m: m[prop or "lastModifiedDateTime"], reverse=True)
        if clauses and orderby and all(p == prop for p, _, _ in clauses):  # else Graph ignores the $filter
            self.filters_applied.append(flt)
            for p, op, value in clauses:
                msgs = [m for m in msgs if (m[p] > value if op == "gt" else m[p] < value)]
        elif clauses:
            self.filters_ignored.append(flt)
        page = msgs[skip:skip + top]
        out: dict[str, Any] = {"@odata.context": f"{self.url}/v1.0/$metadata#chats('{chat_id}')/messages",
                               "@odata.count": len(page), "value": page}
        if skip + top < len(msgs):
            q = f"$top={top}&$skiptoken={skip + top}"
            if orderby:
                q += "&$orderby=" + quote(orderby)
            if flt:
                q += "&$filter=" + quote(flt)
            out["@odata.nextLink"] = f"{self.url}/v1.0/chats/{quote(chat_id, safe='')}/messages?{q}"
        return 200, out


#: What "List messages in a chat" lets ``$orderby`` and ``$filter`` use (property → filter operators).
ORDERABLE = {"lastModifiedDateTime": ("gt", "lt"), "createdDateTime": ("lt",)}


def bad_request(message: str) -> dict[str, Any]:
    return {"error": {"code": "BadRequest", "message": message}}


def parse_filter(flt: str) -> list[tuple[str, str, str]]:
    """``"lastModifiedDateTime gt 2026-…Z and lastModifiedDateTime lt …"`` → [(property, op, value)];
    raises ValueError for what the documentation does not allow."""
    if not flt.strip():
        return []
    clauses = []
    for part in flt.split(" and "):
        words = part.split()
        if len(words) != 3 or words[0] not in ORDERABLE or words[1] not in ORDERABLE[words[0]]:
            raise ValueError(f"Invalid filter clause: '{part.strip()}' is not supported on chat messages.")
        clauses.append((words[0], words[1], words[2]))
    return clauses
