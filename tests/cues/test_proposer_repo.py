"""Proposals from the streamed flag and notes; the cue repository (edit, reorder, delete/restore)."""

from __future__ import annotations

from controlroom.cues.proposer import ProposalSettings, propose
from controlroom.cues.repository import CueRepository
from controlroom.cues.types import CueData, Trigger, trigger_label
from controlroom.importers import read_agenda
from controlroom.integrations.base import Action
from controlroom.models.agenda_repo import AgendaRepository

from .day import SEED001


def test_proposals_from_seed001_streamed_flags():
    blocks = read_agenda(SEED001).blocks
    for i, b in enumerate(blocks):
        b.uid = f"b{i:02d}"
    cues = propose(blocks, ProposalSettings(scene="Plenum"))
    by_block = {}
    for c in cues:
        by_block.setdefault(c.block_uid, []).append(c)
    kinds = {uid: [(c.trigger.value, [a.kind for a in c.actions]) for c in cs] for uid, cs in by_block.items()}
    assert kinds["b01"] == [("start", ["scene", "start_stream"])]  # Åpning: "Streames" after a non-streamed block
    assert kinds["b02"] == [("start", ["scene"])]
    assert kinds["b03"] == [("start", ["stop_stream"])]  # Lunsj says nothing: not streamed
    assert ("manual", []) in kinds["b05"]  # "ordne breakout rooms" → a reminder
    assert kinds["b08"] == [("start", ["stop_stream"]), ("manual", [])]
    teams = [c for c in by_block["b08"] if c.trigger is Trigger.MANUAL][0]
    assert teams.label == "Teams: åpne grupperommene"
    assert "b00" not in by_block  # "Streames i utgangspunktet ikke"
    # «Slutt» (b12) is the end mark: no cue on it; the streamed Avrundning before it stops the stream at its end
    assert "b12" not in by_block
    assert kinds["b11"] == [("start", ["scene"]), ("end", ["stop_stream"])]
    assert all(c.proposed for c in cues)


def test_last_streamed_block_of_day_stops_at_end():
    blocks = read_agenda(SEED001).blocks[:3]
    for i, b in enumerate(blocks):
        b.uid = f"x{i}"
    cues = propose(blocks)
    last = cues[-1]
    assert last.block_uid == "x2" and last.trigger is Trigger.END
    assert [a.kind for a in last.actions] == ["stop_stream"]


def test_repository_edit_reorder_delete_restore(store):
    blocks = AgendaRepository(store).import_draft(read_agenda(SEED001))
    repo = CueRepository(store)
    proposed = repo.replace_proposed(propose(blocks))
    uid = blocks[1].uid
    first = repo.for_block(uid)[0]
    extra = repo.add(CueData(uid, Trigger.MANUAL, [Action("companion", "press", {"location": "1/2/3"})], "Kamera 2"))
    repo.move(extra.uid, 0)
    assert [c.uid for c in repo.for_block(uid)] == [extra.uid, first.uid]
    edited = repo.update(CueData(uid, Trigger.BEFORE_END, first.actions, "Strøm", offset_seconds=120, uid=first.uid))
    assert edited.trigger is Trigger.BEFORE_END and not edited.proposed
    removed, position = repo.delete(extra.uid)
    assert position == 0 and [c.uid for c in repo.for_block(uid)] == [first.uid]
    restored = repo.add(removed, position)  # undo of a delete puts it back where it was
    assert restored.uid == extra.uid and [c.uid for c in repo.for_block(uid)] == [extra.uid, first.uid]
    # a new proposal run keeps hand-edited and hand-made cues
    again = repo.replace_proposed(propose(blocks))
    assert len(again) == len(proposed)
    assert {c.uid for c in repo.for_block(uid)} >= {extra.uid, first.uid}
    assert trigger_label(Trigger.BEFORE_END, 120) == "2 min før slutt"


def test_claim_is_exactly_once_across_stores(store, event_path):
    from controlroom.models import EventStore

    other = EventStore.open(event_path, backup=False)  # a second window on the same file
    try:
        assert CueRepository(store).claim("cue1", "auto", "tech-a") is True
        assert CueRepository(other).claim("cue1", "auto", "tech-b") is False
        assert CueRepository(other).claim("cue2", "auto", "tech-b") is True
    finally:
        other.close()
