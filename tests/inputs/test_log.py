"""The input log's core: capture, inline tags and kinds, SDGs, edit/undo/history, search, counts."""

from __future__ import annotations

import pytest

from controlroom.errors import BadInputError
from controlroom.inputs.log import InputLog
from controlroom.inputs.parse import MAX_TEXT, fold, parse
from controlroom.inputs.types import NO_BLOCK, InputFilter
from controlroom.models import EventStore


def test_capture_is_committed_with_time_block_source_and_inline_tags(store, clock, blocks, event_path):
    running = blocks[4].uid
    log = InputLog(store, clock, current_block=lambda: running)
    rec = log.add("Husk innspill fra Teams #Frivillighet #sdg-17", source="teams", author="Kari")
    assert (rec.block_uid, rec.source, rec.kind, rec.author) == (running, "teams", "innspill", "Kari")
    assert rec.tags == ("frivillighet", "sdg17")
    assert rec.at == clock.now()
    # on disk: a fresh store on the same file sees it
    other = EventStore.open(event_path, backup=False)
    try:
        assert [r.text for r in InputLog(other, clock).all()] == ["Husk innspill fra Teams #Frivillighet #sdg-17"]
    finally:
        other.close()


def test_explicit_block_and_extra_tags(log, blocks):
    rec = log.add("Bibliotekene som møteplass", block_uid=blocks[1].uid, tags=["#Bibliotek", "bkm4"])
    assert rec.block_uid == blocks[1].uid
    assert rec.tags == ("bibliotek", "sdg4")


@pytest.mark.parametrize(
    ("typed", "kind", "text"),
    [
        ("? Hvem eier dataene", "spørsmål", "Hvem eier dataene"),
        ("! Lage en oversikt", "tiltak", "Lage en oversikt"),
        ("+ Språkkafé", "idé", "Språkkafé"),
        ("~ Vekst mot utslipp", "målkonflikt", "Vekst mot utslipp"),
        ("spm: Hvem betaler?", "spørsmål", "Hvem betaler?"),
        ("Ide: felles nettside", "idé", "felles nettside"),
        ("målkonflikt: fortetting mot grøntareal", "målkonflikt", "fortetting mot grøntareal"),
        ("!! Viktig", None, "!! Viktig"),
        ("Vanlig innspill: med kolon", None, "Vanlig innspill: med kolon"),
    ],
)
def test_inline_kind_markers(typed, kind, text):
    p = parse(typed)
    assert (p.kind, p.text) == (kind, text)


def test_explicit_kind_wins_and_diacritic_less_kinds_are_accepted(log):
    assert log.add("? Et spørsmål", kind="tiltak").kind == "tiltak"
    assert log.add("x", kind="sporsmal").kind == "spørsmål"
    assert log.add("y", kind="malkonflikt").kind == "målkonflikt"
    assert log.add("z", kind="ide").kind == "idé"
    with pytest.raises(BadInputError, match="Ukjent type"):
        log.add("w", kind="klage")


@pytest.mark.parametrize("tag", ["#sdg13", "#SDG13", "#sdg-13", "#sdg_13", "#bærekraftsmål13", "#baerekraftsmal13", "#bkm13"])
def test_sdg_spellings_normalise(tag):
    assert parse(f"Klima {tag}").tags == ["sdg13"]


@pytest.mark.parametrize("tag", ["#sdg0", "#sdg18", "#sdg99"])
def test_sdg_out_of_range_is_refused_and_nothing_saved(log, tag):
    with pytest.raises(BadInputError, match="1–17"):
        log.add(f"Klima {tag}")
    with pytest.raises(BadInputError, match="1–17"):
        log.add("Klima", tags=[tag])
    assert log.all() == []


def test_hashes_that_are_not_tags(log):
    assert log.add("Vi bruker C# og https://x.no/side#anker").tags == ()


