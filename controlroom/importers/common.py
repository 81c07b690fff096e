"""Shared pieces of the agenda importers: reading bytes safely, decoding, and parsing the
times, lengths, dates, markup and streaming words the formats have in common.

Every parse function raises ``BadInputError`` with an ``InputProblem`` that names the file,
the line and what was expected; importers collect problems through :class:`Problems` so a file
with several mistakes reports them all at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from controlroom.agenda.types import DEFAULT_CATEGORIES, MAX_BLOCK_MINUTES, AgendaDraft, BlockData
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr

#: Agendas are small (seed 001 is 8 KB); anything above this is refused before it is read.
MAX_BYTES = 10 * 1024 * 1024
#: The last block of a day in a programme without lengths: meals get an hour, anything else half.
LAST_BLOCK_MINUTES = 30
LAST_MEAL_MINUTES = 60
#: A gap longer than this inside a day is reported (except next to a meal).
SUSPICIOUS_GAP_MINUTES = 120
#: A real agenda has tens of blocks; a file with more than this is not an agenda (stop reading early).
MAX_BLOCKS = 5000
#: A file with more errors than this reports the first ones and how many more, not megabytes of them.
MAX_REPORTED = 50

#: Colours for categories that are neither SessionLab's four nor given a colour by the file.
PALETTE = ("#B37FD1", "#E57373", "#4DB6AC", "#F06292", "#A1887F", "#7986CB", "#FFB74D", "#90A4AE")

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "januar januari january jan",
        "februar februari february feb",
        "mars marts march mar",
        "april apr",
        "mai maj may",
        "juni june jun",
        "juli july jul",
        "august augusti aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov",
        "desember december des dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "mandag måndag monday",
        "tirsdag tisdag tuesday",
        "onsdag wednesday",
        "torsdag thursday",
        "fredag friday",
        "lørdag lördag saturday",
        "søndag söndag sunday",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _num
WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

#: Words in a title that make a block a break (category "Pause"). Only breaks are inferred:
#: the other categories say something about the content that a title does not reliably tell.
MEAL_WORDS = ("lunsj", "lunch", "middag", "dinner", "frokost", "breakfast", "kaffe", "coffee", "fika")
BREAK_WORDS = (*MEAL_WORDS, "pause", "break")


# -- problems ----------------------------------------------------------------------------------
class DateNeededError(BadInputError):
    """The agenda does not say its date (or its year). A GUI catches this, asks for a date and calls
    ``read_agenda(path, day=…)`` again; the command line says ``--date``."""


@dataclass
class Problems:
    """Collects errors while a file is read; ``raise_if_any`` raises them together."""

    file: str
    errors: list[InputProblem] = field(default_factory=list)
    date_needed: bool = False

    def add(self, line: int | None, message: str, *, date_needed: bool = False) -> None:
        self.errors.append(InputProblem(self.file, line, message))
        self.date_needed |= date_needed

    def catch(self, exc: BadInputError) -> None:
        self.errors.extend(exc.problems)
        self.date_needed |= isinstance(exc, DateNeededError)

    def raise_if_any(self) -> None:
        if self.errors:
            errors = self.errors
            if len(errors) > MAX_REPORTED:
                more = InputProblem(self.file, None, tr("… og {n} feil til.").format(n=len(errors) - MAX_REPORTED))
                errors = [*errors[:MAX_REPORTED], more]
            raise (DateNeededError if self.date_needed else BadInputError)(errors)


def bad(file: str, line: int | None, message: str) -> BadInputError:
    return BadInputError([InputProblem(file, line, message)])


def date_needed(file: str, line: int | None, message: str) -> DateNeededError:
    return DateNeededError([InputProblem(file, line, message)])


def check_block_count(count: int, file: str, line: int | None) -> None:
    if count > MAX_BLOCKS:
        raise bad(file, line, tr(
            "Mer enn {max} bolker; en agenda har sjelden mer enn noen hundre. Er dette riktig fil?"
        ).format(max=MAX_BLOCKS))


# -- reading and decoding ----------------------------------------------------------------------
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after refusing what is missing, empty or too large (checked before reading)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise bad(name, None, tr("Finner ikke filen.")) from None
    except OSError as exc:
        raise bad(name, None, tr("Kan ikke lese filen ({error}).").format(error=exc.strerror or exc)) from None
    if path.is_dir():
        raise bad(name, None, tr("Dette er en mappe; ventet en agendafil (tekst, CSV, XLSX eller JSON)."))
    if size == 0:
        raise bad(name, 1, tr("Filen er tom; ventet en agenda (SessionLab-eksport, programtekst, CSV, XLSX eller JSON)."))
    if size > MAX_BYTES:
        raise bad(
            name,
            1,
            tr("Filen er for stor ({size} MB); en agenda er på under {limit} MB. Er dette riktig fil?").format(
                size=f"{size / 1024 / 1024:.1f}".replace(".", ","), limit=MAX_BYTES // (1024 * 1024)
            ),
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise bad(name, None, tr("Kan ikke lese filen ({error}).").format(error=exc.strerror or exc)) from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Control characters no text value keeps (C0 except tab and line feed, DEL, C1): they would reach
#: every screen and terminal that shows the value (escape sequences), and PostgreSQL refuses NUL.
_CONTROL_CHARS = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
CONTROL_CHARS = re.compile(f"[{_CONTROL_CHARS}]")
#: Unpaired UTF-16 surrogates (JSON's ``"\ud800"``, XLSX's ``_xD800_``) cannot be stored as UTF-8.
_SURROGATES = "\ud800-\udfff"
SURROGATES = re.compile(f"[{_SURROGATES}]")
#: Either of the two (one search per value in the common case of neither).
UNCLEAN = re.compile(f"[{_CONTROL_CHARS}{_SURROGATES}]")
#: Characters normalised away: NBSP and its narrow/figure cousins become spaces; zero-width ones vanish.
_SPACES = (("\u00a0", " "), ("\u202f", " "), ("\u2007", " "), ("\u200b", ""), ("\ufeff", ""))


def _binary(file: str, line: int) -> BadInputError:
    return bad(file, line, tr("Filen ser ut til å være binær, ikke tekst; ventet en agenda som tekst, CSV, XLSX eller JSON."))


def decode_text(data: bytes, file: str) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), else Windows-1252; refuse binary data.
    Returns the text with LF line ends and NBSP turned into plain spaces, and the encoding used."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16 with a BOM
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise bad(file, None, tr("Filen sier den er UTF-16, men kan ikke leses som det.")) from None
    nul = data.find(b"\x00")  # anywhere: also UTF-16/UTF-32 without a BOM, and NUL past the sample
    if nul >= 0:
        raise _binary(file, data.count(b"\n", 0, nul) + 1)
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        first = _CONTROL.search(sample)
        raise _binary(file, sample.count("\n", 0, first.start() if first else 0) + 1)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char, replacement in _SPACES:  # str.replace per character: str.translate costs 0.5 s on 10 MB
        if char in text:
            text = text.replace(char, replacement)
    if CONTROL_CHARS.search(text):  # a few stray ones in real text: dropped, as the input log does
        text = CONTROL_CHARS.sub("", text)
    if not text.strip():
        raise bad(file, 1, tr("Filen inneholder bare blanke tegn; ventet en agenda."))
    return text, encoding


# -- times and lengths -------------------------------------------------------------------------
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
TIME_EXPECTED = "TT:MM eller TT.MM mellom 00:00 og 23:59"


def parse_time(text: str, file: str, line: int | None) -> time:
    raw = text.strip()
    m = _TIME.match(raw)
    if not m:
        raise bad(file, line, tr("Ugyldig klokkeslett «{value}»: ventet {expected}.").format(
            value=preview(raw), expected=tr(TIME_EXPECTED)))
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        raise bad(
            file,
            line,
            tr("Ugyldig klokkeslett «{value}»: timer må være 00–23 og minutter 00–59 ({expected}).").format(
                value=preview(raw), expected=tr(TIME_EXPECTED)
            ),
        )
    return time(hour, minute)


_LEN_HM = re.compile(
    r"^(?:(?P<h>\d+(?:[.,]\d+)?)\s*(?:h|t|timer?|hours?|hrs?)\.?)?\s*(?:(?P<m>\d+)\s*(?:m|min|minutt(?:er)?|minutes?)\.?)?$"
)
_LEN_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
LENGTH_EXPECTED = "for eksempel «45m», «2h 00m», «1t 30m», «1:30» eller et antall minutter"


def parse_length(text: str, file: str, line: int | None) -> int:
    """Minutes from ``2h 00m``, ``2t 00m``, ``45m``, ``1t 30m``, ``1:30``, ``90`` or ``90 min``."""
    raw = text.strip()
    low = raw.lower().replace("\u2212", "-")

    def fail(reason: str = "") -> BadInputError:
        msg = tr("Ugyldig lengde «{value}»: ventet {expected}.").format(value=preview(raw), expected=tr(LENGTH_EXPECTED))
        return bad(file, line, f"{msg} {reason}".strip())

    if low.startswith("-"):
        raise fail(tr("Lengden kan ikke være negativ."))
    if low.isdigit():
        minutes = int(low)
    elif m := _LEN_CLOCK.match(low):
        if int(m.group(2)) > 59:
            raise fail(tr("Minuttene må være under 60."))
        minutes = int(m.group(1)) * 60 + int(m.group(2))
    elif (m := _LEN_HM.match(low)) and (m.group("h") or m.group("m")):
        hours = float(m.group("h").replace(",", ".")) if m.group("h") else 0.0
        mins = int(m.group("m") or 0)
        if m.group("h") and mins > 59:
            raise fail(tr("Minuttene må være under 60 når timer er oppgitt."))
        minutes = round(hours * 60) + mins
    else:
        raise fail()
    if minutes > MAX_BLOCK_MINUTES:
        raise fail(tr("En bolk kan vare høyst 24 timer."))
    return minutes


def minute_of(t: time) -> int:
    return t.hour * 60 + t.minute


def fmt_time(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


# -- dates -------------------------------------------------------------------------------------
_DATE_NO = re.compile(rf"(\d{{1,2}})\.?\s*({MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$")
DATE_EXPECTED = "ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ eller «6. mai 2024»"


_DATE_EN = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)


def find_date_in_text(text: str) -> tuple[int, int, int | None] | None:
    """``(day, month, year|None)`` for the first ``6. mai 2024`` (or ``May 6, 2024``) date in ``text``."""
    m = _DATE_NO.search(text)
    if m:
        return int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3)) if m.group(3) else None
    m = _DATE_EN.search(text)
    if m:
        return int(m.group(2)), MONTHS[m.group(1).lower()], int(m.group(3))
    return None


def parse_date(text: str, file: str, line: int | None, default_year: int | None = None) -> date:
    raw = text.strip()
    try:
        if m := _DATE_ISO.match(raw):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DATE_DMY.match(raw):
            year = int(m.group(3))
            return date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
        found = find_date_in_text(raw)
        if found:
            d, mo, y = found
            found_year = y or default_year
            if found_year is None:
                raise date_needed(file, line, tr("Datoen «{value}» mangler årstall; oppgi det med --date ÅÅÅÅ-MM-DD.").format(
                    value=preview(raw)))
            return date(found_year, mo, d)
    except ValueError:
        pass
    raise bad(file, line, tr("Ugyldig dato «{value}»: ventet {expected}.").format(value=preview(raw), expected=tr(DATE_EXPECTED)))


# -- text --------------------------------------------------------------------------------------
#: ``[^<>]``, not ``[^>]``: a line of ``<a<a<a…`` without ``>`` must not be rescanned from every ``<``.
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_WS = re.compile(r"[ \t]+")


def strip_markup(text: str) -> str:
    """Remove ``<b>``-style tags and ``**`` emphasis, collapse runs of spaces."""
    if "<" in text:
        text = TAG.sub("", text)
    text = text.replace("**", "").replace("__", "")
    return _WS.sub(" ", text).strip() if "  " in text or "\t" in text else text.strip()


def title_key(title: str) -> str:
    """What two titles are compared by (details section against table)."""
    return strip_markup(title).casefold()


def split_people(text: str) -> list[str]:
    people = [p.strip(" .") for p in re.split(r"[,;\n]", text)]
    return [p for p in people if p]


_STREAM = re.compile(r"\b(stream\w*|strømme\w*|strømming)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(ikke|not|no|inte|ej)\b", re.IGNORECASE)


def streaming_hint(text: str) -> bool | None:
    """``Streames``/``Bolken strømmes`` → True; ``Streames ikke``/``Streames i utgangspunktet ikke, men
    kan ordnes ved behov`` → False; no streaming words → None. The clause with the first streaming
    word decides (up to the next comma, full stop or line end)."""
    for clause in re.split(r"[,.;:!?\n]", text):
        if _STREAM.search(clause):
            return not _NOT.search(clause)
    return None


def _has_word(title: str, words: tuple[str, ...]) -> bool:
    """Whole words or the end of a compound (``morgenkaffe``, ``kaffepause``), not ``formiddag``."""
    for w in _WORD.findall(title.casefold()):
        if w in _NOT_BREAKS or not w.endswith(words):
            continue
        if w in words or any(w.endswith(b) and len(w) - len(b) >= 3 for b in words):
            return True
    return False


_WORD = re.compile(r"\w+")
_NOT_BREAKS = {"formiddag", "ettermiddag", "formiddagen", "ettermiddagen"}


def infer_category(title: str) -> str | None:
    """Breaks and meals become "Pause"; everything else stays without a category."""
    return "Pause" if _has_word(title, BREAK_WORDS) else None


def is_meal(block: BlockData) -> bool:
    return _has_word(block.title, MEAL_WORDS)


def category_colors(names: list[str], given: dict[str, str] | None = None) -> dict[str, str]:
    """Colours for ``names``: given ones, SessionLab's defaults, then the palette."""
    result = dict(DEFAULT_CATEGORIES)
    spare = list(PALETTE)
    for name in names:
        if given and name in given:
            result[name] = given[name]
        elif name not in result:
            result[name] = spare.pop(0) if spare else PALETTE[len(result) % len(PALETTE)]
    return result


