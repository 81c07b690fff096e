"""Reading and writing participants, rooms, formed groups and notes. Short sessions; plain dataclasses out.

Other areas read through this class: the workbook (``notes_for_block``), the Zoom/Teams integration
(``groups_for_block``, ``moves_between_rounds``), the phones (``phone_person``, ``save_group_notes``).
Every write is one transaction.

Every participant gets a personal code when they are imported or added (``codes``, ``revoke_code``);
``purge_phone_data`` removes the codes, the phones' device marks and who gave which "+1" after the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from controlroom.clock import SystemClock, to_micros
from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping.rooms import PLATFORM_LIMITS, RoomSpec, check_room_count
from controlroom.grouping.types import (
    Formation,
    Group,
    GroupNote,
    Move,
    OnlineGroup,
    Participant,
    Round,
    RoundMode,
)
from controlroom.i18n import tr
from controlroom.models.agenda import Setting
from controlroom.models.group_notes import group_notes
from controlroom.models.inputs import InputPlus
from controlroom.models.people import (
    GroupingRow,
    GroupRow,
    ParticipantRow,
    PhoneDeviceRow,
    RoomRow,
    TopicRow,
    new_code,
    normalise_code,
)
from controlroom.models.store import EventStore

#: The event setting that holds the platform for "Digitalt" without a platform.
DEFAULT_ONLINE_KEY = "people.default_online"


@dataclass(frozen=True)
class PersonalCode:
    """One line of the host's code list (never sent to a phone or a view)."""

    participant_id: int
    name: str
    email: str
    municipality: str
    code: str
    #: Phones signed in with this code (device marks).
    devices: int = 0


@dataclass(frozen=True)
class PhonePerson:
    """Whom a personal code opens: the id, the identity (e-mail key) and the name."""

    participant_id: int
    email: str
    name: str
    attendance: str
    code: str


@dataclass(frozen=True)
class NotesSave:
    """The outcome of a phone's notes save: saved, or refused because ``base`` was old."""

    saved: bool
    text: str
    revision: int


def _unique_code(s: Session, taken: set[str]) -> str:
    """A fresh code not in the event (nor in ``taken``, codes handed out in this transaction)."""
    while True:
        code = new_code()
        if code not in taken and s.scalar(select(ParticipantRow.id).where(ParticipantRow.code == code)) is None:
            taken.add(code)
            return code


def _to_participant(r: ParticipantRow) -> Participant:
    return Participant(name=r.name, email=r.email, organisation=r.organisation, municipality=r.municipality,
                       attendance=r.attendance, no_show=r.no_show, walk_in=r.walk_in)  # type: ignore[arg-type]


def _to_group(r: GroupRow) -> Group:
    return Group(room=r.room, pool=r.pool, members=list(r.members or []), leader=r.leader,  # type: ignore[arg-type]
                 note_taker=r.note_taker, meeting=r.meeting, notes=r.notes)


def read_notes_file(path: str | Path) -> str:
    """The text of a .txt (UTF-8 or Windows-1252) or .docx notes file."""
    path = Path(path)
    if not path.exists():
        raise BadInputError(InputProblem(str(path), None, tr("filen finnes ikke")))
    if path.suffix.lower() == ".docx":
        from docx import Document

        try:
            doc = Document(str(path))
        except Exception as exc:  # python-docx raises several types for damaged files
            raise BadInputError(InputProblem(str(path), None, tr("kan ikke leses som Word-dokument ({e})").format(e=exc))) from exc
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts).strip()
    if path.suffix.lower() not in (".txt", ".md", ""):
        raise BadInputError(InputProblem(str(path), None, tr("ventet en .txt- eller .docx-fil")))
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace").strip()


