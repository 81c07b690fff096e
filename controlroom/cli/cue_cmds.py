"""Cue subcommands: ``controlroom cues EVENT [list|propose|add|remove|fire]`` and
``controlroom adapters EVENT [list|add|remove|test|password]``.

Passwords are read from stdin (or a prompt) and stored only in the OS keyring; without a keyring the
command says so and stores nothing (exit code 2). A webhook URL with a password in it
(``http://user:PASS@host/``) has the password moved to the keyring before it is saved; an event saved
that way earlier gets it moved on next use, and until then the URL is printed masked.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from controlroom.cli.targets import event_target
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr

if TYPE_CHECKING:
    from controlroom.application.event import EventServices


def register(sub: argparse._SubParsersAction) -> None:
    cues = sub.add_parser("cues", help="cues: liste, foreslå fra strømmeflagget, legge til, fjerne, utløse")
    cues.add_argument("event", type=event_target, help="hendelsesfilen (.krom)")
    csub = cues.add_subparsers(dest="cue_command", metavar="HANDLING")
    ls = csub.add_parser("list", help="alle cues med når de utløses og status")
    ls.add_argument("--json", action="store_true", help="skriv som JSON")
    pr = csub.add_parser("propose", help="foreslå cues fra strømmeflagget og notatene (erstatter tidligere forslag)")
    pr.add_argument("--scene", default="Plenum", help="OBS-scenen strømmede bolker bytter til (standard: Plenum)")
    pr.add_argument("--obs", default="obs", help="navnet på OBS-adapteren (standard: obs)")
    add = csub.add_parser("add", help="legg til en cue på en bolk")
    add.add_argument("--block", type=int, required=True, metavar="INDEKS", help="bolkens nummer i dagsordenen (0 = første)")
    add.add_argument("--trigger", choices=["start", "end", "before_end", "manual"], default="start")
    add.add_argument("--before", type=float, default=0, metavar="MIN", help="minutter før slutt (before_end)")
    add.add_argument("--label", default="", help="navn på cuen")
    add.add_argument("--action", action="append", default=[], metavar="ADAPTER:HANDLING[:VERDI|VERDI]",
                     help="for eksempel obs:scene:Plenum, obs:start_stream, companion:press:1/2/3 (kan gjentas)")
    rm = csub.add_parser("remove", help="fjern en cue")
    rm.add_argument("uid", help="cuens id (fra list)")
    fire = csub.add_parser("fire", help="utløs en cue nå (logges i kjøreloggen)")
    fire.add_argument("uid", help="cuens id (fra list)")
    cues.set_defaults(func=run_cues)

    ad = sub.add_parser("adapters", help="utstyr (OBS, vMix, Companion, webhook, OSC): liste, legge til, teste")
    ad.add_argument("event", type=event_target, help="hendelsesfilen (.krom)")
    asub = ad.add_subparsers(dest="adapter_command", metavar="HANDLING")
    asub.add_parser("list", help="oppsatt utstyr")
    aa = asub.add_parser("add", help="legg til eller endre utstyr")
    aa.add_argument("name", help="navnet cues bruker (for eksempel obs)")
    aa.add_argument("--kind", required=True, choices=["obs", "vmix", "companion", "webhook", "osc"])
    aa.add_argument("--host", default=None)
    aa.add_argument("--port", type=int, default=None)
    aa.add_argument("--url", default=None, help="webhookens adresse")
    aa.add_argument("--username", default=None, help="vMix-brukernavn")
    aa.add_argument("--label", default="", help="visningsnavn")
    aa.add_argument("--disabled", action="store_true", help="lagre, men ikke bruk")
    ar = asub.add_parser("remove", help="fjern utstyr")
    ar.add_argument("name")
    at = asub.add_parser("test", help="test tilkoblingen")
    at.add_argument("name")
    ap = asub.add_parser("password", help="lagre passord/hemmelighet i nøkkelringen (leses fra stdin)")
    ap.add_argument("name")
    ad.set_defaults(func=run_adapters)


def _open(path: Path):
    from controlroom.models import EventStore

    return EventStore.open(path, backup=False)


def action_kinds() -> set[str]:
    """Every action some adapter kind performs (the adapter named in a cue may be set up later)."""
    from controlroom.integrations.obs import _REQUESTS
    from controlroom.integrations.vmix import _FUNCTIONS

    return set(_REQUESTS) | set(_FUNCTIONS) | {"function", "press", "set_variable", "post", "send"}


def parse_action(text: str):
    from controlroom.integrations.base import Action

    parts = text.split(":", 2)
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise BadInputError(InputProblem("--action", None, tr(
            "«{text}»: skriv ADAPTER:HANDLING[:VERDI], for eksempel obs:scene:Plenum").format(text=text)))
    adapter, kind = parts[0], parts[1]
    if kind not in action_kinds():
        raise BadInputError(InputProblem("--action", None, tr(
            "«{text}»: ukjent handling «{kind}»; ventet en av {known}").format(
            text=text, kind=kind, known=", ".join(sorted(action_kinds())))))
    values = [v.strip() for v in parts[2].split("|")] if len(parts) == 3 else []
    keys = {"scene": ["scene"], "mute": ["input"], "unmute": ["input"], "press": ["location"],
            "set_variable": ["name", "value"], "send": ["address", "args"], "post": ["event"],
            "cut": ["Input"], "fade": ["Input", "Duration"], "preview": ["Input"]}.get(kind, [])
    return Action(adapter, kind, dict(zip(keys, values, strict=False)))


def run_cues(args: argparse.Namespace) -> int:
    from controlroom.cues.proposer import ProposalSettings, propose
    from controlroom.cues.repository import CueRepository
    from controlroom.cues.types import CueData, Trigger, trigger_label
    from controlroom.models.agenda_repo import AgendaRepository

    store = _open(args.event)
    try:
        repo = CueRepository(store)
        command = args.cue_command or "list"
        if command == "propose":
            blocks = AgendaRepository(store).blocks()
            made = repo.replace_proposed(propose(blocks, ProposalSettings(obs_adapter=args.obs, scene=args.scene)))
            print(tr("{n} cues foreslått.").format(n=len(made)))
            return 0
        if command == "add":
            blocks = AgendaRepository(store).blocks()
            if not 0 <= args.block < len(blocks):
                raise BadInputError(InputProblem("--block", None, tr(
                    "Bolk {i} finnes ikke; dagsordenen har bolk 0–{last}.").format(i=args.block, last=len(blocks) - 1)))
            if not math.isfinite(args.before) or args.before < 0:
                raise BadInputError(InputProblem("--before", None, tr(
                    "«{v}»: ventet minutter før slutt, 0 eller mer.").format(v=args.before)))
            actions = [parse_action(a) for a in args.action]
            trigger = Trigger(args.trigger)
            if not actions and trigger is not Trigger.MANUAL:
                raise BadInputError(tr("En automatisk cue trenger minst én --action."))
            cue = repo.add(CueData(blocks[args.block].uid, trigger, actions, args.label,
                                   offset_seconds=int(args.before * 60)))
            print(cue.uid)
            return 0
        if command == "remove":
            if repo.get(args.uid) is None:
                raise BadInputError(tr("Finner ingen cue med id {uid}.").format(uid=args.uid))
            repo.delete(args.uid)
            return 0
        if command == "fire":
            chosen = repo.get(args.uid)
            if chosen is None:
                raise BadInputError(tr("Finner ingen cue med id {uid}.").format(uid=args.uid))
            return _fire(_services(store), chosen)
        from controlroom.cli.event_services import services_for

        services = services_for(store)
        views = services.cues.scheduler.views(services.live.state())
        if args.json:
            json.dump([{"uid": v.cue.uid, "block": v.block_index, "block_title": v.block_title,
                        "trigger": v.cue.trigger.value, "offset_seconds": v.cue.offset_seconds,
                        "label": v.cue.title(), "actions": v.cue.actions_json(), "status": v.status.value,
                        "due_at": v.due_at.isoformat() if v.due_at else None} for v in views],
                      sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for v in views:
                print(f"{v.block_index:>3} {v.block_title[:34]:34} {trigger_label(v.cue.trigger, v.cue.offset_seconds):16} "
                      f"{v.cue.title()[:40]:40} {v.status.value:9} {v.cue.uid}")
        return 0
    finally:
        store.close()


def _fire(services: EventServices, cue) -> int:
    """Fire one cue through the adapters (logged like a GO in the window)."""
    registry = services.cues.registry

    async def run():
        try:
            return await services.cues.runner.fire(cue, "cli")
        finally:
            await registry.close_all()

    outcome = asyncio.run(run())
    print(outcome.message)
    return 0 if outcome.ok else 1


def _move_url_passwords(repo, secrets) -> None:
    """Webhook URLs saved with a password inside (older events): move the password to the keyring and
    save the URL without it. Without a keyring they stay as they are and are only ever printed masked."""
    from controlroom.cues.repository import AdapterConfig
    from controlroom.integrations.secrets import KeyringUnavailable
    from controlroom.integrations.webhook_urls import mask_url, move_url_password, url_password

    for cfg in repo.adapters():
        url = str(cfg.config.get("url") or "")
        if cfg.kind != "webhook" or url_password(url) is None:
            continue
        try:
            safe = move_url_password(cfg.name, url, secrets)
        except KeyringUnavailable as exc:
            print(tr("controlroom: adressen til «{name}» ({url}) har et passord i seg; det flyttes til nøkkelringen "
                     "når det finnes en: {why}").format(name=cfg.name, url=mask_url(url), why=exc), file=sys.stderr)
            continue
        repo.save_adapter(AdapterConfig(cfg.name, cfg.kind, {**cfg.config, "url": safe}, cfg.label, cfg.enabled))


def _services(store) -> EventServices:
    """The event's services, after moving any password found in a webhook URL to the keyring (so the
    adapters are built from the cleaned settings)."""
    from controlroom.cli.event_services import services_for
    from controlroom.cues.repository import CueRepository
    from controlroom.integrations.secrets import SecretStore

    _move_url_passwords(CueRepository(store), SecretStore())
    return services_for(store)


def run_adapters(args: argparse.Namespace) -> int:
    from controlroom.cues.repository import AdapterConfig, CueRepository
    from controlroom.integrations.factory import FIELDS, SECRET_FIELD
    from controlroom.integrations.secrets import KeyringUnavailable, SecretStore, secret_key
    from controlroom.integrations.webhook_urls import (
        mask_url,
        move_url_password,
        url_password,
        url_password_key,
    )

    store = _open(args.event)
    try:
        repo = CueRepository(store)
        command = args.adapter_command or "list"
        if command == "add":
            if args.port is not None and not 1 <= args.port <= 65535:
                raise BadInputError(InputProblem("--port", None, tr("«{p}»: ventet et portnummer fra 1 til 65535").format(
                    p=args.port)))
            config = {}
            for key, _label, default in FIELDS[args.kind]:
                value = getattr(args, key, None)
                config[key] = default if value is None else value
            if args.kind == "webhook" and url_password(str(config["url"])) is not None:
                try:  # the password goes to the keyring first; without one nothing is saved
                    config["url"] = move_url_password(args.name, str(config["url"]), SecretStore())
                except KeyringUnavailable as exc:
                    print(f"controlroom: {exc}", file=sys.stderr)
                    return 2
                print(tr("Passordet i adressen er lagret i nøkkelringen."))
            repo.save_adapter(AdapterConfig(args.name, args.kind, config, args.label, not args.disabled))
            print(tr("Lagret {name} ({kind}).").format(name=args.name, kind=args.kind))
            return 0
        if command == "list":
            _move_url_passwords(repo, SecretStore())
        configs = {c.name: c for c in repo.adapters()}
        if command == "list":
            for c in configs.values():
                where = mask_url(str(c.config.get("url") or "")) or f"{c.config.get('host', '')}:{c.config.get('port', '')}"
                state = "" if c.enabled else tr(" (slått av)")
                print(f"{c.name:16} {c.kind:10} {where}{state}")
            return 0
        if args.name not in configs:
            raise BadInputError(tr("Finner ikke utstyret «{name}».").format(name=args.name))
        cfg = configs[args.name]
        if command == "remove":
            repo.delete_adapter(args.name)
            if cfg.kind == "webhook" and SecretStore().available:
                with contextlib.suppress(KeyringUnavailable):
                    SecretStore().delete(url_password_key(cfg.name))
            return 0
        if command == "password":
            field = SECRET_FIELD.get(cfg.kind)
            if field is None:
                raise BadInputError(tr("{kind} bruker ikke passord.").format(kind=cfg.kind))
            secrets = SecretStore()
            if not secrets.available:
                print(f"controlroom: {secrets.unavailable_reason}", file=sys.stderr)
                return 2
            value = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass(
                tr("Passord for {name}: ").format(name=args.name))
            if not value:
                raise BadInputError(tr("Tomt passord; ingenting lagret."))
            try:
                secrets.set(secret_key(cfg.kind, cfg.name, field), value)
            except KeyringUnavailable as exc:
                print(f"controlroom: {exc}", file=sys.stderr)
                return 2
            print(tr("Lagret i nøkkelringen."))
            return 0
        registry = _services(store).cues.registry
        adapter = registry.get(args.name)
        if adapter is None:  # saved, but its settings could not be built into an adapter
            raise BadInputError(tr("Utstyret «{name}» kan ikke brukes med innstillingene det har.").format(name=args.name))

        async def test():
            try:
                return await adapter.test_connection()
            finally:
                await registry.close_all()

        result = asyncio.run(test())
        print(result.message)
        return 0 if result.ok else 1
    finally:
        store.close()
