"""Compile the workbook (arbeidsbok) from an event: agenda, inputs, group and Open Space notes.

Per block in agenda order: the description, the starred inputs first, then the inputs grouped by kind,
then the group and Open Space notes. Inputs that belong to no block follow the programme; an appendix
lists the inputs by UN Sustainable Development Goal.

Personal data (author names, group members, leaders, note-takers, e-mail addresses and phone numbers
in text) is left out unless ``include_personal_data`` is set: the workbook goes to every participant.
"""

from __future__ import annotations

import re
from collections import defaultdict

from controlroom.clock import SystemClock
from controlroom.i18n import tr
from controlroom.inputs.log import InputLog
from controlroom.inputs.parse import KINDS, SDG_NAMES, sanitise, sdg_number
from controlroom.inputs.types import InputRecord
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.store import EventStore
from controlroom.timefmt import local_hm, norwegian_date
from controlroom.workbook.model import Node, WorkbookDoc

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+47[ ]?)?(?:\d{8}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2})(?![\w])")

def kind_heading(kind: str) -> str:
    return {
        "innspill": tr("Innspill"),
        "spørsmål": tr("Spørsmål"),
        "idé": tr("Idéer"),
        "målkonflikt": tr("Målkonflikter"),
        "tiltak": tr("Tiltak"),
    }[kind]


def source_label(source: str, ref: str | None = None) -> str:
    if source == "room":
        return tr("Salen")
    if source == "group":
        return tr("Gruppe {ref}").format(ref=ref).strip() if ref else tr("Gruppe")
    if source == "openspace":
        return tr("Open Space: {ref}").format(ref=ref) if ref else tr("Open Space")
    return {"teams": tr("Teams-chat"), "zoom": tr("Zoom-chat"), "mobil": tr("Mobil")}.get(source, tr("Annet"))


def sdg_heading(n: int) -> str:
    return tr("Bærekraftsmål {n}: {name}").format(n=n, name=tr(SDG_NAMES[n]))


def redact(text: str) -> str:
    text = EMAIL_RE.sub(tr("[e-post fjernet]"), text)
    return PHONE_RE.sub(tr("[telefon fjernet]"), text)


def build_workbook(store: EventStore, *, include_personal_data: bool = False) -> WorkbookDoc:
    agenda = AgendaRepository(store)
    info = agenda.event_info()
    blocks = agenda.blocks()
    inputs = InputLog(store, SystemClock()).all()
    notes_for = PeopleRepository(store).notes_for_block
    clean = sanitise if include_personal_data else (lambda t: redact(sanitise(t)))

    days = sorted({b.day for b in blocks})
    facts = []
    if days:
        facts.append(norwegian_date(days[0]) if len(days) == 1 else f"{norwegian_date(days[0])} – {norwegian_date(days[-1])}")
    if info.place:
        facts.append(info.place)
    doc = WorkbookDoc(title=info.title or tr("Arrangement"), subtitle=tr("Arbeidsbok"), facts=facts)
    multi_day = len(days) > 1

    def label(r: InputRecord) -> str:
        parts = [source_label(r.source, r.source_ref), local_hm(r.at, info.timezone)]
        if include_personal_data and r.author:
            parts.append(r.author)
        return " · ".join(parts)

    made: dict[int, Node] = {}  # an input under its block and again under each of its goals: cleaned once

    def item(r: InputRecord) -> Node:
        node = made.get(r.id)
        if node is None:
            node = made[r.id] = Node("item", clean(r.text), label=label(r), starred=r.starred)
        return node

    def items(rs: list[InputRecord]) -> list[Node]:
        return [item(r) for r in rs]

    by_block: dict[str | None, list[InputRecord]] = defaultdict(list)
    for r in sorted(inputs, key=lambda r: (r.at, r.id)):
        by_block[r.block_uid].append(r)
    known = {b.uid for b in blocks}

    def section(rs: list[InputRecord]) -> list[Node]:
        out: list[Node] = []
        starred = [r for r in rs if r.starred]
        if starred:
            out.append(Node("heading", tr("Løftet fram i plenum"), 2))
            out += items(starred)
        for kind in KINDS:
            of_kind = [r for r in rs if r.kind == kind and not r.starred]
            if of_kind:
                out.append(Node("heading", kind_heading(kind), 2))
                out += items(of_kind)
        return out

    for b in blocks:
        rs = by_block.get(b.uid, [])
        notes = list(notes_for(b.uid) or [])
        if not (rs or notes or b.description.strip()):
            continue
        when = b.start.strftime("%H:%M")
        if multi_day:
            when = f"{norwegian_date(b.day)} {when}"
        doc.nodes.append(Node("heading", f"{when} {clean(b.title)}", 1))
        if b.description.strip():
            doc.nodes.append(Node("para", clean(b.description)))
        doc.nodes += section(rs)
        if notes:
            doc.nodes.append(Node("heading", tr("Gruppenotater og Open Space"), 2))
            for n in notes:
                doc.nodes += _note_nodes(n, clean, include_personal_data)
    loose = [r for uid, rs in by_block.items() if uid is None or uid not in known for r in rs]
    if loose:
        doc.nodes.append(Node("heading", tr("Innspill utenom programmet"), 1))
        doc.nodes += section(loose)

    by_sdg: dict[int, list[InputRecord]] = defaultdict(list)
    for r in inputs:
        for t in r.tags:
            n = sdg_number(t)
            if n:
                by_sdg[n].append(r)
    if by_sdg:
        doc.nodes.append(Node("heading", tr("Vedlegg: Innspill etter bærekraftsmål"), 1))
        for n in sorted(by_sdg):
            doc.nodes.append(Node("heading", sdg_heading(n), 2))
            doc.nodes += items(sorted(by_sdg[n], key=lambda r: (r.at, r.id)))
    return doc


def _note_nodes(note, clean, include_personal_data: bool) -> list[Node]:
    kind = getattr(note, "kind", "group")
    title = getattr(note, "title", "") or getattr(note, "room", "")
    heading = tr("Open Space: {title}").format(title=title) if kind == "openspace" else title or tr("Gruppe")
    rnd = getattr(note, "round", None)
    if kind != "openspace" and rnd:
        heading = tr("{title} (runde {n})").format(title=heading, n=rnd)
    who = ""
    if include_personal_data:
        parts = []
        if getattr(note, "leader", ""):
            parts.append(tr("Leder: {name}").format(name=note.leader))
        if getattr(note, "note_taker", ""):
            parts.append(tr("Referent: {name}").format(name=note.note_taker))
        if getattr(note, "members", None):
            parts.append(tr("Deltakere: {names}").format(names=", ".join(note.members)))
        who = " · ".join(parts)
    text = clean(getattr(note, "text", "") or "").strip() or tr("(ingen notater)")
    return [Node("heading", clean(heading), 3), Node("note", text, label=who)]
