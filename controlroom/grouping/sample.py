"""Realistic registration lists for tests, benchmarks and the demo (Rogaland municipalities)."""

from __future__ import annotations

import random
from pathlib import Path

from controlroom.exporters import safe_csv
from controlroom.grouping.types import Participant

ROGALAND = [
    "Stavanger", "Sandnes", "Sola", "Randaberg", "Strand", "Hå", "Klepp", "Time", "Gjesdal", "Eigersund",
    "Sokndal", "Lund", "Bjerkreim", "Haugesund", "Karmøy", "Tysvær", "Vindafjord", "Suldal", "Sauda",
    "Hjelmeland", "Bokn", "Utsira", "Kvitsøy", "Rogaland fylkeskommune",
]
FIRST = ["Anne", "Ole", "Kari", "Per", "Ingrid", "Lars", "Solveig", "Øystein", "Åse", "Bjørn", "Marte", "Håkon",
         "Sigrid", "Jørgen", "Tove", "Eirik", "Liv", "Ståle", "Hanne", "Tor", "Ragnhild", "Knut", "Siri", "Trond"]
LAST = ["Hansen", "Olsen", "Bærheim", "Nilsen", "Larsen", "Sørensen", "Håland", "Tjørhom", "Østebø", "Aasen",
        "Skåland", "Eide", "Vågen", "Løland", "Rønneberg", "Strøm", "Næss", "Berge", "Ødegård", "Sæther"]
ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "aa"})
ORGS = ["kommune", "Fylkeskommunen", "KS", "Frivillighetssentralen", "Næringsforeningen", "IMDi"]


def sample_participants(n: int, *, seed: int = 7, big_share: float = 0.3, onsite_share: float = 0.6,
                        big: str = "Stavanger") -> list[Participant]:
    """``n`` people: ``big_share`` from ``big``, ``onsite_share`` on site, the rest split Teams/Zoom."""
    rng = random.Random(seed)
    people: list[Participant] = []
    n_big = round(n * big_share)
    n_onsite = round(n * onsite_share)
    others = [m for m in ROGALAND if m != big]
    for i in range(n):
        muni = big if i < n_big else others[rng.randrange(len(others))]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}.{i}".lower().translate(ASCII)
        people.append(Participant(name=f"{first} {last}", email=f"{local}@example.no",
                                  organisation=f"{muni} {rng.choice(ORGS)}", municipality=muni))
    rng.shuffle(people)
    for i, p in enumerate(people):
        p.attendance = "onsite" if i < n_onsite else ("teams" if i % 2 == 0 else "zoom")
    return people


ATT_TEXT = {"onsite": "Fysisk i Stavanger", "teams": "Digitalt (Teams)", "zoom": "Digitalt (Zoom)"}


def write_registration_csv(path: Path, people: list[Participant], *, delimiter: str = ";",
                           encoding: str = "utf-8-sig") -> Path:
    """Write a list the way registration systems export it (Norwegian headers, an extra column)."""
    with path.open("w", encoding=encoding, newline="") as fh:
        w = safe_csv.writer(fh, delimiter=delimiter)
        w.writerow(["Fornavn", "Etternavn", "E-post", "Organisasjon", "Kommune", "Deltakelse", "Allergier"])
        for p in people:
            first, _, last = p.name.partition(" ")
            w.writerow([first, last, p.email, p.organisation, p.municipality, ATT_TEXT[p.attendance], ""])
    return path
