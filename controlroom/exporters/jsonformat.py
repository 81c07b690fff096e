"""The agenda as Kontrollrom JSON (schema in ``importers.jsonformat``); every ``BlockData`` field
except the database id, plus the event's title, time zone, place and categories with colours."""

from __future__ import annotations

from controlroom.agenda.types import BlockData
from controlroom.importers.jsonformat import FORMAT_ID, VERSION


def block_to_dict(b: BlockData) -> dict[str, object]:
    return {
        "uid": b.uid,
        "day": b.day.isoformat(),
        "start": f"{b.start.hour:02d}:{b.start.minute:02d}",
        "minutes": b.minutes,
        "title": b.title,
        "description": b.description,
        "category": b.category,
        "assigned": list(b.assigned),
        "notes": b.notes,
        "streamed": b.streamed,
        "location": b.location,
        "fixed_start": b.fixed_start,
        "warn_seconds": b.warn_seconds,
        "danger_seconds": b.danger_seconds,
    }


def agenda_document(
    title: str, timezone: str, place: str, categories: dict[str, str], blocks: list[BlockData]
) -> dict[str, object]:
    return {
        "format": FORMAT_ID,
        "version": VERSION,
        "title": title,
        "timezone": timezone,
        "place": place,
        "categories": [{"name": name, "color": color} for name, color in categories.items()],
        "blocks": [block_to_dict(b) for b in blocks],
    }
