"""Planned versus actual from the GUI: CSV (the report module's writer) and a printable PDF rundown.

Both are written to a temporary file next to the target and renamed, so a failed export leaves
no half file; a path that cannot be written gives a message naming it.
"""

from __future__ import annotations

import html
import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from controlroom import atomic_write
from controlroom.errors import ControlroomError
from controlroom.live.report import Report, rows_from_state, status_label, write_csv
from controlroom.live.state import LiveState
from controlroom.ui import pdf


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveExport", text)


class ExportError(ControlroomError):
    """An export could not be written (the message names the file and why)."""


def report_from_state(state: LiveState, title: str) -> Report:
    return Report(title, state.timezone, rows_from_state(state))


def _minutes(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return ""
    number = round(value)
    if signed and number > 0:
        return f"+{number}"
    if number < 0:
        return f"\u2212{-number}"
    return str(number)


def _hm(instant: datetime | None) -> str:
    return instant.strftime("%H:%M") if instant else ""


def rundown_html(report: Report, printed: datetime) -> str:
    """The rundown as HTML for ``QTextDocument``: title, dates, and one table per day."""
    esc = html.escape
    title = report.title or _t("Kjøreplan")
    days = sorted({r.day for r in report.rows})
    when = ", ".join(d.strftime("%d.%m.%Y") for d in days)
    parts = [
        "<html><body style='font-family: DejaVu Sans, sans-serif;'>",
        f"<h1 style='font-size:13pt'>{esc(title)}</h1>",
        f"<p>{esc(_t('Kjøreplan: planlagt mot faktisk'))} · {esc(when)}</p>",
    ]
    heads = [
        _t("Kl."), _t("Bolk"), _t("Plan (min)"), _t("Faktisk start"), _t("Faktisk slutt"),
        _t("Faktisk (min)"), _t("Avvik (min)"), _t("Status"),
    ]  # fmt: skip
    for d in days:
        if len(days) > 1:
            parts.append(f"<h2 style='font-size:10pt'>{esc(d.strftime('%d.%m.%Y'))}</h2>")
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        widths = (9, 37, 8, 9, 9, 9, 8, 11)
        parts.append(
            "<tr>"
            + "".join(
                f"<th bgcolor='#DDE3EA' width='{w}%'>{esc(h)}</th>"
                for h, w in zip(heads, widths, strict=True)
            )
            + "</tr>"
        )
        for r in (r for r in report.rows if r.day == d):
            diff = r.difference_minutes
            colour = (
                "#C92A2A"
                if diff is not None and diff >= 1
                else ("#2B8A3E" if diff is not None and diff <= -1 else "#000000")
            )
            cells = [
                esc(_hm(r.planned_start)),
                esc(r.display_title()),
                esc(_minutes(r.planned_minutes)),
                esc(_hm(r.actual_start)),
                esc(_hm(r.actual_end)),
                esc(_minutes(r.actual_minutes)),
                f"<span style='color:{colour}'>{esc(_minutes(diff, signed=True))}</span>",
                esc(status_label(r.status)),
            ]
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    total_plan = sum(r.planned_minutes for r in report.rows if r.actual_minutes is not None and r.counts_plan)
    total_actual = sum(r.actual_minutes or 0 for r in report.rows if r.actual_minutes is not None)
    parts.append(
        "<p>"
        + esc(
            _t("Gjennomførte bolker: planlagt {plan} min, faktisk {actual} min, avvik {diff} min.").format(
                plan=round(total_plan),
                actual=round(total_actual),
                diff=_minutes(total_actual - total_plan, signed=True),
            )
        )
        + "</p>"
    )
    parts.append(
        f"<p style='color:#666666; font-size:6pt'>{esc(_t('Skrevet ut {time}').format(time=printed.strftime('%d.%m.%Y %H:%M')))}</p>"
    )
    parts.append("</body></html>")
    return "".join(parts)


def _temp_beside(path: Path, suffix: str) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise ExportError(
            _t("Kan ikke skrive {path}: {reason}. Velg en annen mappe.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    os.close(fd)
    return Path(name)


def export_csv(report: Report, path: Path) -> Path:
    path = Path(path)
    probe = _temp_beside(path, ".probe")  # a clear message when the folder cannot be written
    probe.unlink(missing_ok=True)
    try:
        return write_csv(report, path)
    except OSError as exc:
        raise ExportError(
            _t("Kan ikke skrive {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from exc


def export_pdf(report: Report, path: Path, printed: datetime) -> Path:
    """Draw the rundown with Qt's PDF writer (A4, paginated by ``QTextDocument``); written in one
    piece with an ordinary file's permissions (``atomic_write``)."""
    path = Path(path)
    probe = _temp_beside(path, ".probe")  # a clear message when the folder cannot be written
    probe.unlink(missing_ok=True)
    data = pdf.render(rundown_html(report, printed), title=report.title or _t("Kjøreplan"), margins_mm=14,
                      font=("DejaVu Sans", 7), page="points", document_margin=0)  # fonts in points
    if not data:
        raise ExportError(_t("PDF-en ble tom; {path} er ikke skrevet.").format(path=path))
    try:
        atomic_write.write_bytes(path, data)
    except OSError as exc:
        raise ExportError(
            _t("Kan ikke skrive {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return path
