"""Zoom pre-assignment against the Zoom stub (OAuth, PATCH/GET meetings) with Zoom's faults."""

from __future__ import annotations

import asyncio
import csv
import io

import pytest

from controlroom.clock import FakeClock
from controlroom.integrations.zoom import (
    GroupRoom,
    Person,
    PlatformError,
    ZoomClient,
    ZoomConfig,
    ZoomCredentials,
    ZoomPreassigner,
    plan_rooms,
    rooms_csv,
)
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.preassign import check_limits, split_plan
from controlroom.models.integrations import IntegrationsRepository
from tests.platforms.helpers import MEETING, groups
from tests.platforms.stubs.base import refused_url
from tests.support.http_stub import RETRY_SLACK


def client_for(stub, *, secret: str = "csecret", timeout: float = 5.0) -> ZoomClient:
    creds = ZoomCredentials("acc-1", "cid", secret)
    return ZoomClient(lambda: creds, ZoomConfig(oauth_base=stub.url, api_base=f"{stub.url}/v2", timeout=timeout))


def preassigner(stub, store, rooms, **kw) -> ZoomPreassigner:
    return ZoomPreassigner(client_for(stub, **kw), lambda uid, rnd: rooms, IntegrationsRepository(store), FakeClock())


def test_preassign_round_is_patched_read_back_and_saved_per_room(zoom_stub, store):
    zoom_stub.add_meeting(MEETING)
    rooms = groups()
    rooms[1].members.append(Person("Uten Epost", None))
    rooms[2].members.append(Person("Feil Adresse", "ikke-en-adresse"))
    result = asyncio.run(preassigner(zoom_stub, store, rooms).preassign(MEETING, "blk1", 1))
    assert result.error is None
    assert [r.status for r in result.rooms] == ["ok", "ok", "ok"]
    sent = zoom_stub.patches[0]["settings"]["breakout_room"]
    assert sent["enable"] is True
    assert sent["rooms"][0] == {"name": "Gruppe 1", "participants": [f"d0.{i}@kommune.no" for i in range(4)]}
    assert {u.name for u in result.unassignable} == {"Uten Epost", "Feil Adresse"}
    saved = IntegrationsRepository(store).room_results("blk1", 1)
    assert [(r.room_name, r.status) for r in saved] == [("Gruppe 1", "ok"), ("Gruppe 2", "ok"), ("Gruppe 3", "ok")]


def test_readback_lists_people_zoom_did_not_keep(zoom_stub, store):
    zoom_stub.add_meeting(MEETING)
    zoom_stub.unknown_emails = {"d1.2@kommune.no"}
    result = asyncio.run(preassigner(zoom_stub, store, groups()).preassign(MEETING, "blk1", 1))
    assert [r.status for r in result.rooms] == ["ok", "partial", "ok"]
    dropped = [u for u in result.unassignable if u.email == "d1.2@kommune.no"]
    assert dropped and dropped[0].name == "Deltaker 1-2" and dropped[0].room == "Gruppe 2"


def test_wrong_credentials_give_a_clear_auth_error(zoom_stub, store):
    zoom_stub.add_meeting(MEETING)
    result = asyncio.run(preassigner(zoom_stub, store, groups(), secret="feil").preassign(MEETING, "b", 1))
    assert result.error is not None and result.error.kind == E.AUTH
    assert "klienthemmelighet" in result.error.message
    assert zoom_stub.patches == []


