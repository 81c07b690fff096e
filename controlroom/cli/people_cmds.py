"""Subcommands of the people area: ``participants``, ``groups``, ``rooms``.

``controlroom participants EVENTFILE --json`` lists; ``participants import|noshow|add …`` change;
``participants codes EVENTFILE`` lists the personal codes for the phones, ``revoke-code`` makes a new one,
``badges`` prints the badge sheet, ``purge-codes`` removes codes and device marks after the event.
``controlroom groups EVENTFILE --block I --json`` reads back; ``groups form|repair|export|notes …`` act.
``controlroom rooms EVENTFILE --json`` lists; ``rooms set …`` defines rooms.
``controlroom openspace EVENTFILE --block I --json`` lists the wall; ``openspace propose EVENTFILE …`` adds a
topic to the marketplace. Exit 2 on bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from controlroom.cli.targets import event_target
from controlroom.i18n import tr

ACTIONS = {
    "participants": ("import", "noshow", "add", "codes", "revoke-code", "badges", "purge-codes"),
    "groups": ("form", "repair", "export", "notes"),
    "rooms": ("set",),
    "openspace": ("propose",),
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``sub``."""
    for name, helptext in (("participants", "deltakere: list, importer, meld ikke møtt, legg til, koder og navneskilt"),
                           ("groups", "grupper: dann, les, reparer, eksporter, notater"),
                           ("rooms", "rom på stedet og grupperom i Teams/Zoom"),
                           ("openspace", "Open Space: les veggen, foreslå tema")):
        p = sub.add_parser(name, help=helptext, add_help=False)
        p.add_argument("-h", "--help", action="store_true", dest="want_help")
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(func=lambda args, name=name: dispatch(name, args.rest, args.want_help))


def dispatch(command: str, rest: list[str], want_help: bool = False) -> int:
    from controlroom.cli import people_actions as acts  # loaded when a people command runs, not at start-up

    if want_help and not rest:
        print(f"controlroom {command} EVENTFILE …  |  " + "  |  ".join(f"controlroom {command} {a} …"
                                                                    for a in ACTIONS[command]))
        print(tr("Skriv «controlroom {c} HANDLING --help» for hver handling.").format(c=command))
        rest = ["--help"]

    if rest and rest[0] in ACTIONS[command]:
        action, rest = rest[0], rest[1:]
    else:
        action = "list"
    parser = argparse.ArgumentParser(prog=f"controlroom {command}" + (f" {action}" if action != "list" else ""))
    fn = getattr(acts, f"{command}_{action.replace('-', '_')}")
    _ARGS[(command, action)](parser)
    return int(fn(parser.parse_args(rest)) or 0)


def _event_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", type=event_target, required=True, metavar="EVENTFILE", help="hendelsesfilen (.krom)")


def _block_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--block", type=int, required=True, metavar="INDEX", help="bolkens plass i agendaen (0 = første)")


def _args_participants_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--json", action="store_true")


def _args_participants_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="påmeldingsliste (.csv eller .xlsx)")
    _event_opt(p)
    p.add_argument("--digital", choices=["teams", "zoom"], default=None,
                   help="plattform for «Digitalt» uten plattform i filen (blir standard for arrangementet)")
    p.add_argument("--json", action="store_true")


def _args_participants_noshow(p: argparse.ArgumentParser) -> None:
    p.add_argument("emails", nargs="+", metavar="EMAIL")
    _event_opt(p)
    p.add_argument("--undo", action="store_true", help="meld som til stede igjen")


