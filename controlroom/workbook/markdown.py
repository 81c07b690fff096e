"""The workbook as Markdown: a contents list with links, headings, bullet lists. Input text is escaped
so pasted HTML or Markdown shows as typed instead of being interpreted by a Markdown viewer."""

from __future__ import annotations

import re
import threading

from controlroom.i18n import tr
from controlroom.inputs.parse import fold
from controlroom.workbook.model import Progress, Ticker, WorkbookDoc

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(\s)")


def escape(text: str) -> str:
    text = text.replace("&", "&amp;")
    text = _SPECIAL.sub(r"\\\1", text)
    return "\n".join(_LINE_START.sub(r"\1\\\2\3", line) for line in text.split("\n"))


def slug(text: str, seen: dict[str, int]) -> str:
    s = re.sub(r"[^\w\- ]", "", text.lower()).strip().replace(" ", "-")
    n = seen.get(s, 0)
    seen[s] = n + 1
    return s if n == 0 else f"{s}-{n}"


def render_markdown(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
    out: list[str] = [f"# {escape(doc.title)}", "", f"**{escape(doc.subtitle)}**", ""]
    out += [f"{escape(f)}  " for f in doc.facts]
    out += ["", f"## {tr('Innhold')}", ""]
    seen: dict[str, int] = {}
    seen[slug(doc.title, {})] = 1
    seen[slug(tr("Innhold"), {})] = 1
    anchors = []
    for h in doc.nodes:
        if h.kind == "heading":
            anchors.append(slug(h.text, seen))
    heads = iter(anchors)
    toc = []
    for h in doc.nodes:
        if h.kind == "heading":
            a = next(heads)
            if h.level == 1:
                toc.append(f"- [{escape(h.text)}](#{a})")
    out += toc + [""]
    ticker = Ticker(len(doc.nodes), progress, cancel)
    for node in doc.nodes:
        if node.kind == "heading":
            out += ["", f"{'#' * (node.level + 1)} {escape(node.text)}", ""]
        elif node.kind == "item":
            text = escape(node.text).replace("\n", "\n  ")
            star = "★ " if node.starred else ""
            bold = f"**{text}**" if node.starred else text
            label = f" — *{escape(node.label)}*" if node.label else ""
            out.append(f"- {star}{bold}{label}")
        elif node.kind == "note":
            if node.label:
                out += [f"*{escape(node.label)}*", ""]
            out += [escape(node.text).replace("\n", "  \n"), ""]
        else:
            out += [escape(node.text).replace("\n", "  \n"), ""]
        ticker.step()
    ticker.check()
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


__all__ = ["escape", "fold", "render_markdown"]
