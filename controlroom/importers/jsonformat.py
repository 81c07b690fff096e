"""Kontrollrom's own JSON agenda format (written by ``exporters.jsonformat``), schema version 1::

    {"format": "kontrollrom-agenda", "version": 1, "title": str, "timezone": str, "place": str,
     "categories": [{"name": str, "color": "#RRGGBB"}],
     "blocks": [{"uid": str, "day": "YYYY-MM-DD", "start": "HH:MM", "minutes": int, "title": str,
                 "description": str, "category": str|null, "assigned": [str], "notes": str,
                 "streamed": bool|null, "location": "onsite"|"online"|"both", "fixed_start": bool,
                 "warn_seconds": int|null, "danger_seconds": int|null}]}

Every field of ``BlockData`` except the database id round-trips. Problems name the line of the
block they are in (the decoder records where each object starts). Integers longer than
``MAX_DIGITS`` digits are kept as ``LongNumber`` (never an ``int``: Python refuses to print one of
4,301 digits), so they are refused where a number is expected, with the line.
"""

from __future__ import annotations

import bisect
import json
import re
from datetime import date
from json.decoder import JSONObject  # type: ignore[attr-defined]
from json.scanner import py_make_scanner  # type: ignore[attr-defined]
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from controlroom.agenda.types import LOCATIONS, AgendaDraft, BlockData
from controlroom.errors import BadInputError
from controlroom.i18n import tr
from controlroom.importers.common import (
    MAX_BLOCKS,
    Problems,
    bad,
    category_colors,
    check_block_count,
    check_schedule,
    parse_length,
    parse_time,
    preview,
)

FORMAT_ID = "kontrollrom-agenda"
VERSION = 1
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$")
_UID = re.compile(r"^[0-9A-Za-z_-]{1,32}$")
#: More digits than any value of the format needs (2⁶³ has 19).
MAX_DIGITS = 30


class LongNumber:
    """An integer literal too long to be a value of the format (kept as its digits)."""

    __slots__ = ("digits",)

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __str__(self) -> str:
        return f"{self.digits[:12]}… ({len(self.digits)} sifre)"


def _parse_int(digits: str) -> int | LongNumber:
    return int(digits) if len(digits) <= MAX_DIGITS else LongNumber(digits)


def _show(value: object) -> str:
    """A JSON value as a message quotes it (short, one line)."""
    try:
        return preview(json.dumps(value, ensure_ascii=False, default=str), 80)
    except (TypeError, ValueError, RecursionError):
        return type(value).__name__


class _Obj(dict):
    """A JSON object that remembers where in the text it started."""

    pos = 0


def _decoder() -> json.JSONDecoder:
    dec = json.JSONDecoder(parse_int=_parse_int)

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        obj, end = JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo)
        result = _Obj(obj)
        result.pos = s_and_end[1] - 1
        return result, end

    dec.parse_object = parse_object  # type: ignore[attr-defined]
    dec.scan_once = py_make_scanner(dec)  # type: ignore[attr-defined]  # json's own hook, not in its stubs
    return dec


