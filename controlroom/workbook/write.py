"""Writing a workbook file safely: render to bytes, write a temporary file in the target folder, fsync,
rename. An unwritable folder, a full disk or a file-size limit gives a clear message and leaves nothing
under the final name (and no temporary file either)."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path

from controlroom import atomic_write
from controlroom.i18n import tr
from controlroom.workbook.model import Progress, WorkbookDoc, WorkbookWriteError

Renderer = Callable[[WorkbookDoc, Progress | None, threading.Event | None], bytes]
FORMATS = (".docx", ".pdf", ".md")


def write_workbook(
    doc: WorkbookDoc,
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    pdf_renderer: Renderer | None = None,
) -> Path:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise WorkbookWriteError(
            tr("{path}: ukjent format «{suffix}». Bruk .docx, .pdf eller .md.").format(path=out, suffix=out.suffix)
        )
    if suffix == ".pdf" and pdf_renderer is None:
        raise WorkbookWriteError(tr("PDF krever Qt-skriveren, som ikke er tilgjengelig her."))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise WorkbookWriteError(tr("{path}: mappen {folder} finnes ikke; ventet en fil i en mappe som finnes.").format(
            path=out, folder=folder))
    if out.is_dir():
        raise WorkbookWriteError(tr("{path} er en mappe.").format(path=out))
    data = _renderer(suffix, pdf_renderer)(doc, progress, cancel)
    write_atomically(out, data)
    return out


def _renderer(suffix: str, pdf_renderer: Renderer | None) -> Renderer:
    """The renderer for ``suffix``, imported when asked for (a PDF export never loads python-docx)."""
    if suffix == ".docx":
        from controlroom.workbook.docx_writer import render_docx

        return render_docx
    if suffix == ".md":
        from controlroom.workbook.markdown import render_markdown

        return render_markdown
    assert pdf_renderer is not None
    return pdf_renderer


def write_atomically(out: Path, data: bytes) -> None:
    """One piece, an ordinary file's permissions (``controlroom.atomic_write``)."""
    try:
        atomic_write.write_bytes(out, data)
    except OSError as exc:
        raise WorkbookWriteError(_message(exc, out)) from exc


def _message(exc: OSError, out: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("Kan ikke skrive {path}: ingen skrivetilgang til mappen. Velg en annen mappe.").format(path=out)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return tr("Kan ikke skrive {path}: disken er full (eller filen for stor). Ingenting er lagret under dette navnet; "
                  "frigjør plass eller velg en annen disk.").format(path=out)
    return tr("Kan ikke skrive {path}: {error}.").format(path=out, error=exc.strerror or exc)
