"""Teams meeting chat → input log, against the Graph stub: paging, edits, deletions, restarts, faults."""

from __future__ import annotations

import asyncio

import pytest

from controlroom.clock import FakeClock
from controlroom.inputs.log import InputLog
from controlroom.integrations.teams.graph import GraphClient, GraphConfig
from controlroom.integrations.teams.html_text import html_to_text
from controlroom.integrations.teams.links import thread_id_from_link
from controlroom.integrations.teams.sync import OVERLAP, ChatSync, SyncLoop, graph_time, parse_graph_time
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError
from controlroom.models import EventStore
from controlroom.models.integrations import IntegrationsRepository
from tests.platforms.helpers import CHAT, JOIN
from tests.platforms.stubs.base import refused_url
from tests.support.http_stub import RETRY_SLACK


async def _token(_fresh: bool) -> str:
    return "graph-token"


def make_sync(stub, store, *, page_size: int = 50, timeout: float = 5.0, base: str | None = None):
    graph = GraphClient(_token, GraphConfig(base_url=base or f"{stub.url}/v1.0", timeout=timeout,
                                            page_size=page_size))
    log = InputLog(store, FakeClock())
    return ChatSync(graph, log, IntegrationsRepository(store), FakeClock(), CHAT), log


def teams_lines(log: InputLog, include_deleted: bool = False):
    return [(r.author, r.text) for r in log.all(include_deleted=include_deleted) if r.source == "teams"]


def test_join_link_gives_the_chat_thread_id():
    assert thread_id_from_link(JOIN) == CHAT


@pytest.mark.parametrize("link", ["https://zoom.us/j/81234567890", "teams.microsoft.com/l/meetup-join/x",
                                  "https://example.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", "hei"])
def test_not_a_teams_link_is_refused_plainly(link):
    with pytest.raises(PlatformError, match="ikke en Teams-møtelenke") as info:
        thread_id_from_link(link)
    assert info.value.kind == E.BAD_LINK


def test_short_teams_link_needs_the_graph_lookup(graph_stub):
    short = "https://teams.microsoft.com/meet/3412345678901?p=AbCdEf"
    assert thread_id_from_link(short) is None
    graph_stub.meetings[short] = CHAT
    graph = GraphClient(_token, GraphConfig(base_url=f"{graph_stub.url}/v1.0"))
    assert asyncio.run(graph.chat_id_for_join_url(short)) == CHAT


def test_html_body_becomes_plain_text_safely():
    html = ('<p>Husk <b>innspill</b>&nbsp;fra&nbsp;Teams &amp; salen</p><script>alert(1)</script>'
            '<div>Linje&nbsp;2<br>Linje 3</div><attachment id="1"></attachment>'
            '<p><at id="0">Kari Nordmann</at> enig <emoji id="smile" alt="🙂" title="Smil"></emoji></p>')
    assert html_to_text(html) == "Husk innspill fra Teams & salen\nLinje 2\nLinje 3\n[vedlegg]\nKari Nordmann enig 🙂"


