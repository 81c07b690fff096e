"""Keeping SQLite's locks on an open event file, and noticing when they are gone anyway.

On POSIX, SQLite's locks are ``fcntl`` locks, owned by the process and the file: closing *any*
descriptor of the database file inside the process drops every lock SQLite holds on it
("How To Corrupt An SQLite Database File", §2.2). Another process then believes it is alone,
checkpoints and deletes the ``-wal`` and ``-shm`` under us, and every later write of ours goes
into a deleted file: invisible to others and lost at a crash. Three layers keep that from
happening:

1. **Nothing in Python may open them.** While an event file is open, an audit hook
   (``sys.addaudithook``) refuses to ``open``, rename over or delete the file, its ``-wal`` and
   its ``-shm`` from Python code — ours or a library's — with a clear error. SQLite's own opens are
   not affected (they are not Python's), and SQLite shares its locks between the connections of
   one process by design, so our own connections (the last-good backup included) are safe.
2. **Qt's file dialogs do not sniff.** ``controlroom.ui.file_dialogs`` gives every dialog an
   icon provider that decides a file's type by its name (Qt would read the first bytes).
3. **A guard notices a loss anyway** (a C library, a plug-in): before every transaction the store
   checks that the ``-wal`` and ``-shm`` it uses are still the files on disk and, on Linux, that
   the kernel still lists our lock on the database file. If not, the transaction is refused with
   :class:`StorageLockLost` (nothing is written), every connection is closed — which also resets
   SQLite's idea of its locks — and the next transaction opens the file afresh.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, event

from controlroom.errors import ControlroomError
from controlroom.i18n import tr

log = logging.getLogger(__name__)
SIDE_FILES = ("", "-wal", "-shm", "-journal")
_GUARDED_EVENTS = {"open", "os.rename", "os.remove", "os.truncate", "shutil.copyfile", "shutil.copymode"}


class StorageLockLost(ControlroomError):
    """The event file's locks were lost; nothing was written, and the file is reopened."""


class GuardedFileAccess(PermissionError):
    """Python code tried to open, replace or delete an open event's database files."""


