"""Small shared pieces of the platform panels: state colours and texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from controlroom.integrations.base import AdapterStatus, ConnectionState

COLOURS = {
    ConnectionState.CONNECTED: "#1E7B34",
    ConnectionState.DEGRADED: "#9A6700",
    ConnectionState.DOWN: "#B42318",
    ConnectionState.CONNECTING: "#1F5FAD",
    ConnectionState.DISABLED: "#5F6B7A",
}


def state_text(state: ConnectionState) -> str:
    return {
        ConnectionState.CONNECTED: QCoreApplication.translate("platforms", "Tilkoblet"),
        ConnectionState.DEGRADED: QCoreApplication.translate("platforms", "Ustabil"),
        ConnectionState.DOWN: QCoreApplication.translate("platforms", "Ikke tilkoblet"),
        ConnectionState.CONNECTING: QCoreApplication.translate("platforms", "Kobler til …"),
        ConnectionState.DISABLED: QCoreApplication.translate("platforms", "Slått av"),
    }[state]


def show_status(label: QLabel, status: AdapterStatus, extra: str = "") -> None:
    colour = COLOURS[status.state]
    text = f"<b style='color:{colour}'>● {state_text(status.state)}</b>"
    if status.reason:
        text += f"<br>{_escape(status.reason)}"
    if extra:
        text += f"<br>{extra}"
    label.setText(text)


#: Message colours: done, partly done (needs a look, not an error), failed.
OK_COLOUR, PARTIAL_COLOUR, ERROR_COLOUR = "#1E7B34", "#9A6700", "#B42318"


def show_message(label: QLabel, message: str, ok: bool, *, partial: bool = False) -> None:
    """``ok`` green, ``partial`` amber (some of it worked: "7 av 8 rom bekreftet"), else red."""
    colour = OK_COLOUR if ok else PARTIAL_COLOUR if partial else ERROR_COLOUR
    label.setText(f"<span style='color:{colour}'>{_escape(message)}</span>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def compact_combo(min_chars: int = 18) -> QComboBox:
    """A combo box that does not grow to its longest item (a block title can be 80 characters): the
    panels must fit a laptop's side dock. The open list still shows the whole titles."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(min_chars)
    return box