def test_expired_token_code_124_is_renewed_once_and_the_call_repeated(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    client = client_for(zoom_stub)

    async def run():
        await client.get_meeting(MEETING)
        zoom_stub.expire_tokens()  # Zoom now answers 401 {"code": 124, "message": "Access token is expired."}
        return await client.get_meeting(MEETING)

    meeting = asyncio.run(run())
    assert meeting["id"] == int(MEETING)
    assert client.token_fetches == 2


def test_token_is_cached_between_calls(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    client = client_for(zoom_stub)

    async def run():
        await client.get_meeting(MEETING)
        await client.get_meeting(MEETING)

    asyncio.run(run())
    assert zoom_stub.token_requests == 1


def test_meeting_not_found_3001(zoom_stub, store):
    result = asyncio.run(preassigner(zoom_stub, store, groups()).preassign("99999999999", "b", 1))
    assert result.error.kind == E.NOT_FOUND and result.error.code == 3001
    assert "99999999999" in result.error.message


def test_started_meeting_3000_says_so_and_still_offers_the_csv(zoom_stub, store):
    zoom_stub.add_meeting(MEETING, started=True)
    result = asyncio.run(preassigner(zoom_stub, store, groups()).preassign(MEETING, "b", 1))
    assert result.error.kind == E.STARTED and result.error.code == 3000
    assert "før møtet starter" in result.error.message
    rows = list(csv.reader(io.StringIO(result.csv)))
    assert rows[0] == ["Pre-assign Room Name", "Email Address"]
    assert rows[1] == ["Gruppe 1", "d0.0@kommune.no"] and len(rows) == 13


def test_rate_limited_429_waits_retry_after_then_succeeds(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    zoom_stub.retry_after = "2"
    zoom_stub.fail_next("429")
    meeting = asyncio.run(client_for(zoom_stub).get_meeting(MEETING))
    assert meeting["id"] == int(MEETING)
    assert [p for m, p in zoom_stub.requests if p.startswith("/v2/")] == [f"/v2/meetings/{MEETING}"] * 2
    [waited] = zoom_stub.waited_after(429, "/v2/")  # measured at the stub: the 429 out → the retry in
    assert 2.0 <= waited < 2.0 + RETRY_SLACK, waited  # at least Retry-After, and not far past it


def test_invalid_access_token_even_after_renewal_names_the_token(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    zoom_stub.reject_tokens = True  # Zoom: 401 {"code": 124, "message": "Invalid access token."}
    client = client_for(zoom_stub)
    with pytest.raises(PlatformError) as info:
        asyncio.run(client.get_meeting(MEETING))
    assert info.value.kind == E.TOKEN and info.value.status == 401 and info.value.code == 124
    assert "tilgangsnøkkelen (ugyldig eller utløpt)" in info.value.message  # the cause, in the user's words
    assert zoom_stub.token_requests == 2  # renewed once before giving up


def test_unauthorized_body_is_zooms_code_124(zoom_stub):
    zoom_stub.add_meeting(MEETING)

    async def get(token: str):
        import aiohttp

        async with aiohttp.ClientSession() as session, session.get(
                f"{zoom_stub.url}/v2/meetings/{MEETING}", headers={"Authorization": f"Bearer {token}"}) as resp:
            return resp.status, await resp.json()

    assert asyncio.run(get("never-issued")) == (401, {"code": 124, "message": "Invalid access token."})
    client = client_for(zoom_stub)
    asyncio.run(client.get_meeting(MEETING))
    zoom_stub.expire_tokens()
    assert asyncio.run(get(asyncio.run(client.token()))) == (401, {"code": 124, "message": "Access token is expired."})


def test_rate_limited_429_with_long_retry_after_is_reported(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    zoom_stub.retry_after = "120"
    zoom_stub.fail_next("429")
    with pytest.raises(PlatformError) as info:
        asyncio.run(client_for(zoom_stub).get_meeting(MEETING))
    assert info.value.kind == E.RATE_LIMITED and info.value.retry_after == 120


def test_server_error_500(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    zoom_stub.fail_next("500")
    with pytest.raises(PlatformError) as info:
        asyncio.run(client_for(zoom_stub).set_breakout_rooms(MEETING, []))
    assert info.value.kind == E.SERVER and "500" in info.value.message


def test_hanging_zoom_times_out(zoom_stub):
    zoom_stub.add_meeting(MEETING)
    zoom_stub.fail_next("hang")
    with pytest.raises(PlatformError) as info:
        asyncio.run(client_for(zoom_stub, timeout=0.5).get_meeting(MEETING))
    assert info.value.kind == E.TIMEOUT


def test_refused_connection():
    url = refused_url()
    client = ZoomClient(lambda: ZoomCredentials("a", "b", "c"), ZoomConfig(oauth_base=url, api_base=url))
    with pytest.raises(PlatformError) as info:
        asyncio.run(client.get_meeting(MEETING))
    assert info.value.kind == E.REFUSED


def test_missing_credentials_are_named():
    client = ZoomClient(lambda: None, ZoomConfig(oauth_base="http://127.0.0.1:9", api_base="http://127.0.0.1:9"))
    with pytest.raises(PlatformError, match="konto-ID") as info:
        asyncio.run(client.get_meeting(MEETING))
    assert info.value.kind == E.AUTH


def test_more_than_100_rooms_is_refused_before_calling_zoom(zoom_stub, store):
    zoom_stub.add_meeting(MEETING)
    result = asyncio.run(preassigner(zoom_stub, store, groups(101, 3)).preassign(MEETING, "b", 1))
    assert result.error.kind == E.LIMITS and "2 Zoom-møter" in result.error.message
    assert zoom_stub.requests == []


def test_more_than_1000_people_is_refused_and_split_in_whole_rooms():
    plan = plan_rooms(groups(84, 12))  # 1008 people in 84 rooms
    with pytest.raises(PlatformError) as info:
        check_limits(plan)
    assert info.value.kind == E.LIMITS
    parts = split_plan(plan)
    assert len(parts) == 2 and all(p.people <= 1000 and len(p.rooms) <= 100 for p in parts)
    assert sum(len(p.rooms) for p in parts) == 84


def test_duplicate_email_and_duplicate_room_names():
    rooms = [GroupRoom("Gruppe", [Person("A", "a@x.no")]), GroupRoom("Gruppe", [Person("B", "A@x.no")])]
    plan = plan_rooms(rooms)
    assert [n for n, _ in plan.rooms] == ["Gruppe", "Gruppe (2)"]
    assert plan.unassignable[0].name == "B" and "Gruppe" in plan.unassignable[0].reason
    assert rooms_csv(plan.rooms).splitlines() == ["Pre-assign Room Name,Email Address", "Gruppe,a@x.no"]


def test_meeting_id_that_is_not_digits_is_refused_without_calling(zoom_stub, store):
    result = asyncio.run(preassigner(zoom_stub, store, groups()).preassign("abc-def", "b", 1))
    assert result.error.kind == E.NOT_FOUND and "abc-def" in result.error.message
    assert zoom_stub.requests == []


def test_adapter_test_connection_reports_topic_and_wrong_credentials_go_down(zoom_stub, store):
    from controlroom.integrations.base import ConnectionState
    from controlroom.integrations.zoom.adapter import ZoomAdapter

    zoom_stub.add_meeting(MEETING)
    good = preassigner(zoom_stub, store, groups())
    adapter = ZoomAdapter(good.client, good, meeting_id=lambda: MEETING)
    result = asyncio.run(adapter.test_connection())
    assert result.ok and result.data["topic"] == "Nettverkssamling"
    assert adapter.status.state is ConnectionState.CONNECTED
    bad = preassigner(zoom_stub, store, groups(), secret="feil")
    adapter = ZoomAdapter(bad.client, bad, meeting_id=lambda: MEETING)
    result = asyncio.run(adapter.test_connection())
    assert not result.ok and result.error_kind == "auth" and "klienthemmelighet" in result.message
    assert adapter.status.state is ConnectionState.DOWN
