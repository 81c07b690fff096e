"""``controlroom zoom …`` and ``controlroom teams …``: pre-assignment, CSV, move lists, sign-in and chat sync.

Base URLs for tests and special clouds come from the environment: ``KONTROLLROM_ZOOM_OAUTH_URL``,
``KONTROLLROM_ZOOM_API_URL``, ``KONTROLLROM_GRAPH_URL``, ``KONTROLLROM_MSAL_AUTHORITY``,
``KONTROLLROM_MSAL_CA`` (CA bundle for the authority), ``KONTROLLROM_TEAMS_CLIENT_ID``,
``KONTROLLROM_TEAMS_CACHE`` (where the encrypted token cache lives).
Exit codes: 0 done, 1 the platform refused or failed (message on stderr), 2 bad input.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import re
import sys
from pathlib import Path

from controlroom.cli.targets import event_target
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr
from controlroom.integrations.zoom.errors import PlatformError


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``sub``."""
    zoom = sub.add_parser("zoom", help="Zoom: forhåndstildel grupperom, CSV og flytteliste")
    zsub = zoom.add_subparsers(dest="zoom_command", metavar="HANDLING", required=True)
    p = zsub.add_parser(
        "credentials", help="lagre konto-ID, klient-ID og klienthemmelighet i nøkkelringen",
        description="Leser konto-ID, klient-ID og klienthemmelighet fra stdin (én per linje) eller spør etter "
                    "dem; en tom linje beholder verdien som står i nøkkelringen. Ingenting av det står på "
                    "kommandolinjen, der andre brukere og skallhistorikken ser det.")
    p.add_argument("--stdin", action="store_true", help="les de tre linjene fra stdin (standard når stdin ikke er en terminal)")
    # Older scripts: ids on the command line (visible in the process list) and the secret alone on stdin.
    p.add_argument("--account-id", help=argparse.SUPPRESS)
    p.add_argument("--client-id", help=argparse.SUPPRESS)
    p.add_argument("--secret-stdin", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_zoom_credentials)
    p = zsub.add_parser("preassign", help="forhåndstildel en rundes Zoom-grupper til møtets grupperom")
    _round_args(p)
    p.add_argument("--meeting", required=True, help="Zoom-møte-ID")
    p.add_argument("--part", type=int, default=None, metavar="M",
                   help="bare gruppene i møte nr. M (når gruppene er delt på flere møter, groups form --split-meetings)")
    p.add_argument("--csv-out", type=Path, help="skriv også CSV-filen (nyttig hvis Zoom avviser)")
    p.set_defaults(func=cmd_zoom_preassign)
    p = zsub.add_parser("csv", help="CSV for Zooms nettportal (Pre-assign Room Name,Email Address)")
    _round_args(p)
    p.add_argument("-o", "--output", type=Path, help="fil (standard: skjermen)")
    p.set_defaults(func=cmd_zoom_csv)
    p = zsub.add_parser("moves", help="hvem flytter hvor fra forrige runde (for hånd i møtet)")
    _round_args(p)
    p.add_argument("--pool", choices=["zoom", "teams"], default="zoom")
    p.set_defaults(func=cmd_moves)

    teams = sub.add_parser("teams", help="Teams: logg inn, hent møtechatten inn i innspillsloggen")
    tsub = teams.add_subparsers(dest="teams_command", metavar="HANDLING", required=True)
    p = tsub.add_parser("login", help="logg inn (kode på skjermen; --browser for nettleser)")
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--browser", action="store_true")
    p.add_argument("--client-id")
    p.set_defaults(func=cmd_teams_login)
    p = tsub.add_parser("logout", help="logg ut og slett den lagrede påloggingen")
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.set_defaults(func=cmd_teams_logout)
    p = tsub.add_parser("sync", help="hent møtechatten inn i innspillsloggen")
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--join-link", help="møtelenken (lagres i hendelsen)")
    p.add_argument("--once", action="store_true", help="hent én gang og avslutt")
    p.add_argument("--interval", type=float, default=None, help="sekunder mellom hver henting (standard 10)")
    p.add_argument("--client-id")
    p.set_defaults(func=cmd_teams_sync)
    p = tsub.add_parser("post", help="skriv en melding i møtechatten (ChatMessage.Send)")
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("text")
    p.add_argument("--client-id")
    p.set_defaults(func=cmd_teams_post)
    p = tsub.add_parser("rooms", help="romlister og flytteliste for Teams-grupperom")
    _round_args(p)
    p.set_defaults(func=cmd_teams_rooms)


def _round_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--block", type=int, required=True, metavar="INDEX", help="bolkens plass i agendaen (0 = første)")
    p.add_argument("--round", type=int, default=1, metavar="N")


def _open(path: Path):
    from controlroom.models import EventStore

    return EventStore.open(path, backup=False)


def _check_round(args: argparse.Namespace) -> None:
    if args.round < 1:
        raise BadInputError(InputProblem("--round", None, tr("«{n}»: ventet et rundenummer, 1 eller mer.").format(
            n=args.round)))


