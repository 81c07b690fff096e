"""The workbook reads the inputs with its own lean query: exactly the inputs the input log lists (deleted ones
and phone inputs waiting for approval left out), oldest first, with their text, tags, source and star."""

from __future__ import annotations

from datetime import timedelta

from controlroom.inputs.log import InputLog
from controlroom.workbook.build import _tags, build_workbook, workbook_inputs


def test_the_workbook_reads_what_the_input_log_lists(store, blocks, clock):
    log = InputLog(store, clock, origin="test")
    made = []
    for i in range(12):
        at = clock.now() + timedelta(minutes=(7 * i) % 5)  # out of order, some at the same minute
        made.append(log.add(f"Innspill {i} #tema{i % 3} #sdg{1 + i % 17}", block_uid=blocks[i % 4].uid,
                            source=("room", "teams", "group", "zoom")[i % 4], author="Kari" if i % 2 else None,
                            at=at))
    log.delete(made[3].id)
    log.star(made[5].id)
    log.add("Uten bolk og uten stikkord", block_uid=None, source="room")
    log.set_phone_approval(True)
    waiting = log.add_from_phone("Venter på godkjenning #sdg13")
    log.set_phone_approval(False)
    shown = log.add_from_phone("Fra en telefon #sdg4")
    log.upsert_external_many([("chat-1", "Fra Teams #sdg17", "Ola", clock.now(), False, None)])

    listed = sorted(log.all(), key=lambda r: (r.at, r.id))
    read = workbook_inputs(store)
    assert [r.id for r in read] == [r.id for r in listed]
    assert waiting.id not in {r.id for r in read} and made[3].id not in {r.id for r in read}
    assert shown.id in {r.id for r in read}
    for row, rec in zip(read, listed, strict=True):
        assert (row.text, row.source, row.source_ref, row.author, row.kind, row.block_uid, bool(row.starred)) == \
            (rec.text, rec.source, rec.source_ref, rec.author, rec.kind, rec.block_uid, rec.starred)
        goals = [t for t in rec.tags if t.startswith("sdg")]
        assert [t for t in _tags(row.tags) if t.startswith("sdg")] == goals

    doc = build_workbook(store)
    items = [n for n in doc.nodes if n.kind == "item"]
    assert {n.text for n in items} == {r.text for r in listed}
    assert not any("Venter på godkjenning" in n.text for n in doc.nodes)
