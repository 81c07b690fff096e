"""SQLAlchemy 2 typed models and the event store. Qt-free.

Each area owns one module and one Alembic migration:
``agenda`` (0001), ``live`` (0002), ``people`` (0003), ``inputs`` (0004), ``cues`` (0005),
``integrations`` (0006). Importing this package registers them all on ``Base.metadata``.
"""

from controlroom.models import agenda, cues, inputs, integrations, live, people  # noqa: F401
from controlroom.models.base import Base
from controlroom.models.store import EventStore

__all__ = ["Base", "EventStore"]
