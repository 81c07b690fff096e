"""The filter bar over the input list: text, block, source, group, kind, tag, starred."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from controlroom.inputs.log import InputLog
from controlroom.inputs.parse import KINDS
from controlroom.inputs.types import NO_BLOCK, InputFilter


class FilterBar(QWidget):
    changed = Signal(object)  # InputFilter

    def __init__(self, log: InputLog, source_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("input-filters")
        self.log = log
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
        self.ref.lineEdit().setPlaceholderText(self.tr("gruppe"))
        self.ref.setMinimumContentsLength(6)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle typer"), None)
        for k in KINDS:
            self.kind.addItem(k, k)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.lineEdit().setPlaceholderText(self.tr("#stikkord"))
        self.tag.setMinimumContentsLength(8)
        self._tags: set[str] = set()
        self._block_labels: dict[str, str] = {}
        if self.log.loaded:
            self.note_tags(self.log.all())
        self.starred = QCheckBox(self.tr("★ bare"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.text, self.block, self.source, self.ref, self.kind, self.tag, self.starred):
            lay.addWidget(w, 2 if w is self.text else 0)
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
        )

    def emit_filter(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.current())
