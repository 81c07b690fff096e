"""Plain dataclasses for cues (no SQLAlchemy, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from controlroom.i18n import tr
from controlroom.integrations.base import Action


class Trigger(StrEnum):
    START = "start"
    END = "end"
    BEFORE_END = "before_end"
    MANUAL = "manual"


def trigger_label(trigger: Trigger | str, offset_seconds: int = 0) -> str:
    t = Trigger(trigger)
    if t is Trigger.START:
        return tr("ved start")
    if t is Trigger.END:
        return tr("ved slutt")
    if t is Trigger.BEFORE_END:
        minutes, seconds = divmod(int(offset_seconds), 60)
        span = f"{minutes}:{seconds:02d}" if seconds else tr("{m} min").format(m=minutes)
        return tr("{span} før slutt").format(span=span)
    return tr("manuell")


def action_label(text: str) -> str:
    """An adapter's action or parameter label (``ActionSpec.label``, made at import in the source
    language) in the UI's language."""
    return tr(text)


def action_name(kind: str) -> str:
    """What an action kind is called on screen ("start_stream" → "start strømming" / "start streaming")."""
    names = {
        "scene": tr("scene"), "start_stream": tr("start strømming"), "stop_stream": tr("stopp strømming"),
        "start_record": tr("start opptak"), "stop_record": tr("stopp opptak"), "mute": tr("demp"),
        "unmute": tr("slå på lyd"), "cut": tr("klipp til"), "fade": tr("ton over til"),
        "preview": tr("forhåndsvis"), "press": tr("trykk"), "set_variable": tr("sett variabel"),
        "send": tr("send"), "post": tr("send"), "preassign": tr("Forhåndstildel grupperom"),
    }  # fmt: skip
    return names.get(kind, kind)


@dataclass
class CueData:
    block_uid: str
    trigger: Trigger = Trigger.START
    actions: list[Action] = field(default_factory=list)
    label: str = ""
    offset_seconds: int = 0
    position: int = 0
    armed: bool = True
    proposed: bool = False
    notes: str = ""
    uid: str = ""
    id: int | None = None

    @property
    def automatic(self) -> bool:
        return self.trigger is not Trigger.MANUAL

    def actions_json(self) -> list[dict[str, Any]]:
        return [a.to_dict() for a in self.actions]

    def title(self) -> str:
        """The label, or a text made from the actions."""
        if self.label:
            return self.label
        return " + ".join(f"{a.adapter}: {action_name(a.kind)} {' '.join(str(v) for v in a.params.values())}".strip()
                          for a in self.actions) or tr("(ingen handlinger)")


class CueStatus(StrEnum):
    """Where a cue is, derived from the run log, the live state and the clock."""

    PENDING = "pending"  # not due yet
    DUE = "due"  # due now (an automatic cue about to fire, or a manual cue whose block runs)
    HELD = "held"  # due but held (not armed, or all automatic cues held): waits for GO
    FIRING = "firing"  # cue.firing logged, no result yet (in this process)
    DONE = "done"  # fired, every action succeeded
    FAILED = "failed"  # fired, at least one action failed
    UNCERTAIN = "uncertain"  # cue.firing logged but no result: the app stopped mid-cue; never re-fired blindly
    MISSED = "missed"  # was due while the app was down (or held); shown, not fired
    SKIPPED = "skipped"  # the tech host skipped it


FINISHED = frozenset({CueStatus.DONE, CueStatus.FAILED, CueStatus.UNCERTAIN, CueStatus.MISSED, CueStatus.SKIPPED})


@dataclass(frozen=True)
class CueView:
    """One row of the upcoming-cues list / cue log: the cue, its due instant (None: manual or not known
    yet) and its status."""

    cue: CueData
    block_index: int
    block_title: str
    due_at: datetime | None
    status: CueStatus
    message: str = ""
    fired_at: datetime | None = None
