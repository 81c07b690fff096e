"""Every command that reads user input, fed bad input as a hostile user would, on real temp files.

Each row must end with exit code 2, a Norwegian message on stderr that names the file or option (and
the line where there is one) and what was expected, no traceback, and the event file byte-for-byte
unchanged (or still absent).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from controlroom.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PARTICIPANTS = "Navn;E-post;Kommune;Deltakelse\n" + "".join(f"P{i};p{i}@x.no;K{i % 4};Fysisk\n" for i in range(12))


@pytest.fixture(scope="module")
def base_event(tmp_path_factory) -> Path:
    """An event with the seed programme (22 blocks) and twelve participants, built once per module."""
    d = tmp_path_factory.mktemp("base")
    event = d / "base.krom"
    assert main(["import", str(FIXTURES / "seed002_programme.txt"), "--event", str(event), "--date", "2026-11-21"]) == 0
    people = d / "p.csv"
    people.write_text(PARTICIPANTS, encoding="utf-8")
    assert main(["participants", "import", str(people), "--event", str(event)]) == 0
    return event


class Env:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.event = tmp / "hendelse.krom"

    def file(self, name: str, data: bytes | str) -> str:
        p = self.tmp / name
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
        return str(p)


Case = Callable[[Env], list[str]]
E = "{EVENT}"  # replaced by the event file's path

CASES: list[tuple[str, Case, str]] = [
    # agenda import
    ("import-empty-file", lambda e: ["import", e.file("a.txt", b""), "--event", E], "a.txt:1: Filen er tom; ventet"),
    ("import-bom-binary", lambda e: ["import", e.file("a.csv", b"\xef\xbb\xbftitle;start\n\x00\x01;zz\n"), "--event", E],
     "a.csv:2: Filen ser ut til å være binær"),
    ("import-cp1252-no-date", lambda e: ["import", e.file("a.csv", "Tid;Tittel\n09:00;Åpning – velkommen\n"
                                                    .encode("cp1252")), "--event", E], "a.csv:1: Regnearket har ingen Dato"),
    ("import-random-bytes", lambda e: ["import", e.file("a.json", bytes(range(256)) * 8), "--event", E], "a.json:1:"),
    ("import-json-not-agenda", lambda e: ["import", e.file("a.json", '{"blocks": [{"title": 5}]}'), "--event", E],
     "a.json:1: Dette er ikke en Kontrollrom-agenda"),
    ("import-missing-file", lambda e: ["import", str(e.tmp / "nei.txt"), "--event", E], "nei.txt: Finner ikke filen"),
    ("import-directory", lambda e: ["import", str(e.tmp), "--event", E], "Dette er en mappe; ventet en agendafil"),
    ("import-huge-file", lambda e: ["import", e.file("a.txt", "x" * 11_000_000), "--event", E], "a.txt:1: Filen er for stor"),
    ("import-bad-date", lambda e: ["import", str(FIXTURES / "seed002_programme.txt"), "--event", E, "--date", "i morgen"],
     "--date: Ugyldig dato «i morgen»; ventet ÅÅÅÅ-MM-DD"),
    # participants import
    ("participants-empty", lambda e: ["participants", "import", e.file("p.csv", b""), "--event", E], "p.csv: filen er tom"),
    ("participants-cp1252-bad-attendance", lambda e: ["participants", "import", e.file(
        "p.csv", "Navn;E-post;Kommune;Deltakelse\nÅse;a@x.no;Bærum;Ukjent\n".encode("cp1252")), "--event", E],
     "p.csv:2: Åse: ukjent deltakelse «Ukjent»; ventet"),
    ("participants-bom-no-email", lambda e: ["participants", "import", e.file(
        "p.csv", "\ufeffNavn;E-post;Kommune;Deltakelse\nÅse;;Bærum;Fysisk\n".encode()), "--event", E],
     "p.csv:2: Åse: mangler e-post; ventet"),
    ("participants-nul-bytes", lambda e: ["participants", "import", e.file(
        "p.csv", b"Navn;E-post;Kommune;Deltakelse\nA\x00;a@x.no;K;Fysisk\n"), "--event", E], "p.csv:2: filen er binær"),
    ("participants-utf16", lambda e: ["participants", "import", e.file(
        "p.csv", "\ufeffNavn;E-post\n".encode("utf-16")), "--event", E], "p.csv:1: filen er binær eller UTF-16"),
    ("participants-huge-field", lambda e: ["participants", "import", e.file(
        "p.csv", "Navn;E-post;Kommune;Deltakelse\nA;a@x.no;K;" + "z" * 200_000 + "\n"), "--event", E],
     "p.csv:2: kan ikke leses som CSV"),
    ("participants-fake-xlsx", lambda e: ["participants", "import", e.file("p.xlsx", b"PK\x03\x04" * 50), "--event", E],
     "p.xlsx: kan ikke leses som XLSX"),
    ("participants-directory", lambda e: ["participants", "import", str(e.tmp), "--event", E], "kan ikke leses"),
    ("participants-missing", lambda e: ["participants", "import", str(e.tmp / "nei.csv"), "--event", E],
     "nei.csv: filen finnes ikke"),
    # groups form
    ("groups-size-4-3", lambda e: ["groups", "form", "--event", E, "--block", "1", "--size", "4-3"], "--size: «4-3»: ventet"),
    ("groups-size-0-2", lambda e: ["groups", "form", "--event", E, "--block", "1", "--size", "0-2"], "--size: «0-2»: ventet"),
    ("groups-size-abc", lambda e: ["groups", "form", "--event", E, "--block", "1", "--size", "abc"], "--size: «abc»: ventet"),
    ("groups-block-999", lambda e: ["groups", "form", "--event", E, "--block", "999"], "--block: bolk 999 finnes ikke"),
    ("groups-max-per-municipality-negative", lambda e: ["groups", "form", "--event", E, "--block", "1",
                                                        "--max-per-municipality", "-1"], "--max-per-municipality: «-1»: ventet"),
    ("groups-rounds-0", lambda e: ["groups", "form", "--event", E, "--block", "1", "--rounds", "0"], "--rounds: «0»: ventet"),
    ("groups-rounds-1000", lambda e: ["groups", "form", "--event", E, "--block", "1", "--rounds", "1000"],
     "--rounds: «1000»: ventet"),
    ("groups-round-mode-future", lambda e: ["groups", "form", "--event", E, "--block", "1", "--rounds", "2",
                                            "--round-mode", "return:5,mix"], "--round-mode: runde 1"),
    ("rooms-negative-capacity", lambda e: ["rooms", "set", "--event", E, "--onsite", "Sal A:-3"],
     "--onsite: «Sal A:-3»: ventet NAVN:KAPASITET"),
    ("participants-add-empty-name", lambda e: ["participants", "add", "--event", E, "--name", " ", "--email", "a@b.no",
                                               "--municipality", "Bærum", "--attendance", "Fysisk"], "--name: tom; ventet"),
    ("participants-add-bad-email", lambda e: ["participants", "add", "--event", E, "--name", "Åse", "--email", "nei",
                                              "--municipality", "Bærum", "--attendance", "Fysisk"],
     "--email: «nei» er ikke en e-postadresse"),
    ("participants-noshow-unknown", lambda e: ["participants", "noshow", "zz@zz.no", "--event", E],
     "EMAIL: ukjent deltaker: zz@zz.no"),
    ("groups-notes-unknown-room", lambda e: ["groups", "notes", "--event", E, "--block", "1", "--round", "1",
                                             "--room", "Rom 1", "--text", "notat"], "--room: ingen gruppe i «Rom 1»"),
    ("groups-notes-fake-docx", lambda e: ["groups", "notes", "--event", E, "--block", "1", "--round", "1", "--room",
                                          "Rom 1", "--file", e.file("n.docx", b"PK\x03\x04junk")],
     "n.docx: kan ikke leses som Word-dokument"),
    ("openspace-empty-topic", lambda e: ["openspace", "propose", E, "--block", "1", "--topic", " ", "--convener", "A"],
     "--topic: et tema trenger en tittel"),
    # inputs add
    ("inputs-block-999", lambda e: ["inputs", "add", E, "hei", "--block", "999"], "--block: Bolk nr. 999 finnes ikke"),
    ("inputs-unknown-kind", lambda e: ["inputs", "add", E, "hei", "--kind", "tull"], "Ukjent type «tull». Bruk en av"),
    ("inputs-unknown-source", lambda e: ["inputs", "add", E, "hei", "--source", "tull"], "Ukjent kilde «tull». Bruk en av"),
    ("inputs-empty-text", lambda e: ["inputs", "add", E, "  "], "Innspillet er tomt"),
    ("inputs-1mb-text", lambda e: ["inputs", "add", E, "x" * 1_000_000], "Innspillet er for langt"),
    ("inputs-only-nul", lambda e: ["inputs", "add", E, "\x00\x00"], "Innspillet er tomt"),
    # live
    ("live-goto-999", lambda e: ["live", E, "goto", "999"], "hendelse.krom: goto: Bolk 999 finnes ikke"),
    ("live-time-nan", lambda e: ["live", E, "time", "nan"], "hendelse.krom: time: Tiden må være et endelig antall sekunder"),
    ("live-time-abc", lambda e: ["live", E, "time", "abc"], "time trenger et tall, ikke «abc»"),
    ("live-message-only-nul", lambda e: ["live", E, "message", "\x00\x1b"], "hendelse.krom: message: Meldingen er tom"),
    ("live-message-1mb", lambda e: ["live", E, "message", "x" * 1_000_000], "hendelse.krom: message: Meldingen er for lang"),
    # cues add
    ("cues-action-no-kind", lambda e: ["cues", E, "add", "--block", "0", "--action", "obs"], "--action: «obs»: skriv ADAPTER"),
    ("cues-action-empty", lambda e: ["cues", E, "add", "--block", "0", "--action", ""], "--action: «»: skriv ADAPTER"),
    ("cues-action-unknown-kind", lambda e: ["cues", E, "add", "--block", "0", "--action", "obs:dans:X"],
     "--action: «obs:dans:X»: ukjent handling «dans»; ventet en av"),
    ("cues-block-999", lambda e: ["cues", E, "add", "--block", "999", "--action", "obs:scene:X"], "--block: Bolk 999 finnes ikke"),
    ("cues-before-negative", lambda e: ["cues", E, "add", "--block", "0", "--trigger", "before_end", "--before", "-5",
                                        "--action", "obs:scene:X"], "--before: «-5.0»: ventet"),
    ("cues-before-nan", lambda e: ["cues", E, "add", "--block", "0", "--trigger", "before_end", "--before", "nan",
                                   "--action", "obs:scene:X"], "--before: «nan»: ventet"),
    ("adapters-port-negative", lambda e: ["adapters", E, "add", "obs", "--kind", "obs", "--port", "-1"],
     "--port: «-1»: ventet et portnummer fra 1 til 65535"),
    # Zoom / Teams
    ("zoom-meeting-id-abc", lambda e: ["zoom", "preassign", E, "--block", "1", "--meeting", "abc"],
     "--meeting: «abc» er ikke en Zoom-møte-ID; ventet 9–11 sifre"),
    ("zoom-meeting-id-short", lambda e: ["zoom", "preassign", E, "--block", "1", "--meeting", "123"],
     "--meeting: «123» er ikke en Zoom-møte-ID"),
    ("zoom-round-0", lambda e: ["zoom", "csv", E, "--block", "1", "--round", "0"], "--round: «0»: ventet et rundenummer"),
    ("zoom-block-999", lambda e: ["zoom", "csv", E, "--block", "999"], "Bolk 999 finnes ikke"),
    ("teams-non-teams-link", lambda e: ["teams", "sync", E, "--join-link", "https://example.com/møte", "--once"],
     "--join-link: «https://example.com/møte» er ikke en Teams-møtelenke"),
    ("teams-rooms-block-999", lambda e: ["teams", "rooms", E, "--block", "999"], "Bolk 999 finnes ikke"),
    # outputs
    ("export-out-under-a-file", lambda e: ["export", E, "--format", "json", "--out", e.file("f.txt", "x") + "/a.json"],
     "f.txt/a.json: Kan ikke skrive filen"),
    ("export-out-is-directory", lambda e: ["export", E, "--format", "csv", "--out", str(e.tmp)], "er en mappe; ventet et filnavn"),
    ("export-out-missing-dir", lambda e: ["export", E, "--format", "csv", "--out", str(e.tmp / "nei" / "a.csv")],
     "finnes ikke"),
    ("report-csv-out-under-a-file", lambda e: ["report", E, "--csv", "--out", e.file("f.txt", "x") + "/r.csv"],
     "f.txt/r.csv: Kan ikke skrive filen"),
    ("workbook-out-under-a-file", lambda e: ["workbook", E, "--out", e.file("f.txt", "x") + "/bok.md"],
     "f.txt/bok.md: mappen"),
    ("workbook-unknown-extension", lambda e: ["workbook", E, "--out", str(e.tmp / "bok.xyz")],
     "bok.xyz: ukjent format «.xyz». Bruk .docx, .pdf eller .md"),
]

BROKEN_EVENTS: dict[str, tuple[Callable[[Env, Path], Path], str]] = {
    "missing": (lambda e, base: e.tmp / "finnes-ikke.krom", "Finner ikke hendelsesfilen"),
    "directory": (lambda e, base: e.tmp, "er en mappe, ikke en hendelsesfil"),
    "empty": (lambda e, base: Path(e.file("tom.krom", b"")), "er tom og er ikke en hendelsesfil"),
    "text-renamed": (lambda e, base: Path(e.file("tekst.krom", "Dette er tekst\n")), "er ikke en Kontrollrom-hendelsesfil"),
    "truncated": (lambda e, base: Path(e.file("kuttet.krom", base.read_bytes()[:5000])), "er skadet"),
}
COMMANDS: dict[str, list[str]] = {
    "live": ["live", E],
    "report": ["report", E],
    "inputs-add": ["inputs", "add", E, "hei"],
    "cues-list": ["cues", E, "list"],
    "groups-form": ["groups", "form", "--event", E, "--block", "0"],
    "workbook": ["workbook", E, "--out", "{TMP}/bok.md"],
    "export": ["export", E, "--format", "json", "--out", "{TMP}/a.json"],
    "zoom-csv": ["zoom", "csv", E, "--block", "0"],
    "teams-rooms": ["teams", "rooms", E, "--block", "0"],
}


def _snapshot(path: Path) -> bytes | str | None:
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    return path.read_bytes() if path.exists() else None


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code  # type: ignore[assignment]
    return code, capsys.readouterr().err


def _check(code: int, err: str, expected: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    assert err.startswith("controlroom: "), err
    assert expected in err, err


@pytest.mark.parametrize(("argv", "expected"), [pytest.param(c, x, id=i) for i, c, x in CASES])
def test_bad_input_is_refused_and_nothing_changes(argv: Case, expected: str, base_event: Path, tmp_path: Path,
                                                  capsys) -> None:
    env = Env(tmp_path)
    shutil.copy(base_event, env.event)
    before = env.event.read_bytes()
    words = [w.replace(E, str(env.event)) for w in argv(env)]
    code, err = _run(capsys, words)
    _check(code, err, expected)
    assert env.event.read_bytes() == before


def test_bad_agenda_does_not_create_a_new_event(tmp_path: Path, capsys) -> None:
    env = Env(tmp_path)
    code, err = _run(capsys, ["import", env.file("a.txt", b""), "--event", str(env.event)])
    _check(code, err, "a.txt:1: Filen er tom")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize(("kind", "command"), [pytest.param(k, c, id=f"{c}-on-{k}-event")
                                               for k in BROKEN_EVENTS for c in COMMANDS])
def test_broken_event_file_is_refused_unchanged(kind: str, command: str, base_event: Path, tmp_path: Path,
                                                capsys) -> None:
    env = Env(tmp_path)
    make, expected = BROKEN_EVENTS[kind]
    event = make(env, base_event)
    before = _snapshot(event)
    words = [w.replace(E, str(event)).replace("{TMP}", str(tmp_path)) for w in COMMANDS[command]]
    code, err = _run(capsys, words)
    _check(code, err, expected)
    assert str(event) in err
    assert _snapshot(event) == before


def test_nul_bytes_inside_an_input_are_removed_not_stored(base_event: Path, tmp_path: Path, capsys) -> None:
    """By design (inputs/parse.sanitise) control characters are stripped, so real text with a NUL is saved clean."""
    event = tmp_path / "h.krom"
    shutil.copy(base_event, event)
    assert main(["inputs", "add", str(event), "hei\x00du"]) == 0
    capsys.readouterr()
    assert main(["inputs", str(event), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"text": "heidu"' in out
    assert "\\u0000" not in out
