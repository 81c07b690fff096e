"""The one way the core tells others that something changed.

An :class:`Observable` holds its subscribers; ``emit`` calls each with the value, in the order they
subscribed. A subscriber that raises is logged and skipped: a broken panel must never stop the
others, nor the action that caused the change (it is committed already).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)


class Observable(Generic[T]):
    """Subscribers of one kind of change event."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._subscribers: list[Callable[[T], None]] = []

    def subscribe(self, callback: Callable[[T], None]) -> Callable[[], None]:
        """Call ``callback(value)`` on every ``emit``; returns the function that unsubscribes."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def emit(self, value: T) -> None:
        for callback in list(self._subscribers):
            try:
                callback(value)
            except Exception:
                log.exception("subscriber of %s failed", self.name or "a change")

    def __bool__(self) -> bool:
        """True while anyone listens (lets a producer skip building a value nobody reads)."""
        return bool(self._subscribers)

    def __len__(self) -> int:
        return len(self._subscribers)
