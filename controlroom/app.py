"""The composition root: the one place that builds the qasync loop, opens the event store,
creates the services (through each area's wiring) and hands them to the windows."""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import gc
import linecache
import logging
import sys
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import qasync
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from controlroom import APP_NAME, ORG_NAME
from controlroom.application.event import build_services
from controlroom.clock import Clock, SystemClock
from controlroom.errors import ControlroomError, EventFileError
from controlroom.integrations.secrets import SecretStore
from controlroom.models import EventStore
from controlroom.resources import resource_path
from controlroom.ui import i18n as ui_i18n
from controlroom.ui.areas import WindowAreas
from controlroom.ui.context import UiContext, WindowOptions
from controlroom.ui.gui_thread_gc import settle_start_up
from controlroom.ui.main_window import MainWindow
from controlroom.ui.wiring import agenda as wiring_agenda
from controlroom.ui.wiring import cues as wiring_cues
from controlroom.ui.wiring import help as wiring_help
from controlroom.ui.wiring import inputs as wiring_inputs
from controlroom.ui.wiring import integrations as wiring_integrations
from controlroom.ui.wiring import live as wiring_live
from controlroom.ui.wiring import people as wiring_people

log = logging.getLogger("controlroom")


def build_window(ctx: UiContext) -> MainWindow:
    """Build the main window for an open event; each area's wiring gets what it needs from the
    areas before it, and the change feed starts once every panel listens."""
    window = MainWindow(ctx)
    agenda = wiring_agenda.wire(ctx, window)
    live = wiring_live.wire(ctx, window)
    people = wiring_people.wire(ctx, window, live.ui.ticker)
    inputs = wiring_inputs.wire(ctx, window)
    tech = wiring_cues.wire(ctx, window, live.ui)
    platforms = wiring_integrations.wire(ctx, window, people)
    wiring_help.wire(window)
    window.finish_setup()
    ctx.services.follow_feed(ctx.loop)
    feed = ctx.services.feed
    window.on_shutdown(feed.stop)
    window.destroyed.connect(lambda *_: feed.stop())  # however the window goes, its panels hear nothing more
    window.set_areas(WindowAreas(agenda, live, people, inputs, tech, platforms))
    return window


def make_context(
    store: EventStore,
    clock: Clock,
    loop: asyncio.AbstractEventLoop,
    settings: QSettings,
    event_path: Path | None,
    options: argparse.Namespace | None = None,
    *,
    secrets: SecretStore | None = None,
) -> UiContext:
    """The context for a window on the open ``store``: the event's services built once, here."""
    services = build_services(store, clock=clock, secrets=secrets or SecretStore())
    return UiContext(services=services, loop=loop, settings=settings, event_path=event_path,
                     options=WindowOptions.from_args(options))


@dataclass(frozen=True)
class CarriedOver:
    """What passes from one event's window to the next: nothing of the event itself."""

    clock: Clock
    loop: asyncio.AbstractEventLoop
    settings: QSettings
    options: argparse.Namespace | None = None
    on_open: Callable[[MainWindow], None] | None = None


def open_event_window(
    path: Path | str,
    *,
    clock: Clock,
    loop: asyncio.AbstractEventLoop,
    settings: QSettings,
    options: argparse.Namespace | None = None,
    on_open: Callable[[MainWindow], None] | None = None,
) -> MainWindow | None:
    """Open ``path`` and show a window for it (None when the user gave up on a bad file). File → Open
    and File → New in that window hand over to another event through :func:`switch_event`."""
    carried = CarriedOver(clock, loop, settings, options, on_open)
    store = _open_store(path, settings, None)
    return None if store is None else _show_event_window(store, path, carried)


async def switch_event(previous: MainWindow, path: Path, carried: CarriedOver) -> MainWindow | None:
    """Replace ``previous`` by a window for ``path``. The new event is opened first (a bad file leaves
    the old one running as it was); then everything the old event runs stops — its remote API, adapters
    and cues, Teams sync and timers — before the new event's start, so the API port and the equipment
    pass to the new event and nothing keeps driving the old one."""
    store = _open_store(Path(path), carried.settings, previous)
    if store is None:
        return None
    await previous.shut_down()
    window = _show_event_window(store, Path(path), carried)
    previous.close()
    previous.ctx.services.close()
    previous.deleteLater()
    return window


