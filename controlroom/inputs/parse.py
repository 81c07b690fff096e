"""Reading what the moderator typed: sanitising, inline ``#tags``, SDG tags and inline kinds.

Decisions (documented in docs/sections/inputs.md):

* Control characters are removed except newline and tab; ``\\r\\n`` becomes ``\\n``. Format characters
  (right-to-left marks, zero-width joiners in emoji) and emoji are kept as typed.
* An input is at most ``MAX_TEXT`` characters. A longer one is refused with a message that says so
  (a 100 KB paste is a note, not an input: paste it as a group note instead). Chat messages from
  Teams/Zoom are never refused: they are cut at ``MAX_TEXT`` with a visible mark.
* HTML and Word field codes are text. Nothing here or in any renderer interprets them.
* Tags: ``#word`` after a space or at the start (so ``C#`` and ``side#3`` in a URL are not tags),
  lower-cased. The UN Sustainable Development Goals: ``#sdg13``, ``#sdg-13``, ``#bærekraftsmål13``,
  ``#baerekraftsmal13`` and ``#bkm13`` all become ``sdg13``; outside 1–17 the input is refused.
* Kind inline: a leading ``?`` is a spørsmål, ``!`` a tiltak, ``+`` an idé, ``~`` a målkonflikt; or a
  leading word with a colon: ``spm:``, ``spørsmål:``, ``idé:``/``ide:``, ``tiltak:``, ``konflikt:``/
  ``målkonflikt:``, ``innspill:``. The marker is removed from the stored text. A kind chosen explicitly
  (picker, ``--kind``) wins over an inline one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr

MAX_TEXT = 10_000

KINDS: tuple[str, ...] = ("innspill", "spørsmål", "idé", "målkonflikt", "tiltak")
SOURCES: tuple[str, ...] = ("room", "group", "openspace", "teams", "zoom", "mobil", "other")
#: The longest input a participant may send from a phone (a point, not a note).
MAX_PHONE_TEXT = 1000

#: The UN Sustainable Development Goals by number, with their official Norwegian names.
SDG_NAMES: dict[int, str] = {
    1: "Utrydde fattigdom",
    2: "Utrydde sult",
    3: "God helse og livskvalitet",
    4: "God utdanning",
    5: "Likestilling mellom kjønnene",
    6: "Rent vann og gode sanitærforhold",
    7: "Ren energi for alle",
    8: "Anstendig arbeid og økonomisk vekst",
    9: "Industri, innovasjon og infrastruktur",
    10: "Mindre ulikhet",
    11: "Bærekraftige byer og lokalsamfunn",
    12: "Ansvarlig forbruk og produksjon",
    13: "Stoppe klimaendringene",
    14: "Livet i havet",
    15: "Livet på land",
    16: "Fred, rettferdighet og velfungerende institusjoner",
    17: "Samarbeid for å nå målene",
}

_INLINE_KIND_CHARS = {"?": "spørsmål", "!": "tiltak", "+": "idé", "~": "målkonflikt"}
_INLINE_KIND_WORDS = {
    "spm": "spørsmål",
    "sporsmal": "spørsmål",
    "ide": "idé",
    "tiltak": "tiltak",
    "konflikt": "målkonflikt",
    "malkonflikt": "målkonflikt",
    "innspill": "innspill",
}


_TAG_RE = re.compile(r"(?<!\S)#([^\W][\w\-]*)", re.UNICODE)
_SDG_RE = re.compile(r"^(?:sdg|bærekraftsmål|baerekraftsmal|barekraftsmal|bkm|fn)[-_]?(\d+)$")
_WORD_KIND_RE = re.compile(r"^\s*([A-Za-zÆØÅæøåéÉ]+)\s*:\s*")

#: Unicode category Cc (C0, DEL, C1) minus tab and newline, and the two non-characters XML refuses.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
#: Combining marks (the diacritics NFKD splits off: å → a + ring, é → e + acute).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ß": "ss", "ł": "l", "œ": "oe"})


def refused(message: str) -> BadInputError:
    """The error for a typed input that cannot be saved (the panel shows the message, the CLI exits 2)."""
    return BadInputError([InputProblem(tr("innspill"), None, message)])


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for searching: ``Bærekraft`` → ``baerekraft``, ``Kjøre`` → ``kjore``."""
    lowered = text.casefold().translate(_FOLD_EXTRA)
    if lowered.isascii():
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))


