"""Shared test data of the platforms area: meeting ids, chat ids, generated groups and registrations."""

from __future__ import annotations

import csv
import random

from controlroom.integrations.zoom import GroupRoom, Person

MEETING = "81234567890"
CHAT = "19:meeting_NmM3ZDU2YjctYjRkZS00Yjc5LWI1NjMtZjY0YzE0ZjY2ZWQz@thread.v2"
JOIN = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmM3ZDU2YjctYjRkZS00Yjc5LWI1NjMtZjY0YzE0ZjY2ZWQz"
        "%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%2c%22Oid%22%3a%22a1b2%22%7d")
MUNICIPALITIES = ["Stavanger", "Sandnes", "Sola", "Randaberg", "Strand", "Hå", "Klepp", "Time", "Gjesdal",
                  "Bjerkreim", "Eigersund", "Sokndal", "Lund", "Rogaland fylkeskommune"]
FIRST = ["Kari", "Ola", "Siri", "Per", "Åse", "Bjørn", "Ingrid", "Lars", "Marit", "Øystein", "Solveig", "Håkon"]
LAST = ["Nordmann", "Hansen", "Løvås", "Aasen", "Bø", "Sæther", "Øvrebø", "Kristiansen", "Tjøstheim", "Økland"]


def groups(n_rooms: int = 3, per_room: int = 4) -> list[GroupRoom]:
    return [GroupRoom(f"Gruppe {r + 1}", [Person(f"Deltaker {r}-{i}", f"d{r}.{i}@kommune.no")
                                           for i in range(per_room)]) for r in range(n_rooms)]


def write_registrations(path, n: int = 120) -> None:
    """A registration export as a Norwegian registration system writes it: half on site, a quarter each
    on Zoom and Teams, 14 municipalities, names with æøå (e-mail addresses without)."""
    rng = random.Random(7)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Fornavn", "Etternavn", "E-post", "Kommune", "Organisasjon", "Deltakelse"])
        for i in range(n):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            mode = "Fysisk i Stavanger" if i < n // 2 else ("Digitalt (Zoom)" if i < 3 * n // 4 else "Digitalt (Teams)")
            muni = MUNICIPALITIES[i % len(MUNICIPALITIES)]
            email = f"{first}.{last}.{i}@{muni.split()[0]}.kommune.no".lower()
            email = email.replace("å", "a").replace("ø", "o").replace("æ", "ae")
            w.writerow([first, last, email, muni, f"{muni} kommune", mode])
