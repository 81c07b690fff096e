"""Exports of formed groups (Qt-free): the Zoom pre-assignment CSV, the venue's group lists per room
(HTML, printed to PDF by ``ui/pdf.py`` with :data:`VENUE_PDF`) and the tech host's list per Teams/Zoom room.

Zoom keeps one pre-assignment set per meeting and only before it starts, so the CSV holds one round
(normally the first); later rounds are moved by hand from the tech host's list.
"""

from __future__ import annotations

import io
from html import escape

from controlroom.exporters import safe_csv
from controlroom.grouping.types import Participant, Round
from controlroom.i18n import tr

ZOOM_HEADER = ["Pre-assign Room Name", "Email Address"]


def zoom_csv(rnd: Round, people: dict[str, Participant], meeting: int | None = None) -> str:
    """``Pre-assign Room Name,Email Address`` rows for the round's Zoom rooms (one meeting if given)."""
    out = io.StringIO()
    w = safe_csv.writer(out, lineterminator="\r\n")
    w.writerow(ZOOM_HEADER)
    for g in rnd.groups:
        if g.pool != "zoom" or (meeting is not None and g.meeting != meeting):
            continue
        for e in g.members:
            if e in people and not people[e].has_email:
                continue  # a walk-in without an e-mail is moved by hand
            w.writerow([g.room, people[e].email if e in people else e])
    return out.getvalue()


def _name(people: dict[str, Participant], e: str) -> str:
    p = people.get(e)
    return p.name if p else e


def _role(g, e: str) -> str:
    if e == g.leader:
        return tr("gruppeleder")
    if e == g.note_taker:
        return tr("referent")
    return ""


def _cell(text: str, longest: int = 24, every: int = 12) -> str:
    """``text`` escaped for a list cell, with a soft hyphen every ``every`` letters of a word (or part of a
    hyphenated word) longer than ``longest``: it wraps inside its column instead of running into the next."""
    def breakable(part: str) -> str:
        if len(part) <= longest:
            return part
        return "\u00ad".join(part[i:i + every] for i in range(0, len(part), every))

    return escape(" ".join("-".join(breakable(part) for part in word.split("-")) for word in text.split(" ")))


# How ``controlroom.ui.pdf.write`` prints the venue lists: laid out at 96 dpi on the printable area.
VENUE_PDF = {"title": "Gruppelister", "resolution": 96, "page": "pixels"}


def venue_html(title: str, rounds: list[Round], people: dict[str, Participant]) -> str:
    """One page per on-site room: who sits there in each round, leader and note-taker marked."""
    rooms: list[str] = []
    for rnd in rounds:
        for g in rnd.groups:
            if g.pool == "onsite" and g.room not in rooms:
                rooms.append(g.room)
    parts = ["<html><head><meta charset='utf-8'><style>",
             "body{font-family:'DejaVu Sans',sans-serif;} h1{font-size:28pt;margin:0 0 4pt 0;} "
             "h2{font-size:16pt;margin:14pt 0 4pt 0;} p.sub{color:#555;} td{font-size:13pt;} "
             "td.role{color:#1f5f99;font-style:italic;white-space:nowrap;}",
             "</style></head><body>"]
    for i, room in enumerate(rooms):
        if i:
            parts.append("<div style='page-break-before:always'></div>")
        parts.append(f"<h1>{escape(room)}</h1><p class='sub'>{escape(title)}</p>")
        for rnd in rounds:
            for g in rnd.groups:
                if g.room != room or g.pool != "onsite":
                    continue
                parts.append(f"<h2>{escape(tr('Runde {n}').format(n=rnd.number))}</h2>"
                             # cell padding keeps columns apart; long names and organisations wrap in their cell
                             "<table width='100%' cellspacing='0' cellpadding='6'>")
                for e in g.members:
                    p = people.get(e)
                    org = _cell(p.organisation or p.municipality) if p else ""
                    parts.append(f"<tr><td>{_cell(_name(people, e))}</td><td>{org}</td>"
                                 f"<td class='role'>{escape(_role(g, e))}</td></tr>")
                parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def host_list(rounds: list[Round], people: dict[str, Participant], pool: str = "teams") -> str:
    """Plain text for the tech host: per online room and round, who is there, and who moves where."""
    lines: list[str] = []
    label = "Teams" if pool == "teams" else "Zoom"
    lines.append(tr("{platform}: grupperom runde for runde").format(platform=label))
    previous: dict[str, str] = {}
    for rnd in rounds:
        groups = [g for g in rnd.groups if g.pool == pool]
        if not groups:
            continue
        lines.append("")
        lines.append(tr("== Runde {n} ==").format(n=rnd.number))
        moves: list[str] = []
        for g in groups:
            meeting = tr(" (møte {m})").format(m=g.meeting) if g.meeting > 1 else ""
            lines.append(f"{g.room}{meeting}:")
            for e in g.members:
                role = _role(g, e)
                lines.append(f"  - {_name(people, e)} <{people[e].email if e in people else e}>"
                             + (f" [{role}]" if role else ""))
                if previous and previous.get(e) != g.room:
                    moves.append(tr("  {who}: {src} → {dst}").format(
                        who=_name(people, e), src=previous.get(e, tr("(ny)")), dst=g.room))
        if previous:
            lines.append(tr("Flyttinger fra forrige runde ({n}):").format(n=len(moves)))
            lines.extend(moves or [tr("  ingen")])
        previous = {e: g.room for g in groups for e in g.members}
    return "\n".join(lines) + "\n"
