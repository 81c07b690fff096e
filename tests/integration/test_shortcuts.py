"""No two shortcuts of the whole application that can be live at the same time share a key: Qt fires
*neither* of two enabled shortcuts with the same sequence ("ambiguous shortcut"), so a clash between two
areas silently kills both keys on the event day.

Window-wide shortcuts clash with every other shortcut of the window; a shortcut scoped to a panel
(``WidgetWithChildrenShortcut``) clashes with one scoped to the same panel, an enclosing one or an
enclosed one (focus inside the inner panel makes both live)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

WINDOW_WIDE = (Qt.WindowShortcut, Qt.ApplicationShortcut)


@dataclass(frozen=True)
class Binding:
    key: str
    text: str
    scope: QWidget | None  # None: the whole window

    def overlaps(self, other: Binding) -> bool:
        if self.key != other.key:
            return False
        if self.scope is None or other.scope is None or self.scope is other.scope:
            return True
        return self.scope.isAncestorOf(other.scope) or other.scope.isAncestorOf(self.scope)


def _menu_actions(window: QMainWindow) -> list[QAction]:
    out: list[QAction] = []
    stack = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while stack:
        menu = stack.pop()
        for action in menu.actions():
            out.append(action)
            if action.menu():
                stack.append(action.menu())
    return out


def bindings(window: QMainWindow) -> list[Binding]:
    """Every enabled shortcut of the window's actions and QShortcuts, with where it is live."""
    out: list[Binding] = []
    actions = {id(a): a for a in window.findChildren(QAction) + window.actions() + _menu_actions(window)}
    for action in actions.values():
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if not action.isEnabled() or not widgets or action.shortcutContext() == Qt.WidgetShortcut:
            continue
        if action.shortcutContext() in WINDOW_WIDE:
            scope = None
        else:  # WidgetWithChildrenShortcut: live inside the (non-menu) widget it was added to
            scope = next((w for w in widgets if w.metaObject().className() != "QMenu"), None)
            if scope is None:
                continue
        for seq in action.shortcuts():
            if not seq.isEmpty():
                out.append(Binding(seq.toString(QKeySequence.PortableText), action.text().replace("&", ""), scope))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.isEnabled() or shortcut.context() == Qt.WidgetShortcut:
            continue
        owner = shortcut.parent()
        scope = None if shortcut.context() in WINDOW_WIDE else owner
        name = owner.objectName() or type(owner).__name__
        for seq in shortcut.keys():  # noqa: SIM118 - QShortcut.keys() is a method, not a dict
            if not seq.isEmpty():
                out.append(Binding(seq.toString(QKeySequence.PortableText), f"hurtigtast i {name}", scope))
    return out


def conflicts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(key, text, text) for each pair of shortcuts that Qt would find ambiguous."""
    found = {(a.key, *sorted((a.text, b.text))) for a, b in combinations(bindings(window), 2) if a.overlaps(b)}
    return sorted(found)


def test_no_two_shortcuts_share_a_key_at_start(app_window):
    keys = {b.key for b in bindings(app_window)}
    assert {"Ctrl+I", "F5", "Ctrl+Shift+G", "Ctrl+Space", "Ctrl+Shift+T"} <= keys  # every area is wired in
    assert conflicts(app_window) == []


def test_no_conflicts_once_a_block_runs(app_window, qtbot):
    """Live actions (±1 min, custom time, undo) are enabled only while a block runs: check again then."""
    app_window.ctx.services.live.start()
    qtbot.waitUntil(lambda: app_window.findChild(QAction, "live-plus1").isEnabled())
    assert conflicts(app_window) == []


def test_conflicts_are_reported_with_the_action_texts(app_window):
    """The check itself finds clashes, window-wide and between a panel and the window, and names both."""
    extra = QAction("Dobbel", app_window)
    extra.setShortcut(QKeySequence("Ctrl+I"))
    app_window.addAction(extra)
    panel = app_window.docks["inputs"].widget()
    scoped = QAction("Panelets Alt+Høyre", panel)  # N is scoped to the live panels: Alt+Right is window-wide
    scoped.setShortcut(QKeySequence("Alt+Right"))
    scoped.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    panel.addAction(scoped)
    assert conflicts(app_window) == [
        ("Alt+Right", "Neste", "Panelets Alt+Høyre"),
        ("Ctrl+I", "Dobbel", "Skriv innspill"),
    ]
