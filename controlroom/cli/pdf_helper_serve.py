"""The PDF printer's helper as a process, the helper's side (``controlroom workbook - --pdf-helper``;
``controlroom.cli.pdf_helper`` has the protocol and the printer's side).

It loads Qt and makes the sheet and the styles' look for the workbook's usual options while the printer
builds the workbook, then answers the printer's requests until the end of its input. A request it cannot
read ends it with a message on stderr (which the printer logs); the printer then does its work itself.
"""

from __future__ import annotations

import json
import marshal
import sys
from typing import IO

from controlroom.ui import pdf, pdf_flow, pdf_part
from controlroom.workbook.html_doc import FONT, MARGINS_MM, BodyFlow

PREFIX = "controlroom workbook --pdf-helper: "


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    """The helper's loop: lay out, then print, as asked, until the end of input."""
    pdf.ensure_app()
    part: pdf_part.BodyPart | None = pdf_part.BodyPart(BodyFlow([]), pdf_part.SheetOptions("", FONT, MARGINS_MM, 300))
    for line in iter(stdin.readline, b""):
        try:
            message = json.loads(line)
            if not isinstance(message, dict):
                raise ValueError("not an object")
            if "lay_out" in message:
                job = message["lay_out"]
                paragraphs = _paragraphs(stdin, job["paragraphs"])
                title, font, margins, resolution = job["options"]
                options = pdf_part.SheetOptions(str(title), (str(font[0]), float(font[1])), float(margins),
                                                int(resolution))
                after = str(job["after"])
            elif "print" in message:
                job = message["print"]
                plan = pdf_part.PagePlan([(float(a), float(b)) for a, b in job["spans"]], int(job["first_number"]))
        except (ValueError, KeyError, TypeError, IndexError, EOFError) as exc:
            print(PREFIX + f"stdin: expected a request as the printer writes it ({exc})", file=sys.stderr)
            return 2
        if "lay_out" in message:
            if part is None or not part.suits(options):
                part = pdf_part.BodyPart(BodyFlow([]), options)
            lines = part.lay_out(BodyFlow(paragraphs), after)
            _answer(stdout, {"lines": len(lines.tops), "paragraphs": len(lines.paragraph_lines)})
            for column in lines:
                stdout.write(bytes(column))  # type: ignore[arg-type]  # an array's machine bytes
        elif "print" in message and part is not None and part.flow is not None:
            data = part.print_pages(plan)
            part = None  # a sheet prints once
            _answer(stdout, {"pdf": len(data)})
            stdout.write(data)
        else:
            print(PREFIX + f"unexpected message {str(message)[:200]}", file=sys.stderr)
            return 2
        stdout.flush()
    return 0


def _paragraphs(stdin: IO[bytes], size: object) -> list[pdf_flow.Paragraph]:
    """The paragraphs that follow a request, as the printer's ``marshal`` wrote them."""
    if not isinstance(size, int) or size < 0:
        raise ValueError(f"expected the paragraphs' size in bytes, got {str(size)[:40]}")
    data = stdin.read(size)
    if len(data) != size:
        raise ValueError(f"the paragraphs end after {len(data)} of {size} bytes")
    paragraphs = marshal.loads(data)
    if not isinstance(paragraphs, list):
        raise ValueError("the paragraphs are not a list")
    return paragraphs


def _answer(stdout: IO[bytes], header: dict) -> None:
    stdout.write(json.dumps(header).encode("utf-8") + b"\n")
