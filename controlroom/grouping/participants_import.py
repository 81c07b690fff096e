"""Reading registration lists as real registration systems export them.

CSV with ``;``, ``,`` or tab, UTF-8 with or without BOM or Windows-1252, and XLSX. Norwegian or
English headers. Decisions (documented in docs/sections/people.md):

* a missing e-mail, a missing municipality and an unknown or empty attendance value are errors
  (the municipality drives the mixing rule; the attendance decides the pool). Every error names
  the file, the line and what was expected; all errors of a file are reported at once and nothing
  is saved (``BadInputError``);
* "Digitalt" without a platform is an error unless the caller names the default online platform;
* the same e-mail twice (case-insensitive) keeps the first row and reports the duplicate;
* unknown extra columns are ignored and reported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from controlroom.errors import BadInputError, InputProblem
from controlroom.exporters.safe_csv import unescape_cell
from controlroom.grouping.types import Attendance, Participant
from controlroom.i18n import tr
from controlroom.importers.common import CONTROL_CHARS, MAX_BYTES, SURROGATES, Problems, preview
from controlroom.importers.xlsx import XlsxError, sheet_rows

HEADERS: dict[str, tuple[str, ...]] = {
    "first": ("fornavn", "first name", "firstname", "given name", "förnamn"),
    "last": ("etternavn", "last name", "lastname", "surname", "family name", "efternamn"),
    "name": ("navn", "name", "full name", "fullt navn", "deltaker", "namn"),
    "email": ("e-post", "epost", "email", "e-mail", "mail", "e-postadresse", "email address", "e-mail address"),
    "organisation": ("organisasjon", "organization", "organisation", "virksomhet", "arbeidsgiver", "company"),
    "municipality": ("kommune", "municipality", "kommune/fylkeskommune", "kommun"),
    "attendance": ("deltakelse", "deltar", "attendance", "deltakelsesform", "oppmøte", "participation", "deltar som"),
}
ATTENDANCE_HELP = '"Fysisk", "Fysisk i Stavanger", "Digitalt (Teams)", "Teams", "Digitalt (Zoom)" eller "Zoom"'
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: A day's registration list: Teams breakout meetings hold 300 people and Zoom pre-assigns 1,000.
MAX_PARTICIPANTS = 10_000
#: How much of a sheet is read (registration systems export many columns; a sheet's own claim of its
#: size is ignored).
MAX_COLUMNS = 64
MAX_SHEET_ROWS = 100_000
#: The longest value of each field (the database columns, so PostgreSQL takes what SQLite does).
MAX_CHARS = {"name": 300, "email": 320, "organisation": 300, "municipality": 200}


@dataclass
class ImportResult:
    participants: list[Participant]
    ignored_columns: list[str] = field(default_factory=list)
    #: Notes for the user that are not errors (duplicates merged, ignored columns).
    notes: list[str] = field(default_factory=list)


def _norm_header(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "").replace("\ufeff", "").strip().lower().replace("_", " "))


def parse_attendance(value: str, default_online: Attendance | None = None) -> Attendance | None:
    """Map a registration system's wording to a pool; None when it cannot be understood."""
    v = value.strip().lower()
    if not v:
        return None
    if "zoom" in v:
        return "zoom"
    if "teams" in v:
        return "teams"
    if any(w in v for w in ("fysisk", "på stedet", "pa stedet", "onsite", "on site", "on-site", "in person",
                            "oppmøte", "tilstede", "til stede", "i salen")):
        return "onsite"
    if v in ("digitalt", "digital", "online", "på nett", "nett", "remote", "strømming") and default_online:
        return default_online
    return None