def test_edit_keeps_history_and_undo_redo(log):
    rec = log.add("Frivilligheten må med #frivillighet")
    log.star(rec.id)
    edited = log.edit(rec.id, text="Frivilligheten må med tidlig #planlegging", kind="tiltak")
    assert edited.tags == ("planlegging",)
    assert edited.kind == "tiltak" and edited.starred
    assert [h.action for h in log.history(rec.id)] == ["add", "star", "edit"]
    assert log.history(rec.id)[-1].before["text"] == "Frivilligheten må med #frivillighet"
    undone = log.undo()
    assert (undone.text, undone.kind, undone.tags) == ("Frivilligheten må med #frivillighet", "innspill", ("frivillighet",))
    redone = log.redo()
    assert redone.text.endswith("#planlegging")
    assert [h.action for h in log.history(rec.id)] == ["add", "star", "edit", "undo", "redo"]


def test_explicit_tags_survive_a_text_edit(log):
    rec = log.add("Skolen #skole", tags=["sdg4"])
    assert log.edit(rec.id, text="Skolen og SFO").tags == ("sdg4",)


def test_delete_and_undo_and_undo_of_add(log):
    a = log.add("Første")
    b = log.add("Andre")
    log.delete(a.id)
    assert [r.text for r in log.all()] == ["Andre"]
    assert log.get(a.id).deleted
    log.undo()
    assert [r.text for r in log.all()] == ["Første", "Andre"]
    log.undo()  # undoes the delete's predecessor: adding "Andre"
    assert [r.text for r in log.all()] == ["Første"]
    assert log.redo().id == b.id
    assert [h.action for h in log.history(a.id)] == ["add", "delete", "undo"]
    assert log.redo().deleted  # the delete again
    assert not log.can_redo()
    assert [h.action for h in log.history(a.id)] == ["add", "delete", "undo", "redo"]


def test_a_new_change_clears_redo(log):
    a = log.add("En")
    log.undo()
    assert log.can_redo()
    log.add("To")
    assert not log.can_redo()
    assert log.get(a.id).deleted


def test_search_is_case_and_diacritic_insensitive_and_filters_combine(log, blocks):
    b1, b2 = blocks[1].uid, blocks[4].uid
    log.add("Bærekraft i Ålesund #sdg11", block_uid=b1, source="room")
    log.add("? Hvem betaler for KJØRING", block_uid=b1, source="teams", author="Øystein")
    s = log.add("Kjøring til skolen #sdg4", block_uid=b2, source="group", source_ref="3")
    log.star(s.id)
    log.add("Uten programpost", source="zoom")
    assert [r.text for r in log.search(text="baerekraft alesund")] == ["Bærekraft i Ålesund #sdg11"]
    assert len(log.search(text="kjoring")) == 2
    assert len(log.search(text="oystein")) == 1  # the author is searchable
    assert [r.source for r in log.search(text="kjøring", block_uid=b1)] == ["teams"]
    assert [r.text for r in log.search(source_ref="3")] == ["Kjøring til skolen #sdg4"]
    assert [r.kind for r in log.search(kind="spørsmål")] == ["spørsmål"]
    assert [r.text for r in log.search(tag="#SDG4")] == ["Kjøring til skolen #sdg4"]
    assert [r.id for r in log.search(starred=True)] == [s.id]
    assert [r.source for r in log.search(block_uid=NO_BLOCK)] == ["zoom"]
    assert log.search(InputFilter(text="kjøring", source="room")) == []
    assert fold("ÆØÅ é") == "aeoa e"


def test_counts_per_block_and_source(log, blocks):
    b1 = blocks[4].uid
    for src in ("room", "room", "teams", "zoom"):
        log.add(f"fra {src}", block_uid=b1, source=src)
    gone = log.add("slettet", block_uid=b1, source="teams")
    log.delete(gone.id)
    log.add("annen bolk", block_uid=blocks[1].uid)
    c = log.counts()
    assert c.total == 5
    assert c.by_block == {b1: 4, blocks[1].uid: 1}
    assert c.by_source == {"room": 3, "teams": 1, "zoom": 1}
    assert c.sources_for(b1) == {"room": 2, "teams": 1, "zoom": 1}