def _check_meeting_id(meeting: str) -> None:
    """Before anything is sent: a Zoom meeting id is 9–11 digits (spaces allowed, as Zoom shows it)."""
    digits = "".join(meeting.split())
    if not (digits.isdigit() and 9 <= len(digits) <= 11):
        raise BadInputError(InputProblem("--meeting", None, tr(
            "«{id}» er ikke en Zoom-møte-ID; ventet 9–11 sifre.").format(id=meeting[:40])))


def _block_uid(store, index: int, event: Path) -> str:
    from controlroom.models.agenda_repo import AgendaRepository

    blocks = AgendaRepository(store).blocks()
    if not 0 <= index < len(blocks):
        raise BadInputError(tr("Bolk {i} finnes ikke; agendaen har {n} bolker (0–{last}).").format(
            i=index, n=len(blocks), last=max(0, len(blocks) - 1)), event)
    return blocks[index].uid


def _fail(exc: PlatformError) -> int:
    print(f"controlroom: {exc.message}", file=sys.stderr)
    return 1


# -- Zoom -----------------------------------------------------------------------------------------
def cmd_zoom_credentials(args: argparse.Namespace) -> int:
    """Ids and secret from stdin or prompts (never argv); exit 2 without a keyring, like every refusal."""
    from controlroom.integrations.secrets import KeyringUnavailable, SecretStore
    from controlroom.integrations.zoom import setup

    secrets = SecretStore()
    if not secrets.available:
        print(f"controlroom: {secrets.unavailable_reason}", file=sys.stderr)
        return 2
    try:
        stored_account, stored_client, has_secret = setup.stored_ids(secrets)
        if args.account_id is not None or args.client_id is not None:
            print(tr("controlroom: --account-id og --client-id synes i prosesslista; send dem heller på stdin "
                     "(controlroom zoom credentials --stdin)."), file=sys.stderr)
        from_stdin = args.stdin or args.secret_stdin or not sys.stdin.isatty()
        account = args.account_id if args.account_id is not None else _ask(tr("Konto-ID"), stored_account, from_stdin)
        client = args.client_id if args.client_id is not None else _ask(tr("Klient-ID"), stored_client, from_stdin)
        if from_stdin:
            secret = sys.stdin.readline().strip()
        else:
            secret = getpass.getpass(tr("Klienthemmelighet (Enter beholder den lagrede): ") if has_secret
                                     else tr("Klienthemmelighet: ")).strip()
        for field, value in (("account-id", account), ("client-id", client)):
            if not ZOOM_ID.fullmatch(value.strip()):
                raise BadInputError(InputProblem(field, None, tr(
                    "«{value}»: ventet en Zoom-ID (bokstaver, tall, - og _), fra app-siden i Zoom Marketplace.").format(
                    value=value.strip()[:40])))
        if not secret and not has_secret:
            raise BadInputError(InputProblem("client-secret", None, tr("Tom klienthemmelighet; ingenting lagret.")))
        setup.save_credentials(secrets, account, client, secret or None)
    except KeyringUnavailable as exc:
        print(f"controlroom: {exc}", file=sys.stderr)
        return 2
    print(tr("Lagret i nøkkelringen."))
    return 0


ZOOM_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")


def _ask(label: str, stored: str, from_stdin: bool) -> str:
    """One value from stdin or a prompt; empty keeps what the keyring holds."""
    if from_stdin:
        value = sys.stdin.readline().strip()
    else:
        hint = tr(" (Enter beholder {value})").format(value=stored) if stored else ""
        value = input(f"{label}{hint}: ").strip()
    return value or stored


def _preassigner(store, part: int | None = None):
    """The event's Zoom pre-assigner (as the window builds it), for the online part ``part``."""
    from controlroom.cli.event_services import services_for
    from controlroom.integrations.zoom.groups import online_groups

    preassigner = services_for(store).platforms.zoom.preassigner
    preassigner.groups = lambda uid, rnd: online_groups(store, uid, rnd, "zoom", part)
    return preassigner


def cmd_zoom_preassign(args: argparse.Namespace) -> int:
    _check_round(args)
    _check_meeting_id(args.meeting)
    store = _open(args.event)
    try:
        uid = _block_uid(store, args.block, args.event)
        result = asyncio.run(_preassigner(store, args.part).preassign(args.meeting, uid, args.round))
        labels = {"ok": tr("bekreftet"), "partial": tr("delvis"), "missing": tr("mangler i Zoom")}
        for room in result.rooms:
            print(f"{room.name}: {labels[room.status]} ({len(room.confirmed)}/{len(room.planned)})")
        for u in result.unassignable:
            print(tr("Kan ikke forhåndstildeles: {name} ({email}) i {room}: {why}").format(
                name=u.name, email=u.email or "-", room=u.room, why=u.reason))
        if args.csv_out:
            args.csv_out.write_text(result.csv, encoding="utf-8")
            print(tr("CSV skrevet til {f}").format(f=args.csv_out))
        if result.error:
            if result.error.kind == "started" and args.round > 1:
                print(_moves_text(store, uid, args.round, "zoom"))
            return _fail(result.error)
        return 0
    finally:
        store.close()


