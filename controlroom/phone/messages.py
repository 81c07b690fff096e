"""The phones' words: one JSON dictionary per language under ``static/i18n/``, read by the page and,
for the messages the API answers with, by the server. The phone's language decides (Norwegian when it
asks for nb, nn or no before English, else English); the page may say which it chose (``X-Lang``)."""

from __future__ import annotations

import json
from pathlib import Path

from aiohttp import web

LANGUAGES = ("nb", "en")
STATIC = Path(__file__).resolve().parent / "static"
_NORWEGIAN = ("nb", "nn", "no")


def load_dictionaries(folder: Path = STATIC / "i18n") -> dict[str, dict[str, str]]:
    return {lang: json.loads((folder / f"{lang}.json").read_text(encoding="utf-8")) for lang in LANGUAGES}


def language_of(accept_language: str | None, chosen: str | None = None) -> str:
    """``nb`` or ``en`` for a phone: ``chosen`` when it is one of them, else the first Norwegian or
    English tag of ``Accept-Language`` by its weight."""
    if chosen is not None and chosen in LANGUAGES:
        return chosen
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in _NORWEGIAN:
            ranked.append((weight, -i, "nb"))
        elif primary == "en":
            ranked.append((weight, -i, "en"))
    return max(ranked)[2] if ranked else "en"


class Messages:
    def __init__(self, dictionaries: dict[str, dict[str, str]] | None = None) -> None:
        self.words = dictionaries or load_dictionaries()

    def lang(self, request: web.Request) -> str:
        return language_of(request.headers.get("Accept-Language"), request.headers.get("X-Lang"))

    def text(self, lang: str, key: str, **values: object) -> str:
        template = self.words.get(lang, self.words["nb"]).get(key) or self.words["nb"].get(key, key)
        return template.format(**values) if values else template

    def error(self, request: web.Request, status: int, key: str, *, headers: dict[str, str] | None = None,
              extra: dict | None = None, **values: object) -> web.Response:
        """A JSON refusal: ``{"error": key, "message": in the phone's language, …extra}``."""
        body = {"error": key.removeprefix("err_"), "message": self.text(self.lang(request), key, **values)}
        if extra:
            body.update(extra)
        return web.json_response(body, status=status, headers=headers)