def test_hostile_text(log):
    with pytest.raises(BadInputError, match="for langt"):
        log.add("x" * 100_000)
    assert log.all() == []
    exactly = log.add("y" * MAX_TEXT)
    assert len(exactly.text) == MAX_TEXT
    rec = log.add("Før\x00\x07\x1b[31mrødt\x7f\r\nny linje\tmed tab")
    assert rec.text == "Før[31mrødt\nny linje\tmed tab"
    rtl = "مرحبا بالجميع \u200fשלום 👋🏽 👨‍👩‍👧"
    assert log.add(rtl).text == rtl
    html = '<b>fet</b> <script>alert(1)</script> { HYPERLINK "http://x" } { MERGEFIELD navn }'
    assert log.add(html).text == html
    with pytest.raises(BadInputError, match="tomt"):
        log.add("  \x00 \n ")


def test_changes_from_another_window_are_picked_up(store, clock, event_path):
    mine = InputLog(store, clock)
    seen: list[list[str]] = []
    mine.subscribe(lambda recs: seen.append([r.text for r in recs]))
    mine.add("Mitt")
    other_store = EventStore.open(event_path, backup=False)
    try:
        theirs = InputLog(other_store, clock)
        t = theirs.add("Deres")
        mine_rec = theirs.all()[0]
        theirs.edit(mine_rec.id, text="Mitt, rettet av den andre")
        theirs.delete(t.id)
    finally:
        other_store.close()
    changed = mine.refresh()
    assert sorted(r.text for r in changed) == ["Deres", "Mitt, rettet av den andre"]
    assert [r.text for r in mine.all()] == ["Mitt, rettet av den andre"]
    assert seen[0] == ["Mitt"]
    assert mine.refresh() == []  # nothing new: nothing notified
    assert [r.text for r in mine.since(0)] == ["Mitt, rettet av den andre", "Deres"]


def test_upsert_external_no_duplicates_edits_and_deletions(store, clock, event_path):
    log = InputLog(store, clock)
    at = clock.now()
    a = log.upsert_external("AAMk-1", "Hei fra Teams #klima", "Kari", at)
    assert log.upsert_external("AAMk-1", "Hei fra Teams #klima", "Kari", at) == a
    # a restart: a new log on a new store, same message again
    again = EventStore.open(event_path, backup=False)
    try:
        assert InputLog(again, clock).upsert_external("AAMk-1", "Hei fra Teams #klima", "Kari", at).id == a.id
    finally:
        again.close()
    log.refresh()
    edited = log.upsert_external("AAMk-1", "Hei fra Teams, rettet #klima #sdg13", "Kari", at,
                                 edited_at=clock.advance(60))
    assert edited.text == "Hei fra Teams, rettet #klima #sdg13" and edited.tags == ("klima", "sdg13")
    # an older edit arriving late does not overwrite the newer one
    assert log.upsert_external("AAMk-1", "gammel", "Kari", at, edited_at=at).text == edited.text
    gone = log.upsert_external("AAMk-1", "", "Kari", at, deleted=True)
    assert gone.deleted and log.all() == []
    assert [h.action for h in log.history(a.id)] == ["add", "external_edit", "external_delete"]
    assert log.upsert_external("AAMk-2", "slettet før vi så den", "Ola", at, deleted=True) is None
    # chat is never refused: too long is cut, an unknown SDG is dropped
    long = log.upsert_external("z-1", "x" * 50_000 + " #sdg42", None, at, source="zoom")
    assert len(long.text) <= 10_000 and long.text.endswith("…") and long.source == "zoom"
    assert len(log.all(include_deleted=True)) == 2


def test_migration_0004_goes_down_and_up_again(event_path, store, clock):
    from alembic import command

    from controlroom.models.store import _alembic_config

    InputLog(store, clock).add("før")
    with store.engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003_people")
        assert "input_item" not in {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        command.upgrade(cfg, "head")
    assert InputLog(store, clock).all() == []
    assert InputLog(store, clock).add("etter").id == 1
