"""The agenda in plain Python: what importers produce and what the store hands out."""

from controlroom.agenda.types import (
    DEFAULT_CATEGORIES,
    AgendaDraft,
    BlockData,
    Location,
    agenda_order,
)

__all__ = ["AgendaDraft", "BlockData", "DEFAULT_CATEGORIES", "Location", "agenda_order"]