def test_messages_are_synced_with_author_and_time_and_system_events_skipped(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Ola Hansen", "<p>Vi mangler <b>ungdommen</b> i planarbeidet</p>")
    graph_stub.system_event(CHAT)
    graph_stub.post(CHAT, "Siri Lie", "Enig med Ola", content_type="text")
    sync, log = make_sync(graph_stub, store)
    report = asyncio.run(sync.sync_once())
    assert (report.new, report.skipped) == (2, 1)
    assert teams_lines(log) == [("Ola Hansen", "Vi mangler ungdommen i planarbeidet"), ("Siri Lie", "Enig med Ola")]
    first = [r for r in log.all() if r.source == "teams"][0]
    assert first.at.isoformat().startswith("2026-11-21T08:00:01")


def test_paging_with_nextlink_reads_every_message(graph_stub, store):
    graph_stub.chats[CHAT] = []
    for i in range(23):
        graph_stub.post(CHAT, f"Deltaker {i}", f"Innspill nummer {i}")
    sync, log = make_sync(graph_stub, store, page_size=5)
    assert asyncio.run(sync.sync_once()).new == 23
    assert len(teams_lines(log)) == 23
    assert sum(1 for m, p in graph_stub.requests if p.endswith("/messages")) == 5


def test_no_duplicates_across_restart_and_edits_and_deletions_reflected(graph_stub, event_path):
    graph_stub.chats[CHAT] = []
    a = graph_stub.post(CHAT, "Ola", "Første tanke")
    b = graph_stub.post(CHAT, "Siri", "Skal slettes")
    store = EventStore.open(event_path, create=True)
    sync, log = make_sync(graph_stub, store)
    asyncio.run(sync.sync_once())
    asyncio.run(sync.sync_once())  # nothing new: nothing written
    assert len(teams_lines(log)) == 2
    store.close()

    graph_stub.edit(CHAT, a, "Første tanke, nå bedre formulert")
    graph_stub.delete(CHAT, b)
    graph_stub.post(CHAT, "Per", "Ny etter omstart")
    store = EventStore.open(event_path)  # the app restarts
    sync, log = make_sync(graph_stub, store)
    report = asyncio.run(sync.sync_once())
    assert (report.new, report.edited, report.deleted) == (1, 1, 1)
    assert teams_lines(log) == [("Ola", "Første tanke, nå bedre formulert"), ("Per", "Ny etter omstart")]
    assert len(teams_lines(log, include_deleted=True)) == 3
    assert asyncio.run(sync.sync_once()).new == 0
    assert len(teams_lines(log, include_deleted=True)) == 3
    state = IntegrationsRepository(store).chat_state(CHAT)
    assert state.watermark == max(m["lastModifiedDateTime"] for m in graph_stub.chats[CHAT])
    store.close()


def message_queries(stub) -> list[dict[str, str]]:
    return [c.query for c in stub.calls if c.method == "GET" and c.path.endswith("/messages")]


def test_watermark_filter_asks_graph_only_for_changes(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Ola", "En")
    sync, log = make_sync(graph_stub, store)
    asyncio.run(sync.sync_once())
    first = message_queries(graph_stub)
    assert "$filter" not in first[0] and first[0]["$top"] == "50"  # nothing carried yet: read it all
    watermark = IntegrationsRepository(store).chat_state(CHAT).watermark
    assert watermark == graph_stub.chats[CHAT][0]["lastModifiedDateTime"]
    graph_stub.tick(60)
    graph_stub.post(CHAT, "Ola", "To")
    assert asyncio.run(sync.sync_once()).new == 1
    asked = message_queries(graph_stub)[-1]
    since = graph_time(parse_graph_time(watermark) - OVERLAP)  # the watermark less the overlap
    assert asked["$filter"] == f"lastModifiedDateTime gt {since}"
    assert asked["$orderby"] == "lastModifiedDateTime desc"  # the same property, or Graph ignores $filter
    assert graph_stub.filters_applied == [f"lastModifiedDateTime gt {since}"] and graph_stub.filters_ignored == []
    assert teams_lines(log) == [("Ola", "En"), ("Ola", "To")]


def test_nextlink_pages_keep_the_filter_and_its_orderby(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Ola", "Før")
    sync, log = make_sync(graph_stub, store, page_size=2)
    asyncio.run(sync.sync_once())
    graph_stub.tick(60)
    for i in range(5):
        graph_stub.post(CHAT, "Siri", f"Etter {i}")
    assert asyncio.run(sync.sync_once()).new == 5
    pages = message_queries(graph_stub)[1:]
    assert len(pages) == 3 and len(graph_stub.filters_applied) == 3 and graph_stub.filters_ignored == []
    assert all(q["$orderby"] == "lastModifiedDateTime desc" and q["$filter"].startswith("lastModifiedDateTime gt ")
               for q in pages)
    assert len(teams_lines(log)) == 6


def test_graph_ignores_a_filter_without_the_matching_orderby(graph_stub):
    """What the Graph stub does with a client that leaves ``$orderby`` out (as Graph documents): the
    ``$filter`` is ignored and every message comes back, so such a client would re-read the whole chat."""
    graph_stub.chats[CHAT] = []
    for i in range(3):
        graph_stub.post(CHAT, "Ola", f"Melding {i}")
    since = graph_stub.chats[CHAT][1]["lastModifiedDateTime"]

    async def get(params: dict[str, str]):
        import aiohttp

        async with aiohttp.ClientSession() as session, session.get(
                f"{graph_stub.url}/v1.0/chats/{CHAT}/messages", params=params,
                headers={"Authorization": "Bearer t"}) as resp:
            return resp.status, await resp.json()

    flt = f"lastModifiedDateTime gt {since}"
    status, body = asyncio.run(get({"$filter": flt}))
    assert status == 200 and len(body["value"]) == 3  # no $orderby: the filter is ignored
    status, body = asyncio.run(get({"$filter": flt, "$orderby": "createdDateTime desc"}))
    assert status == 200 and len(body["value"]) == 3  # $orderby on another property: ignored too
    status, body = asyncio.run(get({"$filter": flt, "$orderby": "lastModifiedDateTime desc"}))
    assert status == 200 and [m["body"]["content"] for m in body["value"]] == ["Melding 2"]
    status, body = asyncio.run(get({"$orderby": "lastModifiedDateTime asc"}))
    assert status == 400 and body["error"]["code"] == "BadRequest"  # ascending is not supported


def test_rate_limited_429_is_reported_with_retry_after_and_nothing_lost(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Ola", "En")
    graph_stub.retry_after = "7"
    graph_stub.fail_next("429")
    sync, log = make_sync(graph_stub, store)
    with pytest.raises(PlatformError) as info:
        asyncio.run(sync.sync_once())
    assert info.value.kind == E.RATE_LIMITED and info.value.retry_after == 7
    assert IntegrationsRepository(store).chat_state(CHAT).last_error
    assert asyncio.run(sync.sync_once()).new == 1
    assert IntegrationsRepository(store).chat_state(CHAT).last_error is None


def test_server_error_500_then_the_loop_backs_off_and_recovers(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Ola", "En")
    graph_stub.fail_next("500")
    sync, log = make_sync(graph_stub, store)
    statuses = []

    async def run():
        loop = SyncLoop(sync, statuses.append, interval=0.05)

        def watch(s):
            statuses.append(s)
            if s.state == "ok":
                loop.stop()
        loop.on_status = watch
        await asyncio.wait_for(loop.run(), 10)

    asyncio.run(run())
    states = [s.state for s in statuses]
    assert states[:4] == ["syncing", "waiting", "syncing", "ok"]
    assert "500" in statuses[1].message and statuses[1].next_in == 0.05
    assert teams_lines(log) == [("Ola", "En")]


def test_rate_limited_loop_announces_a_long_retry_after(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.retry_after = "30"
    graph_stub.fail_next("429")
    sync, _ = make_sync(graph_stub, store)
    seen = []

    async def run():
        loop = SyncLoop(sync, interval=0.05)

        def watch(s):
            seen.append(s)
            if s.state == "waiting":
                loop.stop()
        loop.on_status = watch
        await asyncio.wait_for(loop.run(), 10)

    asyncio.run(run())
    waiting = [s for s in seen if s.state == "waiting"][0]
    assert waiting.next_in == 30 and "30" in waiting.message


def test_rate_limited_loop_really_waits_retry_after_before_asking_again(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.post(CHAT, "Ola", "En")
    graph_stub.retry_after = "2"
    graph_stub.fail_next("429")
    sync, log = make_sync(graph_stub, store)

    async def run():
        loop = SyncLoop(sync, interval=0.05)  # the poll interval alone would ask again after 50 ms

        def watch(s):
            if s.state == "ok":
                loop.stop()
        loop.on_status = watch
        await asyncio.wait_for(loop.run(), 20)

    asyncio.run(run())
    [waited] = graph_stub.waited_after(429, "/v1.0/chats/")  # measured at the stub: answer out → next request in
    assert 2.0 <= waited < 2.0 + RETRY_SLACK, waited  # at least Retry-After, and not far past it
    assert teams_lines(log) == [("Ola", "En")]


def test_expired_sign_in_401_stops_the_loop_with_a_clear_error(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.tokens = {"some-other-token"}
    asked: list[bool] = []

    async def token(fresh: bool) -> str:
        asked.append(fresh)
        return "graph-token"

    graph = GraphClient(token, GraphConfig(base_url=f"{graph_stub.url}/v1.0", timeout=5.0))
    sync = ChatSync(graph, InputLog(store, FakeClock()), IntegrationsRepository(store), FakeClock(), CHAT)
    seen = []
    asyncio.run(asyncio.wait_for(SyncLoop(sync, seen.append, interval=0.05).run(), 10))
    assert asked == [False, True]  # one fresh token was asked for before giving up
    assert [s.state for s in seen] == ["syncing", "error"]  # stopped: no retry loop on a dead sign-in
    message = seen[-1].message
    assert "Teams-påloggingen er utløpt eller ugyldig" in message and "Logg inn på nytt" in message


def test_graph_401_body_is_graphs_invalid_authentication_token(graph_stub):
    """The stub's 401 is the one Graph documents, and our message names the cause (the sign-in)."""
    graph_stub.chats[CHAT] = []
    graph_stub.tokens = {"the-token-signed-in-earlier"}  # what we send has expired

    async def get():
        import aiohttp

        async with aiohttp.ClientSession() as session, session.get(
                f"{graph_stub.url}/v1.0/chats/{CHAT}/messages", headers={"Authorization": "Bearer t"}) as resp:
            return resp.status, await resp.json(), resp.headers.get("WWW-Authenticate", "")

    status, body, challenge = asyncio.run(get())
    assert status == 401 and body["error"]["code"] == "InvalidAuthenticationToken"
    assert body["error"]["message"] and challenge.startswith("Bearer ")
    graph = GraphClient(_token, GraphConfig(base_url=f"{graph_stub.url}/v1.0", timeout=5.0))
    with pytest.raises(PlatformError) as info:
        asyncio.run(graph.messages_since(CHAT, None))
    assert info.value.kind == E.TOKEN and info.value.status == 401
    assert "påloggingen er utløpt eller ugyldig" in info.value.message


def test_unknown_chat_404(graph_stub, store):
    sync, _ = make_sync(graph_stub, store)
    with pytest.raises(PlatformError) as info:
        asyncio.run(sync.sync_once())
    assert info.value.kind == E.NOT_FOUND


def test_hanging_graph_times_out(graph_stub, store):
    graph_stub.chats[CHAT] = []
    graph_stub.fail_next("hang")
    sync, _ = make_sync(graph_stub, store, timeout=0.5)
    with pytest.raises(PlatformError) as info:
        asyncio.run(sync.sync_once())
    assert info.value.kind == E.TIMEOUT


def test_refused_graph_connection(store):
    sync, _ = make_sync(None, store, base=refused_url() + "/v1.0")
    with pytest.raises(PlatformError) as info:
        asyncio.run(sync.sync_once())
    assert info.value.kind == E.REFUSED


def test_post_moderator_message_to_the_chat(graph_stub):
    graph_stub.chats[CHAT] = []
    graph = GraphClient(_token, GraphConfig(base_url=f"{graph_stub.url}/v1.0"))
    sent = asyncio.run(graph.send_message(CHAT, "Vi tar pause til 14:15"))
    assert sent["body"]["content"] == "Vi tar pause til 14:15"
    assert graph_stub.chats[CHAT][-1]["from"]["user"]["displayName"] == "Kari Nordmann"
