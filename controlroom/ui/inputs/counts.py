"""Counts at a glance: a stacked bar of the current block's inputs by source (Salen vs Teams vs Zoom...),
so the moderator sees whether the Teams side is heard."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from controlroom.ui.inputs.model import SOURCE_COLORS

ORDER = ("room", "teams", "zoom", "mobil", "group", "openspace", "other")


class SourceBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self.setMinimumHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 14)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        total = sum(self._counts.values())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#E3E7EC"))
        p.drawRoundedRect(rect, 3, 3)
        x = rect.left()
        for key in ORDER:
            n = self._counts.get(key, 0)
            if not n or not total:
                continue
            w = rect.width() * n / total
            p.setBrush(QColor(SOURCE_COLORS.get(key, "#607D8B")))
            p.drawRect(QRectF(x, rect.top(), w, rect.height()))
            x += w
        p.end()


class SourceCounts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("input-counts")
        self.bar = SourceBar()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # "4. Deling i plenum …: 30 innspill — Salen 14 · Teams 10 …" in a narrow dock
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        self._names = {"room": self.tr("Salen"), "teams": self.tr("Teams"), "zoom": self.tr("Zoom"),
                       "mobil": self.tr("Mobil"), "group": self.tr("Grupper"), "openspace": self.tr("Open Space"),
                       "other": self.tr("Annet")}

    def show_counts(self, counts: dict[str, int], total: int, block_title: str) -> None:
        self.bar.set_counts(counts)
        parts = [f"{self._names.get(k, k)} {counts[k]}" for k in ORDER if counts.get(k)]
        here = sum(counts.values())
        where = block_title or self.tr("Hele dagen")
        text = self.tr("{where}: {n} innspill").format(where=where, n=here)
        if parts:
            text += " — " + " · ".join(parts)
        if block_title:
            text += "   " + self.tr("(totalt {n})").format(n=total)
        self.label.setText(text)
        tip = "\n".join(f"{self._names.get(k, k)}: {counts.get(k, 0)}" for k in ORDER)
        self.setToolTip(tip)

    def text(self) -> str:
        return self.label.text()
