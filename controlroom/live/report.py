"""Planned versus actual, per block: the data behind ``controlroom report``, the CSV export and
the PDF rundown (the rundown itself is drawn by the live panels with Qt's PDF writer).

A block run more than once (the moderator went back with Previous or Go to) gets one row per
segment, each with its own start and end, so no two rows of the report overlap in time. Its
planned length is counted once, and the difference from the plan stands on its last segment
(all its segments together against the plan)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from controlroom.atomic_write import atomic_open
from controlroom.clock import Clock, SystemClock
from controlroom.exporters import safe_csv
from controlroom.i18n import tr
from controlroom.live.engine import fold
from controlroom.live.runlog import RunLog
from controlroom.live.state import LiveState
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.store import EventStore
from controlroom.timefmt import DEFAULT_TIMEZONE, zone


@dataclass(frozen=True)
class ReportRow:
    index: int
    day: date
    title: str
    planned_start: datetime  # local, event zone
    planned_minutes: float
    actual_start: datetime | None  # local, event zone
    actual_end: datetime | None
    actual_minutes: float | None  # wall time from start to end, pauses included
    difference_minutes: float | None  # actual − planned (positive: ran long)
    added_minutes: float
    status: str  # done | running | upcoming | skipped
    #: 1… for a block run in several segments (this row is one of them); 0 for a block's only row.
    segment: int = 0
    segments: int = 1

    @property
    def counts_plan(self) -> bool:
        """Whether this row carries the block's planned length in totals (its first row)."""
        return self.segment <= 1

    def display_title(self) -> str:
        if not self.segment:
            return self.title
        return tr("{title} (del {n} av {total})").format(title=self.title, n=self.segment, total=self.segments)

    def as_json(self) -> dict:
        return {
            "index": self.index,
            "day": self.day.isoformat(),
            "title": self.title,
            "planned_start": self.planned_start.strftime("%Y-%m-%dT%H:%M"),
            "planned_minutes": self.planned_minutes,
            "actual_start": self.actual_start.isoformat(timespec="seconds") if self.actual_start else None,
            "actual_minutes": self.actual_minutes,
            "difference_minutes": self.difference_minutes,
            "status": self.status,
            **({"segment": self.segment, "segments": self.segments} if self.segment else {}),
        }


@dataclass(frozen=True)
class Report:
    title: str
    timezone: str
    rows: list[ReportRow]

    def as_json(self) -> dict:
        return {"title": self.title, "timezone": self.timezone, "blocks": [r.as_json() for r in self.rows]}


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    return round((end - start).total_seconds() / 60, 2) if start is not None and end is not None else None


def rows_from_state(state: LiveState) -> list[ReportRow]:
    tz = zone(state.timezone)
    rows = []
    for t in state.timings:
        planned_min = round(t.planned_seconds / 60, 2)
        base = ReportRow(
            index=t.index,
            day=t.day,
            title=t.title,
            planned_start=t.planned_start.astimezone(tz),
            planned_minutes=planned_min,
            actual_start=t.actual_start.astimezone(tz) if t.actual_start else None,
            actual_end=t.actual_end.astimezone(tz) if t.actual_end else None,
            actual_minutes=None,
            difference_minutes=None,
            added_minutes=round(t.added_seconds / 60, 2),
            status=t.status,
        )
        spans = state.spans.get(t.uid, ())
        if len(spans) <= 1:
            actual_min = _minutes(t.actual_start, t.actual_end)
            rows.append(replace(
                base,
                actual_minutes=actual_min,
                difference_minutes=round(actual_min - planned_min, 2) if actual_min is not None else None,
            ))
            continue
        lengths = [_minutes(start, end) for start, end in spans]
        total = None if None in lengths else sum(lengths)  # type: ignore[arg-type]
        for n, ((start, end), minutes) in enumerate(zip(spans, lengths, strict=True), start=1):
            last = n == len(spans)
            rows.append(replace(
                base,
                actual_start=start.astimezone(tz),
                actual_end=end.astimezone(tz) if end else None,
                actual_minutes=minutes,
                difference_minutes=round(total - planned_min, 2) if last and total is not None else None,
                added_minutes=base.added_minutes if last else 0.0,
                status=t.status if last else "done",
                segment=n,
                segments=len(spans),
            ))
    return rows


def build_report(store: EventStore, clock: Clock | None = None) -> Report:
    """Fold the event's run log over its agenda now and tabulate planned versus actual."""
    clock = clock or SystemClock()
    repo = AgendaRepository(store)
    info = repo.event_info()
    tzname = info.timezone or DEFAULT_TIMEZONE
    state = fold(repo.blocks(), RunLog(store, clock).all(), clock.now(), tzname)
    return Report(info.title, tzname, rows_from_state(state))


def status_label(status: str) -> str:
    """The Norwegian word for a block status (for the CSV, the PDF rundown and the panels)."""
    return {
        "done": tr("ferdig"),
        "running": tr("pågår"),
        "upcoming": tr("kommer"),
        "skipped": tr("hoppet over"),
    }.get(status, status)


def _num(value: float | None) -> str:
    """Norwegian spreadsheets read a decimal comma."""
    return "" if value is None else f"{value:g}".replace(".", ",")


def write_csv(report: Report, path: Path) -> Path:
    """Write the report as CSV for Excel/Numbers in Norway: ``;`` separated, UTF-8 with BOM.
    Written to a temporary file and renamed (``atomic_write``), so a failed write leaves no half
    file, with an ordinary file's permissions."""
    header = [
        tr("Nr"), tr("Dag"), tr("Tittel"), tr("Planlagt start"), tr("Planlagt (min)"),
        tr("Faktisk start"), tr("Faktisk slutt"), tr("Faktisk (min)"), tr("Avvik (min)"),
        tr("Lagt til (min)"), tr("Status"),
    ]  # fmt: skip
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = safe_csv.writer(fh, delimiter=";")
        w.writerow(header)
        for r in report.rows:
            w.writerow(
                [
                    r.index,
                    r.day.isoformat(),
                    r.display_title(),
                    r.planned_start.strftime("%Y-%m-%d %H:%M"),
                    _num(r.planned_minutes),
                    r.actual_start.strftime("%Y-%m-%d %H:%M:%S") if r.actual_start else "",
                    r.actual_end.strftime("%Y-%m-%d %H:%M:%S") if r.actual_end else "",
                    _num(r.actual_minutes),
                    _num(r.difference_minutes),
                    _num(r.added_minutes),
                    status_label(r.status),
                ]
            )
    return path
