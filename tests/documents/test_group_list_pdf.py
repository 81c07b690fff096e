"""The venue's group lists as printed: on every text line, the name, organisation and role columns keep
a visible gap, even for names and organisations longer than their column (read back with
``pdftotext -bbox``)."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from collections import defaultdict

from controlroom.cli import main
from controlroom.models import EventStore
from controlroom.models.people_repo import PeopleRepository
from tests.documents.conftest import GROUP_BLOCK, LONG_NAMED

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
#: Points between the text of two columns, at least (the cells' padding is 2 × 6 px at 96 dpi ≈ 9 pt).
MIN_GAP = 6.0


def test_columns_never_touch_even_with_long_names(printed_event, tmp_path, poppler):
    out = tmp_path / "grupper.pdf"
    assert main(["groups", "export", "--event", str(printed_event), "--block", str(GROUP_BLOCK), "--format", "pdf",
                 "-o", str(out)]) == 0
    store = EventStore.open(printed_event, backup=False)
    try:
        people = PeopleRepository(store).participants()
    finally:
        store.close()
    columns = ([p.name for p in people], [p.organisation or p.municipality for p in people],
               ["gruppeleder", "referent"])

    tokens = [{t for text in texts for t in re.split(r"[\s\-]+", text)} for texts in columns]

    def column_of(word: str) -> int | None:
        """The one column whose text has ``word`` as a word (or, for a long word wrapped at a soft
        hyphen, as part of a word); None when ambiguous."""
        piece = word.rstrip("-")
        parts = [part for part in piece.split("-") if part]
        found = {k for k, words in enumerate(tokens) if parts and all(part in words for part in parts)}
        if not found and len(piece) > 3:
            found = {k for k, words in enumerate(tokens) if any(piece in w for w in words)}
        return found.pop() if len(found) == 1 else None

    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True).stdout
    lines: dict[tuple[int, float], list[tuple[int, float, float, str]]] = defaultdict(list)
    in_column: dict[int, list[str]] = defaultdict(list)
    for page, part in enumerate(bbox.split("<page ")[1:]):
        for x0, y0, x1, text in WORD.findall(part):
            word = unicodedata.normalize("NFKC", html.unescape(text))  # ligatures (ﬁ) as letters
            if (col := column_of(word)) is not None:
                lines[page, round(float(y0), 1)].append((col, float(x0), float(x1), word))
                in_column[col].append(word)
    side_by_side = 0
    for (page, y), words in lines.items():
        present = sorted({col for col, *_ in words})
        for left, right in zip(present, present[1:], strict=False):
            left_end = max(x1 for col, _, x1, _ in words if col == left)
            right_start = min(x0 for col, x0, _, _ in words if col == right)
            assert left_end + MIN_GAP <= right_start, (
                f"page {page + 1}, y {y}: column {left} ends at {left_end:.1f}, column {right} starts at "
                f"{right_start:.1f}: {[w for *_, w in words]}")
            side_by_side += 1
    assert side_by_side >= 15  # the check saw many rows with two or three columns on one line
    for person in LONG_NAMED:  # printed whole, wrapped inside their own cells
        assert _letters(person.name) in _letters("".join(in_column[0]))
        assert _letters(person.organisation) in _letters("".join(in_column[1]))


def _letters(text: str) -> str:
    """Text without spaces and hyphens (a long word wraps at a soft hyphen)."""
    return re.sub(r"[\s\-\u00ad]", "", unicodedata.normalize("NFKC", text))
