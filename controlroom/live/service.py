"""The live service: the one way to act on the timer (panels, shortcuts, the remote API).

Every action is checked against the state *now*, refused with ``ActionRefused`` and a Norwegian
message when it makes no sense (nothing changes then), else appended to the run log — committed —
before subscribers hear of it. Undo and redo are log actions too, so they survive a restart.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from controlroom.agenda.types import BlockData
from controlroom.clock import Clock
from controlroom.errors import ActionRefused
from controlroom.i18n import tr
from controlroom.live import runlog as k
from controlroom.live.engine import Plan, TimerState, prepare, project, replay, replay_more
from controlroom.live.errors import StaleAction
from controlroom.live.runlog import ActionRecord, RunLog
from controlroom.live.state import LiveState
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.store import EventStore
from controlroom.observable import Observable

log = logging.getLogger(__name__)

#: Most time a block may gain in total (added time summed), and the longest message.
MAX_ADDED_SECONDS = 12 * 3600
MAX_MESSAGE_CHARS = 200
#: Longest lifetime a message may be given (a lifetime is optional: without one it stays).
MAX_MESSAGE_SECONDS = 12 * 3600

Subscriber = Callable[[LiveState], None]
#: What an action appends: (kind, block uid, payload), decided from the state at the moment it runs.
Entry = tuple[str, str | None, dict[str, Any] | None]


def describe(action: ActionRecord) -> str:
    """A short Norwegian label of an action, for the undo/redo menu entries and the log view."""
    labels = {
        k.START: tr("Start bolk"),
        k.PAUSE: tr("Pause"),
        k.RESUME: tr("Fortsett"),
        k.END: tr("Avslutt bolk"),
        k.MESSAGE: tr("Melding"),
        k.BLACKOUT: tr("Blackout"),
        k.AUTO_FOLLOW: tr("Automatisk følging"),
        k.SET_FIXED: tr("Fast starttid"),
    }
    if action.kind == k.ADD_TIME:
        minutes = float(action.payload.get("seconds", 0)) / 60
        return tr("Juster tid {minutes:+g} min").format(minutes=round(minutes, 1))
    via = action.payload.get("via") if action.kind == k.START else None
    if via == "next":
        return tr("Neste bolk")
    if via == "previous":
        return tr("Forrige bolk")
    if via == "goto":
        return tr("Gå til bolk")
    return labels.get(action.kind, action.kind)



def _one_at_a_time(action: Callable[..., LiveState]) -> Callable[..., LiveState]:
    """Actions of one service run one after the other, whichever thread asks (read, decide, append)."""

    @functools.wraps(action)
    def serialized(self: LiveService, *args: Any, **kwargs: Any) -> LiveState:
        with self._acting:
            return action(self, *args, **kwargs)

    return serialized


class LiveService:
    def __init__(
        self,
        store: EventStore,
        clock: Clock,
        origin: str = "moderator",
        *,
        blocks: Sequence[BlockData] | None = None,
        timezone: str | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.log = RunLog(store, clock, origin)
        self.changes: Observable[LiveState] = Observable("live")
        #: Actions run one at a time (the window's writer thread, the API on the loop); held across the
        #: store's transaction. The fold has its own short lock, so ``state()`` never waits for storage.
        self._acting = threading.RLock()
        self._folding = threading.RLock()
        self._acting_as = threading.local()
        #: Where subscribers hear of changes made on another thread (see ``deliver_changes_on``).
        self._deliver: Callable[[Callable[[], None]], object] | None = None
        self._home_thread = threading.get_ident()
        self._plan: Plan = self._load_plan(blocks, timezone)
        self._actions: list[ActionRecord] = self.log.all()
        self._timer: TimerState = replay(self._actions)

    # -- reading --------------------------------------------------------------------------------
    def state(self) -> LiveState:
        """The live state at the clock's now (cheap: the log's fold is cached between actions)."""
        with self._folding:
            return project(self._plan, self._timer, self.clock.now())

    def deliver_changes_on(self, call_soon: Callable[[Callable[[], None]], object]) -> None:
        """Actions may run on a worker thread (so the window never waits on storage): their change
        events are handed to ``call_soon`` (e.g. the loop's ``call_soon_threadsafe``) and reach the
        subscribers on the thread that built this service."""
        self._deliver = call_soon
        self._home_thread = threading.get_ident()

    @property
    def plan(self) -> Plan:
        return self._plan

    def actions(self) -> list[ActionRecord]:
        return list(self._actions)

    def block_count(self) -> int:
        return len(self._plan.blocks)

    def can_undo(self) -> bool:
        return bool(self._timer.undo_stack)

    def can_redo(self) -> bool:
        return bool(self._timer.redo_stack)

    def undo_text(self) -> str | None:
        return self._describe_id(self._timer.undo_stack[-1]) if self._timer.undo_stack else None

    def redo_text(self) -> str | None:
        return self._describe_id(self._timer.redo_stack[-1]) if self._timer.redo_stack else None

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        return self.changes.subscribe(callback)

    def refresh(self) -> bool:
        """Pick up actions appended by another window or process; notify if there were any."""
        if self._pull():
            self._notify()
            return True
        return False

    def last_action_id(self) -> int:
        """The newest run-log entry folded in (what ``log.since`` starts from)."""
        return self._actions[-1].id if self._actions else 0

    def apply_actions(self, actions: Sequence[ActionRecord]) -> bool:
        """Fold in entries read elsewhere (``log.since(last_action_id())`` on a worker thread, say);
        notify if there were new ones."""
        if self._take(actions):
            self._notify()
            return True
        return False

    def reload_blocks(self, blocks: Sequence[BlockData] | None = None, timezone: str | None = None) -> None:
        """The agenda changed (blocks edited, added, moved): re-read it. Runs are keyed by uid."""
        plan = self._load_plan(blocks, timezone)
        with self._folding:
            self._plan = plan
        self._notify()

    @property
    def _origin(self) -> str | None:
        return getattr(self._acting_as, "origin", None)

    @contextmanager
    def acting_as(self, origin: str) -> Iterator[None]:
        """Actions inside (on this thread) are logged with this origin (the remote API uses ``api``)."""
        previous = self._origin
        self._acting_as.origin = origin
        try:
            yield
        finally:
            self._acting_as.origin = previous

    # -- timer actions ----------------------------------------------------------------------------
    # ``expect`` on start/next/previous/goto: the index of the block the caller saw running (-1: none).
    # When another window, process or operator has moved the day on, ``StaleAction`` is raised and
    # nothing changes; the check and the append happen in one locked transaction of the run log.
    @_one_at_a_time
    def start(self, *, expect: int | None = None) -> LiveState:
        return self._decided(expect, self._start_entry)

    def _start_entry(self, st: LiveState) -> Entry:
        if st.paused:
            return self._resume_entry(st)
        if st.running and not st.following_clock:
            raise ActionRefused(tr("«{title}» går allerede.").format(title=st.current_title))
        target = st.current_index if st.following_clock else st.next_index
        if target is None and self._plan.blocks and not any(t.actual_start for t in st.timings):
            target = 0  # an event in the past that never ran (a rehearsal): start at the top
        if target is None:
            raise ActionRefused(self._no_blocks_message() or tr("Det er ingen flere bolker å starte."))
        return self._start_of(target, "start")

    @_one_at_a_time
    def pause(self) -> LiveState:
        st = self._fresh()
        if st.current_index is None:
            raise ActionRefused(tr("Ingen bolk går, så det er ingenting å pause."))
        if st.paused:
            raise ActionRefused(tr("Timeren er allerede pauset."))
        if st.following_clock:
            raise ActionRefused(tr("Bolken følger klokka. Start den for hånd før du pauser den."))
        return self._append(k.PAUSE, st.current_uid)

    @_one_at_a_time
    def resume(self) -> LiveState:
        return self._append(*self._resume_entry(self._fresh()))

    @staticmethod
    def _resume_entry(st: LiveState) -> Entry:
        if not st.paused:
            raise ActionRefused(tr("Timeren er ikke pauset."))
        return k.RESUME, st.current_uid, None

    @_one_at_a_time
    def next(self, *, expect: int | None = None) -> LiveState:
        return self._decided(expect, self._next_entry)

    def _next_entry(self, st: LiveState) -> Entry:
        n = len(self._plan.blocks)
        if st.current_index is not None:
            target = st.current_index + 1
            if target >= n:
                raise ActionRefused(tr("«{title}» er siste bolk; det finnes ingen neste.").format(title=st.current_title))
        else:
            if st.next_index is None:
                raise ActionRefused(self._no_blocks_message() or tr("Det finnes ingen neste bolk."))
            target = st.next_index
        return self._start_of(target, "next")

    @_one_at_a_time
    def previous(self, *, expect: int | None = None) -> LiveState:
        return self._decided(expect, self._previous_entry)

    def _previous_entry(self, st: LiveState) -> Entry:
        if st.current_index is not None:
            target = st.current_index - 1
            if target < 0:
                raise ActionRefused(
                    tr("«{title}» er første bolk; det finnes ingen forrige.").format(title=st.current_title)
                )
        else:
            done = [t.index for t in st.timings if t.actual_start is not None]
            if not done:
                raise ActionRefused(self._no_blocks_message() or tr("Ingen bolk er kjørt ennå; det finnes ingen forrige."))
            target = max(done)
        return self._start_of(target, "previous")

    @_one_at_a_time
    def goto(self, index: int, *, expect: int | None = None) -> LiveState:
        return self._decided(expect, lambda st: self._goto_entry(st, index))

    def _goto_entry(self, st: LiveState, index: int) -> Entry:
        n = len(self._plan.blocks)
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < n:
            if n == 0:
                raise ActionRefused(tr("Dagsordenen har ingen bolker."))
            raise ActionRefused(
                tr("Bolk {index} finnes ikke; dagsordenen har bolk 0–{last}.").format(index=index, last=n - 1)
            )
        if index == st.current_index and st.running and not st.following_clock:
            raise ActionRefused(tr("«{title}» går allerede.").format(title=st.current_title))
        return self._start_of(index, "goto")

    @_one_at_a_time
    def add_time(self, seconds: float) -> LiveState:
        st = self._fresh()
        try:
            seconds = float(seconds)
        except (TypeError, ValueError):
            raise ActionRefused(tr("Tiden må være et antall sekunder.")) from None
        if not math.isfinite(seconds) or seconds == 0:
            raise ActionRefused(tr("Tiden må være et endelig antall sekunder, forskjellig fra null."))
        cur = st.current
        if cur is None:
            raise ActionRefused(tr("Ingen bolk går; start en bolk før du endrer tiden."))
        if cur.planned_seconds + cur.added_seconds + seconds <= 0:
            raise ActionRefused(
                tr("«{title}» kan ikke bli {minutes:g} minutter lang; en bolk må vare mer enn 0 minutter.").format(
                    title=cur.title, minutes=round((cur.planned_seconds + cur.added_seconds + seconds) / 60, 1)
                )
            )
        if seconds > 0 and cur.added_seconds + seconds > MAX_ADDED_SECONDS:
            raise ActionRefused(
                tr("En bolk kan få høyst {hours} timer ekstra; «{title}» har fått {minutes:g} minutter.").format(
                    hours=MAX_ADDED_SECONDS // 3600, title=cur.title, minutes=round(cur.added_seconds / 60, 1)
                )
            )
        return self._append(k.ADD_TIME, cur.uid, {"seconds": seconds})

    @_one_at_a_time
    def end_block(self) -> LiveState:
        st = self._fresh()
        if st.current_index is None:
            raise ActionRefused(tr("Ingen bolk går, så det er ingenting å avslutte."))
        if st.following_clock:
            raise ActionRefused(tr("Bolken følger klokka. Slå av automatisk følging for å stoppe."))
        return self._append(k.END, st.current_uid)

    @_one_at_a_time
    def message(self, text: str | None, seconds: float | None = None) -> LiveState:
        """Show ``text`` on the stage (None clears it), for ``seconds`` when given: the fold drops
        it after that on every screen. With the event's setting on it also clears when the block
        changes (``set_clear_message_on_block_change``)."""
        self._pull()
        if text is not None and not isinstance(text, str):
            raise ActionRefused(tr("Meldingen må være tekst."))
        lifetime = self._message_lifetime(seconds) if text else None
        if text:
            # Control characters (NUL, escape codes) would reach every screen: drop them, keep the rest.
            text = " ".join("".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc").split())
            if not text:
                raise ActionRefused(tr("Meldingen er tom. Send ingen tekst for å fjerne meldingen."))
            if len(text) > MAX_MESSAGE_CHARS:
                raise ActionRefused(
                    tr("Meldingen er for lang ({count} tegn); den kan ha høyst {limit} tegn.").format(
                        count=len(text), limit=MAX_MESSAGE_CHARS
                    )
                )
        payload: dict[str, Any] = {"text": text or None}
        if lifetime:
            payload["seconds"] = lifetime
        return self._append(k.MESSAGE, None, payload)

    @_one_at_a_time
    def set_clear_message_on_block_change(self, on: bool) -> LiveState:
        """The event's setting (kept in its run log, so every screen and a restart agree)."""
        self._pull()
        return self._append(k.MESSAGE_SETTINGS, None, {"clear_on_block_change": bool(on)})

    @staticmethod
    def _message_lifetime(seconds: float | None) -> float | None:
        if seconds is None:
            return None
        try:
            value = float(seconds)
        except (TypeError, ValueError):
            raise ActionRefused(tr("Meldingens varighet må være et antall sekunder.")) from None
        if isinstance(seconds, bool) or not math.isfinite(value) or not 1 <= value <= MAX_MESSAGE_SECONDS:
            raise ActionRefused(
                tr("Meldingens varighet må være mellom 1 sekund og {hours} timer.").format(
                    hours=MAX_MESSAGE_SECONDS // 3600
                )
            )
        return value

    @_one_at_a_time
    def blackout(self, on: bool) -> LiveState:
        self._pull()
        return self._append(k.BLACKOUT, None, {"on": bool(on)})

    @_one_at_a_time
    def set_auto_follow(self, on: bool) -> LiveState:
        self._pull()
        return self._append(k.AUTO_FOLLOW, None, {"on": bool(on)})

    @_one_at_a_time
    def set_fixed(self, index: int, fixed: bool) -> LiveState:
        """Mark a block's start as fixed (never pushed by overruns) for the live projection."""
        self._pull()
        if not 0 <= index < len(self._plan.blocks):
            raise ActionRefused(tr("Bolk {index} finnes ikke.").format(index=index))
        return self._append(k.SET_FIXED, self._plan.blocks[index].uid, {"fixed": bool(fixed)})

    @_one_at_a_time
    def undo(self) -> LiveState:
        self._pull()
        if not self._timer.undo_stack:
            raise ActionRefused(tr("Det er ingenting å angre."))
        return self._append(k.UNDO, None, target_id=self._timer.undo_stack[-1])

    @_one_at_a_time
    def redo(self) -> LiveState:
        self._pull()
        if not self._timer.redo_stack:
            raise ActionRefused(tr("Det er ingenting å gjøre om igjen."))
        return self._append(k.REDO, None, target_id=self._timer.redo_stack[-1])

    # -- internals --------------------------------------------------------------------------------
    def _load_plan(self, blocks: Sequence[BlockData] | None, timezone: str | None) -> Plan:
        repo = AgendaRepository(self.store)
        if timezone is None:
            timezone = repo.event_info().timezone or "Europe/Oslo"
        return prepare(list(repo.blocks()) if blocks is None else list(blocks), timezone)

    def _no_blocks_message(self) -> str | None:
        return tr("Dagsordenen har ingen bolker.") if not self._plan.blocks else None

    def _fresh(self) -> LiveState:
        self._pull()
        return self.state()

    def _pull(self, conn: Connection | None = None) -> bool:
        return self._take(self.log.since(self.last_action_id(), conn=conn))

    def _take(self, new: Sequence[ActionRecord]) -> bool:
        with self._folding:
            new = [a for a in new if a.id > self.last_action_id()]
            if not new:
                return False
            self._actions.extend(new)
            if not replay_more(self._timer, new):
                self._timer = replay(self._actions)
            return True

    def _start_of(self, index: int, via: str) -> Entry:
        return k.START, self._plan.blocks[index].uid, {"via": via}

    def _decided(self, expect: int | None, decide: Callable[[LiveState], Entry]) -> LiveState:
        """Decide what to append from the state now and append it. With ``expect``, the running block
        is checked first, and the read, the check and the append share one locked transaction, so
        two operators pressing *Neste* with the same ``expect`` advance the day by one block."""
        if expect is None:
            return self._append(*decide(self._fresh()))
        if isinstance(expect, bool) or not isinstance(expect, int):
            raise ActionRefused(tr("Forventet bolk må være et heltall."))
        wanted = None if expect < 0 else expect
        last = self._actions[-1].id if self._actions else 0
        with self.log.locked() as conn:
            if self._pull(conn):
                last = self._actions[-1].id
            st = self.state()
            if st.current_index != wanted:
                raise StaleAction(wanted, st.current_index, st.current_title)
            kind, block_uid, payload = decide(st)
            record = self.log.append(kind, block_uid, payload, origin=self._origin, conn=conn)
        return self._folded(record, last)

    def _append(
        self, kind: str, block_uid: str | None, payload: dict[str, Any] | None = None, *, target_id: int | None = None
    ) -> LiveState:
        last = self._actions[-1].id if self._actions else 0
        record = self.log.append(kind, block_uid, payload, target_id=target_id, origin=self._origin)
        return self._folded(record, last)

    def _folded(self, record: ActionRecord, last: int) -> LiveState:
        """Fold a committed ``record`` in (``last``: the id this service had folded before it) and notify."""
        if record.id == last + 1:
            # Nobody appended in between (ids are handed out in commit order; see RunLog.append):
            # fold the committed record in without reading it back, saving a query per action.
            record = replace(record, payload=json.loads(json.dumps(record.payload)))  # as stored
            with self._folding:
                self._actions.append(record)
                if not replay_more(self._timer, [record]):
                    self._timer = replay(self._actions)
        else:
            self._pull()
        state = self.state()
        self._notify(state)
        return state

    def _describe_id(self, action_id: int) -> str:
        for a in reversed(self._actions):
            if a.id == action_id:
                return describe(a)
        return ""

    def _notify(self, state: LiveState | None = None) -> None:
        if not self.changes:
            return
        state = state or self.state()
        if self._deliver is not None and threading.get_ident() != self._home_thread:
            self._deliver(lambda: self.changes.emit(state))
        else:
            self.changes.emit(state)
