"""Where the printed documents break pages (``controlroom.ui.pdf_pages``), on lines of known heights: a
heading never ends a page, a run of headings stays together, a paragraph is split only with two lines
on each side, ``page-break-before`` starts a page, and an oversized run is cut rather than looping."""

from __future__ import annotations

from controlroom.ui.pdf_pages import Line, page_of_line, page_spans, page_starts


def column(*blocks: tuple[int, int, bool]) -> list[Line]:
    """Lines 10 units high, one block after another: (number of lines, heading level, page break before)."""
    lines, y = [], 0.0
    for count, level, brk in blocks:
        for i in range(count):
            lines.append(Line(y, y + 10, i, count, level, brk and i == 0))
            y += 10
    return lines


def test_a_heading_that_would_end_a_page_moves_to_the_next():
    lines = column((1, 0, False), (1, 0, False), (1, 1, False), (1, 0, False), (1, 0, False))
    assert page_starts(lines, 30) == [0, 2]  # the heading (line 2) fits, its paragraph does not: both move


def test_a_run_of_headings_keeps_together_with_the_first_line_after_it():
    lines = column((1, 0, False), (1, 1, False), (1, 2, False), (1, 3, False), (1, 0, False))
    assert page_starts(lines, 40) == [0, 1]


def test_a_paragraph_splits_only_with_two_lines_on_each_page():
    lines = column((1, 0, False), (4, 0, False))  # 5 lines; a page holds 4
    assert page_starts(lines, 40) == [0, 3]  # not before line 4, which would carry one line over alone
    assert page_starts(column((1, 0, False), (5, 0, False)), 40) == [0, 4]
    three = column((1, 0, False), (1, 0, False), (3, 0, False))
    assert page_starts(three, 40) == [0, 2]  # a three-line paragraph is never split


def test_a_heading_is_never_split_and_page_break_before_starts_a_page():
    lines = column((1, 0, False), (1, 0, False), (2, 1, False), (1, 0, False), (1, 0, True), (1, 0, False))
    starts = page_starts(lines, 40)
    assert starts == [0, 2, 5]
    assert [page_of_line(starts, i) for i in range(len(lines))] == [0, 0, 1, 1, 1, 2, 2]
    assert page_spans(lines, starts) == [(0, 20), (20, 50), (50, 70)]


def test_a_run_taller_than_a_page_is_cut_where_the_page_is_full():
    lines = column((1, 1, False), (1, 2, False), (1, 3, False), (1, 0, False))
    assert page_starts(lines, 20) == [0, 2]
