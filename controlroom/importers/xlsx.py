"""Reading the first sheet of an XLSX file from a stranger, for the agenda and the registration list.

An XLSX file is a zip of XML parts, and both layers can be made to explode: a 195 KB file can hold a
200-million-character cell, an XML part can declare entities that expand a billion-fold, and a sheet's
``<dimension>`` or a row's ``r`` can claim a million rows that openpyxl would then pad with empty ones.
So before openpyxl sees the bytes:

* the zip's declared unpacked sizes are added up and refused above ``MAX_UNPACKED_BYTES`` (Python's
  zipfile never inflates an entry past its declared size, so the declaration is a real bound);
* every XML part is scanned for ``<!DOCTYPE``/``<!ENTITY`` (no spreadsheet program writes one) and for
  UTF-16/UTF-32 parts, and refused if it has one; the XML elements of all parts are counted and refused
  above ``MAX_XML_TAGS`` (openpyxl holds a whole row, or the whole style table, in memory at once);

and while reading, the sheet is read row by row in read-only mode up to ``max_rows`` and ``max_cols``,
ignoring the dimension it declares. Any other failure of openpyxl on such a file is bad input too.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Generator

from controlroom.i18n import tr

#: A real agenda or registration list unpacks to a few megabytes; this is five times the import limit.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_PARTS = 1000
#: ``<`` in all XML parts together: a 10,000-person list of 20 columns has about 1.4 million.
MAX_XML_TAGS = 2_000_000
_CHUNK = 1024 * 1024
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


class XlsxError(Exception):
    """Why the file cannot be read as a spreadsheet (a short phrase; the caller names the file)."""


def _check_zip(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - zipfile on a stranger's bytes: BadZipFile, NotImplementedError (an
        # unknown zip version), ValueError, EOFError, … all mean the same to the user
        raise XlsxError(tr("ikke en gyldig zip-fil ({error})").format(error=exc or type(exc).__name__)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise XlsxError(tr("zip-filen har {n} deler; et regneark har noen titalls").format(n=len(infos)))
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED_BYTES:
            raise XlsxError(tr("pakket ut blir filen {size} MB, og høyst {limit} MB er tillatt; er dette en zip-bombe?").format(
                size=f"{unpacked / 1024 / 1024:,.0f}".replace(",", " "), limit=MAX_UNPACKED_BYTES // 1024 // 1024))
        tags = 0
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                tags += _check_xml(archive, info)
                if tags > MAX_XML_TAGS:
                    raise XlsxError(tr("regnearket har over {limit} XML-elementer; er dette en bombe?").format(
                        limit=f"{MAX_XML_TAGS:,}".replace(",", " ")))


def _check_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The number of ``<`` in the part, after refusing a DTD or a part that is not UTF-8."""
    tail = b""
    tags = 0
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                if not tags and not tail and chunk.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00", b"<\x00")):
                    raise XlsxError(tr("delen {part} er ikke UTF-8").format(part=info.filename))
                window = tail + chunk
                if any(word in window for word in _FORBIDDEN):
                    raise XlsxError(tr("delen {part} har en DTD (<!DOCTYPE eller <!ENTITY), som regneark aldri har").format(
                        part=info.filename))
                tags += chunk.count(b"<")
                if tags > MAX_XML_TAGS:
                    return tags
                tail = window[-16:]
        return tags
    except XlsxError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged, encrypted or truncated entry of a stranger's zip
        raise XlsxError(tr("delen {part} kan ikke pakkes ut ({error})").format(
            part=info.filename, error=exc or type(exc).__name__)) from None


def sheet_rows(data: bytes, *, max_rows: int, max_cols: int) -> Generator[tuple[int, tuple[object, ...]], None, None]:
    """``(row number, cell values)`` of the first sheet's rows 1…``max_rows`` (columns 1…``max_cols``),
    rows without any value left out. Raises ``XlsxError`` for anything that is not a sane spreadsheet,
    also while iterating (close the generator to stop early)."""
    _check_zip(data)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure of a third-party parser on a user's file
        raise XlsxError(str(exc) or type(exc).__name__) from None
    try:
        if not wb.worksheets:
            raise XlsxError(tr("arbeidsboken har ingen ark"))
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # a declared A1:XFD1048576 must not make openpyxl pad a million rows
        rows = ws.iter_rows(min_row=1, max_row=max_rows, min_col=1, max_col=max_cols, values_only=True)
        number = 0
        while True:
            try:
                row = next(rows, None)
            except Exception as exc:  # noqa: BLE001 - a damaged sheet fails while it is read
                raise XlsxError(str(exc) or type(exc).__name__) from None
            if row is None:
                return
            number += 1
            if any(v is not None for v in row):
                yield number, tuple(row)
    finally:
        wb.close()