# -- after parsing -----------------------------------------------------------------------------
def check_schedule(draft: AgendaDraft, file: str) -> None:
    """Overlaps and suspicious gaps are legal: report them as warnings, keep the blocks."""
    by_day: dict[date, list[BlockData]] = {}
    for b in draft.blocks:
        by_day.setdefault(b.day, []).append(b)
    for blocks in by_day.values():
        ordered = sorted(blocks, key=lambda b: minute_of(b.start))
        for prev, cur in zip(ordered, ordered[1:], strict=False):
            prev_end = minute_of(prev.start) + prev.minutes
            start = minute_of(cur.start)
            if start < prev_end:
                draft.warnings.append(
                    InputProblem(
                        file,
                        cur.source_line,
                        tr("«{title}» kl. {start} overlapper «{prev}» som varer til {end}; importert likevel.").format(
                            title=cur.title, start=fmt_time(cur.start), prev=prev.title, end=_hhmm(prev_end)
                        ),
                    )
                )
            elif start - prev_end > SUSPICIOUS_GAP_MINUTES and not (is_meal(prev) or is_meal(cur)):
                draft.warnings.append(
                    InputProblem(
                        file,
                        cur.source_line,
                        tr("{gap} uten program mellom «{prev}» (slutt {end}) og «{title}» kl. {start}.").format(
                            gap=_duration(start - prev_end), prev=prev.title, end=_hhmm(prev_end),
                            title=cur.title, start=fmt_time(cur.start),
                        ),
                    )
                )
        for b in ordered:
            if minute_of(b.start) + b.minutes > 24 * 60:
                draft.warnings.append(
                    InputProblem(file, b.source_line, tr("«{title}» varer forbi midnatt.").format(title=b.title))
                )


def _hhmm(minute: int) -> str:
    return f"{(minute // 60) % 24:02d}:{minute % 60:02d}"


def _duration(minutes: int) -> str:
    return f"{minutes // 60}t {minutes % 60:02d}m"


def preview(text: object, limit: int = 60) -> str:
    """A value as a message quotes it: one line, no control characters, at most ``limit`` characters."""
    text = " ".join(str(text)[: limit * 4].split())
    text = SURROGATES.sub("\ufffd", CONTROL_CHARS.sub("", text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def skipped(file: str, line: int | None, text: str, why: str) -> InputProblem:
    return InputProblem(file, line, f"{why}: «{preview(text)}»")