def cmd_zoom_csv(args: argparse.Namespace) -> int:
    from controlroom.integrations.zoom import rooms_csv

    _check_round(args)
    store = _open(args.event)
    try:
        plan = _preassigner(store).plan(_block_uid(store, args.block, args.event), args.round)
        text = rooms_csv(plan.rooms)
    finally:
        store.close()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    for u in plan.unassignable:
        print(tr("Kan ikke forhåndstildeles: {name} ({email}): {why}").format(
            name=u.name, email=u.email or "-", why=u.reason), file=sys.stderr)
    return 0


def _moves_text(store, uid: str, rnd: int, pool: str) -> str:
    from controlroom.integrations.zoom.groups import moves, moves_text

    if rnd <= 1:
        return tr("Runde 1 er første runde: ingen flytter.")
    return moves_text(moves(store, uid, rnd - 1, rnd, pool), rnd - 1, rnd)


def cmd_moves(args: argparse.Namespace) -> int:
    _check_round(args)
    store = _open(args.event)
    try:
        print(_moves_text(store, _block_uid(store, args.block, args.event), args.round, args.pool))
    finally:
        store.close()
    return 0


def cmd_teams_rooms(args: argparse.Namespace) -> int:
    from controlroom.integrations.teams.rooms import rooms_text

    _check_round(args)
    store = _open(args.event)
    try:
        sys.stdout.write(rooms_text(store, _block_uid(store, args.block, args.event), args.round))
    finally:
        store.close()
    return 0


# -- Teams ----------------------------------------------------------------------------------------
def _teams(store, client_id: str | None = None):
    """The event's Teams service (as the window builds it), with the app registration ``client_id``."""
    from controlroom.cli.event_services import services_for

    return services_for(store, teams_client_id=client_id).platforms.teams


def cmd_teams_login(args: argparse.Namespace) -> int:
    store = _open(args.event)
    service = _teams(store, args.client_id)

    async def run():
        if args.browser:
            return await service.sign_in_browser()
        code = await service.start_sign_in()
        print(code.message or tr("Åpne {url} og skriv inn koden {code}").format(
            url=code.verification_uri, code=code.user_code), file=sys.stderr, flush=True)
        return await service.finish_sign_in(code)

    try:
        who = asyncio.run(run())
    except PlatformError as exc:
        return _fail(exc)
    finally:
        store.close()
    print(tr("Logget inn som {name} ({user}).").format(name=who.name, user=who.username))
    if service.auth.persist_problem:
        print(service.auth.persist_problem, file=sys.stderr)
    return 0


def cmd_teams_logout(args: argparse.Namespace) -> int:
    store = _open(args.event)
    try:
        asyncio.run(_teams(store).auth.sign_out())
    finally:
        store.close()
    print(tr("Logget ut av Teams."))
    return 0


def cmd_teams_sync(args: argparse.Namespace) -> int:
    from controlroom.integrations.teams.links import thread_id_from_link
    from controlroom.integrations.teams.sync import ChatSync, SyncLoop

    if args.join_link is not None:  # a bad link is bad input (exit 2), found before signing in or saving
        try:
            thread_id_from_link(args.join_link)
        except PlatformError as exc:
            raise BadInputError(InputProblem("--join-link", None, exc.message)) from None
    store = _open(args.event)
    service = _teams(store, args.client_id)

    async def run() -> int:
        if await service.auth.restore() is None:
            raise PlatformError("token", tr("Ikke logget inn i Teams. Kjør «controlroom teams login» først."))
        if args.join_link:
            await service.set_join_link(args.join_link)
        s = service.settings()
        if not s.chat_id:
            raise PlatformError("bad_link", tr("Ingen møtelenke: bruk --join-link."))
        sync = ChatSync(service.graph, service.log, service.repo, service.clock, s.chat_id)
        if args.once:
            r = await sync.sync_once()
            print(tr("{n} nye, {e} endret, {d} slettet").format(n=r.new, e=r.edited, d=r.deleted))
            return 0
        loop = SyncLoop(sync, lambda st: print(f"{st.state}: {st.message}", flush=True),
                        interval=args.interval or s.interval)
        await loop.run()
        return 0 if loop.status.state != "error" else 1

    try:
        return asyncio.run(run())
    except PlatformError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        return 0
    finally:
        store.close()


def cmd_teams_post(args: argparse.Namespace) -> int:
    store = _open(args.event)
    service = _teams(store, args.client_id)

    async def run() -> None:
        if await service.auth.restore() is None:
            raise PlatformError("token", tr("Ikke logget inn i Teams. Kjør «controlroom teams login» først."))
        await service.post(args.text)

    try:
        asyncio.run(run())
    except PlatformError as exc:
        return _fail(exc)
    finally:
        store.close()
    print(tr("Sendt til møtechatten."))
    return 0