def sanitise(text: str) -> str:
    """Remove control characters except newline and tab; keep format characters, RTL and emoji."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def normalise_kind(value: str) -> str:
    """``spørsmål``, ``sporsmal``, ``Spørsmål`` → ``spørsmål``; raises BadInputError for unknown."""
    key = fold(value.strip())
    for k in KINDS:
        if fold(k) == key:
            return k
    if key in _INLINE_KIND_WORDS:
        return _INLINE_KIND_WORDS[key]
    raise refused(
        tr("Ukjent type «{value}». Bruk en av: {kinds}.").format(value=value, kinds=", ".join(KINDS))
    )


def normalise_source(value: str) -> str:
    aliases = {"salen": "room", "sal": "room", "gruppe": "group", "open space": "openspace", "annet": "other",
               "mobile": "mobil", "phone": "mobil", "telefon": "mobil"}
    key = fold(value.strip())
    key = aliases.get(key, key)
    if key not in SOURCES:
        raise refused(
            tr("Ukjent kilde «{value}». Bruk en av: {sources}.").format(value=value, sources=", ".join(SOURCES))
        )
    return key


def normalise_tag(tag: str, *, strict: bool = True) -> str | None:
    """Lower-case a tag and turn SDG spellings into ``sdgN``. Out-of-range SDG: error (or None if lenient)."""
    t = tag.strip().lstrip("#").strip("-_").lower()
    if not t:
        return None
    m = _SDG_RE.match(t)
    if m:
        n = int(m.group(1))
        if not 1 <= n <= 17:
            if strict:
                raise refused(
                    tr("Bærekraftsmål {n} finnes ikke: FNs bærekraftsmål er nummerert 1–17 (skriv for eksempel #sdg13).").format(
                        n=n
                    )
                )
            return None
        return f"sdg{n}"
    return t


def sdg_number(tag: str) -> int | None:
    m = re.fullmatch(r"sdg(\d+)", tag)
    return int(m.group(1)) if m else None


@dataclass
class Parsed:
    text: str
    kind: str | None
    tags: list[str] = field(default_factory=list)


def parse(raw: str, *, strict: bool = True) -> Parsed:
    """Sanitise ``raw``, pull an inline kind off its start and collect its tags.

    ``strict`` refuses what is wrong (typed input); lenient mode (chat sync) repairs instead.
    """
    text = sanitise(raw)
    kind: str | None = None
    if text[:1] in _INLINE_KIND_CHARS and (len(text) == 1 or text[1] != text[0]):
        kind = _INLINE_KIND_CHARS[text[0]]
        text = text[1:].lstrip()
    else:
        m = _WORD_KIND_RE.match(text)
        if m and fold(m.group(1)) in _INLINE_KIND_WORDS | {fold(k): k for k in KINDS}:
            kind = normalise_kind(m.group(1))
            text = text[m.end():]
    if not text:
        raise refused(tr("Innspillet er tomt."))
    if len(text) > MAX_TEXT:
        if strict:
            raise refused(
                tr(
                    "Innspillet er for langt ({n} tegn; høyst {max}). Del det opp, eller lim det inn som gruppenotat."
                ).format(n=f"{len(text):,}".replace(",", " "), max=f"{MAX_TEXT:,}".replace(",", " "))
            )
        text = text[: MAX_TEXT - 1] + "…"
    tags = merge_tags([], [m.group(1) for m in _TAG_RE.finditer(text)], strict=strict)
    return Parsed(text=text, kind=kind, tags=tags)


def merge_tags(existing: list[str], extra: list[str], *, strict: bool = True) -> list[str]:
    out = list(existing)
    for t in extra:
        n = normalise_tag(t, strict=strict)
        if n and n not in out:
            out.append(n)
    return out


