"""Storage faults in words a host understands, for SQLite files and PostgreSQL alike.

One ``handle_error`` hook on the engine turns the driver's errors for a full disk, a read-only
file, a failing disk, a store held by another process and a database that does not answer into
:class:`StorageUnavailable`: a :class:`ControlroomError`, so every front end shows the message and
refuses the action (the command line exits 2), and the transaction has been rolled back, so
nothing is half saved. Other errors pass unchanged.
"""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Callable

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from controlroom.errors import ControlroomError
from controlroom.i18n import tr

#: PostgreSQL's limits (seconds): a new connection, one statement, a wait for a lock.
PG_CONNECT_TIMEOUT = 5
PG_STATEMENT_TIMEOUT = 30
PG_LOCK_TIMEOUT = 10


class StorageUnavailable(ControlroomError):
    """The event's storage refused or failed an operation; nothing of it was saved."""


def pg_connect_args() -> dict[str, object]:
    """libpq options that keep a hung or busy server from blocking us for as long as it hangs."""
    return {
        "connect_timeout": PG_CONNECT_TIMEOUT,
        # who else has the event open (see EventStore.others_connected): user, machine and process
        "application_name": f"kontrollrom {_user()}@{socket.gethostname()} #{os.getpid()}"[-63:],
        "options": f"-c statement_timeout={PG_STATEMENT_TIMEOUT * 1000} -c lock_timeout={PG_LOCK_TIMEOUT * 1000}"
        " -c idle_in_transaction_session_timeout=60000",
    }


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password database
        return "?"


def _messages(label: str) -> list[tuple[tuple[str, ...], Callable[[], str]]]:
    return [
        (("database or disk is full", "no space left on device", "could not extend file", "disk full"),
         lambda: tr("Disken er full: {event} kan ikke lagre mer. Ingenting av handlingen er lagret. "
                    "Frigjør plass og prøv igjen.").format(event=label)),
        (("readonly database", "read-only", "read only"),
         lambda: tr("{event} er åpnet skrivebeskyttet; endringer kan ikke lagres.").format(event=label)),
        (("disk i/o error",),
         lambda: tr("Disken svarer med en lese- eller skrivefeil for {event}. Ingenting av handlingen er "
                    "lagret. Sjekk disken, eller lagre en kopi et annet sted.").format(event=label)),
        (("database is locked", "database table is locked"),
         lambda: tr("{event} er opptatt av et annet program for lenge. Handlingen er ikke lagret; prøv igjen.")
         .format(event=label)),
        (("statement timeout", "lock timeout", "canceling statement"),
         lambda: tr("Databasen for {event} svarte ikke i tide. Handlingen er ikke lagret; prøv igjen.")
         .format(event=label)),
        (("connection", "timeout expired", "server closed", "could not connect", "terminating", "no route",
          "connection refused"),
         lambda: tr("Får ikke kontakt med databasen for {event}. Handlingen er ikke lagret; den prøves ikke "
                    "igjen av seg selv.").format(event=label)),
    ]


def explain(exc: BaseException, label: str) -> str | None:
    """The host's message for a storage fault, or None when ``exc`` is not one."""
    text = str(exc).lower()
    for needles, message in _messages(label):
        if any(n in text for n in needles):
            return message()
    return None


def install(engine: Engine, label: str, *, read_only_message: str | None = None) -> None:
    """Translate ``engine``'s storage faults (see the module docstring). A store opened read-only
    says why (``read_only_message``) when a write is tried."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        original = context.original_exception
        if not _is_driver_error(original):
            return
        message = explain(original, label)
        if read_only_message is not None and "readonly database" in str(original).lower():
            message = read_only_message
        if message is not None:
            raise StorageUnavailable(message) from original


def _is_driver_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module.startswith(("sqlite3", "psycopg", "_sqlite3")) or isinstance(exc, OSError)
