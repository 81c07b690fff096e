"""The input panel (dock): one line to type, Enter saves; quick pickers; the list with a filter bar;
counts at a glance. Keyboard first: Alt+1–5 pick the kind, Alt+6–0 the source; in the list S stars,
F2 edits, Del deletes, Ctrl+Z/Ctrl+Shift+Z undo and redo, H shows the history.

A source picked for a line (Teams, Zoom, a group …) applies to that line only: after Enter the
source is back on «Salen» (the room), so the next point from the floor is not filed as chat. The
lock button (Alt+L) keeps the source for every line until it is unlocked, for reading a whole
chat in.

Inputs from participants' phones (source «Mobil») arrive by themselves. With «Godkjenn mobilinnspill
først» on, they wait (shown in italics, «venter») until the host approves (G in the list, or the
button) or hides them (Del, or the button)."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.inputs.parse import KINDS, SDG_NAMES
from controlroom.inputs.types import InputFilter
from controlroom.ui.combo import placeholder
from controlroom.ui.input_labels import kind_label
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.counts import SourceCounts
from controlroom.ui.inputs.filters import FilterBar
from controlroom.ui.inputs.flow import FlowLayout
from controlroom.ui.inputs.model import InputTableModel

SOURCE_KEYS = ("room", "teams", "zoom", "group", "other")  # Alt+6, 7, 8, 9, 0
#: The source every line gets unless another is picked for it (or locked).
DEFAULT_SOURCE = "room"


class InputPanel(QWidget):
    #: The moderator asked for the history of an input (its id).
    history_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(
        self,
        bridge: InputLogBridge,
        zone: ZoneInfo,
        blocks: Callable[[], list],
        current_block: Callable[[], str | None],
        parent: QWidget | None = None,
        refs_for_block: Callable[[str | None], list[str]] | None = None,
        *,
        load_in_background: bool = False,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InputPanel")
        self.bridge = bridge
        self.log = bridge.log
        self._blocks = blocks
        self._current_block = current_block
        #: The running block's groups (rooms) and Open Space sessions, for the source picker.
        self._refs_for_block = refs_for_block
        self._block_titles: dict[str, str] = {}

        self.entry = QLineEdit()
        self.entry.setObjectName("input-entry")
        self.entry.setPlaceholderText(self.tr("Skriv et innspill og trykk Enter"))
        self.entry.setToolTip(
            self.tr("Skriv et innspill og trykk Enter   (? spørsmål  ! tiltak  + idé  ~ målkonflikt  #stikkord  #sdg13)")
        )
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self.submit)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Type"))
        self.kind.addItem(self.tr("Type fra teksten"), None)
        for i, k in enumerate(KINDS, start=1):
            self.kind.addItem(f"{kind_label(k)}  (Alt+{i})", k)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Kilde"))
        labels = {"room": self.tr("Salen"), "teams": self.tr("Teams-chat"), "zoom": self.tr("Zoom-chat"),
                  "group": self.tr("Gruppe"), "openspace": self.tr("Open Space"), "other": self.tr("Annet")}
        # Phones write their own inputs; the moderator filters by them but does not type as one.
        filter_labels = {**labels, "mobil": self.tr("Mobil")}
        keys = {"room": "6", "teams": "7", "zoom": "8", "group": "9", "other": "0"}
        for key in ("room", "teams", "zoom", "group", "openspace", "other"):
            hint = f"  (Alt+{keys[key]})" if key in keys else ""
            self.source.addItem(labels[key] + hint, key)
        self.source_lock = QToolButton()
        self.source_lock.setObjectName("input-source-lock")
        self.source_lock.setCheckable(True)
        self.source_lock.setText(self.tr("Lås kilde"))
        self.source_lock.setToolTip(
            self.tr("Låst: kilden gjelder alle linjer til du låser opp (Alt+L). Ulåst: bare neste linje.")
        )
        self.ref = QComboBox()
        self.ref.setEditable(True)
        self.ref.setAccessibleName(self.tr("Gruppe eller sesjon"))
        placeholder(self.ref, self.tr("gruppe/sesjon"))
        self.ref.setMinimumContentsLength(12)  # the placeholder "gruppe/sesjon" in full
        self.ref.activated.connect(self._ref_picked)
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("hvem (valgfritt)"))
        self.author.setMaximumWidth(150)
        self.sdg = QToolButton()
        self.sdg.setText(self.tr("Bærekraftsmål"))
        self.sdg.setToolTip(self.tr("Legg til et av FNs bærekraftsmål som stikkord (#sdg1–#sdg17)"))
        self.sdg.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sdg.setStyleSheet("QToolButton { padding-right: 14px; }")  # room for the menu arrow
        menu = QMenu(self.sdg)
        for n, name in SDG_NAMES.items():
            act = menu.addAction(f"{n}. {self.tr(name)}")
            act.triggered.connect(lambda _=False, n=n: self.insert_tag(f"sdg{n}"))
        self.sdg.setMenu(menu)
        self.message = QLabel()
        self.message.setObjectName("input-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()

        self.counts = SourceCounts()
        self.approval = QCheckBox(self.tr("Godkjenn mobilinnspill først"))
        self.approval.setObjectName("input-phone-approval")
        self.approval.setToolTip(self.tr("Innspill fra deltakernes mobiler vises for andre først når du har godkjent dem"))
        self.approval.toggled.connect(self._approval_toggled)
        self.pending = QLabel()
        self.pending.setObjectName("input-pending")
        self.pending.setTextFormat(Qt.TextFormat.PlainText)
        self.approve_button = QPushButton(self.tr("Godkjenn (G)"))
        self.approve_button.setObjectName("input-approve")
        self.approve_button.clicked.connect(self.approve_selected)
        self.hide_button = QPushButton(self.tr("Skjul (Del)"))
        self.hide_button.setObjectName("input-hide")
        self.hide_button.clicked.connect(self.delete_selected)
        self.filters = FilterBar(self.log, filter_labels, settings=settings)
        self.filters.changed.connect(self._apply_filter)
        self.reload_blocks()

        self.model = InputTableModel(self.log, zone, self._block_label, self)
        self.view = QTableView()
        self.view.setObjectName("input-list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((26, 48, 92, 92, 420, 40, 150, 160)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda idx: self._emit_for_row(self.edit_requested, idx.row()))
        bridge.changed.connect(self._on_changed)
        bridge.failed.connect(self._on_failed)

        row1 = QHBoxLayout()
        row1.addWidget(self.entry, 1)
        # The pickers wrap to a second row in a narrow dock (≈480 px) instead of pushing the panel's
        # right edge out of sight; in a wide dock they stay on one row.
        row2 = FlowLayout()
        for w in (self.kind, self.source, self.source_lock, self.ref, self.author, self.sdg):
            row2.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.message)
        lay.addWidget(self.counts)
        phones = FlowLayout()
        for widget in (self.approval, self.pending, self.approve_button, self.hide_button):
            phones.addWidget(widget)
        lay.addLayout(phones)
        lay.addWidget(self.filters)
        lay.addWidget(self.view, 1)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(150)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._shortcuts()
        self.reload_refs()
        #: True once the list shows the log (at once, or after the background load).
        self.ready = False
        if load_in_background and not self.log.loaded:
            self.counts.label.setText(self.tr("Laster innspill …"))
            bridge.run(self.log.all, on_done=lambda _records: self.on_loaded())
        else:
            self.on_loaded()

    def on_loaded(self) -> None:
        """The log's index is built: show the list, the tags and the counts."""
        self.model.set_filter(self.filters.current())
        self.filters.note_tags(self.log.all())
        self.refresh_counts()
        self.bridge.run(self.log.phone_approval, on_done=self._show_approval)
        self.ready = True

    # -- keyboard ------------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        def panel_key(seq: str, slot, widget: QWidget | None = None) -> None:
            sc = QShortcut(QKeySequence(seq), widget or self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        for i, _k in enumerate(KINDS, start=1):
            panel_key(f"Alt+{i}", lambda i=i: self.kind.setCurrentIndex(i))
        for key, digit in zip(SOURCE_KEYS, ("6", "7", "8", "9", "0"), strict=True):
            panel_key(f"Alt+{digit}", lambda key=key: self.source.setCurrentIndex(self.source.findData(key)))
        panel_key("Alt+L", self.source_lock.toggle)
        panel_key("Ctrl+F", self.focus_search)
        panel_key("Ctrl+Z", self.undo)
        panel_key("Ctrl+Shift+Z", self.redo)
        panel_key("Ctrl+Y", self.redo)
        # list-only keys: typing S or H in the line must stay text
        for seq, slot in (("S", self.toggle_star), ("Del", self.delete_selected), ("F2", self.edit_selected),
                          ("G", self.approve_selected),
                          ("H", self.history_selected), ("Return", self.edit_selected)):
            panel_key(seq, slot, self.view)

    def focus_entry(self) -> None:
        """The global shortcut (Ctrl+I): the line, from anywhere in the window."""
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.entry.selectAll()

    def focus_search(self) -> None:
        self.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.text.selectAll()

    # -- actions -------------------------------------------------------------------------------
    def submit(self) -> None:
        text = self.entry.text()
        if not text.strip():
            return
        self.entry.clear()  # at once; the row appears when the commit returns
        self.message.hide()
        block = self._current_block()  # new inputs go to the running block, whatever the list shows
        source, ref = self.source.currentData(), self.ref.currentText().strip() or None
        self.bridge.run(
            self.log.add, text, block_uid=block, source=source,
            source_ref=ref, author=self.author.text().strip() or None,
            kind=self.kind.currentData(), give_back=(text, source, ref),
        )
        if not self.source_lock.isChecked():
            self._set_source(DEFAULT_SOURCE, None)  # the picked source was for this line only

    def _set_source(self, source: str, ref: str | None) -> None:
        self.source.setCurrentIndex(max(self.source.findData(source), 0))
        self.ref.setEditText(ref or "")

    def _ref_picked(self, index: int) -> None:
        """Picking a group or session makes the source a group, unless a group-like source is chosen."""
        if index > 0 and self.source.currentData() not in ("group", "openspace"):
            self.source.setCurrentIndex(self.source.findData("group"))

    def insert_tag(self, tag: str) -> None:
        text = self.entry.text()
        sep = "" if not text or text.endswith(" ") else " "
        self.entry.setText(f"{text}{sep}#{tag} ")
        self.entry.setFocus()

    def selected_id(self) -> int | None:
        idx = self.view.currentIndex()
        return self.model.id_at(idx.row()) if idx.isValid() else None

    def toggle_star(self) -> None:
        if (i := self.selected_id()) is not None:
            self.bridge.run(self.log.toggle_star, i)

    def delete_selected(self) -> None:
        if (i := self.selected_id()) is not None:
            self.bridge.run(self.log.delete, i)

    def approve_selected(self) -> None:
        """Let the selected phone input through to the other phones and the workbook."""
        i = self.selected_id()
        rec = self.log.peek(i) if i is not None else None
        if rec is not None and not rec.approved:
            self.bridge.run(self.log.approve, i)

    def _approval_toggled(self, on: bool) -> None:
        self.bridge.run(self.log.set_phone_approval, bool(on))
        self.refresh_counts()

    def _show_approval(self, on: object) -> None:
        self.approval.blockSignals(True)
        self.approval.setChecked(bool(on))
        self.approval.blockSignals(False)
        self.refresh_counts()

    def edit_selected(self) -> None:
        self._emit_for_row(self.edit_requested, self.view.currentIndex().row())

    def history_selected(self) -> None:
        self._emit_for_row(self.history_requested, self.view.currentIndex().row())

    def undo(self) -> None:
        self.bridge.run(self.log.undo)

    def redo(self) -> None:
        self.bridge.run(self.log.redo)

    def _emit_for_row(self, signal, row: int) -> None:
        i = self.model.id_at(row)
        if i is not None:
            signal.emit(i)

    # -- updates -------------------------------------------------------------------------------
    def _on_changed(self, records: list) -> None:
        self.model.on_changed(records)
        self.filters.note_tags(records)
        self._counts_timer.start()  # coalesced: a chat sync of 50 messages recounts once

    def _on_failed(self, message: str, give_back: object) -> None:
        self.message.setText(message)
        self.message.show()
        if isinstance(give_back, tuple) and not self.entry.text():
            text, source, ref = give_back
            self.entry.setText(text)  # nothing typed is lost, nor where it came from
            self._set_source(source, ref)
        elif isinstance(give_back, str) and not self.entry.text():
            self.entry.setText(give_back)

    def _apply_filter(self, flt: InputFilter) -> None:
        self.model.set_filter(flt)

    def refresh_counts(self) -> None:
        if not self.log.loaded:
            return
        uid = self._current_block()
        counts = self.log.counts()
        title = self._block_titles.get(uid or "", "")
        self.counts.show_counts(counts.sources_for(uid) if uid else counts.by_source, counts.total, title)
        self.filters.set_block_counts(counts.by_block)
        waiting = len(self.log.search(InputFilter(pending=True)))
        self.pending.setText(self.tr("{n} mobilinnspill venter").format(n=waiting) if waiting else "")
        show = waiting > 0 or self.approval.isChecked()
        for widget in (self.pending, self.approve_button, self.hide_button):
            widget.setVisible(show)

    def set_current_block(self, uid: str | None) -> None:
        if uid != getattr(self, "_refs_uid", None):
            self.reload_refs()
        self.refresh_counts()

    def reload_refs(self) -> None:
        uid = self._current_block()
        self._refs_uid = uid
        if self._refs_for_block is None:
            return
        try:
            refs = self._refs_for_block(uid)
        except Exception:  # noqa: BLE001 - the groups area must never stop the moderator typing
            refs = []
        text = self.ref.currentText()
        self.ref.blockSignals(True)
        self.ref.clear()
        self.ref.addItem("")
        self.ref.addItems(refs)
        self.ref.setEditText(text)
        self.ref.blockSignals(False)

    def reload_blocks(self) -> None:
        blocks = self._blocks()
        self._block_titles = {b.uid: f"{i}. {b.title}" for i, b in enumerate(blocks)}
        if hasattr(self, "filters"):
            self.filters.set_blocks(blocks)
        if hasattr(self, "model"):
            self.model.forget_texts()

    def _block_label(self, uid: str | None) -> str:
        return self._block_titles.get(uid or "", "")
