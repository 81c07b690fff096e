"""Page images for the user guide (not collected by pytest): the first page of the workbook's body and
the first room of the venue's group lists, printed from the event the document tests check.

    .venv/bin/python tests/documents/make_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from controlroom.cli import main as cli  # noqa: E402
from tests.documents.conftest import GROUP_BLOCK, pdf_pages, write_printed_event  # noqa: E402

SHOTS = REPO / "docs" / "screenshots"


def page_image(pdf: Path, page: int, name: str) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(SHOTS / name)], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        event = write_printed_event(Path(d) / "samling.krom")
        workbook, groups = Path(d) / "arbeidsbok.pdf", Path(d) / "grupper.pdf"
        assert cli(["workbook", str(event), "--out", str(workbook)]) == 0
        assert cli(["groups", "export", "--event", str(event), "--block", str(GROUP_BLOCK), "--format", "pdf",
                    "-o", str(groups)]) == 0
        first_body = next(k for k, text in enumerate(pdf_pages(workbook)) if "·" in text)  # "Salen · 09:01"
        page_image(workbook, first_body + 1, "workbook-page")
        page_image(groups, 1, "group-list-page")


if __name__ == "__main__":
    main()
