"""The phones' store work on a real PostgreSQL (a shared live event): codes handed out and revoked, one
"+1" per participant under a unique key, and the notes' compare-and-set."""

from __future__ import annotations

import pytest

from controlroom.clock import SystemClock
from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.inputs.log import InputLog
from controlroom.models import EventStore
from controlroom.models.people import code_is_wellformed
from controlroom.models.people_repo import PeopleRepository

pytestmark = pytest.mark.postgres


def test_codes_plus_and_notes_on_postgres(pg_event_url):
    store = EventStore.open(pg_event_url)
    try:
        people = PeopleRepository(store)
        people.import_participants(sample_participants(40, seed=5))
        codes = people.codes()
        assert len({c.code for c in codes}) == 40 and all(code_is_wellformed(c.code) for c in codes)
        new = people.revoke_code(codes[0].email)
        assert people.phone_person(codes[0].code) is None and people.phone_person(new).email == codes[0].email
        log = InputLog(store, SystemClock())
        rec = log.add_from_phone("Frivilligheten må med")
        assert log.plus_one(rec.id, codes[1].participant_id)[1] is True
        again, counted = log.plus_one(rec.id, codes[1].participant_id)
        assert counted is False and again.plus == 1
        formation = form(people.participants(), FormOptions(joint_search=False))
        people.save_formation("b1", formation, {})
        room = formation.rounds[0].groups[0].room
        assert people.save_group_notes("b1", 1, room, "Første", 0).saved
        stale = people.save_group_notes("b1", 1, room, "Andre", 0)
        assert not stale.saved and stale.text == "Første" and stale.revision == 1
        assert people.purge_phone_data() == 40
    finally:
        store.close()