def parse_json(text: str, path: Path) -> AgendaDraft:
    file = str(path)
    try:
        data = _decoder().decode(text)
    except json.JSONDecodeError as exc:
        raise bad(file, exc.lineno, tr("Ugyldig JSON ({error}); ventet en Kontrollrom-agenda (.json).").format(
            error=exc.msg)) from None
    except RecursionError:
        raise bad(file, None, tr("JSON-filen er for dypt nøstet; ventet en Kontrollrom-agenda.")) from None

    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(obj: object) -> int:
        return bisect.bisect_left(newlines, getattr(obj, "pos", 0)) + 1

    if not isinstance(data, dict) or data.get("format") != FORMAT_ID:
        raise bad(file, 1, tr("Dette er ikke en Kontrollrom-agenda: ventet «\"format\": \"{fmt}\"» øverst.").format(
            fmt=FORMAT_ID))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad(file, 1, tr("Ugyldig «version»; ventet et heltall (1)."))
    if version > VERSION:
        raise bad(file, 1, tr("Agendaen er laget av en nyere Kontrollrom (versjon {v}); denne leser versjon {mine}.").format(
            v=version, mine=VERSION))
    problems = Problems(file)
    draft = AgendaDraft(source="json")
    draft.title = _str(data, "title", problems, 1)
    draft.place = _str(data, "place", problems, 1)
    draft.timezone = _str(data, "timezone", problems, 1) or draft.timezone
    try:
        ZoneInfo(draft.timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        problems.add(1, tr("Ukjent tidssone «{tz}»; ventet for eksempel Europe/Oslo.").format(tz=preview(draft.timezone)))
    colors: dict[str, str] = {}
    for cat in _list(data, "categories", problems, 1):
        n = line_of(cat)
        if not isinstance(cat, dict) or not isinstance(cat.get("name"), str) or not cat["name"].strip():
            problems.add(n, tr("Kategori uten navn; ventet {{\"name\": …, \"color\": \"#RRGGBB\"}}."))
            continue
        color = cat.get("color", "#9AA5B1")
        if not isinstance(color, str) or not _COLOR.match(color):
            problems.add(n, tr("Ugyldig farge «{color}» for kategorien «{name}»; ventet #RRGGBB.").format(
                color=_show(color), name=preview(cat["name"])))
            continue
        colors[cat["name"]] = color
    seen: set[str] = set()
    items = _list(data, "blocks", problems, 1)
    if len(items) > MAX_BLOCKS:
        check_block_count(len(items), file, line_of(items[MAX_BLOCKS]))
    for item in items:
        n = line_of(item)
        try:
            block = _block(item, file, n)
        except BadInputError as exc:
            problems.catch(exc)
            continue
        if block.uid:
            if block.uid in seen:
                problems.add(n, tr("Bolk-id «{uid}» finnes to ganger; hver bolk må ha sin egen uid.").format(
                    uid=block.uid))
                continue
            seen.add(block.uid)
        draft.blocks.append(block)
    problems.raise_if_any()
    draft.categories = category_colors([c for c in colors] + [b.category for b in draft.blocks if b.category], colors)
    check_schedule(draft, file)
    return draft


def _str(data: dict, key: str, problems: Problems, line: int) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.add(line, tr("«{key}» skal være tekst.").format(key=key))
        return ""
    return value


def _list(data: dict, key: str, problems: Problems, line: int) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.add(line, tr("«{key}» skal være en liste.").format(key=key))
        return []
    return value


def _block(item: object, file: str, line: int) -> BlockData:
    if not isinstance(item, dict):
        raise bad(file, line, tr("En bolk skal være et JSON-objekt."))

    def need(key: str, kind: type | tuple[type, ...], expected: str, optional: bool = False):
        if key not in item:
            if optional:
                return None
            raise bad(file, line, tr("Bolken mangler «{key}»; ventet {expected}.").format(key=key, expected=expected))
        value = item[key]
        if value is None and optional:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise bad(file, line, tr("«{key}» har verdien {value}; ventet {expected}.").format(
                key=key, value=_show(value), expected=expected))
        return value

    try:
        day = date.fromisoformat(need("day", str, "ÅÅÅÅ-MM-DD"))
    except ValueError:
        raise bad(file, line, tr("Ugyldig dato «{value}»; ventet ÅÅÅÅ-MM-DD.").format(value=preview(item["day"]))) from None
    start = parse_time(need("start", str, "TT:MM"), file, line)
    minutes = need("minutes", int, tr("et helt antall minutter"))
    parse_length(str(minutes), file, line)  # negative or above 24 h is refused the same way everywhere
    location = need("location", str, "onsite, online eller both", optional=True) or "both"
    if location not in LOCATIONS:
        raise bad(file, line, tr("Ugyldig «location» «{value}»; ventet onsite, online eller both.").format(
            value=preview(location)))
    uid = need("uid", str, tr("tekst"), optional=True) or ""
    if uid and not _UID.match(uid):
        raise bad(file, line, tr("Ugyldig uid «{uid}»; ventet opptil 32 bokstaver og tall.").format(uid=preview(uid)))
    assigned = need("assigned", list, tr("en liste med navn"), optional=True) or []
    if not all(isinstance(a, str) for a in assigned):
        raise bad(file, line, tr("«assigned» skal være en liste med navn (tekst)."))
    title = need("title", str, tr("tekst")).strip()
    if not title:
        raise bad(file, line, tr("Bolken mangler tittel."))
    return BlockData(
        day=day, start=start, minutes=minutes, title=title,
        description=need("description", str, tr("tekst"), optional=True) or "",
        category=need("category", str, tr("tekst eller null"), optional=True) or None,
        assigned=list(assigned),
        notes=need("notes", str, tr("tekst"), optional=True) or "",
        streamed=need("streamed", bool, "true, false eller null", optional=True),
        location=location,  # type: ignore[arg-type]
        fixed_start=bool(need("fixed_start", bool, "true eller false", optional=True) or False),
        warn_seconds=need("warn_seconds", int, tr("et heltall eller null"), optional=True),
        danger_seconds=need("danger_seconds", int, tr("et heltall eller null"), optional=True),
        uid=uid, source_line=line,
    )
