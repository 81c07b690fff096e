"""Chat messages (Teams, Zoom) in the input log: insert or update by the platform's message id.

Idempotent across restarts and re-syncs (a unique (source, external_id) constraint backs it up when two
windows sync at once); a newer platform edit replaces the text and keeps the old one in the history; a
platform deletion marks the input deleted. Not on the moderator's undo stack.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from controlroom.clock import to_micros
from controlroom.inputs.parse import Parsed, merge_tags, parse
from controlroom.inputs.types import InputRecord, record_of
from controlroom.models.inputs import InputItem


def upsert_once(log, external_id: str, p: Parsed | None, author: str | None, at: datetime, source: str,
                deleted: bool, edited_at: datetime | None) -> InputRecord | None:
    """One attempt in one transaction; returns the record (the caller updates the index) or None."""
    edited_us = to_micros(edited_at) if edited_at else None
    log._index()  # noqa: SLF001 - the input log's helper, shared with this module
    with log.store.transaction() as s:
        row = s.scalars(
            select(InputItem).where(InputItem.source == source, InputItem.external_id == external_id)
        ).first()
        if row is None:
            if deleted or p is None:
                return None
            block = log.current_block() if log.current_block else None
            row = InputItem(
                at_us=to_micros(at), block_uid=block, source=source, source_ref=None,
                author=(author or "").strip()[:200] or None, kind=p.kind or "innspill", text=p.text,
                tags=p.tags, starred=False, deleted=False, external_id=external_id,
                edited_us=edited_us, origin=log.origin, approved=True, plus=0,
            )
            s.add(row)
            s.flush()
            rec = record_of(row)
            log._revise(s, rec.id, "add", None, rec.snapshot())  # noqa: SLF001
        else:
            before = record_of(row)
            if deleted or p is None:
                if row.deleted:
                    return before
                row.deleted = True
                action = "external_delete"
            else:
                newer = edited_us is not None and (row.edited_us is None or edited_us > row.edited_us)
                if p.text == row.text or not (newer or row.edited_us is None):
                    return before
                old_inline = parse(row.text, strict=False).tags
                row.tags = merge_tags(p.tags, [t for t in (row.tags or []) if t not in old_inline])
                row.text = p.text
                row.edited_us = edited_us
                action = "external_edit"
            s.flush()
            rec = record_of(row)
            log._revise(s, rec.id, action, before.snapshot(), rec.snapshot())  # noqa: SLF001
    return rec