def _open_store(path: Path | str, settings: QSettings, parent: MainWindow | None) -> EventStore | None:
    from controlroom.demo import refresh_if_demo
    from controlroom.ui.event_opening import open_store_interactively

    if isinstance(path, Path):
        path = refresh_if_demo(path)  # yesterday's demo is rebuilt for today
    return open_store_interactively(path, settings, parent=parent)


def _show_event_window(store: EventStore, path: Path | str, carried: CarriedOver) -> MainWindow:
    event_path = path if isinstance(path, Path) else None  # a database has no file of its own
    ctx = make_context(store, carried.clock, carried.loop, carried.settings, event_path, carried.options)
    window = build_window(ctx)
    # PySide6 read the source of every module loaded after it (its ``__feature__`` check) into
    # Python's line cache: some 25 MB nobody needs (a traceback reads its lines again).
    linecache.clearcache()
    # once the window is painted and the API answers; with the window as context, never after it is gone
    QTimer.singleShot(SETTLE_AFTER_MS, window, settle_after_opening)

    def switch(other: object, w: MainWindow = window) -> None:
        task = carried.loop.create_task(switch_event(w, Path(str(other)), carried))
        _SWITCHES.add(task)
        task.add_done_callback(_SWITCHES.discard)

    window.openEventRequested.connect(switch)
    window.show()
    if store.read_only_reason:
        window.show_storage_notice(store.read_only_reason)
    if store.last_good_problem:
        window.statusBar().showMessage(store.last_good_problem, 30000)
    if carried.on_open is not None:
        carried.on_open(window)
    return window


#: How long after the window is built the start-up's garbage is collected and the heap's free pages are
#: handed back: by then it is painted and the API answers.
SETTLE_AFTER_MS = 1000


def settle_after_opening() -> None:
    """The collector, off while the window was built and painted (``controlroom.cli``), collects what the
    start-up left, freezes the rest out of its scans and from now on runs on this thread only (50–60 ms
    that no longer come before the first paint); then the freed heap pages go back to the system."""
    settle_start_up()
    give_back_freed_memory()


def give_back_freed_memory() -> None:
    """Hand the heap's free pages back to the operating system: glibc keeps what the start-up freed
    (about 2 MB of resident memory; elsewhere nothing to do)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # another C library (musl): nothing to trim
        log.debug("malloc_trim is not available")


#: Switches under way (a task needs a reference until it is done).
_SWITCHES: set[asyncio.Task] = set()


def _install_exception_hooks(loop: asyncio.AbstractEventLoop) -> None:
    def excepthook(exc_type, exc, tb) -> None:
        log.error("Unhandled: %s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if isinstance(exc, ControlroomError):
            QMessageBox.warning(None, APP_NAME, str(exc))

    sys.excepthook = excepthook

    def loop_handler(_loop, context) -> None:
        exc = context.get("exception")
        log.error("Loop error: %s", context.get("message"), exc_info=exc)

    loop.set_exception_handler(loop_handler)


def run_gui(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("kontrollrom")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kontrollrom.svg"))))
    settings = QSettings()
    lang = getattr(args, "lang", None) or settings.value("ui/language", "nb")
    ui_i18n.install(app, str(lang))
    loop = qasync.QEventLoop(app)
    # Threads for the window's storage and keyring calls, made as they are needed (qasync's own pool
    # starts ten at once): fewer threads held all day, and less memory.
    loop.set_default_executor(ThreadPoolExecutor(max_workers=10, thread_name_prefix="kontrollrom-worker"))
    asyncio.set_event_loop(loop)
    _install_exception_hooks(loop)

    from controlroom.ui.event_opening import choose_event_path

    clock = SystemClock()
    current: list[MainWindow] = []

    def remember(window: MainWindow) -> None:
        current[:] = [window]

    window = open_event_window(
        choose_event_path(args, settings), clock=clock, loop=loop, settings=settings, options=args, on_open=remember
    )
    if window is None:
        gc.enable()
        return 2
    shot = getattr(args, "screenshot", None)
    if shot:
        QTimer.singleShot(1500, lambda: (window.grab().save(str(shot)), app.quit()))
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    for w in current:
        w.ctx.services.close()
    return 0


__all__ = ["EventFileError", "build_window", "make_context", "open_event_window", "run_gui"]
