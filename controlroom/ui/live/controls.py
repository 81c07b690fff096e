"""The live actions: one ``QAction`` per control, with its keyboard shortcuts, in the Direkte menu.

The timer panel's buttons show these same actions, so a button, its shortcut and its menu entry
can never disagree. Every action calls the service through the bridge; the screen changes from
the service's callback, after the run log has committed the action.

Shortcuts (also listed in Hjelp → Hurtigtaster) come in two kinds:

* **Single keys** (Space, N, P, E, G, +, −, B …), like Ontime and Stagetimer, because the
  moderator has one hand free. They act only where the moderator is: focus in the timer or
  timeline panel, the stage display or the public view active, or no widget focused at all. A
  moderator pressing E in the agenda table, or N in the participants list, changes nothing live.
  They are ``WidgetWithChildrenShortcut`` actions on each of those panels (and window shortcuts on
  the stage and public windows); with no focus widget the main window's key events go through
  ``NoFocusKeys``.
* **Keys with a modifier** (F5, F6, Alt+→/←, Ctrl+G, Ctrl+±, Ctrl+Alt+E/B/Z …) on the menu
  actions themselves, which work anywhere in the main window. Live undo/redo use Ctrl+Alt+Z and
  Ctrl+Alt+Shift+Z so they never collide with the agenda editor's Ctrl+Z / Ctrl+Shift+Z.

A text field with focus keeps its keys (Qt gives a line edit printable keys first), so typing a
message never fires a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from controlroom.live.state import LiveState
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.timefmt import local_hm
from controlroom.ui.tasks import TaskRunner, ask

if TYPE_CHECKING:
    from controlroom.ui.main_window import MainWindow


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    #: Keys with a modifier: on the menu action, live anywhere in the main window.
    shortcuts: tuple[str, ...]
    #: Single keys (no modifier but Shift): live only in the live panels (see the module docstring).
    keys: tuple[str, ...] = ()
    checkable: bool = False


def _trigger_if_enabled(action: QAction) -> None:
    if action.isEnabled():
        action.trigger()


class NoFocusKeys(QObject):
    """Single keys while no widget has focus (after start, or once a focused dock was closed): the
    key presses then go to the main window itself, and this filter hands them to the action. With
    any widget focused it does nothing, so keys in another panel's table stay that panel's."""

    def __init__(self, controls: LiveControls, window: QWidget) -> None:
        super().__init__(controls)
        self.controls = controls
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is not self.window or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.window:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        action = self.controls.single_keys.get(
            QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key()))).toString(QKeySequence.SequenceFormat.PortableText)
        )
        if action is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ask for the key press itself
            return True
        _trigger_if_enabled(action)
        return True


#: Blocks further away than this from the current one need a confirmation before a jump.
FAR_AWAY = 1


class LiveControls(QObject):
    """Builds the live actions on ``window`` (a ``MainWindow``: ``add_action``, ``menu``)."""

    message_focus_requested = Signal()

    def __init__(self, bridge: LiveBridge, window: MainWindow) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.tasks = TaskRunner(window.ctx.loop, lambda text: window.statusBar().showMessage(text, 10_000))
        self.actions: dict[str, QAction] = {}
        self._specs = self._define()
        slots: dict[str, Callable[[], object]] = {
            "start": lambda: self.bridge.perform("start"),
            "toggle": self.toggle_pause,
            "next": lambda: self.bridge.perform("next"),
            "previous": lambda: self.bridge.perform("previous"),
            "goto": self.ask_goto,
            "plus1": lambda: self.bridge.perform("add_time", 60),
            "minus1": lambda: self.bridge.perform("add_time", -60),
            "plus5": lambda: self.bridge.perform("add_time", 300),
            "minus5": lambda: self.bridge.perform("add_time", -300),
            "custom": self.ask_custom_time,
            "end": lambda: self.bridge.perform("end_block"),
            "undo": lambda: self.bridge.perform("undo"),
            "redo": lambda: self.bridge.perform("redo"),
            "auto_follow": self._toggle_auto_follow,
            "blackout": self._toggle_blackout,
            "message": self.message_focus_requested.emit,
            "clear_message": lambda: self.bridge.perform("message", None),
            "clear_on_block": self._toggle_clear_on_block,
        }
        for spec in self._specs:
            action = window.add_action(
                "live", spec.text, slots[spec.name], spec.shortcuts[0] if spec.shortcuts else None
            )
            action.setObjectName(f"live-{spec.name}")
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setCheckable(spec.checkable)
            self.actions[spec.name] = action
            if spec.name in ("end", "redo", "blackout"):
                window.menu("live").addSeparator()
        #: Single key → the action it triggers (for ``add_single_keys`` and ``NoFocusKeys``).
        self.single_keys: dict[str, QAction] = {
            QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText): self.actions[spec.name]
            for spec in self._specs
            for key in spec.keys
        }
        self.no_focus_keys = NoFocusKeys(self, window)
        bridge.state_changed.connect(self.update_from)
        self.update_from(bridge.state)

    def _define(self) -> list[ActionSpec]:
        tr = self.tr
        return [
            ActionSpec("start", tr("Start"), ("F5",)),  # as a slide show; S is the input list's
            ActionSpec("toggle", tr("Pause"), ("F6",), ("Space",)),
            ActionSpec("next", tr("Neste"), ("Alt+Right",), ("N",)),
            ActionSpec("previous", tr("Forrige"), ("Alt+Left",), ("P",)),
            ActionSpec("goto", tr("Gå til…"), ("Ctrl+G",), ("G",)),
            ActionSpec("plus1", tr("+1 min"), (), ("+", "=")),
            ActionSpec("minus1", tr("\u22121 min"), (), ("-",)),
            ActionSpec("plus5", tr("+5 min"), ("Ctrl++",), ("Shift++",)),
            ActionSpec("minus5", tr("\u22125 min"), ("Ctrl+-",), ("Shift+-",)),
            ActionSpec("custom", tr("Egendefinert tid…"), (), ("T",)),
            ActionSpec("end", tr("Avslutt bolk"), ("Ctrl+Alt+E",), ("E",)),
            ActionSpec("undo", tr("Angre direkte"), ("Ctrl+Alt+Z",)),
            ActionSpec("redo", tr("Gjør om direkte"), ("Ctrl+Alt+Shift+Z", "Ctrl+Alt+Y")),
            ActionSpec("auto_follow", tr("Følg klokka automatisk"), (), ("A",), checkable=True),
            ActionSpec("blackout", tr("Blackout"), ("Ctrl+Alt+B",), ("B",), checkable=True),
            ActionSpec("message", tr("Skriv melding"), (), ("M",)),
            ActionSpec("clear_message", tr("Fjern melding"), (), ("Shift+M",)),
            ActionSpec("clear_on_block", tr("Fjern meldingen ved ny bolk"), (), checkable=True),
        ]

    def add_single_keys(self, widget: QWidget, context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> None:
        """Make the single keys work while focus is inside ``widget`` (a live panel), or, with
        ``Qt.WindowShortcut``, while ``widget``'s window is active (the stage, the public view)."""
        for spec in self._specs:
            if not spec.keys:
                continue
            target = self.actions[spec.name]
            local = QAction(target.text(), widget)
            local.setObjectName(f"live-key-{spec.name}")
            local.setShortcuts([QKeySequence(k) for k in spec.keys])
            local.setShortcutContext(context)
            local.triggered.connect(partial(_trigger_if_enabled, target))
            widget.addAction(local)

    def keys_text(self, name: str) -> str:
        """The keys of one action for a tooltip: "N, Alt+Right"."""
        spec = next(s for s in self._specs if s.name == name)
        keys = [QKeySequence(k) for k in spec.keys] + list(self.actions[name].shortcuts())
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(action text, single keys, keys that work anywhere) for the help dialog, read from the
        actions themselves."""
        rows = []
        for spec in self._specs:
            if not spec.keys and not spec.shortcuts:
                continue  # a setting in the menu, without a key
            action = self.actions[spec.name]
            anywhere = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            single = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys)
            rows.append((action.text().replace("&", ""), single, anywhere))
        return rows

    # -- state → action texts and checks ------------------------------------------------------------
    def update_from(self, state: LiveState) -> None:
        toggle = self.actions["toggle"]
        if state.paused:
            toggle.setText(self.tr("Fortsett"))
        elif state.running and not state.following_clock:
            toggle.setText(self.tr("Pause"))
        else:
            toggle.setText(self.tr("Start / pause"))
        for name, value in (
            ("auto_follow", state.auto_follow),
            ("blackout", state.blackout),
            ("clear_on_block", state.clear_message_on_block_change),
        ):
            action = self.actions[name]
            if action.isChecked() != value:
                action.blockSignals(True)
                action.setChecked(value)
                action.blockSignals(False)
        self.actions["start"].setEnabled(not (state.running and not state.following_clock))
        has_block = state.current_index is not None
        for name in ("plus1", "minus1", "plus5", "minus5", "custom"):
            self.actions[name].setEnabled(has_block)
        self.actions["undo"].setEnabled(state.can_undo)
        self.actions["redo"].setEnabled(state.can_redo)
        undo_text = getattr(self.bridge.service, "undo_text", lambda: None)()
        redo_text = getattr(self.bridge.service, "redo_text", lambda: None)()
        self.actions["undo"].setToolTip(self.tr("Angre: {what}").format(what=undo_text) if undo_text else "")
        self.actions["redo"].setToolTip(
            self.tr("Gjør om: {what}").format(what=redo_text) if redo_text else ""
        )

    # -- slots --------------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        """Space: pause a running block, resume a paused one, otherwise start the next."""
        st = self.bridge.state
        if st.paused:
            self.bridge.perform("resume")
        elif st.running and not st.following_clock:
            self.bridge.perform("pause")
        else:
            self.bridge.perform("start")

    def _toggle_auto_follow(self) -> None:
        self.bridge.perform("set_auto_follow", not self.bridge.state.auto_follow)
        self.update_from(self.bridge.state)  # a refused toggle springs back

    def _toggle_clear_on_block(self) -> None:
        """The event's setting: a stage message clears when another block starts or the block ends."""
        self.bridge.perform("set_clear_message_on_block_change", not self.bridge.state.clear_message_on_block_change)
        self.update_from(self.bridge.state)

    def _toggle_blackout(self) -> None:
        self.bridge.perform("blackout", not self.bridge.state.blackout)
        self.update_from(self.bridge.state)

    def goto(self, index: int) -> None:
        """Jump to a block, asking first (without blocking the window) when it lies far from the current one."""
        st = self.bridge.state
        if 0 <= index < len(st.timings) and self.is_far(st, index):
            self.tasks.run(self._confirm_then_goto(st, index))
        else:
            self.bridge.perform("goto", index)

    async def _confirm_then_goto(self, state: LiveState, index: int) -> None:
        if await ask(self.far_question(state, index)) == QMessageBox.StandardButton.Yes:
            self.bridge.perform("goto", index)

    @staticmethod
    def is_far(state: LiveState, index: int) -> bool:
        ref = state.current_index if state.current_index is not None else state.next_index
        if ref is None:
            return False
        target = state.timings[index]
        return abs(index - ref) > FAR_AWAY or target.day != state.timings[ref].day

    def far_question(self, state: LiveState, index: int) -> QMessageBox:
        target = state.timings[index]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Gå til bolk"),
            self.tr("Hoppe til «{title}» (planlagt {time})? Den ligger langt fra bolken som går nå.").format(
                title=target.title, time=local_hm(target.planned_start, state.timezone)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("live-goto-confirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def ask_goto(self) -> None:
        st = self.bridge.state
        if not st.timings:
            self.bridge.perform("goto", 0)  # refused with the service's message
            return
        items = [f"{local_hm(t.planned_start, st.timezone)}  {t.title}" for t in st.timings]
        dialog = QInputDialog(self.window)
        dialog.setObjectName("live-goto-dialog")
        dialog.setWindowTitle(self.tr("Gå til bolk"))
        dialog.setLabelText(self.tr("Bolk:"))
        dialog.setComboBoxItems(items)
        current = st.next_index if st.next_index is not None else (st.current_index or 0)
        dialog.setTextValue(items[current])
        self.tasks.run(self._goto_chosen(dialog, items))

    async def _goto_chosen(self, dialog: QInputDialog, items: list[str]) -> None:
        if await ask(dialog) == QDialog.DialogCode.Accepted:
            self.goto(items.index(dialog.textValue()))

    def ask_custom_time(self) -> None:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("live-custom-time-dialog")
        dialog.setWindowTitle(self.tr("Egendefinert tid"))
        dialog.setLabelText(self.tr("Minutter å legge til (negativt trekker fra):"))
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleRange(-720, 720)
        dialog.setDoubleDecimals(1)
        dialog.setDoubleValue(2)
        self.tasks.run(self._add_chosen_time(dialog))

    async def _add_chosen_time(self, dialog: QInputDialog) -> None:
        if await ask(dialog) == QDialog.DialogCode.Accepted:
            self.bridge.perform("add_time", round(dialog.doubleValue() * 60))
