"""Badge sheets: one name badge per participant with the name, the municipality, the personal code and
the QR code of the participant's link (``BASE/p/?code=CODE``), eight to an A4 page for cutting.

Builds HTML only (every name escaped); ``controlroom participants badges`` prints it to PDF through
Qt's text layout, like the group lists (``ui/pdf.py``). The QR codes are PNGs in data URLs made by
segno, so the sheet needs no file beside it.
"""

from __future__ import annotations

import base64
import io
from html import escape
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import segno

from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr
from controlroom.models.people import display_code
from controlroom.models.people_repo import PersonalCode

#: Badges per row and rows per A4 page.
COLUMNS, ROWS = 2, 4
#: Options for ``ui.pdf.write``: laid out in device pixels at 96 dpi, as the group lists.
BADGE_PDF = {"title": "Navneskilt", "resolution": 96, "page": "pixels", "margins_mm": 10}


def participant_link(base_url: str, code: str) -> str:
    """The link on a badge's QR code: ``BASE/p/?code=CODE``. ``base_url`` may also be the participants'
    link as the Skjermer panel shows it (``http://HOST:PORT/p/?key=KEY`` on the network): its key is kept."""
    parts = urlsplit(base_url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if k == "key"] + [("code", code)]
    path = parts.path.rstrip("/")
    path = path if path.endswith("/p") else f"{path}/p"
    return urlunsplit(parts._replace(path=f"{path}/", query=urlencode(query), fragment=""))


def check_base_url(base_url: str) -> str:
    """The venue server's address as the phones reach it (``http://192.168.1.20:8080``), or BadInputError."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise BadInputError(InputProblem("--base-url", None, tr(
            "«{url}»: ventet adressen telefonene når appen på, for eksempel http://192.168.1.20:8080").format(
                url=base_url)))
    return base_url.strip().rstrip("/")


def qr_data_url(text: str) -> str:
    qr = segno.make(text, error="m")
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=6, border=2)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def badges_html(people: list[PersonalCode], base_url: str, event_title: str = "") -> str:
    """The sheets as HTML: a table of ``COLUMNS`` × ``ROWS`` badges per page."""
    base = check_base_url(base_url)
    style = ("body{font-family:'DejaVu Sans',sans-serif;} td.badge{border:1px dashed #9aa5b1;padding:10px;"
             "vertical-align:top;} p{margin:0;} p.event{font-size:9pt;color:#555;} p.name{font-size:19pt;"
             "font-weight:bold;margin-top:4px;} p.muni{font-size:12pt;color:#333;margin-bottom:10px;} "
             "p.label{font-size:9pt;color:#555;} p.code{font-family:'DejaVu Sans Mono',monospace;font-size:17pt;"
             "font-weight:bold;} p.how{font-size:8pt;color:#555;margin-top:6px;}")
    parts = [f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"]
    per_page = COLUMNS * ROWS
    with_codes = [p for p in people if p.code]
    for start in range(0, len(with_codes), per_page):
        if start:
            parts.append("<div style='page-break-before:always'></div>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='0'>")
        page = with_codes[start:start + per_page]
        for row in range(0, len(page), COLUMNS):
            parts.append("<tr>")
            for p in page[row:row + COLUMNS]:
                parts.append(f"<td class='badge' width='{100 // COLUMNS}%' height='240'>{_badge(p, base, event_title)}</td>")
            parts.extend("<td width='50%'></td>" for _ in range(COLUMNS - len(page[row:row + COLUMNS])))
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def _badge(p: PersonalCode, base: str, event_title: str) -> str:
    link = participant_link(base, p.code)
    event = f"<p class='event'>{escape(event_title)}</p>" if event_title else ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='top'>"
        f"{event}<p class='name'>{escape(p.name)}</p><p class='muni'>{escape(p.municipality) or '&nbsp;'}</p>"
        f"<p class='label'>{escape(tr('Din kode på mobilen'))}</p><p class='code'>{escape(display_code(p.code))}</p>"
        f"<p class='how'>{escape(tr('Skann QR-koden, eller åpne {base}/p/ og skriv koden.').format(base=base))}</p>"
        f"</td><td width='130' valign='top' align='right'><img src='{qr_data_url(link)}' width='124' height='124'>"
        "</td></tr></table>"
    )
