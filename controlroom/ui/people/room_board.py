"""The room board: every breakout room of a block and round on one screen, for the tech host and moderator.

Each card shows the room, its members (leader and note-taker marked), who moves in from the previous
round (online rooms, where Zoom keeps one pre-assignment and Teams none), a per-room countdown and a
notes button. Countdowns are computed from the clock (``RoomTimers``); a single-shot timer repaints
at the next whole-second flip of any running countdown or of the plenary timer beside them.

The board follows the day: when the running block changes to one that runs a round (rounds may
live in different blocks), it shows that formation and round. *Reparer etter fravær* repairs the
shown round and every later one after a preview of the moves. *Kompakt* fits 16 rooms on a
1366×768 screen.

The cards are built while the board is on screen: off it (a tab behind the participants, a closed dock,
a window not yet shown), a rebuild only marks them out of date and the board builds them as it comes
on screen (``BuildWhileOnScreen``). The board still follows the day while hidden, and acting on every
room (*Start alle rom* from the menu) needs no cards.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from controlroom.grouping.day_rounds import round_of_block
from controlroom.grouping.live_repair import LiveGroups
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimers
from controlroom.ui.clear_layout import clear_layout
from controlroom.ui.first_show import BuildWhileOnScreen
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.live.timefmt import countdown_text, remaining_at, seconds_to_next_flip
from controlroom.ui.people.notes_dialog import NotesDialog, SaveNotes
from controlroom.ui.people.repair_preview import LiveChangeFlow
from controlroom.ui.people.room_card import BOARD_STYLE, POOL_COLOURS, RoomCard

#: A card's narrowest width, and the most card columns side by side (normal, compact).
CARD_WIDTH = 300
MAX_COLUMNS = 4
COMPACT_CARD_WIDTH = 250
COMPACT_MAX_COLUMNS = 6
__all__ = ["POOL_COLOURS", "RoomBoard", "RoomCard"]


class RoomBoard(QWidget):
    #: The cards were built again (another block or round, a change to the groups, the board shown).
    rebuilt = Signal()

    def __init__(self, repo: PeopleRepository, timers: RoomTimers, clock, blocks_source, live=None,
                 parent: QWidget | None = None, ticker: SecondTicker | None = None,
                 flow: LiveChangeFlow | None = None, *, save_notes: SaveNotes) -> None:
        super().__init__(parent)
        self.repo, self.timers, self.clock, self.live = repo, timers, clock, live
        #: Saves a group's notes (the people service's; the board never writes them itself).
        self.save_notes = save_notes
        self.blocks_source = blocks_source  # () -> list[BlockData]
        self.block_uid: str | None = None
        self.cards: dict[str, RoomCard] = {}
        #: Builds the cards now when the board is on screen, else as it comes on screen.
        self._cards_build = BuildWhileOnScreen(self, self._build_cards)
        self.flow = flow or LiveChangeFlow(LiveGroups(repo, timers.runlog), QUndoStack(self), self._block_label, self)
        self.summary = QLabel()
        self.flow.changed.connect(self.rebuild)
        self.flow.refused.connect(lambda message: self.summary.setText(message))
        #: The running block last seen, so the board moves only when the day moves on.
        self._followed_uid: str | None = None
        # The countdowns flip on whole seconds through the live displays' ticker (one per clock when the
        # wiring passes it in; the board's own otherwise), which asks us when our next flip is due.
        self._next_flip_at: datetime | None = None
        self.ticker = ticker if ticker is not None else SecondTicker(clock, self)
        self.ticker.ticked.connect(self.repaint_times)
        self.ticker.want_changes(f"room-board-{id(self)}", self._seconds_to_flip)
        top = QHBoxLayout()
        self.block_box = QComboBox()
        self.block_box.currentIndexChanged.connect(self._block_changed)
        self.round_box = QComboBox()
        self.round_box.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setValue(20)
        self.minutes.setSuffix(self.tr(" min"))
        start_all = QPushButton(self.tr("Start alle rom"))
        start_all.clicked.connect(lambda: self.act_all("start"))
        stop_all = QPushButton(self.tr("Stopp/fortsett alle"))
        stop_all.clicked.connect(lambda: self.act_all("stop"))
        extend_all = QPushButton(self.tr("+1 min alle"))
        extend_all.clicked.connect(lambda: self.act_all("extend"))
        repair = QPushButton(self.tr("Reparer etter fravær"))
        repair.setToolTip(self.tr("Fjern dem som ikke møtte, plasser uanmeldte; flytter så få som mulig"))
        repair.clicked.connect(lambda: self.flow.spawn(self.repair_round()))
        self.compact = QCheckBox(self.tr("Kompakt"))
        self.compact.setObjectName("room-board-compact")
        self.compact.setToolTip(self.tr("Mindre kort: 16 rom på en bærbar skjerm"))
        self.compact.toggled.connect(lambda _on: self.rebuild())
        self.plenary = QLabel()
        pf = self.plenary.font()
        pf.setPointSize(14)
        pf.setBold(True)
        self.plenary.setFont(pf)
        self.block_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.block_box.setMinimumContentsLength(22)
        # The block's title takes the width the board has (the plenary countdown keeps a third of it).
        self.block_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for w in (QLabel(self.tr("Bolk:")), self.block_box, QLabel(self.tr("Runde:")), self.round_box, self.minutes):
            top.addWidget(w, 2 if w is self.block_box else 0)
        # The plenary countdown takes the room the board has (cut at its left when very narrow) instead
        # of making the board, and so the window, wider.
        self.plenary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.plenary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.plenary, 1)
        actions = QHBoxLayout()  # a second row, so the board fits a narrow dock
        for button in (start_all, stop_all, extend_all, repair, self.compact):
            actions.addWidget(button)
        actions.addStretch(1)
        self.grid_host = QWidget()
        self.grid_host.setStyleSheet(BOARD_STYLE)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.grid_host)
        self.scroll_area.viewport().installEventFilter(self)
        self._columns = 0
        self._card_width = 0
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(actions)
        lay.addWidget(self.summary)
        lay.addWidget(self.scroll_area, 1)
        # "Start alle rom" from the keyboard is the Grupper menu's action (ui/wiring/people.py), not a
        # hidden window-wide QShortcut that could collide with another area's keys.
        if live is not None:
            live.subscribe(lambda _state: self.repaint_times())
        self.reload_blocks()
        if live is not None:
            self.follow(live.state().current_uid)

    # -- data ---------------------------------------------------------------------------------------
    def reload_blocks(self) -> None:
        current = self.block_uid
        self.block_box.blockSignals(True)
        self.block_box.clear()
        formed = self.repo.formation_blocks()
        for b in self.blocks_source():
            if b.uid in formed:
                self.block_box.addItem(f"{b.start:%H:%M} {b.title}", b.uid)
        self.block_box.blockSignals(False)
        idx = self.block_box.findData(current) if current else 0
        self.block_box.setCurrentIndex(max(idx, 0))
        self._block_changed()

    def _block_label(self, uid: str) -> str:
        b = next((b for b in self.blocks_source() if b.uid == uid), None)
        return f"{b.start:%H:%M} {b.title}" if b else uid

    def follow(self, running_uid: str | None) -> bool:
        """Show the round of the running block when the running block changed; True when it moved."""
        if running_uid == self._followed_uid:
            return False
        self._followed_uid = running_uid
        hit = round_of_block(self.repo.formations(), running_uid) if running_uid else None
        if hit is None or (hit[0] == self.block_uid and hit[1] == self.round_number):
            return False
        self.show_block(*hit)
        return True

    def show_block(self, uid: str, round_number: int = 1) -> None:
        self.reload_blocks()
        self.block_box.setCurrentIndex(max(0, self.block_box.findData(uid)))
        self.round_box.setCurrentIndex(max(0, self.round_box.findData(round_number)))

    def _block_changed(self, _i: int = 0) -> None:
        self.block_uid = self.block_box.currentData()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        if self.block_uid:
            starts = {b.uid: f"{b.start:%H:%M}" for b in self.blocks_source()}
            run_blocks = self.repo.round_blocks(self.block_uid)
            for r in self.repo.rounds(self.block_uid):
                label = self.tr("{n} (tilbake til {s})").format(n=r.number, s=r.mode.source) if r.mode.kind == "return" \
                    else str(r.number)
                if run_blocks.get(r.number, self.block_uid) != self.block_uid:  # a round in its own block
                    label += f" · {starts.get(run_blocks[r.number], '')}"
                self.round_box.addItem(label, r.number)
        self.round_box.blockSignals(False)
        self.rebuild()

    @property
    def round_number(self) -> int:
        return int(self.round_box.currentData() or 1)

    def rebuild(self) -> None:
        """Build the cards of the shown block and round (when the board is off screen: as it comes on)."""
        self._cards_build.request()

    def _build_cards(self) -> None:
        clear_layout(self.grid)
        self.cards.clear()
        self._fill_cards()
        self.rebuilt.emit()

    def _fill_cards(self) -> None:
        if not self.block_uid:
            self.summary.setText(self.tr("Ingen grupper dannet ennå: Grupper → Danne grupper…"))
            return
        rounds = {r.number: r for r in self.repo.rounds(self.block_uid)}
        rnd = rounds.get(self.round_number)
        if rnd is None:
            return
        names = {p.key: p.name for p in self.repo.participants()}
        moves: dict[str, list[str]] = {}
        if self.round_number - 1 in rounds:
            for pool, ms in self.repo.moves_between_rounds(self.block_uid, self.round_number - 1, self.round_number).items():
                if pool == "onsite":
                    continue
                for m in ms:
                    moves.setdefault(m.to_room or "", []).append(f"{names.get(m.email, m.email)} ← {m.from_room or '—'}")
        for g in rnd.groups:
            card = RoomCard(g, names, moves.get(g.room, []), compact=self.compact.isChecked())
            card.action.connect(self._card_action)
            self.cards[g.room] = card
        self._columns = 0
        self._card_width = self._widest_card()
        self._place_cards()
        people = sum(len(g.members) for g in rnd.groups)
        self.summary.setText(self.tr("{g} rom, {n} deltakere i runde {r}").format(g=len(rnd.groups), n=people,
                                                                               r=self.round_number))
        self.repaint_times()

    async def repair_round(self) -> QDialog | None:
        """Repair the shown round and every later one after no-shows and walk-ins: the preview of the
        moves opens (OK saves and logs them); returns it, or None when nothing needs to move."""
        if not self.block_uid:
            return None
        dlg = await self.flow.propose([], "group.repair", self.tr("Reparer etter fravær"),
                                (self.block_uid, self.round_number))
        if dlg is None:
            self.summary.setText(self.tr("Ingen endringer: gruppene i runde {r} og senere er hele.").format(
                r=self.round_number))
        return dlg

    # -- timers ---------------------------------------------------------------------------------------
    def _widest_card(self) -> int:
        """The widest card's least width, in its board style (asked once per rebuild: each card lays itself
        out to answer, and a resize does not change it)."""
        for card in self.cards.values():
            card.ensurePolished()
        return max((c.minimumSizeHint().width() for c in self.cards.values()), default=0)

    def _fitting_columns(self) -> int:
        """As many card columns as the board's width holds (1–4)."""
        width = self.scroll_area.viewport().width()
        compact = self.compact.isChecked()
        least, most = (COMPACT_CARD_WIDTH, COMPACT_MAX_COLUMNS) if compact else (CARD_WIDTH, MAX_COLUMNS)
        return max(1, min(most, (width + self.grid.spacing()) // (max(self._card_width, least) + self.grid.spacing())))

    def _place_cards(self) -> None:
        columns = self._fitting_columns()
        if columns == self._columns:
            return
        self._columns = columns
        cards = list(self.cards.values())
        for card in cards:
            self.grid.removeWidget(card)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for i, card in enumerate(cards):
            self.grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(len(cards) // columns + 1, 1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize and self.cards:
            self._place_cards()
        return False

    def _card_action(self, room: str, key: str) -> None:
        if key == "notes":
            NotesDialog.edit_group(self, self.repo, self.block_uid or "", self.round_number, room,
                                   save_notes=self.save_notes, on_saved=self.rebuild)
            return
        self._act(key, [room])

    def act_all(self, key: str) -> None:
        """Start, stop or extend every room of the shown round (with or without its cards on screen)."""
        rnd = next((r for r in self.repo.rounds(self.block_uid) if r.number == self.round_number), None) \
            if self.block_uid else None
        self._act(key, [g.room for g in rnd.groups] if rnd is not None else [])

    def _act(self, key: str, rooms: list[str]) -> None:
        if not self.block_uid or not rooms:
            return
        if key == "start":
            self.timers.start(self.block_uid, rooms, self.minutes.value() * 60)
        elif key == "stop":
            # Stop toggles: running rooms stop; stopped rooms with time on them continue.
            known = self.timers.all(self.block_uid)
            running = [r for r in rooms if r in known and known[r].running]
            if running:
                self.timers.stop(self.block_uid, running)
            else:
                self.timers.resume(self.block_uid, [r for r in rooms if r in known])
        elif key == "extend":
            self.timers.extend(self.block_uid, rooms, 60)
        self.repaint_times()

    def repaint_times(self) -> None:
        now = self.clock.now()
        flips: list[float] = []
        timers = self.timers.all(self.block_uid) if self.block_uid else {}
        for room, card in self.cards.items():
            t = timers.get(room)
            if t is None:
                card.show_time("–:–", "#5B6670")
                continue
            left = t.remaining(now)
            colour = "#C92A2A" if left < 0 else "#D9480F" if left < 60 else "#B7791F" if left < 180 else "#1B7F3B"
            if not t.running:
                colour = "#3B5BA9"
            card.show_time(countdown_text(left), colour)
            if t.running:
                flips.append(seconds_to_next_flip(left))
        if self.live is not None:
            state = self.live.state()
            if self.follow(state.current_uid):
                return  # rebuilt for the new round, which repainted the times
            if state.current_title:
                left = remaining_at(state, now)
                self.plenary.setText(self.tr("Plenum: {t}").format(t=countdown_text(left)))
                self.plenary.setToolTip(state.current_title)  # the title is on the timer; here only when asked
                if state.running:
                    flips.append(seconds_to_next_flip(left))
            else:
                self.plenary.setText("")
        self._next_flip_at = now + timedelta(seconds=min(flips)) if flips else None
        self.ticker.reschedule()

    def _seconds_to_flip(self, now: datetime) -> float | None:
        return None if self._next_flip_at is None else (self._next_flip_at - now).total_seconds()
