"""The people area's command implementations (parsing lives in ``people_cmds``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from controlroom.cli import people_values as values
from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping import exports
from controlroom.grouping.live_repair import repair_block
from controlroom.grouping.participants_import import read_participants
from controlroom.grouping.solver import FormOptions, form, plan
from controlroom.grouping.types import online_platform
from controlroom.i18n import tr
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people import display_code
from controlroom.models.people_repo import PeopleRepository


def _open(path: Path, create: bool = False) -> EventStore:
    return EventStore.open(path, create=create, backup=False)


@contextmanager
def _naming(what: str) -> Iterator[None]:
    """The repositories' messages do not know the command line: name the option they are about."""
    try:
        yield
    except BadInputError as exc:
        for p in exc.problems:
            p.file = p.file or what
        raise BadInputError(exc.problems) from None


def block_uid(store: EventStore, index: int) -> str:
    blocks = AgendaRepository(store).blocks()
    if not 0 <= index < len(blocks):
        raise BadInputError(InputProblem("--block", None, tr(
            "bolk {i} finnes ikke; agendaen har {n} bolker (0–{last})").format(i=index, n=len(blocks), last=len(blocks) - 1)))
    return blocks[index].uid


# -- participants -----------------------------------------------------------------------------------
def participants_list(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        people = PeopleRepository(store).participants()
    finally:
        store.close()
    if args.json:
        values.print_json([p.as_json() for p in people])
    else:
        for p in people:
            flags = (" " + tr("[ikke møtt]") if p.no_show else "") + (" " + tr("[uanmeldt]") if p.walk_in else "")
            print(f"{p.name}\t{p.email}\t{p.municipality}\t{p.attendance}{flags}")
    return 0


def participants_import(args: argparse.Namespace) -> int:
    """Import a list. ``--digital`` names the platform for "Digitalt" without one and becomes the event's
    default platform; without it the event's default (chosen earlier, here or in the window) applies.
    A refused list leaves the event file as it was (not even created)."""
    default = None
    if isinstance(args.event, str) or args.event.exists():  # a database URL, or a file that exists
        store = _open(args.event)
        try:
            default = PeopleRepository(store).default_online()
        finally:
            store.close()
    platform = online_platform(args.digital or default)
    try:
        result = read_participants(args.file, default_online=platform)
    except BadInputError:
        if platform is None and _reads_with_platform(args.file):
            raise BadInputError(InputProblem(str(args.file), None, tr(
                "deltakere som deltar «Digitalt» uten plattform; oppgi plattformen med --digital teams "
                "eller --digital zoom (den blir standard for arrangementet)"))) from None
        raise
    store = _open(args.event, create=True)
    try:
        repo = PeopleRepository(store)
        added, updated = repo.import_participants(result.participants)
        if args.digital and args.digital != default:
            repo.set_default_online(args.digital)
    finally:
        store.close()
    for note in result.notes:
        print(note, file=sys.stderr)
    summary = {"added": added, "updated": updated, "ignored_columns": result.ignored_columns, "notes": result.notes}
    if args.json:
        values.print_json(summary)
    else:
        print(tr("{a} nye og {u} oppdaterte deltakere importert fra {f}").format(a=added, u=updated, f=args.file))
    return 0


def _reads_with_platform(path: Path) -> bool:
    try:
        read_participants(path, default_online="teams")
    except BadInputError:
        return False
    return True


def participants_noshow(args: argparse.Namespace) -> int:
    """As the window does it: the flag saved and a run-log entry for it (through the people service)."""
    from controlroom.cli.event_services import services_for

    services = services_for(_open(args.event))
    try:
        with _naming("EMAIL"):
            services.people.set_no_show(args.emails, not args.undo)
    finally:
        services.close()
    return 0


def participants_add(args: argparse.Namespace) -> int:
    p = values.participant_from_args(args)
    store = _open(args.event)
    try:
        repo = PeopleRepository(store)
        if repo.participant(p.email) is not None:
            raise BadInputError(InputProblem("--email", None, tr("{e} er allerede påmeldt").format(e=p.email)))
        repo.save_participant(p)
    finally:
        store.close()
    return 0


# -- personal codes for the phones -------------------------------------------------------------------
def participants_codes(args: argparse.Namespace) -> int:
    """Name, e-mail and code of everyone, for the host (never shown on a screen or a phone)."""
    store = _open(args.event)
    try:
        codes = PeopleRepository(store).codes()
    finally:
        store.close()
    if args.json:
        values.print_json([{"name": c.name, "email": c.email, "municipality": c.municipality, "code": c.code,
                            "devices": c.devices} for c in codes])
    else:
        for c in codes:
            print(f"{c.name}\t{c.email}\t{display_code(c.code) if c.code else '—'}")
    return 0


def participants_revoke_code(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        with _naming("EMAIL"):
            code = PeopleRepository(store).revoke_code(args.email)
    finally:
        store.close()
    if args.json:
        values.print_json({"email": args.email.strip().lower(), "code": code})
    else:
        print(tr("Ny kode for {e}: {c} (den gamle virker ikke lenger)").format(e=args.email.strip().lower(),
                                                                           c=display_code(code)))
    return 0


def participants_badges(args: argparse.Namespace) -> int:
    """One badge per participant (name, municipality, code, the QR of BASE/p/?code=CODE) as a PDF."""
    from controlroom.phone.badges import BADGE_PDF, badges_html, check_base_url

    base = check_base_url(args.base_url)
    if args.out.suffix.lower() != ".pdf":
        raise BadInputError(InputProblem("--out", None, tr("ventet en .pdf-fil, for eksempel navneskilt.pdf")))
    store = _open(args.event)
    try:
        repo = PeopleRepository(store)
        repo.ensure_codes()
        codes = repo.codes()
        title = AgendaRepository(store).event_info().title
    finally:
        store.close()
    if not codes:
        raise BadInputError(InputProblem(str(args.event), None, tr("ingen deltakere ennå; importer påmeldingslisten først")))
    html = badges_html(codes, base, title)
    # Qt prints the PDF, as for the group lists (a declared CLI → UI import, made here only).
    from controlroom.ui import pdf

    pdf.write(html, args.out, **BADGE_PDF)
    print(tr("{n} navneskilt skrevet til {f}").format(n=len(codes), f=args.out))
    return 0


def participants_purge_codes(args: argparse.Namespace) -> int:
    """After the event: every personal code, every phone's device mark and who gave which "+1" go."""
    store = _open(args.event)
    try:
        n = PeopleRepository(store).purge_phone_data()
    finally:
        store.close()
    print(tr("{n} personlige koder og alle enhetsmerker slettet").format(n=n))
    return 0


# -- groups -----------------------------------------------------------------------------------------
def groups_list(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        uid = block_uid(store, args.block)
        data = PeopleRepository(store).formation_json(uid)
    finally:
        store.close()
    if data is None:
        raise BadInputError(InputProblem("--block", None, tr("bolk {i} har ingen grupper ennå; kjør «groups form»")
                                         .format(i=args.block)))
    if args.json:
        values.print_json(data)
    else:
        for rnd in data["rounds"]:
            print(tr("Runde {n}").format(n=rnd["round"]))
            for g in rnd["groups"]:
                print(f"  {g['room']} ({g['pool']}): {', '.join(g['members'])}")
    return 0


def form_options(args: argparse.Namespace, store: EventStore) -> FormOptions:
    lo, hi = values.parse_size(args.size)
    values.check_form_numbers(args.rounds, args.max_per_municipality)
    fixed: dict[str, str] = {}
    for item in args.fix:
        email, sep, room = item.partition("=")
        if not sep:
            raise BadInputError(InputProblem("--fix", None, tr("«{t}»: ventet EMAIL=ROM").format(t=item)))
        fixed[email.strip().lower()] = room.strip()
    apart = []
    for item in args.apart:
        a, sep, b = item.partition(",")
        if not sep:
            raise BadInputError(InputProblem("--apart", None, tr("«{t}»: ventet EMAIL,EMAIL").format(t=item)))
        apart.append((a.strip().lower(), b.strip().lower()))
    if args.round_blocks is not None:
        round_blocks(args, store)  # refuse a wrong list before forming
    return FormOptions(min_size=lo, max_size=hi, max_per_municipality=args.max_per_municipality,
                       modes=values.parse_modes(args.round_mode, args.rounds), seed=args.seed, fixed=fixed, apart=apart,
                       more_small_groups=args.more_small_groups, rooms=PeopleRepository(store).rooms(),
                       split_meetings=args.split_meetings, where=str(args.event))


def round_blocks(args: argparse.Namespace, store: EventStore) -> list[str]:
    """The block of each round from ``--round-blocks I,J,K`` (agenda positions), else the formed block."""
    if args.round_blocks is None:
        return [block_uid(store, args.block)] * args.rounds
    items = [t.strip() for t in args.round_blocks.split(",") if t.strip()]
    if not all(t.isdigit() for t in items) or len(items) != args.rounds:
        raise BadInputError(InputProblem("--round-blocks", None, tr(
            "«{t}»: ventet én bolk per runde ({r}), for eksempel 15,17,19").format(t=args.round_blocks, r=args.rounds)))
    with _naming("--round-blocks"):
        return [block_uid(store, int(t)) for t in items]


def options_dict(opts: FormOptions) -> dict:
    return {"size": [opts.min_size, opts.max_size], "k": opts.max_per_municipality,
            "modes": [str(m) for m in opts.modes], "seed": opts.seed, "fixed": opts.fixed,
            "apart": [list(p) for p in opts.apart], "more_small_groups": opts.more_small_groups,
            "split_meetings": opts.split_meetings}


def groups_form(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        uid = block_uid(store, args.block)
        repo = PeopleRepository(store)
        opts = form_options(args, store)
        people = repo.participants()
        plans = plan(people, opts) if people else []
        for pl in plans:
            if pl.min_breaches:
                print(tr("{pool}: minst {m} kommunebrudd per runde med {g} grupper; med {bg} grupper (flere "
                         "3-persongrupper, --more-small-groups) blir minimum {bm}.").format(
                    pool=pl.pool, m=pl.min_breaches, g=pl.groups, bg=pl.best_groups, bm=pl.best_min_breaches),
                    file=sys.stderr)
        if args.plan:
            values.print_json([vars(p) for p in plans])
            return 0
        formation = form(people, opts)
        repo.save_formation(uid, formation, {**options_dict(opts), "round_blocks": round_blocks(args, store)})
    finally:
        store.close()
    for b in formation.breach_list:
        print(tr("runde {r}, {room}: {c} fra {m}").format(r=b.round, room=b.room, c=b.count, m=b.municipality),
              file=sys.stderr)
    if args.json:
        values.print_json(formation.as_json())
    else:
        for msg in formation.messages:
            print(msg)
        print(tr("{g} grupper i {r} runder; {b} brudd (minimum {m}); {p} gjentatte par (nedre grense {lb})").format(
            g=sum(len(r.groups) for r in formation.rounds), r=len(formation.rounds), b=formation.breaches,
            m=formation.min_breaches, p=formation.repeated_pairs, lb=formation.repeated_pairs_lower_bound))
    return 0


def groups_repair(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        uid = block_uid(store, args.block)
        result = repair_block(PeopleRepository(store), uid, args.round, where=str(args.event))
    finally:
        store.close()
    out: list[dict[str, Any]] = [
        {"round": n, "moves": [{"email": m.email, "from": m.from_room, "to": m.to_room} for m in moves]}
        for n, moves in result]
    if args.json:
        values.print_json(out)
    else:
        for r in out:
            print(tr("Runde {n}: {m} flyttinger").format(n=r["round"], m=len(r["moves"])))
            for m in r["moves"]:
                print(f"  {m['email']}: {m['from'] or '—'} → {m['to'] or '—'}")
    return 0


def groups_export(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        uid = block_uid(store, args.block)
        repo = PeopleRepository(store)
        rounds = repo.rounds(uid)
        people = {p.key: p for p in repo.participants()}
        title = AgendaRepository(store).block(uid).title  # type: ignore[union-attr]
    finally:
        store.close()
    if not rounds:
        raise BadInputError(InputProblem("--block", None, tr("bolk {i} har ingen grupper ennå").format(i=args.block)))
    if args.format == "zoom-csv":
        rnd = next((r for r in rounds if r.number == args.round), None)
        if rnd is None:
            raise BadInputError(InputProblem("--round", None, tr("runde {r} finnes ikke").format(r=args.round)))
        text = exports.zoom_csv(rnd, people, args.meeting)
    elif args.format in ("teams-list", "zoom-list"):
        text = exports.host_list(rounds, people, "teams" if args.format == "teams-list" else "zoom")
    else:
        text = exports.venue_html(title, rounds, people)
    if args.format == "pdf":
        if args.output is None:
            raise BadInputError(InputProblem("--output", None, tr("PDF trenger en fil: -o grupper.pdf")))
        # Qt prints the PDF: a declared CLI → UI import (tests/test_architecture.py, pyproject.toml's
        # import-linter contract), made here so that no other command loads Qt.
        from controlroom.ui import pdf

        pdf.write(text, args.output, **exports.VENUE_PDF)
        return 0
    if args.output:
        args.output.write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return 0


def groups_notes(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        uid = block_uid(store, args.block)
        repo = PeopleRepository(store)
        with _naming("--room"):
            if args.file:
                repo.import_group_notes(uid, args.round, args.room, args.file)
            else:
                repo.set_group_notes(uid, args.round, args.room, args.text)
    finally:
        store.close()
    return 0


# -- rooms ------------------------------------------------------------------------------------------
def rooms_list(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        rooms = PeopleRepository(store).rooms()
    finally:
        store.close()
    data = [{"name": r.name, "kind": r.kind, "capacity": r.capacity, "meeting": r.meeting} for r in rooms]
    if args.json:
        values.print_json(data)
    else:
        for r in data:
            print(f"{r['name']}\t{r['kind']}\t{r['capacity'] or ''}\t{r['meeting']}")
    return 0


def rooms_set(args: argparse.Namespace) -> int:
    rooms = values.parse_rooms(args.onsite, args.teams, args.zoom)
    store = _open(args.event)
    try:
        PeopleRepository(store).set_rooms(rooms)
    finally:
        store.close()
    return 0


# -- Open Space -------------------------------------------------------------------------------------
def _topic_json(t, slots: list[str]) -> dict:
    return {"id": t.id, "topic": t.title, "convener": t.convener, "mode": t.mode,
            "slot": slots[t.slot] if t.slot is not None and t.slot < len(slots) else None,
            "space": t.space if t.slot is not None else None, "notes": t.notes, "attendees": list(t.attendees)}


def openspace_list(args: argparse.Namespace) -> int:
    from controlroom.models.openspace_repo import OpenSpaceRepository

    store = _open(args.event)
    try:
        repo = OpenSpaceRepository(store)
        uid = block_uid(store, args.block)
        slots, _spaces = repo.layout(uid)
        topics = [_topic_json(t, slots) for t in repo.topics(uid)]
    finally:
        store.close()
    if args.json:
        values.print_json(topics)
    else:
        for t in topics:
            where = f"{t['slot']} · {t['space']}" if t["slot"] else tr("markedsplassen")
            print(f"{t['topic']} ({t['convener'] or '—'}, {t['mode']}): {where}; "
                  + tr("{n} deltakere").format(n=len(t["attendees"])))
    return 0


def openspace_propose(args: argparse.Namespace) -> int:
    from controlroom.models.openspace_repo import OpenSpaceRepository

    store = _open(args.event)
    try:
        repo = OpenSpaceRepository(store)
        uid = block_uid(store, args.block)
        with _naming("--topic"):
            topic = repo.propose(uid, args.topic, args.convener, args.mode or "onsite")
        slots, _spaces = repo.layout(uid)
    finally:
        store.close()
    if args.json:
        values.print_json(_topic_json(topic, slots))
    else:
        print(tr("«{t}» lagt på markedsplassen").format(t=topic.title))
    return 0
