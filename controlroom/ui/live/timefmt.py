"""What the live displays show, computed from a ``LiveState`` and the clock.

A ``LiveState`` is the fold at ``state.now``. Between two actions nothing changes but the clock, so
every display extrapolates: while the timer runs, the remaining time falls one second per second.
Nothing here counts ticks; every value is a function of (state, now).
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from controlroom.live.state import LiveState, Phase

# Re-exported: the live panels read every format from here.
from controlroom.timefmt import day_label as day_label
from controlroom.timefmt import local_hm as local_hm

#: Phase colours on the moderator's panel (on a light window background).
PANEL_COLOURS: dict[str, str] = {
    "idle": "#5B6670",
    "default": "#1B7F3B",
    "warning": "#B7791F",
    "danger": "#D9480F",
    "overtime": "#C92A2A",
    "paused": "#3B5BA9",
}
#: Phase colours on the black stage display (high contrast, legible across a room).
STAGE_COLOURS: dict[str, str] = {
    "idle": "#FFFFFF",
    "default": "#FFFFFF",
    "warning": "#FFD400",
    "danger": "#FF3B30",
    "overtime": "#FF1A1A",
    "paused": "#8FB4FF",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveDisplay", text)


def remaining_at(state: LiveState, now: datetime) -> float:
    """Seconds left of the current block at ``now`` (negative in overtime)."""
    if not state.running:
        return state.remaining_seconds
    return state.remaining_seconds - (now - state.now).total_seconds()


def phase_at(state: LiveState, now: datetime) -> Phase:
    """The phase at ``now``: the fold's phase, moved on by the clock while the timer runs."""
    if not state.running:
        return state.phase
    left = remaining_at(state, now)
    if left < 0:
        return "overtime"
    if left <= state.danger_seconds:
        return "danger"
    if left <= state.warn_seconds:
        return "warning"
    return "default"


def displayed_seconds(remaining: float) -> int:
    """The whole second a countdown shows: counting down it rounds up (00:01 in the last second),
    in overtime the overrun rounds down (+00:01 one second after zero). Negative means overrun."""
    if remaining > 0:
        return math.ceil(remaining - 1e-9)
    return -math.floor(-remaining + 1e-9)


def format_seconds(total: int) -> str:
    """``mm:ss`` below an hour, ``h:mm:ss`` from an hour."""
    total = abs(int(total))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}"


def countdown_text(remaining: float) -> str:
    """The countdown: ``12:34``; past zero the overrun counts up with a leading ``+``."""
    shown = displayed_seconds(remaining)
    if shown < 0:
        return "+" + format_seconds(-shown)
    return format_seconds(shown)


def seconds_to_next_flip(remaining: float) -> float:
    """Seconds until the displayed countdown changes (the remaining time crosses a whole second)."""
    frac = remaining - math.floor(remaining)
    return frac if frac > 1e-6 else 1.0


def flash_on(remaining: float) -> bool:
    """In overtime the stage flashes once a second, in step with the displayed overrun."""
    return displayed_seconds(remaining) % 2 == 0


def _amount(minutes: int) -> str:
    """ "12 min", "2 t 15 min" from two hours, "3 døgn" from two days."""
    if minutes >= 2 * 24 * 60:
        return _t("{n} døgn").format(n=round(minutes / (24 * 60)))
    if minutes >= 120:
        hours, rest = divmod(minutes, 60)
        return _t("{h} t {m} min").format(h=hours, m=rest) if rest else _t("{h} t").format(h=hours)
    return _t("{n} min").format(n=minutes)


def offset_text(offset_minutes: float) -> str:
    """ "12 min bak skjema" / "3 min foran skjema" / "I rute" (within half a minute)."""
    minutes = round(offset_minutes)
    if minutes >= 1:
        return _t("{amount} bak skjema").format(amount=_amount(minutes))
    if minutes <= -1:
        return _t("{amount} foran skjema").format(amount=_amount(-minutes))
    return _t("I rute")


def signed_minutes(seconds: float | None) -> str:
    """Over/under as signed minutes: "+4 min", "−2 min", "±0"."""
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes > 0:
        return f"+{minutes} min"
    if minutes < 0:
        return f"\u2212{-minutes} min"
    return "\u00b10"


def phase_name(phase: str) -> str:
    return {
        "idle": _t("Ingen bolk"),
        "default": _t("I gang"),
        "warning": _t("Snart slutt"),
        "danger": _t("Straks slutt"),
        "overtime": _t("Over tiden"),
        "paused": _t("Pause"),
    }.get(phase, phase)


def colour(phase: str, *, stage: bool = False) -> QColor:
    return QColor((STAGE_COLOURS if stage else PANEL_COLOURS).get(phase, "#FFFFFF"))


def plan_day_note(state: LiveState) -> str | None:
    """What to say instead of the offset when the agenda day is not today in the event's zone: a
    rehearsal on last year's file is not "a million minutes behind". None on the day itself."""
    days = state.days_from_today
    if days == 0 or state.plan_day is None:
        return None
    if days < 0:
        return _t("Planlagt for {day} — avvik vises ikke").format(day=day_label(state.plan_day, capital=False))
    if days == 1:
        return _t("Starter i morgen ({day})").format(day=day_label(state.plan_day, capital=False))
    return _t("Starter om {n} dager ({day})").format(n=days, day=day_label(state.plan_day, capital=False))