def _args_participants_add(p: argparse.ArgumentParser) -> None:
    _event_opt(p)
    p.add_argument("--name", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--municipality", required=True)
    p.add_argument("--attendance", required=True, help="f.eks. Fysisk, Teams, Zoom")
    p.add_argument("--organisation", default="")


def _args_participants_codes(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--json", action="store_true")


def _args_participants_revoke_code(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("email", metavar="EMAIL", help="deltakeren som får en ny kode (den gamle slutter å virke)")
    p.add_argument("--json", action="store_true")


def _args_participants_badges(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="PDF-filen med navneskiltene")
    p.add_argument("--base-url", required=True, metavar="URL",
                   help="adressen telefonene når appen på, f.eks. http://192.168.1.20:8080 (QR-koden peker på URL/p/)")


def _args_participants_purge_codes(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")


def _args_groups_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    _block_opt(p)
    p.add_argument("--json", action="store_true")


def _args_groups_form(p: argparse.ArgumentParser) -> None:
    _event_opt(p)
    _block_opt(p)
    p.add_argument("--size", default="3-4", help="gruppestørrelse, f.eks. 3-4")
    p.add_argument("--max-per-municipality", type=int, default=2, metavar="K")
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--round-mode", default=None, metavar="MODES",
                   help="per runde: mix eller return:R, f.eks. mix,mix,return:1 (standard: mix i alle)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--more-small-groups", action="store_true",
                   help="bruk antallet grupper med færrest kommunebrudd (flere 3-persongrupper)")
    p.add_argument("--fix", action="append", default=[], metavar="EMAIL=ROM", help="sett en person fast i et rom")
    p.add_argument("--apart", action="append", default=[], metavar="EMAIL,EMAIL", help="to som ikke skal i samme gruppe")
    p.add_argument("--split-meetings", action="store_true", help="del i flere Teams/Zoom-møter ved plattformgrensene")
    p.add_argument("--round-blocks", default=None, metavar="I,J,K",
                   help="bolken hver runde går i (plass i agendaen), f.eks. 15,17,19 (standard: --block for alle)")
    p.add_argument("--plan", action="store_true", help="vis bare minimum brudd og alternativet, uten å danne")
    p.add_argument("--json", action="store_true")


def _args_groups_repair(p: argparse.ArgumentParser) -> None:
    _event_opt(p)
    _block_opt(p)
    p.add_argument("--round", type=int, default=None, help="fra denne runden og alle senere (standard: alle)")
    p.add_argument("--json", action="store_true")


def _args_groups_export(p: argparse.ArgumentParser) -> None:
    _event_opt(p)
    _block_opt(p)
    p.add_argument("--format", required=True, choices=["zoom-csv", "pdf", "html", "teams-list", "zoom-list"])
    p.add_argument("--round", type=int, default=1, help="runden for Zoom-forhåndsfordelingen (standard 1)")
    p.add_argument("--meeting", type=int, default=None, help="bare dette Zoom-møtet (etter deling)")
    p.add_argument("-o", "--output", type=Path, default=None, help="fil å skrive (standard: skjermen; PDF krever fil)")


def _args_groups_notes(p: argparse.ArgumentParser) -> None:
    _event_opt(p)
    _block_opt(p)
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--room", required=True)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file", type=Path, help=".txt eller .docx")


def _args_rooms_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    p.add_argument("--json", action="store_true")


def _args_rooms_set(p: argparse.ArgumentParser) -> None:
    _event_opt(p)
    p.add_argument("--onsite", action="append", default=[], metavar="NAVN:KAPASITET")
    p.add_argument("--teams", action="append", default=[], metavar="NAVN[@MØTE]")
    p.add_argument("--zoom", action="append", default=[], metavar="NAVN[@MØTE]")


def _args_openspace_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    _block_opt(p)
    p.add_argument("--json", action="store_true")


def _args_openspace_propose(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_target, metavar="EVENTFILE")
    _block_opt(p)
    p.add_argument("--topic", required=True, help="temaet")
    p.add_argument("--convener", required=True, metavar="NAVN", help="sammenkaller")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--online", action="store_const", const="online", dest="mode", help="digitalt")
    form.add_argument("--both", action="store_const", const="both", dest="mode", help="både på stedet og digitalt")
    p.add_argument("--json", action="store_true")


_ARGS = {
    ("openspace", "list"): _args_openspace_list,
    ("openspace", "propose"): _args_openspace_propose,
    ("participants", "list"): _args_participants_list,
    ("participants", "import"): _args_participants_import,
    ("participants", "noshow"): _args_participants_noshow,
    ("participants", "add"): _args_participants_add,
    ("participants", "codes"): _args_participants_codes,
    ("participants", "revoke-code"): _args_participants_revoke_code,
    ("participants", "badges"): _args_participants_badges,
    ("participants", "purge-codes"): _args_participants_purge_codes,
    ("groups", "list"): _args_groups_list,
    ("groups", "form"): _args_groups_form,
    ("groups", "repair"): _args_groups_repair,
    ("groups", "export"): _args_groups_export,
    ("groups", "notes"): _args_groups_notes,
    ("rooms", "list"): _args_rooms_list,
    ("rooms", "set"): _args_rooms_set,
}
