"""Refusals of the live service that callers may want to tell apart from the others."""

from __future__ import annotations

from controlroom.errors import ActionRefused
from controlroom.i18n import tr


class StaleAction(ActionRefused):
    """The caller acted on a block that is no longer the running one: two operators pressed *Neste*
    at once, or a Stream Deck's view of the day was old. Nothing was changed.

    ``expected`` is the block index the caller saw running (``None``: no block running) and ``actual``
    the one running when the action was checked, in the same transaction as the append would have been.
    """

    def __init__(self, expected: int | None, actual: int | None, actual_title: str | None = None) -> None:
        self.expected = expected
        self.actual = actual
        if actual is None:
            message = tr("Ingen bolk går nå (du forventet bolk {expected}). Ingenting ble endret.").format(
                expected=expected
            )
        elif expected is None:
            message = tr("Bolk {actual} «{title}» går nå (du forventet at ingen bolk gikk). Ingenting ble endret.").format(
                actual=actual, title=actual_title or ""
            )
        else:
            message = tr("Bolk {actual} «{title}» går nå, ikke bolk {expected}. Ingenting ble endret.").format(
                actual=actual, title=actual_title or "", expected=expected
            )
        super().__init__(message)
