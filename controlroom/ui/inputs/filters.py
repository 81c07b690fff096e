"""The filter bar over the input list: text and starred always in sight; block, source, group, kind and
tag and phone inputs waiting for approval (used now and then) behind a "Filter …" button that remembers whether it was open (QSettings) and
counts the filters that are set while it is closed. The extra filters wrap in a narrow dock."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from controlroom.inputs.log import InputLog
from controlroom.inputs.parse import KINDS
from controlroom.inputs.types import NO_BLOCK, InputFilter
from controlroom.ui.combo import placeholder
from controlroom.ui.input_labels import kind_label
from controlroom.ui.inputs.flow import FlowLayout


class FilterBar(QWidget):
    changed = Signal(object)  # InputFilter

    #: QSettings key: whether the extra filters are shown.
    OPEN_KEY = "inputs/filters_open"

    def __init__(self, log: InputLog, source_labels: dict[str, str], parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("input-filters")
        self.log = log
        self.settings = settings
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Søk (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.block = QComboBox()
        self.block.setAccessibleName(self.tr("Bolk"))
        self.block.setMaximumWidth(220)
        self.source = QComboBox()
        self.source.addItem(self.tr("Alle kilder"), None)
        for key, label in source_labels.items():
            self.source.addItem(label, key)
        self.ref = QComboBox()
        self.ref.setEditable(True)
        placeholder(self.ref, self.tr("gruppe"))
        self.ref.setMinimumContentsLength(6)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle typer"), None)
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        placeholder(self.tag, self.tr("#stikkord"))
        self.tag.setMinimumContentsLength(8)
        self._tags: set[str] = set()
        self._block_labels: dict[str, str] = {}
        if self.log.loaded:
            self.note_tags(self.log.all())
        self.starred = QCheckBox(self.tr("★ bare"))
        self.starred.setToolTip(self.tr("Vis bare stjernemerkede innspill"))
        self.pending = QCheckBox(self.tr("Bare ventende"))
        self.pending.setObjectName("input-filters-pending")
        self.pending.setToolTip(self.tr("Vis bare mobilinnspill som venter på godkjenning"))
        self.more = QToolButton()
        self.more.setObjectName("input-filters-more")
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("Flere filtre: bolk, kilde, gruppe, type og stikkord"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.text, 1)
        top.addWidget(self.more)
        top.addWidget(self.starred)
        self.extra = QWidget()
        self.extra.setObjectName("input-filters-extra")
        flow = FlowLayout(self.extra)
        for w in (self.block, self.source, self.ref, self.kind, self.tag, self.pending):
            flow.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(top)
        lay.addWidget(self.extra)
        is_open = settings is not None and str(settings.value(self.OPEN_KEY, "false")).lower() == "true"
        self.more.setChecked(is_open)
        self.extra.setVisible(is_open)
        self.more.toggled.connect(self._toggle_extra)
        self._label_more()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.emit_filter)
        self.text.textChanged.connect(self._debounce.start)
        self.ref.editTextChanged.connect(self._debounce.start)
        self.tag.editTextChanged.connect(self._debounce.start)
        for combo in (self.block, self.source, self.kind):
            combo.currentIndexChanged.connect(self.emit_filter)
        self.starred.toggled.connect(self.emit_filter)
        self.pending.toggled.connect(self.emit_filter)

    def set_blocks(self, blocks: list) -> None:
        current = self.block.currentData()
        self.block.blockSignals(True)
        self.block.clear()
        self.block.addItem(self.tr("Alle bolker"), None)
        self.block.addItem(self.tr("Uten bolk"), NO_BLOCK)
        self._block_labels = {b.uid: f"{i}. {b.start:%H:%M} {b.title}" for i, b in enumerate(blocks)}
        for b in blocks:
            self.block.addItem(self._block_labels[b.uid], b.uid)
        idx = self.block.findData(current)
        self.block.setCurrentIndex(max(idx, 0))
        self.block.blockSignals(False)

    def set_block_counts(self, by_block: dict) -> None:
        """Inputs per block at a glance, in the block picker: "4. 11:30 Deling i plenum (62)"."""
        for i in range(2, self.block.count()):
            uid = self.block.itemData(i)
            n = by_block.get(uid, 0)
            base = self._block_labels.get(uid, self.block.itemText(i))
            self.block.setItemText(i, f"{base} ({n})" if n else base)

    def note_tags(self, records) -> None:
        new = {t for r in records for t in r.tags} - self._tags
        if new:
            self._tags |= new
            text = self.tag.currentText()
            self.tag.blockSignals(True)
            self.tag.clear()
            self.tag.addItem("")
            self.tag.addItems(sorted(self._tags))
            self.tag.setEditText(text)
            self.tag.blockSignals(False)

    def current(self) -> InputFilter:
        return InputFilter(
            text=self.text.text(),
            block_uid=self.block.currentData(),
            source=self.source.currentData(),
            source_ref=self.ref.currentText().strip() or None,
            kind=self.kind.currentData(),
            tag=self.tag.currentText().strip() or None,
            starred=True if self.starred.isChecked() else None,
            pending=True if self.pending.isChecked() else None,
        )

    def hidden_active(self) -> int:
        """How many of the extra filters are set (shown on the button while they are out of sight)."""
        f = self.current()
        return sum(v is not None for v in (f.block_uid, f.source, f.source_ref, f.kind, f.tag, f.pending))

    def _label_more(self) -> None:
        n = self.hidden_active()
        self.more.setText(self.tr("Filter ({n}) …").format(n=n) if n else self.tr("Filter …"))

    def _toggle_extra(self, on: bool) -> None:
        self.extra.setVisible(on)
        if self.settings is not None:
            self.settings.setValue(self.OPEN_KEY, bool(on))

    def emit_filter(self) -> None:
        self._debounce.stop()
        self._label_more()
        self.changed.emit(self.current())