class PeopleRepository:
    def __init__(self, store: EventStore) -> None:
        self.store = store

    # -- participants ----------------------------------------------------------------------------
    def participants(self, *, include_no_shows: bool = True) -> list[Participant]:
        with self.store.session() as s:
            rows = s.scalars(select(ParticipantRow).order_by(ParticipantRow.position, ParticipantRow.id)).all()
            return [_to_participant(r) for r in rows if include_no_shows or not r.no_show]

    def participant(self, email: str) -> Participant | None:
        with self.store.session() as s:
            row = s.scalars(select(ParticipantRow).where(ParticipantRow.email == email.strip().lower())).first()
            return _to_participant(row) if row else None

    def import_participants(self, people: list[Participant]) -> tuple[int, int]:
        """Add or update (by e-mail) in one transaction. Returns (added, updated)."""
        with self.store.transaction() as s:
            return _upsert_people(s, people)

    def save_participant(self, p: Participant, *, old_email: str | None = None) -> None:
        """Insert or edit one person (``old_email`` when the e-mail itself changes)."""
        with self.store.transaction() as s:
            key = (old_email or p.email).strip().lower()
            row = s.scalars(select(ParticipantRow).where(ParticipantRow.email == key)).first()
            if row is None:
                pos = s.scalars(select(ParticipantRow.position).order_by(ParticipantRow.position.desc())).first()
                row = ParticipantRow(email=p.key, position=(pos or 0) + 1, code=_unique_code(s, set()))
                s.add(row)
            elif p.key != key and s.scalars(select(ParticipantRow).where(ParticipantRow.email == p.key)).first():
                raise BadInputError(tr("{email} finnes allerede").format(email=p.email))
            row.email, row.name, row.organisation = p.key, p.name, p.organisation
            row.municipality, row.attendance, row.no_show, row.walk_in = p.municipality, p.attendance, p.no_show, p.walk_in

    def default_online(self) -> str | None:
        """The event's platform for "Digitalt" without a platform ("teams" or "zoom"), once chosen."""
        with self.store.session() as s:
            row = s.get(Setting, DEFAULT_ONLINE_KEY)
            return str(row.value) if row is not None and row.value in ("teams", "zoom") else None

    def set_default_online(self, platform: str) -> None:
        if platform not in ("teams", "zoom"):
            raise BadInputError(tr("ukjent plattform «{p}»; ventet teams eller zoom").format(p=platform))
        with self.store.transaction() as s:
            row = s.get(Setting, DEFAULT_ONLINE_KEY)
            if row is None:
                s.add(Setting(key=DEFAULT_ONLINE_KEY, value=platform))
            else:
                row.value = platform

    def delete_participant(self, email: str) -> None:
        with self.store.transaction() as s:
            s.execute(delete(ParticipantRow).where(ParticipantRow.email == email.strip().lower()))

    def set_no_show(self, emails: list[str], flag: bool = True) -> list[str]:
        """Mark people as not present (or present again); returns the e-mails not found."""
        keys = [e.strip().lower() for e in emails]
        with self.store.transaction() as s:
            rows = {r.email: r for r in s.scalars(select(ParticipantRow).where(ParticipantRow.email.in_(keys)))}
            missing = [e for e in keys if e not in rows]
            if missing:
                raise BadInputError(tr("ukjent deltaker: {emails}").format(emails=", ".join(missing)))
            for r in rows.values():
                r.no_show = flag
        return missing

    # -- personal codes (the phones) ---------------------------------------------------------------
    def codes(self) -> list[PersonalCode]:
        """Every participant's code, in list order, for the host (badges, the code list)."""
        with self.store.session() as s:
            devices = dict(s.execute(select(PhoneDeviceRow.participant_id, func.count())
                                     .group_by(PhoneDeviceRow.participant_id)).all())
            rows = s.scalars(select(ParticipantRow).order_by(ParticipantRow.position, ParticipantRow.id)).all()
            return [PersonalCode(r.id, r.name, r.email, r.municipality, r.code or "", int(devices.get(r.id, 0)))
                    for r in rows]

    def ensure_codes(self) -> int:
        """Give a code to everyone without one (after a purge, when the event is used again); returns how many."""
        with self.store.transaction() as s:
            rows = s.scalars(select(ParticipantRow).where(ParticipantRow.code.is_(None))).all()
            taken: set[str] = set()
            for r in rows:
                r.code = _unique_code(s, taken)
            return len(rows)

    def revoke_code(self, email: str) -> str:
        """Give the participant a new code: the old one opens nothing any more and every phone signed in
        with it is signed out (its device marks go too). Returns the new code."""
        key = email.strip().lower()
        with self.store.transaction() as s:
            row = s.scalars(select(ParticipantRow).where(ParticipantRow.email == key)).first()
            if row is None:
                raise BadInputError(tr("ukjent deltaker: {emails}").format(emails=key))
            row.code = _unique_code(s, {row.code or ""})
            s.execute(delete(PhoneDeviceRow).where(PhoneDeviceRow.participant_id == row.id))
            return row.code

    def phone_person(self, code: str) -> PhonePerson | None:
        """Whom ``code`` opens (typed or scanned: case, spaces and dashes do not matter), or None."""
        code = normalise_code(code)
        if not code:
            return None
        with self.store.session() as s:
            row = s.scalars(select(ParticipantRow).where(ParticipantRow.code == code)).first()
            return PhonePerson(row.id, row.email, row.name, row.attendance, row.code or "") if row else None

    def phone_people(self) -> list[PhonePerson]:
        """Everyone with a code, for the phones' picture of the event (read once per change)."""
        with self.store.session() as s:
            rows = s.execute(select(ParticipantRow.id, ParticipantRow.email, ParticipantRow.name,
                                    ParticipantRow.attendance, ParticipantRow.code)
                             .where(ParticipantRow.code.is_not(None))).all()
            return [PhonePerson(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]

    def notes_revisions(self, block_uid: str, round: int) -> dict[str, int]:
        """room → revision of its notes, for a round."""
        with self.store.session() as s:
            return {room: int(rev or 0) for room, rev in s.execute(
                select(GroupRow.room, GroupRow.notes_rev).where(GroupRow.block_uid == block_uid,
                                                                 GroupRow.round == round))}

    def current_codes(self) -> dict[int, str]:
        """participant id → code, for checking that a phone's code still holds."""
        with self.store.session() as s:
            return {pid: code for pid, code in s.execute(select(ParticipantRow.id, ParticipantRow.code)) if code}

    def add_device(self, participant_id: int, mark: str, at_us: int) -> None:
        """Note that a phone signed in with the participant's code (its random device mark)."""
        with self.store.transaction() as s:
            s.add(PhoneDeviceRow(participant_id=participant_id, mark=mark[:64], signed_in_us=at_us))

    def purge_phone_data(self) -> int:
        """After the event: remove every personal code, every device mark and who gave which "+1" (the
        counts stay). Returns how many codes were removed. One transaction."""
        with self.store.transaction() as s:
            done = s.execute(update(ParticipantRow).where(ParticipantRow.code.is_not(None)).values(code=None))
            s.execute(delete(PhoneDeviceRow))
            s.execute(delete(InputPlus))
            return int(getattr(done, "rowcount", 0) or 0)

    # -- rooms -----------------------------------------------------------------------------------
    def rooms(self) -> list[RoomSpec]:
        with self.store.session() as s:
            rows = s.scalars(select(RoomRow).order_by(RoomRow.position, RoomRow.id)).all()
            return [RoomSpec(r.name, r.kind, r.capacity, r.meeting) for r in rows]

    def set_rooms(self, rooms: list[RoomSpec]) -> None:
        """Replace the room list; refuses more breakout rooms per meeting than the platform allows."""
        for kind in PLATFORM_LIMITS:
            per_meeting: dict[int, int] = {}
            for r in rooms:
                if r.kind == kind:
                    per_meeting[r.meeting] = per_meeting.get(r.meeting, 0) + 1
            for count in per_meeting.values():
                check_room_count(kind, count)
        names = [r.name for r in rooms]
        if len(set(names)) != len(names):
            raise BadInputError(tr("romnavnene må være unike"))
        with self.store.transaction() as s:
            s.execute(delete(RoomRow))
            for i, r in enumerate(rooms):
                s.add(RoomRow(name=r.name, kind=r.kind, capacity=r.capacity, meeting=r.meeting, position=i))

    # -- formations ------------------------------------------------------------------------------
    def save_formation(self, block_uid: str, formation: Formation, options: dict) -> None:
        """Replace the block's groups (all rounds) in one transaction; group notes of rooms kept are kept."""
        with self.store.transaction() as s:
            old_notes = {(r.round, r.room): (r.notes, r.notes_rev)
                         for r in s.scalars(select(GroupRow).where(GroupRow.block_uid == block_uid))}
            s.execute(delete(GroupRow).where(GroupRow.block_uid == block_uid))
            s.execute(delete(GroupingRow).where(GroupingRow.block_uid == block_uid))
            figures = {k: v for k, v in formation.as_json().items() if k != "rounds"}
            figures.update(duty_repeats=formation.duty_repeats, messages=formation.messages,
                           modes=[str(r.mode) for r in formation.rounds],
                           breach_list=[vars(b) for b in formation.breach_list])
            s.add(GroupingRow(block_uid=block_uid, options=options, figures=figures,
                              created_us=to_micros(SystemClock().now())))
            for rnd in formation.rounds:
                for i, g in enumerate(rnd.groups):
                    notes, rev = old_notes.get((rnd.number, g.room), (g.notes, 0))
                    s.add(GroupRow(block_uid=block_uid, round=rnd.number, position=i, pool=g.pool, room=g.room,
                                   meeting=g.meeting, leader=g.leader, note_taker=g.note_taker,
                                   members=list(g.members), notes=notes, notes_rev=rev))

    def grouping_info(self, block_uid: str) -> tuple[dict, dict] | None:
        """(options, figures) of the block's formation, or None."""
        with self.store.session() as s:
            row = s.scalars(select(GroupingRow).where(GroupingRow.block_uid == block_uid)).first()
            return (dict(row.options), dict(row.figures)) if row else None

    def rounds(self, block_uid: str) -> list[Round]:
        info = self.grouping_info(block_uid)
        modes = (info[1].get("modes") if info else None) or []
        with self.store.session() as s:
            rows = s.scalars(select(GroupRow).where(GroupRow.block_uid == block_uid)
                             .order_by(GroupRow.round, GroupRow.position, GroupRow.id)).all()
            out: dict[int, Round] = {}
            for r in rows:
                mode = RoundMode.parse(modes[r.round - 1]) if r.round - 1 < len(modes) else RoundMode()
                out.setdefault(r.round, Round(r.round, mode, [])).groups.append(_to_group(r))
            return [out[k] for k in sorted(out)]

    def round_blocks(self, block_uid: str) -> dict[int, str]:
        """The block each round runs in (round → block uid); rounds not attached run in ``block_uid``."""
        info = self.grouping_info(block_uid)
        attached = list((info[0].get("round_blocks") if info else None) or [])
        with self.store.session() as s:
            numbers = sorted(s.scalars(select(GroupRow.round).where(GroupRow.block_uid == block_uid).distinct()))
        return {n: (attached[n - 1] if n - 1 < len(attached) and attached[n - 1] else block_uid) for n in numbers}

    def set_round_blocks(self, block_uid: str, uids: list[str]) -> None:
        """Attach round 1, 2, … of the block's formation to these blocks (one transaction)."""
        with self.store.transaction() as s:
            row = s.scalars(select(GroupingRow).where(GroupingRow.block_uid == block_uid)).first()
            if row is None:
                raise BadInputError(tr("bolken har ingen grupper ennå"))
            row.options = {**dict(row.options or {}), "round_blocks": list(uids)}

    def formation_blocks(self) -> set[str]:
        """The blocks that have groups formed (one query)."""
        with self.store.session() as s:
            return set(s.scalars(select(GroupingRow.block_uid)))

    def formations(self) -> dict[str, dict[int, str]]:
        """Every formation (keyed by its block) with the block each of its rounds runs in."""
        with self.store.session() as s:
            owners = list(s.scalars(select(GroupingRow.block_uid).order_by(GroupingRow.id)))
        return {uid: self.round_blocks(uid) for uid in owners}

    def apply_live_change(self, people: list[Participant], removed: list[str],
                          rounds: list[tuple[str, int, list[Group]]]) -> None:
        """A live change in one transaction: people added or changed, people removed (e-mails) and the
        repaired rounds (block uid, round, groups; notes stay with their room)."""
        with self.store.transaction() as s:
            _upsert_people(s, people)
            for email in removed:
                s.execute(delete(ParticipantRow).where(ParticipantRow.email == email.strip().lower()))
            s.flush()
            for uid, number, groups in rounds:  # plain inserts: a round of 1000 people is 250 rows
                where = (GroupRow.block_uid == uid, GroupRow.round == number)
                old = {room: (notes, rev) for room, notes, rev
                       in s.execute(select(GroupRow.room, GroupRow.notes, GroupRow.notes_rev).where(*where))}
                s.execute(delete(GroupRow).where(*where))
                if groups:
                    s.execute(insert(GroupRow), [
                        {"block_uid": uid, "round": number, "position": i, "pool": g.pool, "room": g.room,
                         "meeting": g.meeting, "leader": g.leader, "note_taker": g.note_taker,
                         "members": list(g.members), "notes": old.get(g.room, (g.notes, 0))[0],
                         "notes_rev": old.get(g.room, (g.notes, 0))[1]} for i, g in enumerate(groups)])

    def formation_json(self, block_uid: str) -> dict | None:
        info = self.grouping_info(block_uid)
        if info is None:
            return None
        figures = info[1]
        return {
            "rounds": [{"round": r.number, "groups": [g.as_json() for g in r.groups]} for r in self.rounds(block_uid)],
            **{k: figures.get(k, 0) for k in ("breaches", "min_breaches", "repeated_pairs", "repeated_pairs_lower_bound")},
        }

    def replace_round(self, block_uid: str, number: int, groups: list[Group]) -> None:
        """Save a repaired round (one transaction); notes stay with their room."""
        with self.store.transaction() as s:
            old = {r.room: (r.notes, r.notes_rev) for r in s.scalars(select(GroupRow).where(
                GroupRow.block_uid == block_uid, GroupRow.round == number))}
            s.execute(delete(GroupRow).where(GroupRow.block_uid == block_uid, GroupRow.round == number))
            for i, g in enumerate(groups):
                notes, rev = old.get(g.room, (g.notes, 0))
                s.add(GroupRow(block_uid=block_uid, round=number, position=i, pool=g.pool, room=g.room,
                               meeting=g.meeting, leader=g.leader, note_taker=g.note_taker, members=list(g.members),
                               notes=notes, notes_rev=rev))

    # -- what other areas read -------------------------------------------------------------------
    def groups_for_block(self, block_uid: str, round: int) -> list[OnlineGroup]:
        """A round's online groups (Teams and Zoom), for the platform integrations."""
        rnd = next((r for r in self.rounds(block_uid) if r.number == round), None)
        if rnd is None:
            return []
        return [OnlineGroup(g.room, g.pool, g.meeting, list(g.members), g.leader, g.note_taker)
                for g in rnd.groups if g.pool in ("teams", "zoom")]

    def moves_between_rounds(self, block_uid: str, from_round: int, to_round: int) -> dict[str, list[Move]]:
        """Per pool: who must move from which room to which between two rounds (people who stay are left out)."""
        rounds = {r.number: r for r in self.rounds(block_uid)}
        if from_round not in rounds or to_round not in rounds:
            return {}
        before = {e: (g.pool, g.room) for g in rounds[from_round].groups for e in g.members}
        out: dict[str, list[Move]] = {}
        for g in rounds[to_round].groups:
            for e in g.members:
                src = before.get(e)
                if src is None or src[1] != g.room:
                    out.setdefault(g.pool, []).append(Move(e, src[1] if src else None, g.room))
        for pool in out:
            out[pool].sort(key=lambda m: (m.from_room or "", m.email))
        return out

    def set_group_notes(self, block_uid: str, round: int, room: str, text: str) -> None:
        with self.store.transaction() as s:
            row = s.scalars(select(GroupRow).where(GroupRow.block_uid == block_uid, GroupRow.round == round,
                                                   GroupRow.room == room)).first()
            if row is None:
                raise BadInputError(tr("ingen gruppe i «{room}» i runde {r}").format(room=room, r=round))
            if row.notes != text:
                row.notes = text
                row.notes_rev = (row.notes_rev or 0) + 1

    def group_notes(self, block_uid: str, round: int, room: str) -> tuple[str, int] | None:
        """A group's notes and their revision, or None when there is no such group."""
        with self.store.session() as s:
            row = s.execute(select(GroupRow.notes, GroupRow.notes_rev).where(
                GroupRow.block_uid == block_uid, GroupRow.round == round, GroupRow.room == room)).first()
            return (row[0] or "", int(row[1] or 0)) if row else None

    def save_group_notes(self, block_uid: str, round: int, room: str, text: str, base: int) -> NotesSave:
        """Save a group's notes only if they are still at revision ``base`` (one compare-and-set
        UPDATE, so two phones saving at once cannot both win); else hand back what is stored."""
        where = (GroupRow.block_uid == block_uid, GroupRow.round == round, GroupRow.room == room)
        with self.store.transaction() as s:
            done = s.execute(update(GroupRow).where(*where, GroupRow.notes_rev == base)
                             .values(notes=text, notes_rev=GroupRow.notes_rev + 1))
            row = s.execute(select(GroupRow.notes, GroupRow.notes_rev).where(*where)).first()
            if row is None:
                raise BadInputError(tr("ingen gruppe i «{room}» i runde {r}").format(room=room, r=round))
            return NotesSave(bool(getattr(done, "rowcount", 0)), row[0] or "", int(row[1] or 0))

    def import_group_notes(self, block_uid: str, round: int, room: str, path: str | Path) -> str:
        text = read_notes_file(path)
        self.set_group_notes(block_uid, round, room, text)
        return text

    def set_topic_notes(self, topic_id: int, text: str) -> None:
        with self.store.transaction() as s:
            row = s.get(TopicRow, topic_id)
            if row is None:
                raise BadInputError(tr("ukjent Open Space-tema {id}").format(id=topic_id))
            row.notes = text

    def notes_for_block(self, block_uid: str) -> list[GroupNote]:
        """Group notes (round by round, room by room) and Open Space session notes (slot by slot) that
        have text, with names rather than e-mails: what the workbook compiles (for every block at once:
        ``controlroom.models.group_notes``)."""
        return group_notes(self.store, block_uid).get(block_uid, [])


def _upsert_people(s: Session, people: list[Participant]) -> tuple[int, int]:
    """Add or update ``people`` (by e-mail) in the session ``s``; new ones go last. Returns (added, updated)."""
    added = updated = 0
    keys = [p.key for p in people]
    existing = {r.email: r for r in s.scalars(select(ParticipantRow).where(ParticipantRow.email.in_(keys)))} \
        if keys else {}
    pos = (s.scalars(select(ParticipantRow.position).order_by(ParticipantRow.position.desc())).first() or 0) + 1
    taken: set[str] = set()
    for p in people:
        row = existing.get(p.key)
        if row is None:
            row = ParticipantRow(email=p.key, position=pos, code=_unique_code(s, taken))
            pos += 1
            s.add(row)
            existing[p.key] = row
            added += 1
        else:
            updated += 1
        row.name, row.organisation, row.municipality = p.name, p.organisation, p.municipality
        row.attendance, row.walk_in, row.no_show = p.attendance, p.walk_in, p.no_show
    return added, updated
