"""Real processes: a moderator's laptop killed mid-plenary loses nothing; two windows lose nothing."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.models import EventStore

TYPIST = textwrap.dedent(
    """
    import sys
    from controlroom.clock import SystemClock
    from controlroom.inputs.log import InputLog
    from controlroom.models import EventStore
    store = EventStore.open(sys.argv[1], backup=False)
    log = InputLog(store, SystemClock(), origin=sys.argv[2])
    for i in range(int(sys.argv[3])):
        rec = log.add(f"{sys.argv[2]} innspill {i} #sdg13", source="teams" if i % 2 else "room")
        print(rec.id, flush=True)  # printed only after the commit returned
    print("done", flush=True)
    if len(sys.argv) > 4:
        import time
        time.sleep(60)  # stays open; killed by the test
    """
)


def _spawn(event_path, who: str, n: int, linger: bool = False) -> subprocess.Popen:
    args = [sys.executable, "-c", TYPIST, str(event_path), who, str(n)] + (["linger"] if linger else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_right_after_enter_loses_nothing(store, event_path):
    store.close()
    proc = _spawn(event_path, "ordstyrer", 10_000)
    committed: list[int] = []
    for line in proc.stdout:
        committed.append(int(line))
        if len(committed) == 60:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    reopened = EventStore.open(event_path, backup=False)
    try:
        ids = {r.id for r in InputLog(reopened, SystemClock()).all()}
    finally:
        reopened.close()
    assert set(committed) <= ids
    assert len(ids) >= 60


def test_two_processes_typing_into_one_file_lose_nothing(store, event_path):
    watcher = InputLog(store, SystemClock())
    seen: list[int] = []
    watcher.subscribe(lambda recs: seen.extend(r.id for r in recs))
    assert watcher.all() == []  # the panel has shown the (empty) list
    procs = [_spawn(event_path, who, 150) for who in ("ordstyrer", "teknikk")]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    ids = [int(x) for out, _ in outs for x in out.split() if x != "done"]
    assert len(ids) == len(set(ids)) == 300
    watcher.refresh()  # the panel's poll: picks up both processes' inputs
    assert sorted(seen) == sorted(ids)
    assert len(watcher.all()) == 300
    assert {r.text.split()[0] for r in watcher.all()} == {"ordstyrer", "teknikk"}
