"""The cue editor dialog: block, trigger (start / end / before end / manual), label, and the actions
(adapter, action, parameters). Parameters are written in the order the action lists them, separated
by ``|`` ("Plenum"; for a Companion variable "scene | Plenum")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from controlroom.cues.types import CueData, Trigger, action_label
from controlroom.integrations.base import Action, AdapterRegistry


class CueEditDialog(QDialog):
    def __init__(self, cue: CueData, blocks: list[tuple[str, str]], registry: AdapterRegistry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cue-edit-dialog")
        self.setWindowTitle(self.tr("Rediger cue") if cue.uid else self.tr("Ny cue"))
        self.cue = cue
        self.registry = registry
        self.block = QComboBox()
        for uid, title in blocks:
            self.block.addItem(title, uid)
        self.block.setCurrentIndex(max(0, self.block.findData(cue.block_uid)))
        self.trigger = QComboBox()
        for t, text in ((Trigger.START, self.tr("Ved start")), (Trigger.END, self.tr("Ved slutt")),
                        (Trigger.BEFORE_END, self.tr("Før slutt")), (Trigger.MANUAL, self.tr("Manuell (GO)"))):
            self.trigger.addItem(text, t.value)
        self.trigger.setCurrentIndex(self.trigger.findData(cue.trigger.value))
        self.offset = QSpinBox()
        self.offset.setRange(0, 24 * 3600)
        self.offset.setSingleStep(30)
        self.offset.setSuffix(self.tr(" s før slutt"))
        self.offset.setValue(cue.offset_seconds)
        self.label = QLineEdit(cue.label)
        self.label.setPlaceholderText(self.tr("Lages av handlingene når feltet er tomt"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Utstyr"), self.tr("Handling"), self.tr("Parametere")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for a in cue.actions:
            self._add_row(a)
        add = QPushButton(self.tr("Legg til handling"))
        add.clicked.connect(lambda: self._add_row(None))
        remove = QPushButton(self.tr("Fjern handling"))
        remove.clicked.connect(self._remove_row)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B3261E")
        form = QFormLayout()
        form.addRow(self.tr("Bolk"), self.block)
        form.addRow(self.tr("Utløses"), self.trigger)
        form.addRow(self.tr("Tid"), self.offset)
        form.addRow(self.tr("Navn"), self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.trigger.currentIndexChanged.connect(self._sync_offset)
        self._sync_offset()
        self.resize(640, 420)

    def _sync_offset(self) -> None:
        self.offset.setEnabled(self.trigger.currentData() == Trigger.BEFORE_END.value)

    def _add_row(self, action: Action | None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        adapter = QComboBox()
        for a in self.registry:
            adapter.addItem(f"{a.label} ({a.title})", a.name)
        kind = QComboBox()
        params = QLineEdit()

        def fill_kinds() -> None:
            kind.clear()
            ad = self.registry.get(adapter.currentData())
            for spec in ad.specs if ad else ():
                kind.addItem(action_label(spec.label), spec.kind)
            fill_hint()

        def fill_hint() -> None:
            ad = self.registry.get(adapter.currentData())
            spec = next((s for s in (ad.specs if ad else ()) if s.kind == kind.currentData()), None)
            names = " | ".join(action_label(label) for _n, label in spec.params) if spec else ""
            params.setPlaceholderText(names or self.tr("(ingen parametere)"))
            params.setEnabled(bool(spec and spec.params))

        adapter.currentIndexChanged.connect(fill_kinds)
        kind.currentIndexChanged.connect(fill_hint)
        if action is not None:
            i = adapter.findData(action.adapter)
            if i < 0:
                adapter.addItem(action.adapter, action.adapter)
                i = adapter.count() - 1
            adapter.setCurrentIndex(i)
        fill_kinds()
        if action is not None:
            kind.setCurrentIndex(max(0, kind.findData(action.kind)))
            params.setText(" | ".join(str(v) for v in action.params.values()))
        self.table.setCellWidget(r, 0, adapter)
        self.table.setCellWidget(r, 1, kind)
        self.table.setCellWidget(r, 2, params)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def cue_actions(self) -> list[Action]:
        """The actions in the table (``actions()`` is QWidget's own list of QActions)."""
        out = []
        for r in range(self.table.rowCount()):
            adapter, kind_box, params = (self.table.cellWidget(r, c) for c in range(3))
            assert isinstance(adapter, QComboBox) and isinstance(kind_box, QComboBox) and isinstance(params, QLineEdit)
            name, kind, text = adapter.currentData(), kind_box.currentData(), params.text()
            ad = self.registry.get(name)
            spec = next((s for s in (ad.specs if ad else ()) if s.kind == kind), None)
            values = [v.strip() for v in text.split("|")] if text.strip() else []
            keys = [n for n, _l in spec.params] if spec else []
            out.append(Action(name, kind, dict(zip(keys, values, strict=False))))
        return out

    def _accept(self) -> None:
        actions = self.cue_actions()
        trigger = Trigger(self.trigger.currentData())
        for a in actions:
            ad = self.registry.get(a.adapter)
            spec = next((s for s in (ad.specs if ad else ()) if s.kind == a.kind), None)
            if spec is None:
                self.problem.setText(self.tr("Velg utstyr og handling på hver linje."))
                return
            missing = [action_label(label) for n, label in spec.params if not a.params.get(n) and n != "args"]
            if missing:
                self.problem.setText(self.tr("«{action}» mangler: {missing}").format(
                    action=action_label(spec.label), missing=", ".join(missing)))
                return
        if not actions and trigger is not Trigger.MANUAL:
            self.problem.setText(self.tr("En automatisk cue trenger minst én handling."))
            return
        self.cue = CueData(
            block_uid=self.block.currentData(), trigger=trigger, actions=actions, label=self.label.text().strip(),
            offset_seconds=self.offset.value() if trigger is Trigger.BEFORE_END else 0,
            position=self.cue.position, armed=self.cue.armed, proposed=False, notes=self.cue.notes, uid=self.cue.uid,
        )
        self.accept()
