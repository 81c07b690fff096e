"""Zoom stub built from Zoom's OpenAPI: the S2S OAuth token endpoint and ``/v2/meetings/{meetingId}``.

- ``POST /oauth/token?grant_type=account_credentials&account_id=…`` with Basic auth → 200
  ``{access_token, token_type: "bearer", expires_in, scope}``; wrong credentials → 400
  ``{"reason": "Invalid client_id or client_secret", "error": "invalid_client"}``.
- ``GET /v2/meetings/{id}`` → 200 meeting object (``settings.breakout_room``); unknown → 404
  ``{"code": 3001, "message": "Meeting does not exist: {id}."}``.
- ``PATCH /v2/meetings/{id}`` → 204; a started meeting → 400 ``{"code": 3000, ...}``.
- A token Zoom issued that has since expired → 401 ``{"code": 124, "message": "Access token is expired."}``;
  a token Zoom does not know (or all tokens, with ``reject_tokens``: an app whose access was revoked) →
  401 ``{"code": 124, "message": "Invalid access token."}``.
- 429 ``{"code": 429, "message": "You have reached the maximum per-second rate limit for this API. Try again
  later."}`` with ``Retry-After``.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from tests.platforms.stubs.base import Stub


class ZoomStub(Stub):
    def __init__(self, account_id: str = "acc-1", client_id: str = "cid", client_secret: str = "csecret") -> None:
        super().__init__()
        self.account_id, self.client_id, self.client_secret = account_id, client_id, client_secret
        self.tokens: set[str] = set()
        self.expired: set[str] = set()
        #: Refuse every access token, even fresh ones (the app's access was revoked in the Marketplace).
        self.reject_tokens = False
        self.token_requests = 0
        self.meetings: dict[str, dict[str, Any]] = {}
        #: Addresses Zoom drops on pre-assignment (not users Zoom can match).
        self.unknown_emails: set[str] = set()
        self.patches: list[dict[str, Any]] = []

    def add_meeting(self, meeting_id: str, *, started: bool = False) -> None:
        self.meetings[meeting_id] = {
            "id": int(meeting_id), "uuid": base64.b64encode(meeting_id.encode()).decode(),
            "topic": "Nettverkssamling", "type": 2, "status": "started" if started else "waiting",
            "start_time": "2026-11-21T08:00:00Z", "duration": 360, "timezone": "Europe/Oslo",
            "settings": {"host_video": False, "breakout_room": {"enable": False}},
        }

    def expire_tokens(self) -> None:
        self.expired |= self.tokens
        self.tokens.clear()

    def rate_limit_body(self) -> Any:
        return {"code": 429, "message": "You have reached the maximum per-second rate limit for this API. "
                                        "Try again later."}

    def unauthorized_body(self) -> Any:
        return {"code": 124, "message": "Invalid access token."}

    def applies(self, path: str) -> bool:
        return path.startswith("/v2/")

    def handle(self, method, path, query, headers, body):
        if path == "/oauth/token" and method == "POST":
            return self._token(query, headers)
        auth = headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        if token in self.expired:
            return 401, {"code": 124, "message": "Access token is expired."}, {}
        if self.reject_tokens or token not in self.tokens:
            return 401, self.unauthorized_body(), {}
        if path.startswith("/v2/meetings/"):
            meeting_id = path.rsplit("/", 1)[-1]
            meeting = self.meetings.get(meeting_id)
            if meeting is None:
                return 404, {"code": 3001, "message": f"Meeting does not exist: {meeting_id}."}, {}
            if method == "GET":
                return 200, meeting, {}
            if method == "PATCH":
                if meeting["status"] == "started":
                    return 400, {"code": 3000, "message": "Cannot update a meeting that has started."}, {}
                payload = json.loads(body or b"{}")
                self.patches.append(payload)
                room = payload.get("settings", {}).get("breakout_room")
                if room is not None:
                    kept = [{"name": r["name"], "participants": [
                        p for p in r.get("participants", []) if p.lower() not in self.unknown_emails]}
                        for r in room.get("rooms", [])]
                    meeting["settings"]["breakout_room"] = {"enable": room.get("enable", False), "rooms": kept}
                return 204, b"", {}
        return 404, {"code": 404, "message": "Not found"}, {}

    def _token(self, query, headers):
        self.token_requests += 1
        expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        if headers.get("Authorization") != f"Basic {expected}" or query.get("account_id") != self.account_id:
            return 400, {"reason": "Invalid client_id or client_secret", "error": "invalid_client"}, {}
        if query.get("grant_type") != "account_credentials":
            return 400, {"reason": "Unsupported grant type", "error": "unsupported_grant_type"}, {}
        token = secrets.token_urlsafe(24)
        self.tokens.add(token)
        return 200, {"access_token": token, "token_type": "bearer", "expires_in": 3599,
                     "scope": "meeting:write:meeting:admin meeting:read:meeting:admin"}, {}
