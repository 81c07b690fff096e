"""Putting an event where a second operator can reach it: a ``.krom`` file copied into a PostgreSQL
database, and a database copied back into a file (to take home, to archive, to open offline)."""

from __future__ import annotations

import os
from pathlib import Path

from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr
from controlroom.models.copy import copy_event, is_empty
from controlroom.models.store import EventStore

EventTarget = Path | str


def is_database(target: EventTarget) -> bool:
    return "://" in str(target)


def describe(target: EventTarget) -> str:
    """How a target is named in messages (a database URL without its password)."""
    if not is_database(target):
        return str(target)
    from sqlalchemy.engine import make_url

    return make_url(str(target)).render_as_string(hide_password=True)


def copy(source: EventTarget, target: EventTarget) -> dict[str, int]:
    """Copy the event ``source`` to ``target``, a new file or an empty database, in one transaction.
    Returns rows copied per table. Refuses a target that holds anything: nothing is overwritten."""
    if not is_database(target) and Path(target).exists():
        raise BadInputError([InputProblem(str(target), None, tr(
            "{target} finnes allerede; kopien skrives bare til en ny fil.").format(target=target))])
    src = EventStore.open(source, backup=False)
    try:
        if is_database(target):
            dst = EventStore.open(target, create=True, backup=False)
            try:
                if not is_empty(dst):
                    raise BadInputError([InputProblem(describe(target), None, tr(
                        "Databasen har allerede en hendelse; kopien skrives bare til en tom database."))])
                return copy_event(src, dst)
            finally:
                dst.close()
        return _copy_to_new_file(src, Path(target))
    finally:
        src.close()


def _copy_to_new_file(src: EventStore, target: Path) -> dict[str, int]:
    """Into a hidden file beside ``target``, renamed into place once complete."""
    partial = target.with_name(f".{target.name}.copying")
    _remove(partial)
    try:
        dst = EventStore.open(partial, create=True, backup=False)
        try:
            counts = copy_event(src, dst)
        finally:
            dst.close()
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    return counts


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
