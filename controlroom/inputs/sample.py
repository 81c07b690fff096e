"""Realistic Norwegian plenary inputs for demos, screenshots and benchmarks (deterministic)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import cast

from sqlalchemy import Table, func, insert, select

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.clock import to_micros
from controlroom.inputs.parse import parse
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.inputs import InputItem, InputRevision
from controlroom.models.store import EventStore

BLOCKS = [
    (time(9, 0), 30, "Velkommen og innsjekk", "Kaffe og registrering. Teams-deltakerne kobler seg på fra 08:45.", "Innlegg"),
    (time(9, 30), 45, "Status i nettverket: integrering og frivillighet",
     "Kort innlegg fra hver kommune. Streames til Teams.", "Innlegg"),
    (time(10, 15), 15, "Pause", "", "Pause"),
    (time(10, 30), 60, "Arbeidsgrupper første runde",
     "Danne grupper på 3-4 personer (max. 2 fra hver kommune i samme gruppe). Gruppene velger selv en leder "
     "og en som skal notere.", "Workshop"),
    (time(11, 30), 45, "Deling i plenum fra gruppediskusjonene",
     "Deling i plenum fra gruppediskusjonene — husk også innspill fra Teams.", "Diskusjon"),
    (time(12, 15), 45, "Lunsj", "", "Pause"),
    (time(13, 0), 60, "Andre runde — mix av deltakere", "Nye grupper; Open Space-temaer fra markedsplassen.",
     "Workshop"),
    (time(14, 0), 30, "Oppsummering og veien videre", "Hva tar vi med oss hjem? Neste samling.", "Diskusjon"),
]

TEXTS = [
    "Vi må få med frivilligheten tidligere i planarbeidet #frivillighet #sdg17",
    "? Hvordan sikrer vi at de små kommunene også får del i midlene? #økonomi",
    "! Lage en felles oversikt over møteplasser i regionen #møteplasser #sdg11",
    "Bibliotekene er en undervurdert integreringsarena #bibliotek #sdg4",
    "~ Vekst i reiselivet mot lavere utslipp i fjordene #sdg13 #sdg8",
    "+ Språkkafé på tvers av kommunegrensene, digitalt om vinteren #språk #sdg10",
    "Ungdommene må inviteres inn, ikke bare informeres #ungdom #sdg16",
    "? Hvem eier dataene fra kartleggingen? #data",
    "Idrettslagene trenger hjelp med søknader og rapportering #idrett #frivillighet",
    "Samarbeid med NAV om arbeidstrening har fungert godt i Sandnes #arbeid #sdg8",
    "! Kommunene bør dele maler for samarbeidsavtaler med frivilligheten #sdg17",
    "Kollektivtilbudet gjør det vanskelig å delta på kveldstid #transport #sdg11",
    "Det er for lite tid mellom tilskuddsfristene #økonomi",
    "~ Fortetting i sentrum mot bevaring av grøntområder #sdg15 #sdg11",
    "+ Felles rekruttering av frivillige via kommunens nettside #frivillighet",
    "Mange nyankomne kvinner faller utenfor – vi må nå dem der de er #likestilling #sdg5",
    "? Kan fylkeskommunen koordinere en felles søknad til Nordisk ministerråd? #nordisk",
    "Kulturskolen som inkluderingsarena: gratis plasser fungerer #kultur #sdg10",
    "Vi trenger bedre tolketjenester på helsestasjonene #helse #sdg3",
    "! Sette opp et nettverksmøte om matsvinn før sommeren #sdg12",
    "Frivilligsentralene er limet i mange bygder ❤️ #frivillighet",
    "Erfaringene fra Göteborg viser at lokale ildsjeler må få lønn #nordisk",
    "? Hva gjør vi med deltakere som ikke har BankID? #digitalt",
    "Husk at ikke alle har tilgang til Teams på jobb #digitalt",
    "~ Raske resultater mot langsiktig tillitsbygging #tillit",
    "Ren energi i havnene: landstrøm må prioriteres #sdg7 #sdg14",
    "Skolene bør ha en fast kontaktperson mot frivilligheten #skole #sdg4",
    "Sårbare barnefamilier trenger fritidskortet #barn #sdg1",
    "Matbanken i Stavanger trenger flere sjåfører #sdg2 #frivillighet",
    "+ Digital markedsplass for frivillige oppdrag, felles for regionen #digitalt",
]
AUTHORS = [None, None, None, "Kari Nordmann", "Ola Hansen", "Aisha Rahman", "Per Olsen", "Ingrid Berg"]
SOURCES = ["room"] * 5 + ["teams"] * 3 + ["zoom"] * 1 + ["group"] * 2


def make_event(store: EventStore, day: date = date(2024, 5, 6)) -> list[BlockData]:
    draft = AgendaDraft(
        title="Nettverkssamling integrering og frivillighet",
        place="Clarion Hotel Energy, Stavanger",
        blocks=[BlockData(day, s, m, t, description=d, category=c) for s, m, t, d, c in BLOCKS],
    )
    return AgendaRepository(store).import_draft(draft)


def sample_texts(n: int, seed: int = 7) -> list[tuple[str, str, str | None, str | None]]:
    """``n`` (text, source, source_ref, author) tuples."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = rng.choice(TEXTS)
        if rng.random() < 0.3:
            text = f"{text} (innspill {i + 1})"
        source = rng.choice(SOURCES)
        ref = f"{rng.randint(1, 8)}" if source == "group" else None
        out.append((text, source, ref, rng.choice(AUTHORS)))
    return out


def fill_inputs(store: EventStore, blocks: list[BlockData], n: int, seed: int = 7, starred_every: int = 23) -> None:
    """Bulk-insert ``n`` inputs spread over the blocks (one transaction; for benches and screenshots)."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/Oslo")
    talk = [b for b in blocks if b.category != "Pause"] or blocks
    rng = random.Random(seed)
    items, revisions = [], []
    with store.transaction() as s:
        first = (s.scalar(select(func.max(InputItem.id))) or 0) + 1
        for i, (text, source, ref, author) in enumerate(sample_texts(n, seed)):
            b = talk[i * len(talk) // max(n, 1)]
            at = datetime.combine(b.day, b.start, tzinfo=zone) + timedelta(seconds=rng.randint(0, b.minutes * 60 - 1))
            p = parse(text)
            items.append(dict(at_us=to_micros(at), block_uid=b.uid, source=source, source_ref=ref,
                              author=author, kind=p.kind or "innspill", text=p.text, tags=p.tags,
                              starred=(i % starred_every == 0), deleted=False, origin="sample"))
        items.sort(key=lambda row: cast(int, row["at_us"]))  # ids in time order, as if typed live
        for i, row in enumerate(items):
            row["id"] = first + i
            revisions.append(dict(input_id=row["id"], at_us=row["at_us"], action="add", before=None,
                                  after={"text": row["text"]}, origin="sample"))
        conn = s.connection()  # Core executemany: one statement for all rows
        conn.execute(insert(cast(Table, InputItem.__table__)), items)
        conn.execute(insert(cast(Table, InputRevision.__table__)), revisions)
