"""Forming groups for a block: size range, k, rounds and their modes; the minimum number of
municipality breaches is shown before forming, with the alternative of more 3-person groups.

The dialog proposes the running or next block whose text asks for groups; when that block starts a
series of rounds in later blocks ("andre runde—mix", "Runde 3 tilbake til første gruppe"), it
proposes those rounds, their modes and the block each round runs in."""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from controlroom.application.people import PeopleService
from controlroom.errors import BadInputError
from controlroom.grouping.day_rounds import Proposal, propose
from controlroom.grouping.solver import FormOptions, form, plan
from controlroom.grouping.types import RoundMode
from controlroom.ui.tasks import TaskRunner


class FormGroupsDialog(QDialog):
    formed = Signal(str)  # block uid

    def __init__(self, people: PeopleService, blocks: list, parent: QWidget | None = None,
                 statuses: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        #: The formation is saved (and logged) by the people service; the dialog reads through its repository.
        self.people, self.repo = people, people.repo
        self.blocks = blocks
        self.setWindowTitle(self.tr("Danne grupper"))
        self.block_box = QComboBox()
        for b in blocks:
            self.block_box.addItem(f"{b.start:%H:%M} {b.title}", b.uid)
        #: What the agenda's text proposes (block, rounds in later blocks, modes), or None.
        self.proposal: Proposal | None = propose(blocks, statuses or {})
        self.series_label = QLabel()
        self.series_label.setObjectName("round-series")
        self.series_label.setWordWrap(True)
        self.lo, self.hi, self.k, self.rounds = QSpinBox(), QSpinBox(), QSpinBox(), QSpinBox()
        for spin, lo, hi, val in ((self.lo, 2, 12, 3), (self.hi, 2, 12, 4), (self.k, 1, 12, 2), (self.rounds, 1, 8, 1)):
            spin.setRange(lo, hi)
            spin.setValue(val)
            spin.valueChanged.connect(self.update_plan)
        self.modes = QLineEdit("mix")
        self.modes.setPlaceholderText("mix,mix,return:1")
        self.modes.textChanged.connect(self.update_plan)
        self.rounds.valueChanged.connect(self._default_modes)
        self.small = QCheckBox(self.tr("Flere 3-persongrupper (færrest brudd)"))
        self.small.toggled.connect(self.update_plan)
        self.split = QCheckBox(self.tr("Del i flere Teams/Zoom-møter ved plattformgrensene"))
        self.fixed = QLineEdit()
        self.fixed.setPlaceholderText(self.tr("e-post=Rom 2; e-post=Teams-rom 1"))
        self.apart = QLineEdit()
        self.apart.setPlaceholderText(self.tr("e-post,e-post; e-post,e-post"))
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        f = QFormLayout()
        f.addRow(self.tr("Bolk"), self.block_box)
        f.addRow(self.tr("Minste gruppe"), self.lo)
        f.addRow(self.tr("Største gruppe"), self.hi)
        f.addRow(self.tr("Maks fra samme kommune"), self.k)
        f.addRow(self.tr("Runder"), self.rounds)
        f.addRow(self.tr("Rundetyper (mix / return:R)"), self.modes)
        f.addRow(self.tr("Faste plasseringer"), self.fixed)
        f.addRow(self.tr("Ikke i samme gruppe"), self.apart)
        lay = QVBoxLayout(self)
        lay.addLayout(f)
        lay.addWidget(self.series_label)
        lay.addWidget(self.small)
        lay.addWidget(self.split)
        lay.addWidget(self.plan_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Danne grupper"))
        self.tasks = TaskRunner(None, self._failed)
        self.buttons.accepted.connect(lambda: self.tasks.run(self.run()))
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        if self.proposal is not None:
            self.block_box.setCurrentIndex(max(0, self.block_box.findData(self.proposal.block_uid)))
            self.rounds.setValue(len(self.proposal.modes))
            self.modes.setText(",".join(str(m) for m in self.proposal.modes))
        self.block_box.currentIndexChanged.connect(self._show_series)
        self.rounds.valueChanged.connect(self._show_series)
        self._show_series()
        self.update_plan()

    def round_blocks(self) -> list[str]:
        """The block each round runs in: the proposal's series when it still fits the choices, else the
        chosen block for every round."""
        uid = self.block_box.currentData()
        p = self.proposal
        if p is not None and p.block_uid == uid and len(p.round_blocks) == self.rounds.value():
            return list(p.round_blocks)
        return [uid] * self.rounds.value()

    def _show_series(self, _i: int = 0) -> None:
        titles = {b.uid: f"{b.start:%H:%M} {b.title}" for b in self.blocks}
        uids = self.round_blocks()
        if len(set(uids)) > 1:
            self.series_label.setText(self.tr("Rundene følger dagen:") + "<br>" + "<br>".join(
                self.tr("Runde {n}: {block}").format(n=n, block=titles.get(u, u)) for n, u in enumerate(uids, 1)))
        else:
            self.series_label.setText("")

    def _default_modes(self, n: int) -> None:
        self.modes.setText(",".join(["mix"] * n) if n != 3 else "mix,mix,return:1")

    def options(self) -> FormOptions:
        try:
            modes = [RoundMode.parse(t) for t in self.modes.text().split(",") if t.strip()]
        except ValueError:
            raise BadInputError(self.tr("Rundetyper: skriv mix eller return:R, skilt med komma")) from None
        if len(modes) != self.rounds.value():
            raise BadInputError(self.tr("{m} rundetyper for {r} runder").format(m=len(modes), r=self.rounds.value()))
        fixed: dict[str, str] = {}
        for item in filter(None, (x.strip() for x in self.fixed.text().split(";"))):
            email, sep, room = item.partition("=")
            if not sep:
                raise BadInputError(self.tr("Faste plasseringer: skriv e-post=rom, skilt med semikolon"))
            fixed[email.strip().lower()] = room.strip()
        apart: list[tuple[str, str]] = []
        for item in filter(None, (x.strip() for x in self.apart.text().split(";"))):
            a, sep, b = item.partition(",")
            if not sep:
                raise BadInputError(self.tr("Ikke i samme gruppe: skriv e-post,e-post, skilt med semikolon"))
            apart.append((a.strip().lower(), b.strip().lower()))
        return FormOptions(min_size=self.lo.value(), max_size=self.hi.value(), max_per_municipality=self.k.value(),
                           modes=modes, more_small_groups=self.small.isChecked(), rooms=self.repo.rooms(),
                           split_meetings=self.split.isChecked(), fixed=fixed, apart=apart)

    def update_plan(self) -> None:
        """Say, before forming, how many groups each pool gets and the fewest breaches possible."""
        try:
            opts = self.options()
            plans = plan(self.repo.participants(), opts)
        except BadInputError as exc:
            self.plan_label.setText(f"<span style='color:#C92A2A'>{exc}</span>")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(plans))
        lines = []
        for p in plans:
            g = p.best_groups if opts.more_small_groups else p.groups
            m = p.best_min_breaches if opts.more_small_groups else p.min_breaches
            pool = {"onsite": self.tr("På stedet"), "teams": "Teams", "zoom": "Zoom"}[p.pool]
            line = self.tr("{pool}: {n} personer, {g} grupper, minst {m} kommunebrudd per runde").format(
                pool=pool, n=p.size, g=g, m=m)
            if m and p.best_min_breaches < m:
                line += self.tr(" — med {bg} grupper (flere 3-persongrupper) blir det {bm}").format(
                    bg=p.best_groups, bm=p.best_min_breaches)
            lines.append(line)
        self.plan_label.setText("<br>".join(lines) or self.tr("Ingen deltakere ennå"))

    def _failed(self, message: str) -> None:
        """Say why the groups were not formed (nothing was saved)."""
        self.plan_label.setText(f"<span style='color:#C92A2A'>{html.escape(message)}</span>")

    async def run(self) -> bool:
        uid = self.block_box.currentData()
        try:
            opts = self.options()
            formation = await asyncio.to_thread(lambda: form(self.repo.participants(), opts))
            await asyncio.to_thread(self.people.form_groups, uid, formation,
                                    {"size": [opts.min_size, opts.max_size], "k": opts.max_per_municipality,
                                     "modes": [str(m) for m in opts.modes], "seed": opts.seed, "fixed": opts.fixed,
                                     "apart": [list(p) for p in opts.apart], "round_blocks": self.round_blocks()})
        except BadInputError as exc:
            self._failed(str(exc))
            return False
        self.formed.emit(uid)
        self.accept()
        return True
