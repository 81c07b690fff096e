"""What ``test_one_language.py`` needs: every text a person can read in a widget tree, the event's own data
(which stays in the language it was written in), and words that give away the other language."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: Words and forms only the Norwegian UI may show (checked on the English UI).
NORWEGIAN_MARKERS = [
    r"[æøåÆØÅ]", r"\bidé\b", r"\bog\b", r"\bAvbryt\b", r"\bLagre\b", r"\b[Bb]olk", r"\bmin igjen\b",
    r"\b[Ii]kke\b", r"\b(?:[Mm]an|[Tt]irs|[Oo]ns|[Tt]ors|[Ff]re)dag\b",
    r"\b(?:januar|februar|mars|juni|juli|oktober|desember)\b", r"^&?Ja$", r"^&?Nei$", r"\b[Ii]nnspill\b",
    r"\bRediger\b", r"\bSlett\b", r"\bLukk\b", r"\bVelg\b", r"\bSkriv\b", r"\bKompakt\b", r"\bNeste\b",
    r"\bForrige\b", r"\bGrupper\b", r"\bDeltakere\b", r"\bmed\b", r"\bav\b", r"\bsom\b", r"\bfra\b",
    r"\bdet\b", r"\bmøte", r"-rom\b", r"\bRom \d", r"\bkl\.", r"\b\d+t \d\dm\b", r"\btiltak\b", r"\bgruppe",
    r"\bUkjent\b", r"\bBegge\b", r"\bDigitalt\b", r"\bvarsel\b", r"\bTittel\b", r"\bLengde\b",
]  # fmt: skip

#: Other Norwegian words for a block: the Norwegian UI says "bolk" and nothing else.
OTHER_BLOCK_WORDS = [r"\b[Bb]lokk", r"\b[Pp]rogrampost"]

#: Words and forms only the English UI may show (checked on the Norwegian UI).
ENGLISH_MARKERS = [
    r"\bCancel\b", r"\bSave\b", r"\b[Bb]locks?\b", r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
    r"\b(?:January|February|March|April|June|July|August|October|November|December)\b", r"^&?Yes$",
    r"^&?No$", r"\b[Tt]he\b", r"\band\b", r"\bof\b", r"\bwith\b", r"\bleft\b", r"\bOpen\b(?! Space)",
    r"\bClose\b", r"\bDelete\b", r"\bRemove\b", r"\bEdit\b", r"\bUndo\b", r"\bRedo\b", r"\bSettings\b",
    r"\bNext\b", r"\bPrevious\b", r"\bBack\b", r"\bForward\b", r"\bLook in\b", r"\bFile name\b",
    r"\bFiles of type\b", r"\bDirectory\b", r"\bFolder\b", r"\bDetails\b", r"\bApply\b", r"\bHelp\b",
    r"^Name$", r"^Size$", r"\bDate Modified\b", r"\bSelect All\b", r"\bCopy\b", r"\bPaste\b", r"\bnot\b",
    r"\bis\b", r"\b\d+h \d\dm\b", r"\bRoom \d", r"\b[Ss]ign in\b", r"\bInputs?\b", r"\bParticipants\b",
    r"\bUnknown\b", r"\bBoth\b", r"\bOnline\b", r"\bTitle\b", r"\bLength\b", r"\bround\b", r"\bgroups?\b",
]  # fmt: skip

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Rich text to what is read: tags gone, entities decoded, mnemonics kept (``&Save`` reads "Save")."""
    text = html.unescape(_TAGS.sub(" ", text)) if "<" in text else text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_texts(menu: QMenu, where: str) -> Iterable[tuple[str, str]]:
    for action in menu.actions():
        yield f"{where} › {action.text()}", action.text()
        yield f"{where} › {action.text()} (tip)", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {action.text()}")


def _header_texts(view) -> Iterable[tuple[str, str]]:
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    model = view.model()
    if header is None or model is None:
        return
    for section in range(header.count()):
        yield f"{type(view).__name__} header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        yield f"{type(view).__name__} header tip", str(tip or "")


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text ``root`` and its children show: titles, labels, buttons, menus and actions, tooltips,
    tabs, group boxes, placeholders, combo items, spin box affixes and column headers."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if w.isWindow():
            found.append((f"{kind} window title", w.windowTitle()))
        found.append((f"{kind} tooltip", w.toolTip()))
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                found.append(("menu bar", action.text()))
                if action.menu() is not None:
                    found += list(_menu_texts(action.menu(), action.text()))
        if isinstance(w, QLabel):
            found.append((f"label {w.objectName()}", w.text()))
        if isinstance(w, QAbstractButton):
            found.append((f"{kind} {w.objectName()}", w.text()))
        if isinstance(w, QDockWidget):
            found.append(("dock", w.windowTitle()))
        if isinstance(w, QGroupBox):
            found.append(("group box", w.title()))
        if isinstance(w, QMessageBox):
            found += [("message", w.text()), ("message details", w.informativeText())]
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                found += [("tab", w.tabText(i)), ("tab tip", w.tabToolTip(i))]
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((f"{kind} placeholder", w.placeholderText()))
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            found += [("spin box", w.prefix()), ("spin box", w.suffix())]
        if isinstance(w, QAbstractSpinBox):
            found.append(("spin box", w.specialValueText()))
        if isinstance(w, QComboBox):
            found += [(f"combo {w.objectName()}", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)):
            found += list(_header_texts(w))
        for action in QWidget.actions(w):  # a widget may have its own ``actions``
            if not isinstance(w, (QMenu, QMainWindow)):
                found.append((f"{kind} action", action.text()))
    return [(where, plain(text)) for where, text in found if text and text.strip()]


def without_data(text: str, data: list[str]) -> str:
    """``text`` with the event's own words taken out (titles, names, places stay as written)."""
    for item in data:
        if item in text:
            text = text.replace(item, " ")
    return text


def offending(texts: list[tuple[str, str]], markers: list[str], data: list[str]) -> list[str]:
    """``where: text`` for each text in which a marker of the other language remains once data is out."""
    patterns = [re.compile(m, re.MULTILINE) for m in markers]
    out = []
    for where, text in texts:
        rest = without_data(text, data)
        hits = [p.pattern for p in patterns if p.search(rest)]
        if hits:
            out.append(f"{where}: {text!r}  ← {', '.join(hits)}")
    return sorted(set(out))
