"""Opening an event: one SQLite file per event (``.krom``), or a PostgreSQL URL when shared.

Opening applies the Alembic migrations (an older file is upgraded in one transaction), refuses a
file written by a newer Kontrollrom, refuses a file that is not an event file or is damaged (and
points at the last good copy when there is one), and turns on WAL with full fsync so a commit
survives a crash or power loss.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from controlroom.errors import EventFileError
from controlroom.i18n import tr
from controlroom.models import change_watch, storage_errors
from controlroom.models.file_guard import OPEN_EVENT_FILES, LockGuard

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
LAST_GOOD_SUFFIX = ".lastgood"


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*(?:"([^"]*)"|None)', re.M)


def known_revisions() -> dict[str, str | None]:
    """Every migration's revision and the one before it, read from the migration files as text: an
    event already at the head opens without loading Alembic (a large part of the start-up)."""
    out: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((name, value or None) for name, value in _REVISION.findall(path.read_text(encoding="utf-8")))
        if found.get("revision"):
            out[str(found["revision"])] = found.get("down_revision")
    return out


def schema_head() -> str:
    """The newest migration (the one no other migration follows)."""
    revisions = known_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def last_good_path(path: Path) -> Path:
    return path.with_name(path.name + LAST_GOOD_SUFFIX)


class EventStore:
    """An open event. Hand it to repositories; it owns the engine and the session factory."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: Why the last-good copy could not be written on open (a full disk...), for the UI to say.
        self.last_good_problem: str | None = None
        #: Opened read-only (a write-protected file or folder, a full disk): every write is refused
        #: with ``read_only_reason``, which the window shows as long as the event is open.
        self.read_only = False
        self.read_only_reason: str | None = None
        #: This store's name in the database's change notifications (PostgreSQL).
        self.instance_id = ""

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path, *, create: bool = False, backup: bool = True) -> EventStore:
        """Open (or with ``create`` make) an event file or a database URL and migrate it."""
        text = str(target)
        if "://" in text:
            args = storage_errors.pg_connect_args() if text.startswith("postgresql") else {}
            engine = create_engine(text, pool_pre_ping=True, connect_args=args)
            storage_errors.install(engine, engine.url.render_as_string(hide_password=True))
            store = cls(engine, None)
            if text.startswith("postgresql"):
                store.instance_id = change_watch.announce_commits(engine)
        else:
            path = Path(target)
            why_read_only = _why_read_only(path) if path.exists() else None
            _check_sqlite_file(path, create, read_only=why_read_only is not None)
            engine = _sqlite_engine(path, why_read_only is not None)
            storage_errors.install(engine, path.name, read_only_message=why_read_only)
            store = cls(engine, path)
            store.read_only = why_read_only is not None
            store.read_only_reason = why_read_only
            OPEN_EVENT_FILES.add(path)
        try:
            store._migrate()
        except BaseException:
            store.close()
            raise
        if store.dialect == "postgresql":
            change_watch.announce_presence(store.engine, "hello")
        if backup and store.path is not None and not store.read_only:
            try:
                store.save_last_good()
            except (OSError, sqlite3.Error) as exc:  # a full disk must not keep the event from opening
                log.warning("last-good copy of %s not written: %s", store.path, exc)
                store.last_good_problem = tr(
                    "Kopien av siste gode tilstand ({name}) kunne ikke skrives: {reason}. "
                    "Hendelsen er åpnet som vanlig."
                ).format(name=last_good_path(store.path).name, reason=exc)
        return store

    def _current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _migrate(self) -> None:
        current = self._current_revision()
        if current is not None and current not in known_revisions():
            raise EventFileError(
                tr(
                    "Hendelsesfilen {path} er laget med en nyere versjon av Kontrollrom (skjema {rev}). "
                    "Oppgrader Kontrollrom for å åpne den; filen er ikke endret."
                ).format(path=self.path or self.engine.url, rev=current),
                self.path,
            )
        if current == schema_head():
            return
        if self.read_only:
            raise EventFileError(
                tr(
                    "Hendelsesfilen {path} er skrivebeskyttet og laget med en eldre versjon av Kontrollrom. "
                    "Kopier den til en mappe du kan skrive i for å åpne den."
                ).format(path=self.path),
                self.path,
            )
        from alembic import command

        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def save_last_good(self) -> None:
        """Copy the file as it is now to ``<file>.lastgood``: through SQLite's online backup on one
        of the store's own connections (never by reading the file, which would drop SQLite's locks),
        into a temporary file of its own (two windows opening at once each write their own), then
        renamed over the old copy."""
        assert self.path is not None
        target = last_good_path(self.path)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        try:
            raw = self.engine.raw_connection()
            try:
                dst = sqlite3.connect(tmp)
                try:
                    raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                finally:
                    dst.close()
            finally:
                raw.close()
            os.chmod(tmp, self.path.stat().st_mode & 0o777)  # as readable as the event itself, not mkstemp's 0600
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)

    # -- use ---------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session; commit is the caller's (``with store.session() as s, s.begin():``)."""
        with self._sessions() as s:
            yield s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction, committed on success and rolled back on any error."""
        with self._sessions() as s, s.begin():
            yield s

    def watch(
        self, on_change: Callable[[], None], on_online: Callable[[bool], None] = lambda _up: None
    ) -> change_watch.ChangeWatch:
        """A (not yet started) watch that calls ``on_change`` after others' commits; see
        :mod:`controlroom.models.change_watch`."""
        if self.path is not None:
            return change_watch.ChangeWatch(path=self.path, on_change=on_change, on_online=on_online)
        url = self.engine.url.render_as_string(hide_password=False)
        return change_watch.ChangeWatch(url=url, on_change=on_change, on_online=on_online)

    def commit_counter(self) -> CommitCounter:
        """A counter of others' commits to the event, for work prepared ahead (the workbook export): see
        :class:`CommitCounter`. Close it when done."""
        return CommitCounter(self.engine if self.path is not None else None)

    def others_connected(self) -> list[str]:
        """Who else has this event open, as ``user@machine`` (PostgreSQL: from the server's list of
        connections; an event file cannot tell)."""
        if self.dialect != "postgresql":
            return []
        me = f"#{os.getpid()}"
        with self.engine.connect() as conn:
            names = conn.execute(text(
                "SELECT DISTINCT application_name FROM pg_stat_activity "
                "WHERE datname = current_database() AND application_name LIKE 'kontrollrom %'")).scalars()
            return sorted({n.removeprefix("kontrollrom ").rsplit(" #", 1)[0] for n in names if not n.endswith(me)})

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        if self.dialect == "postgresql":
            with contextlib.suppress(Exception):  # a database already gone has no one to tell
                change_watch.announce_presence(self.engine, "bye")
        self.engine.dispose()
        if self.path is not None:
            OPEN_EVENT_FILES.remove(self.path)


def _check_sqlite_file(path: Path, create: bool, *, read_only: bool = False) -> None:
    if path.is_dir():
        raise EventFileError(tr("{path} er en mappe, ikke en hendelsesfil.").format(path=path), path)
    if not path.exists():
        if not create:
            raise EventFileError(tr("Finner ikke hendelsesfilen {path}.").format(path=path), path)
        if not path.parent.exists():
            raise EventFileError(tr("Mappen {path} finnes ikke.").format(path=path.parent), path)
        return
    size = path.stat().st_size
    if size == 0:
        if create:
            return
        raise EventFileError(tr("{path} er tom og er ikke en hendelsesfil.").format(path=path), path)
    good = last_good_path(path)
    copy = good if good.exists() else None
    if not _is_sqlite_file(path, read_only):
        raise EventFileError(
            tr("{path} er ikke en Kontrollrom-hendelsesfil (ikke en SQLite-database).").format(path=path),
            path,
            copy,
        )
    problem = _integrity_problem(path, read_only)
    if problem:
        raise EventFileError(
            tr("Hendelsesfilen {path} er skadet ({problem}). Den er ikke endret.").format(
                path=path, problem=problem
            ),
            path,
            copy,
        )


def _is_sqlite_file(path: Path, read_only: bool = False) -> bool:
    """Whether ``path`` starts like an SQLite database. Read by SQLite, not by Python: the event
    may already be open in this process, and a plain ``open()`` + ``close()`` of it would drop
    SQLite's locks (see ``file_guard``)."""
    try:
        conn = sqlite3.connect(_read_only_uri(path, read_only), uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return "not a database" not in str(exc) and "encrypted" not in str(exc)
    return True


def _integrity_problem(path: Path, read_only: bool = False) -> str | None:
    try:
        conn = sqlite3.connect(_read_only_uri(path, read_only), uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] != "ok":
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


#: Below this much free space an event opens read-only: SQLite could not even make its ``-shm``.
MIN_FREE_BYTES = 1024 * 1024


def _why_read_only(path: Path) -> str | None:
    """Why ``path`` must be opened read-only, in words for the host; None when it can be written.
    A read-only mount answers "no" to root as well."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return tr("{name} er skrivebeskyttet og er åpnet bare for lesing; endringer kan ikke lagres.").format(
            name=path.name
        )
    try:
        st = os.statvfs(path.parent)
    except OSError:
        return None
    if st.f_bavail * st.f_frsize < MIN_FREE_BYTES:
        return tr(
            "Disken er full: {name} er åpnet bare for lesing, og ingenting kan lagres. Frigjør plass og "
            "åpne hendelsen igjen."
        ).format(name=path.name)
    return None


def _read_only_uri(path: Path, read_only: bool = False) -> str:
    """An SQLite URI that reads ``path`` without writing anything next to it. In a folder we cannot
    write (or on a full disk) SQLite cannot make the ``-shm`` it needs for a WAL file; when no
    ``-wal`` with content is there (every close checkpoints it into the file), ``immutable`` reads
    the file as it is."""
    uri = f"file:{path}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    cannot_write = read_only or not os.access(path.parent, os.W_OK)
    if cannot_write and (not wal.exists() or wal.stat().st_size == 0):
        uri += "&immutable=1"
    return uri


def _sqlite_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        engine = create_engine(f"sqlite:///{_read_only_uri(path, True)}&uri=true", connect_args={"timeout": 10})

        @event.listens_for(engine, "connect")
        def _on_connect_ro(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            dbapi_conn.isolation_level = None
            dbapi_conn.execute("PRAGMA busy_timeout=10000")

        @event.listens_for(engine, "begin")
        def _on_begin_ro(conn) -> None:  # pragma: no cover - trivial
            conn.exec_driver_sql("BEGIN")

        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (SQLAlchemy's documented recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # pragma: no cover - trivial
        # IMMEDIATE: two windows writing the same file queue up instead of failing mid-transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        guard.check(conn)

    guard = LockGuard(path)
    guard.watch(engine)

    return engine


def copy_last_good(path: Path, dest: Path) -> Path:
    """Copy ``<file>.lastgood`` to ``dest`` so the user can open it; the damaged file stays."""
    shutil.copy2(last_good_path(path), dest)
    return dest


class CommitCounter:
    """Tells whether anyone else committed to an event file since the last reading: SQLite's
    ``PRAGMA data_version`` on one connection held open (no transaction) while the counter lives; it
    changes with every commit made by any other connection. A database has no such counter: ``read()``
    is None, meaning "unknown, read again"."""

    def __init__(self, engine: Engine | None) -> None:
        self._conn = engine.connect() if engine is not None else None

    def read(self) -> int | None:
        if self._conn is None:
            return None
        value = self._conn.exec_driver_sql("PRAGMA data_version").scalar()
        self._conn.rollback()  # ends SQLAlchemy's transaction: nothing is held between readings
        return int(value) if value is not None else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
