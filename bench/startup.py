"""Start-up: how long until the window of a real event is interactive, and how much memory it holds.

The event is made in a temporary folder with the app's own command line (its importers and services):
3 days, 200 blocks (bolker) from a CSV programme, 120 participants from a registration list, rooms on site
and in Teams, and groups formed for one workshop a day (two rounds each).

Each run is a fresh process: ``controlroom open EVENT --api-port 0``, measured from the moment the process is
started to
- the first paint of the main window (a marker printed by a small launcher: it hands over to the app's own
  ``main`` with nothing of Qt loaded, and puts an event filter on the app's QApplication just before the
  event's window is built),
- the ``api: http://127.0.0.1:PORT`` line on stdout, and the first ``GET /api/v1/state`` answered 200;
interactive = the later of the first paint and the API's first answer. Baseline, same run, same launcher:
a bare PySide6 ``QMainWindow`` (1280×800) in a fresh process, to its first paint; and the libraries' floor:
the same bare window in a process that first loads what the app cannot start without (SQLAlchemy's ORM,
aiohttp's web server and qasync, in the app's order: before Qt), which no start-up of this stack can beat.
One untimed run of each
first (the disk cache), then the median of N timed runs each. Resident memory (``VmRSS`` from
``/proc/PID/status``) ``--rss-after`` seconds after the window is interactive, app against bare window.

``--profile`` adds, for the app: the 25 imports with the largest cumulative time (``python -X importtime``)
and a cProfile of the start-up up to the first paint (top 25 by cumulative time).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5] [--rss-after 10] [--profile]
    xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python bench/startup.py --platform xcb

Only measures: nothing here changes how the app starts.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DAYS, BLOCKS, PEOPLE = 3, 200, 120
MUNICIPALITIES = ("Stavanger", "Sandnes", "Sola", "Randaberg", "Klepp", "Time", "Hå", "Gjesdal", "Strand",
                  "Hjelmeland", "Suldal", "Sauda")
FIRST_NAMES = ("Kari", "Ola", "Aisha", "Per", "Ingrid", "Lars", "Sofie", "Jonas", "Mari", "Emil", "Nora", "Ali")
LAST_NAMES = ("Nordmann", "Hansen", "Rahman", "Olsen", "Berg", "Larsen", "Haugen", "Johansen", "Dahl", "Lie")
MARKER = "STARTUP-FIRST-PAINT"


# -- the event ------------------------------------------------------------------------------------
def make_event(folder: Path) -> Path:
    """The 3-day event, made with the app's command line. Returns the event file."""
    from controlroom.cli import main

    event = folder / "samling.krom"
    agenda, people = folder / "program.csv", folder / "pameldte.csv"
    per_day = -(-BLOCKS // DAYS)
    rows = ["Dato;KL.;Lengde;Tittel;Beskrivelse;Kategori;Ansvarlig;Notater;Strømmes"]
    workshops: list[int] = []
    for i in range(BLOCKS):
        day, slot = divmod(i, per_day)
        minute = 8 * 60 + slot * 10
        category = ("Innlegg", "Diskusjon", "Pause", "Workshop")[i % 4]
        if category == "Workshop" and (not workshops or workshops[-1] // per_day < day):
            workshops.append(i)
        rows.append(f"{(date(2025, 3, 4) + timedelta(days=day)).isoformat()};{minute // 60:02d}:{minute % 60:02d};10;"
                    f"Bolk {i + 1}: erfaringsdeling om frivillighet og integrering;Beskrivelse av bolk {i + 1};"
                    f"{category};Kari Nordmann, Ola Hansen;Fysisk og digitalt;{'ja' if i % 2 else 'nei'}")
    agenda.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8-sig")
    attend = ("Fysisk", "Fysisk", "Digitalt (Teams)")
    people.write_text("\r\n".join(
        ["Navn;E-post;Organisasjon;Kommune;Deltakelse"]
        + [f"{FIRST_NAMES[i % 12]} {LAST_NAMES[i % 10]} {i};deltaker{i}@example.no;{MUNICIPALITIES[i % 12]} kommune;"
           f"{MUNICIPALITIES[i % 12]};{attend[i % 3]}" for i in range(PEOPLE)]) + "\r\n", encoding="utf-8-sig")
    onsite = [a for k in range(1, 17) for a in ("--onsite", f"Rom {k}:5")]
    online = [a for k in range(1, 13) for a in ("--teams", f"Teams-rom {k}")]
    steps = [["import", str(agenda), "--event", str(event)],
             ["participants", "import", "--event", str(event), str(people)],
             ["rooms", "set", "--event", str(event), *onsite, *online]]
    steps += [["groups", "form", "--event", str(event), "--block", str(b), "--size", "3-4", "--rounds", "2",
               "--seed", "1"] for b in workshops]
    for argv in steps:
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(argv)
        if code != 0:
            raise SystemExit(f"making the event failed at: controlroom {' '.join(argv[:2])} (exit {code})")
    return event


# -- one run ----------------------------------------------------------------------------------------
@dataclass
class Run:
    first_paint: float = float("nan")  # seconds from the process start
    api_line: float = float("nan")
    api_answers: float = float("nan")
    rss_mb: float = float("nan")
    profile: list[str] = field(default_factory=list)

    @property
    def interactive(self) -> float:
        return max(self.first_paint, self.api_answers) if self.api_answers == self.api_answers else self.first_paint


def run_once(kind: str, event: Path | None, env: dict[str, str], *, rss_after: float, profile: bool = False,
             timeout: float = 60.0) -> Run:
    """Start a fresh process (``kind``: "app", "bare" or "floor"), wait until it is interactive, read its memory
    ``rss_after`` seconds later, stop it (by its own id)."""
    cmd = [sys.executable, str(Path(__file__).resolve().with_name("_startup_child.py")), kind,
           *([str(event)] if event else []), *(["--child-profile"] if profile else [])]
    run = Run()
    started = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    api: list[str] = []
    errors: list[str] = []

    def read_stdout() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("api: http") and not api:
                run.api_line = time.time() - started
                api.append(line.split()[1])

    def read_stderr() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith(MARKER):
                run.first_paint = float(line.split()[1]) - started
            elif line.startswith("PROFILE "):
                run.profile.append(line[len("PROFILE "):].rstrip("\n"))
            else:
                errors.append(line.rstrip("\n"))

    readers = [threading.Thread(target=read_stdout, daemon=True), threading.Thread(target=read_stderr, daemon=True)]
    for t in readers:
        t.start()
    try:
        deadline = started + timeout
        while time.time() < deadline and proc.poll() is None:
            ready = run.first_paint == run.first_paint and (kind != "app" or profile or api)
            if ready:
                break
            time.sleep(0.002)
        if kind == "app" and not profile and api:
            while time.time() < deadline and run.api_answers != run.api_answers:
                with contextlib.suppress(OSError), urllib.request.urlopen(api[0] + "/api/v1/state",
                                                                           timeout=2) as reply:
                    if reply.status == 200:
                        json.loads(reply.read())
                        run.api_answers = time.time() - started
                if run.api_answers != run.api_answers:
                    time.sleep(0.002)
        if run.first_paint != run.first_paint:
            raise RuntimeError(f"{kind}: no window within {timeout:.0f} s:\n" + "\n".join(errors[-20:]))
        if rss_after > 0 and proc.poll() is None:
            time.sleep(max(0.0, started + run.interactive + rss_after - time.time()))
            run.rss_mb = rss_mb(proc.pid)
        if profile:
            proc.wait(timeout=timeout)  # the launcher quits after the first paint
            for t in readers:
                t.join(timeout=5)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return run


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- report ---------------------------------------------------------------------------------------
def ms(values: list[float]) -> str:
    good = [v for v in values if v == v]
    return f"{statistics.median(good) * 1000:7.0f} ms" if good else "      – ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    ap.add_argument("--rss-after", type=float, default=10.0, help="seconds after interactive to read VmRSS")
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                    help="QT_QPA_PLATFORM for the children: offscreen (default) or xcb under xvfb-run")
    ap.add_argument("--profile", action="store_true", help="imports and cProfile of the app's start-up")
    args = ap.parse_args()

    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
        folder = Path(tmp)
        home = folder / "home"  # the children's settings, logs and keyring stay in here
        home.mkdir()
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "HOME": str(home),
               "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
               "XDG_CACHE_HOME": str(home / ".cache"), "XDG_STATE_HOME": str(home / ".local/state"),
               "CONTROLROOM_LOG_DIR": str(home / "logs")}
        env.pop("CONTROLROOM_API_TOKEN", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the untimed first run leaves the bytecode cache, as an install has
        t0 = time.perf_counter()
        os.environ.update({k: env[k] for k in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "CONTROLROOM_LOG_DIR")})
        event = make_event(folder)
        made = time.perf_counter() - t0
        print(f"start-up: {DAYS}-day event, {BLOCKS} blocks, {PEOPLE} participants, groups formed for one "
              f"workshop a day (made in {made:.1f} s); platform {args.platform}; median of {args.runs} fresh "
              f"processes each, after one untimed run")
        for kind in ("bare", "floor", "app"):
            run_once(kind, event if kind == "app" else None, env, rss_after=0)
        bare = [run_once("bare", None, env, rss_after=args.rss_after) for _ in range(args.runs)]
        floor = [run_once("floor", None, env, rss_after=args.rss_after) for _ in range(args.runs)]
        app = [run_once("app", event, env, rss_after=args.rss_after) for _ in range(args.runs)]
        print(f"  baseline: bare QMainWindow, first paint          {ms([r.first_paint for r in bare])}")
        print(f"  baseline: the libraries' floor, first paint      {ms([r.first_paint for r in floor])}  = "
              f"{statistics.median(r.first_paint for r in floor) / statistics.median(r.first_paint for r in bare):.1f}"
              "× (SQLAlchemy's ORM, aiohttp's server and qasync loaded, then the bare window)")
        print("  controlroom open EVENT --api-port 0:")
        print(f"    first paint of the main window                {ms([r.first_paint for r in app])}")
        print(f"    'api: http://127.0.0.1:PORT' printed          {ms([r.api_line for r in app])}")
        print(f"    first GET /api/v1/state answered              {ms([r.api_answers for r in app])}")
        print(f"    interactive (window painted and API answers)  {ms([r.interactive for r in app])}  "
              f"= {statistics.median(r.interactive for r in app) / statistics.median(r.first_paint for r in bare):.1f}"
              "× the bare window")
        rss_app = statistics.median(r.rss_mb for r in app)
        rss_bare = statistics.median(r.rss_mb for r in bare)
        rss_floor = statistics.median(r.rss_mb for r in floor)
        print(f"  resident memory {args.rss_after:.0f} s after interactive: app {rss_app:6.1f} MB, bare window "
              f"{rss_bare:6.1f} MB (+{rss_app - rss_bare:.1f} MB), the libraries' floor {rss_floor:6.1f} MB")
        if args.profile:
            imports = _importtime(event, env)
            print("\n  imports with the largest cumulative time (python -X importtime), top 25:")
            for line in imports:
                print("    " + line)
            profiled = run_once("app", event, env, rss_after=0, profile=True, timeout=120)
            print("\n  cProfile of the start-up to the first paint, top 25 by cumulative time:")
            for line in profiled.profile:
                if line.strip():
                    print("    " + line)
    return 0


def _importtime(event: Path, env: dict[str, str]) -> list[str]:
    """The app started with ``-X importtime`` and quit at its first paint: the 25 largest cumulative imports."""
    cmd = [sys.executable, "-X", "importtime", str(Path(__file__).resolve().with_name("_startup_child.py")), "app",
           str(event)]
    out = subprocess.run(cmd, capture_output=True, text=True, env={**env, "STARTUP_QUIT_AT_PAINT": "1"},
                         cwd=REPO, timeout=120)
    rows = []
    for line in out.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if line.startswith("import time:") and len(fields) == 3 and fields[1].strip().isdigit():
            rows.append((int(fields[1]), int(fields[0]), fields[2].strip()))
    rows.sort(reverse=True)
    return [f"{cum / 1000:8.1f} ms cumulative {own / 1000:7.1f} ms self  {name}" for cum, own, name in rows[:25]]


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
