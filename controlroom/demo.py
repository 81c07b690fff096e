"""The bundled demo event: seed 001 (a SessionLab agenda for a network day in Stavanger) imported into
the user's data dir, with a small registration list and formed groups so every panel has something to show.

The demo is meant to be *run*: its day is always today (in the event's time zone), so the timer shows
real ahead/behind figures instead of "1.3 million minutes behind" for a day in 2024. A demo file whose
day is not today is thrown away and rebuilt — it is a demo, nothing in it is meant to be kept.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from platformdirs import user_data_path

from controlroom import APP_NAME
from controlroom.resources import resource_path

DEMO_AGENDA = "nettverkssamling-2024.txt"
DEMO_FILE = "demo-nettverkssamling.krom"
DEMO_TITLE = "Nettverkssamling (demo)"
#: Titles the demo has had (before it was dated today it was built as the 2024 day).
DEMO_TITLES = (DEMO_TITLE, "Nettverkssamling 6. mai 2024")
DEMO_PLACE = "Stavanger"
DEMO_TIMEZONE = "Europe/Oslo"
#: The block the demo forms groups for (3–4 per group, at most 2 from the same municipality).
DEMO_GROUP_BLOCK = "Hvor er gullet i bærekraftsarbeidet?"
DEMO_PARTICIPANTS = 40
DEMO_SEED = 1
#: The venue's group rooms (on site); Teams and Zoom rooms get their default names.
DEMO_ROOMS = ("Lysefjorden", "Preikestolen", "Kjerag", "Ryfylke", "Jæren", "Dalane", "Karmsund")

#: SessionLab's text export drops the blocks' colours; the demo puts them back as the organiser had them.
DEMO_CATEGORIES = {
    "Fylkeskommunenes samling": "Diskusjon",
    "Åpning og velkommen": "Innlegg",
    "KS informerer": "Innlegg",
    "Målkonflikter": "Workshop",
    "Forankring av bærekraft i plansystemet": "Workshop",
    "Hvor er gullet i bærekraftsarbeidet?": "Diskusjon",
    "Deling i plenum fra gruppediskusjonene": "Diskusjon",
    "Måling og rapportering": "Innlegg",
    "Avrundning": "Diskusjon",
}


def demo_today(timezone: str = DEMO_TIMEZONE) -> date:
    """Today's date where the demo takes place (not the machine's local date)."""
    return datetime.now(ZoneInfo(timezone)).date()


def _demo_day(path: Path) -> date | None:
    """The first day of the demo file at ``path``, or None when it cannot be read (then it is rebuilt)."""
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    try:
        store = EventStore.open(path, backup=False)
    except Exception:  # noqa: BLE001 - an unreadable or outdated demo, whatever the fault: rebuild it
        return None
    try:
        blocks = AgendaRepository(store).blocks()
        return min((b.day for b in blocks), default=None)
    except Exception:  # noqa: BLE001 - a damaged demo: rebuild it
        return None
    finally:
        store.close()


def refresh_if_demo(path: Path, *, today: date | None = None) -> Path:
    """``path`` itself, except for a demo file from another day: that one is rebuilt for today first
    (the last-opened event, a recent file or File → Open may all point at yesterday's demo)."""
    path = Path(path)
    if path.name != DEMO_FILE or not path.exists() or _demo_title(path) not in DEMO_TITLES:
        return path
    return ensure_demo_event(path.parent, today=today)


def _demo_title(path: Path) -> str | None:
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    try:
        store = EventStore.open(path, backup=False)
    except Exception:  # noqa: BLE001 - not a readable demo: opened as it is, never rebuilt
        return None
    try:
        return AgendaRepository(store).event_info().title
    except Exception:  # noqa: BLE001 - not a readable demo: opened as it is, never rebuilt
        return None
    finally:
        store.close()


def ensure_demo_event(data_dir: Path | None = None, *, today: date | None = None) -> Path:
    """Return the demo event file, (re)building it from the bundled agenda when it is missing or its
    day is not ``today`` (default: today in the demo's time zone)."""
    data_dir = data_dir or user_data_path(APP_NAME, appauthor=False)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DEMO_FILE
    today = today or demo_today()
    if path.exists() and _demo_day(path) == today:
        return path
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    build_demo_event(tmp, today)
    for stale in path.parent.glob(path.name + "*"):  # the old file and its journal/backups
        if stale != tmp:
            stale.unlink(missing_ok=True)
    tmp.replace(path)
    return path


def build_demo_event(path: Path, today: date) -> None:
    """Write the demo event to ``path`` (a new file): the agenda on ``today``, participants and groups."""
    from controlroom.models import EventStore

    store = EventStore.open(path, create=True, backup=False)
    try:
        _import_agenda(store, today)
        _seed_people(store)
        _propose_cues(store)
    finally:
        store.close()


def _import_agenda(store, today: date) -> None:
    from datetime import timedelta

    from controlroom.importers import read_agenda
    from controlroom.models.agenda_repo import AgendaRepository

    draft = read_agenda(resource_path("demo", DEMO_AGENDA))
    first = min(b.day for b in draft.blocks)
    shift = timedelta(days=(today - first).days)
    for block in draft.blocks:
        block.day = block.day + shift
        if block.category is None and block.title in DEMO_CATEGORIES:
            block.category = DEMO_CATEGORIES[block.title]
        if block.title.startswith("4 år siden"):
            block.category = "Innlegg"
    draft.title = DEMO_TITLE
    draft.place = DEMO_PLACE
    draft.timezone = draft.timezone or DEMO_TIMEZONE
    repo = AgendaRepository(store)
    repo.import_draft(draft)
    repo.set_event_info(title=DEMO_TITLE, place=DEMO_PLACE)


def _seed_people(store) -> None:
    """40 deterministic participants from Rogaland (addresses @example.no) and groups for the
    group-work block, formed by the same solver the moderator uses."""
    from controlroom.grouping.rooms import RoomSpec
    from controlroom.grouping.sample import sample_participants
    from controlroom.grouping.solver import FormOptions, form
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.models.people_repo import PeopleRepository

    people = PeopleRepository(store)
    people.set_rooms([RoomSpec(name, "onsite", 6) for name in DEMO_ROOMS])
    people.import_participants(sample_participants(DEMO_PARTICIPANTS, seed=DEMO_SEED))
    block = next((b for b in AgendaRepository(store).blocks() if b.title == DEMO_GROUP_BLOCK), None)
    if block is None:
        return
    opts = FormOptions(min_size=3, max_size=4, max_per_municipality=2, seed=DEMO_SEED, rooms=people.rooms(),
                       time_budget=1.0)
    formation = form(people.participants(), opts)
    people.save_formation(block.uid, formation, {
        "size": [opts.min_size, opts.max_size], "k": opts.max_per_municipality,
        "modes": [str(m) for m in opts.modes], "seed": opts.seed, "fixed": {}, "apart": [],
        "more_small_groups": False, "split_meetings": False,
    })


def _propose_cues(store) -> None:
    """The streaming cues the agenda's streamed flags suggest, held (not armed): the demo has no OBS
    set up, so nothing fires by itself; the tech host sees the plan and can GO by hand."""
    from controlroom.cues.proposer import propose
    from controlroom.cues.repository import CueRepository
    from controlroom.models.agenda_repo import AgendaRepository

    cues = CueRepository(store)
    for cue in cues.replace_proposed(propose(AgendaRepository(store).blocks())):
        cues.set_armed(cue.uid, False)
