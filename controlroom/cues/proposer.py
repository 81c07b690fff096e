"""Cues proposed from the agenda: the streamed flag and the host's notes.

Rules (per day; the stream never runs across the night):
- a streamed block after a non-streamed one (or first of the day) starts the stream:
  "OBS: scene <scene> + start stream" at its start;
- a streamed block after a streamed one switches to the scene at its start (cheap, idempotent);
- a non-streamed block after a streamed one stops the stream at its start;
- the day's last streamed block, when nothing follows it that day, stops the stream at its end;
- an end mark (a 0-minute block, SessionLab's «Slutt») ends the programme: a streamed block right
  before it stops the stream at its end, and the mark itself gets no cue (it is never run);
- blocks whose notes or description mention breakout rooms ("Teams: Breakout rooms", "grupperom")
  get a manual reminder cue (no actions): breakout rooms are opened by hand.
A block whose streamed flag is unknown (None: the notes say nothing) counts as not streamed: seed 001
marks every streamed block ("Streames"), and lunch and breaks say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from controlroom.agenda.types import BlockData
from controlroom.cues.types import CueData, Trigger
from controlroom.i18n import tr
from controlroom.integrations.base import Action

BREAKOUT = re.compile(r"breakout|grupperom|break-out", re.IGNORECASE)
PLATFORM = re.compile(r"\b(teams|zoom)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ProposalSettings:
    obs_adapter: str = "obs"
    scene: str = "Plenum"
    #: Switch the scene on every streamed block (True) or only when the stream starts (False).
    switch_scene_each_block: bool = True


def propose(blocks: Sequence[BlockData], settings: ProposalSettings | None = None) -> list[CueData]:
    cfg = settings or ProposalSettings()
    out: list[CueData] = []
    scene = Action(cfg.obs_adapter, "scene", {"scene": cfg.scene})
    start = Action(cfg.obs_adapter, "start_stream")
    stop = Action(cfg.obs_adapter, "stop_stream")
    by_day: dict = {}
    for b in blocks:
        by_day.setdefault(b.day, []).append(b)
    for day_blocks in by_day.values():
        live = False
        last: BlockData | None = None  # the last block before this one that is run
        for b in day_blocks:
            if b.end_mark:
                if live and last is not None:
                    out.append(CueData(last.uid, Trigger.END, [stop], tr("Stopp strømmen (programmet slutter)"),
                                       proposed=True))
                live = False
                continue
            last = b
            streamed = bool(b.streamed)
            if streamed and not live:
                out.append(CueData(b.uid, Trigger.START, [scene, start],
                                   tr("Start strømmen (scene {scene})").format(scene=cfg.scene), proposed=True))
            elif streamed and live and cfg.switch_scene_each_block:
                out.append(CueData(b.uid, Trigger.START, [scene],
                                   tr("Scene {scene}").format(scene=cfg.scene), proposed=True))
            elif not streamed and live:
                out.append(CueData(b.uid, Trigger.START, [stop], tr("Stopp strømmen"), proposed=True))
            live = streamed
            text = f"{b.notes}\n{b.description}"
            if BREAKOUT.search(text):
                platform = PLATFORM.search(text)
                name = platform.group(1).capitalize() if platform else tr("Plattform")
                out.append(CueData(b.uid, Trigger.MANUAL, [],
                                   tr("{platform}: åpne grupperommene").format(platform=name), proposed=True))
        if live and last is not None:
            out.append(CueData(last.uid, Trigger.END, [stop], tr("Stopp strømmen (dagens siste)"), proposed=True))
    return out