class _OpenEventFiles:
    """The database files of the events open in this process, for the audit hook."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: dict[str, int] = {}
        self._hooked = False

    def add(self, path: Path) -> None:
        with self._lock:
            for name in _names(path):
                self._paths[name] = self._paths.get(name, 0) + 1
            if not self._hooked:
                sys.addaudithook(self._audit)
                self._hooked = True

    def remove(self, path: Path) -> None:
        with self._lock:
            for name in _names(path):
                left = self._paths.get(name, 0) - 1
                if left > 0:
                    self._paths[name] = left
                else:
                    self._paths.pop(name, None)

    def is_guarded(self, target: object) -> bool:
        if not self._paths or not isinstance(target, (str, bytes, os.PathLike)):
            return False
        name = os.fsdecode(target)
        return os.path.abspath(name) in self._paths

    def _audit(self, event: str, args: tuple) -> None:
        if event not in _GUARDED_EVENTS or not self._paths:
            return
        targets = args[:2] if event in ("os.rename", "shutil.copyfile") else args[:1]
        for target in targets:
            if self.is_guarded(target):
                raise GuardedFileAccess(
                    tr(
                        "{path} er en åpen hendelsesfil. Den leses og skrives bare gjennom databasen, "
                        "ellers mister Kontrollrom låsene sine og andre kan overskrive det som er lagret."
                    ).format(path=os.fsdecode(target))
                )


def _names(path: Path) -> list[str]:
    base = os.path.abspath(path)
    return [base + suffix for suffix in SIDE_FILES]


OPEN_EVENT_FILES = _OpenEventFiles()


@dataclass
class _Identity:
    device: int
    inode: int


class LockGuard:
    """Checks, before each transaction, that an open event file still has its locks and its WAL.

    When they are gone, the transaction is refused and every connection closed. No new connection
    is let in while an old one lives: SQLite keeps one record of its locks and its ``-shm`` per file
    and process, so a connection made beside a stale one would inherit the lost locks."""

    def __init__(self, path: Path) -> None:
        self.path = Path(os.path.abspath(path))
        self._wal: _Identity | None = None
        self._shm: _Identity | None = None
        self._connections = 0
        self._lost = False
        self._mutex = threading.Lock()

    def watch(self, engine: Engine) -> None:
        """Count the engine's connections (see the class docstring)."""
        event.listen(engine, "connect", self._on_connect, insert=True)
        event.listen(engine, "close", self._on_close)
        event.listen(engine, "close_detached", lambda dbapi_conn: self._on_close(dbapi_conn, None))

    def check(self, conn: Connection) -> None:
        """Call right after ``BEGIN``: raises :class:`StorageLockLost` (after closing every
        connection) when the file is no longer as we opened it."""
        problem = self.problem()
        if problem is None:
            self.remember()
            return
        log.error("lost the locks on %s: %s; closing every connection", self.path, problem)
        with self._mutex:
            self._lost = True
        conn.invalidate()  # closes this one at once
        engine = conn.engine
        engine.dispose()  # and those in the pool; any other closes when it is given back
        raise StorageLockLost(
            tr(
                "Kontrollrom mistet kontrollen over hendelsesfilen {name} ({problem}). Handlingen er ikke "
                "lagret. Filen åpnes på nytt; prøv igjen."
            ).format(name=self.path.name, problem=problem)
        )

    def _on_connect(self, dbapi_conn, _record) -> None:
        with self._mutex:
            refuse = self._lost
            if not refuse:
                self._connections += 1
        if refuse:
            dbapi_conn.close()
            raise StorageLockLost(
                tr("Hendelsesfilen {name} åpnes på nytt; vent til pågående lagring er ferdig og prøv igjen.").format(
                    name=self.path.name
                )
            )

    def _on_close(self, _dbapi_conn, _record) -> None:
        with self._mutex:
            self._connections -= 1
            if self._connections <= 0:  # no connection, no lock: another process may rightly remove the WAL
                self._connections = 0
                self._lost = False
                self._wal = self._shm = None

    def remember(self) -> None:
        """Note which ``-wal`` and ``-shm`` the open connections use (call with a connection open)."""
        self._wal = _identity(self.path.with_name(self.path.name + "-wal"))
        self._shm = _identity(self.path.with_name(self.path.name + "-shm"))

    def problem(self) -> str | None:
        """What is wrong, in words for the user, or None when the file is as we opened it."""
        if self._wal is None:
            return None
        for known, suffix in ((self._wal, "-wal"), (self._shm, "-shm")):
            now = _identity(self.path.with_name(self.path.name + suffix))
            if now != known:
                return tr("{name} ble slettet eller byttet ut av en annen prosess").format(
                    name=self.path.name + suffix
                )
        db = _identity(self.path)
        if db is not None and not _kernel_lists_our_lock(db):
            return tr("operativsystemet har sluppet låsen på {name}").format(name=self.path.name)
        return None


def _identity(path: Path) -> _Identity | None:
    try:
        st = os.stat(path)  # a stat, not an open: it leaves SQLite's locks alone
    except FileNotFoundError:
        return None
    return _Identity(st.st_dev, st.st_ino)


def _kernel_lists_our_lock(db: _Identity) -> bool:
    """Linux: whether /proc/locks lists a lock of this process on the file; elsewhere True."""
    try:
        with open("/proc/locks", encoding="ascii") as fh:
            table = fh.read()
    except OSError:
        return True
    pid = str(os.getpid())
    suffix = f":{db.inode}"
    major, minor = os.major(db.device), os.minor(db.device)
    device = f"{major:02x}:{minor:02x}"
    for line in table.splitlines():
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 7702 fe:00:2147737 128 128" (a "->" marks a waiter)
        if "->" in fields or len(fields) < 6:
            continue
        if fields[4] == pid and fields[5].endswith(suffix) and fields[5].startswith(device):
            return True
    return False
