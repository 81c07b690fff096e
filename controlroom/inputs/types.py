"""Plain records for the input log: what repositories hand out and Qt models adapt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from controlroom.clock import from_micros
from controlroom.inputs.parse import fold

#: Fields a revision snapshots (and undo restores).
SNAPSHOT_FIELDS = ("text", "kind", "source", "source_ref", "author", "tags", "starred", "deleted", "block_uid",
                   "approved")


@dataclass(frozen=True)
class InputRecord:
    id: int
    at: datetime
    block_uid: str | None
    source: str
    source_ref: str | None
    author: str | None
    kind: str
    text: str
    tags: tuple[str, ...]
    starred: bool = False
    deleted: bool = False
    external_id: str | None = None
    edited_at: datetime | None = None
    #: False while a phone input waits for the host's approval.
    approved: bool = True
    #: Participants who gave it a "+1" on their phones.
    plus: int = 0
    #: The folded text, author and tags, for case- and diacritic-insensitive search.
    haystack: str = field(default="", compare=False, repr=False)

    def snapshot(self) -> dict:
        return {k: (list(getattr(self, k)) if k == "tags" else getattr(self, k)) for k in SNAPSHOT_FIELDS}


@dataclass(frozen=True)
class Revision:
    id: int
    input_id: int
    at: datetime
    action: str
    before: dict | None
    after: dict | None
    origin: str = ""


#: Filter value meaning "inputs that belong to no block".
NO_BLOCK = "__none__"


@dataclass
class InputFilter:
    """Every field is optional; set fields must all match. ``text`` words must all occur (folded)."""

    text: str = ""
    block_uid: str | None = None
    source: str | None = None
    source_ref: str | None = None
    kind: str | None = None
    tag: str | None = None
    starred: bool | None = None
    include_deleted: bool = False
    #: None: approved and waiting phone inputs alike; True: only those waiting; False: only approved.
    pending: bool | None = None

    def __post_init__(self) -> None:
        self._words = fold(self.text).split()
        self._tag = self.tag.lstrip("#").lower() if self.tag else None

    def is_empty(self) -> bool:
        return not (
            self._words or self.block_uid or self.source or self.source_ref or self.kind or self._tag
        ) and self.starred is None and self.pending is None

    def matches(self, r: InputRecord) -> bool:
        if r.deleted and not self.include_deleted:
            return False
        if self.block_uid is not None and (r.block_uid or NO_BLOCK) != self.block_uid:
            return False
        if self.source is not None and r.source != self.source:
            return False
        if self.source_ref is not None and r.source_ref != self.source_ref:
            return False
        if self.kind is not None and r.kind != self.kind:
            return False
        if self._tag is not None and self._tag not in r.tags:
            return False
        if self.starred is not None and r.starred != self.starred:
            return False
        if self.pending is not None and r.approved == self.pending:
            return False
        hay = r.haystack
        return all(w in hay for w in self._words)


@dataclass(frozen=True)
class Counts:
    """How many inputs (not deleted) per block uid (None: no block) and per source."""

    total: int
    by_block: dict[str | None, int]
    by_source: dict[str, int]
    #: For each block, per source: is the Teams side heard in this block?
    by_block_source: dict[str | None, dict[str, int]]

    def sources_for(self, block_uid: str | None) -> dict[str, int]:
        return dict(self.by_block_source.get(block_uid, {}))


def record_of(row) -> InputRecord:
    """From an ORM row or a Core row (same attribute names)."""
    tags = tuple(row.tags or ())
    return InputRecord(
        id=row.id,
        at=from_micros(row.at_us),
        block_uid=row.block_uid,
        source=row.source,
        source_ref=row.source_ref,
        author=row.author,
        kind=row.kind,
        text=row.text,
        tags=tags,
        starred=bool(row.starred),
        deleted=bool(row.deleted),
        external_id=row.external_id,
        edited_at=from_micros(row.edited_us) if row.edited_us is not None else None,
        approved=row.approved is None or bool(row.approved),
        plus=int(row.plus or 0),
        haystack=fold(" ".join((row.text, row.author or "", *("#" + t for t in tags)))),
    )