def _decode(raw: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252; bad bytes after a BOM fall back the same way."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInputError(InputProblem(str(path), None, tr(
                "filen er for stor ({size} MB); en påmeldingsliste er på under {limit} MB").format(
                    size=f"{size / 1024 / 1024:.1f}".replace(".", ","), limit=MAX_BYTES // 1024 // 1024)))
        return path.read_bytes()
    except OSError as exc:  # a folder, no permission
        raise BadInputError(InputProblem(str(path), None, tr(
            "kan ikke leses ({why}); ventet en påmeldingsliste (.csv eller .xlsx)").format(why=exc.strerror or exc))) from None


def _too_many(path: Path, line: int) -> BadInputError:
    return BadInputError(InputProblem(str(path), line, tr(
        "mer enn {n} deltakere; er dette riktig fil?").format(n=f"{MAX_PARTICIPANTS:,}".replace(",", " "))))


def _csv_rows(path: Path, raw: bytes) -> list[tuple[int, list[str]]]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw:
        line = raw[: max(raw.find(b"\x00"), 0)].count(b"\n") + 1
        raise BadInputError(InputProblem(str(path), line, tr(
            "filen er binær eller UTF-16; ventet CSV-tekst i UTF-8 eller Windows-1252 (eller .xlsx)")))
    text = _decode(raw)
    first = next((ln for ln in text.split("\n", 50) if ln.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, [unescape_cell(c) for c in row]))
            if len(rows) > MAX_PARTICIPANTS + 1:
                raise _too_many(path, reader.line_num)
    except csv.Error as exc:  # a field over the csv module's limit, a stray quote
        raise BadInputError(InputProblem(str(path), reader.line_num, tr(
            "kan ikke leses som CSV ({why}); ventet én deltaker per linje").format(why=exc))) from None
    return rows


def _xlsx_rows(path: Path, raw: bytes) -> list[tuple[int, list[str]]]:
    """The first sheet, read with the guards of ``importers.xlsx`` (zip bombs, entities, false sizes)."""
    rows: list[tuple[int, list[str]]] = []
    reader = sheet_rows(raw, max_rows=MAX_SHEET_ROWS, max_cols=MAX_COLUMNS)
    try:
        for number, values in reader:
            rows.append((number, ["" if v is None else str(v).strip() for v in values]))
            if len(rows) > MAX_PARTICIPANTS + 1:
                raise _too_many(path, number)
    except XlsxError as exc:
        raise BadInputError(InputProblem(str(path), None, tr("kan ikke leses som XLSX ({e})").format(
            e=preview(exc, 300)))) from None
    finally:
        reader.close()
    return rows


def read_participants(path: str | Path, *, default_online: Attendance | None = None) -> ImportResult:
    """Read a registration list. Raises ``BadInputError`` with every problem; returns nothing half-read."""
    path = Path(path)
    fname = str(path)
    if not path.exists():
        raise BadInputError(InputProblem(fname, None, tr("filen finnes ikke")))
    raw = _read(path)
    rows = _xlsx_rows(path, raw) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv_rows(path, raw)
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        raise BadInputError(InputProblem(fname, None, tr("filen er tom; ventet en overskriftsrad og én rad per deltaker")))
    header_line, header = rows[0]
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for i, h in enumerate(header):
        key = _norm_header(h)
        field_name = next((f for f, names in HEADERS.items() if key in names), None)
        if field_name and field_name not in columns:
            columns[field_name] = i
        elif key:
            ignored.append(preview(h, 40))
    missing = []
    if "email" not in columns:
        missing.append("E-post")
    if "name" not in columns and not ("first" in columns or "last" in columns):
        missing.append("Navn (eller Fornavn/Etternavn)")
    if "municipality" not in columns:
        missing.append("Kommune")
    if "attendance" not in columns:
        missing.append("Deltakelse")
    if missing:
        raise BadInputError(InputProblem(fname, header_line, tr(
            "overskriftsraden mangler kolonne(r): {cols}; fant: {found}").format(
                cols=", ".join(missing), found=", ".join(preview(h, 40) for h in header[:MAX_COLUMNS] if str(h).strip()))))

    def cell(row: list[str], name: str) -> str:
        i = columns.get(name)
        value = row[i].strip() if i is not None and i < len(row) else ""
        return CONTROL_CHARS.sub("", value) if CONTROL_CHARS.search(value) else value

    problems: list[InputProblem] = []
    notes: list[str] = []
    seen: dict[str, int] = {}
    people: list[Participant] = []
    for line, row in rows[1:]:
        name = cell(row, "name") or " ".join(p for p in (cell(row, "first"), cell(row, "last")) if p)
        email = cell(row, "email")
        muni = cell(row, "municipality")
        att_raw = cell(row, "attendance")
        organisation = cell(row, "organisation")
        who = preview(name, 40) or tr("(uten navn)")
        for label, value, limit in ((tr("navnet"), name, MAX_CHARS["name"]), (tr("e-posten"), email, MAX_CHARS["email"]),
                                    (tr("organisasjonen"), organisation, MAX_CHARS["organisation"]),
                                    (tr("kommunen"), muni, MAX_CHARS["municipality"])):
            if SURROGATES.search(value):
                problems.append(InputProblem(fname, line, tr(
                    "{who}: {field} har et ugyldig tegn (en ensom UTF-16-surrogat); ventet vanlig tekst").format(
                        who=who, field=label)))
            elif len(value) > limit:
                problems.append(InputProblem(fname, line, tr("{who}: {field} har {n} tegn; høyst {limit} er tillatt").format(
                    who=who, field=label, n=len(value), limit=limit)))
        if not email:
            problems.append(InputProblem(fname, line, tr("{who}: mangler e-post; ventet en e-postadresse").format(who=who)))
        elif not EMAIL_RE.match(email):
            problems.append(InputProblem(fname, line, tr("{who}: «{email}» er ikke en e-postadresse").format(
                who=who, email=preview(email))))
        if not muni:
            problems.append(InputProblem(fname, line, tr(
                "{who}: mangler kommune; ventet kommunenavnet (brukes for blandingsregelen)").format(who=who)))
        attendance = parse_attendance(att_raw, default_online)
        if attendance is None:
            problems.append(InputProblem(fname, line, tr(
                "{who}: ukjent deltakelse «{value}»; ventet {expected}").format(
                    who=who, value=preview(att_raw), expected=ATTENDANCE_HELP)))
        if not name:
            problems.append(InputProblem(fname, line, tr("mangler navn; ventet Navn eller Fornavn/Etternavn")))
        key = email.lower()
        if key and key in seen:
            notes.append(tr("{file}:{line}: {email} står allerede på linje {first}; den første registreringen beholdes")
                         .format(file=fname, line=line, email=preview(email), first=seen[key]))
            continue
        if email:
            seen[key] = line
        if attendance is not None and email and muni and name:
            people.append(Participant(name=name, email=email, organisation=organisation,
                                      municipality=muni, attendance=attendance, source_line=line))
    Problems(fname, problems).raise_if_any()
    if ignored:
        notes.insert(0, tr("{file}: ukjente kolonner ignorert: {cols}").format(file=fname, cols=", ".join(ignored)))
    return ImportResult(people, ignored, notes)
