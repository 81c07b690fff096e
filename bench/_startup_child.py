"""One measured process of ``bench/startup.py``: ``KIND [EVENT] [--child-profile]``, KIND ``bare``, ``floor`` or
``app``.

Kept apart from the bench, and importing next to nothing, so that the resident memory read from this
process is the window's own (the bench's statistics, HTTP and profiling modules would add about 12 MB).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
import time
import types
from collections.abc import Callable

MARKER = "STARTUP-FIRST-PAINT"


def child(kind: str, event: str | None, profile: bool) -> int:
    """One measured process. The bare window imports PySide6 and paints. The app is started by its own
    ``main`` with nothing of Qt loaded before it (the order of imports is the app's: it loads its
    Qt-free libraries first); the paint marker's event filter goes on the app's own QApplication just
    before the event's window is built (``controlroom.app.open_event_window`` is wrapped on import)."""
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()

    def watch_first_paint() -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication.instance()

        class FirstPaint(QObject):
            def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 - Qt's name
                if ev.type() == QEvent.Type.Paint and obj.isWidgetType():
                    top = obj.window()
                    if isinstance(top, QMainWindow) and top.isVisible():
                        stamp = time.time()
                        app.removeEventFilter(self)
                        if prof:
                            import io
                            import pstats

                            prof.disable()
                            out = io.StringIO()
                            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
                            for line in out.getvalue().splitlines():
                                print("PROFILE " + line, file=sys.stderr)
                        print(f"{MARKER} {stamp:.6f}", file=sys.stderr, flush=True)
                        if prof or os.environ.get("STARTUP_QUIT_AT_PAINT"):
                            QTimer.singleShot(0, app.quit)
                return False

        watcher = FirstPaint(app)
        app.installEventFilter(watcher)

    if kind in ("bare", "floor"):
        if kind == "floor":  # what the app cannot start without, loaded as the app loads it: before Qt
            import aiohttp.web  # noqa: F401
            import sqlalchemy.orm  # noqa: F401
        from PySide6.QtWidgets import QApplication, QMainWindow

        if kind == "floor":
            import qasync  # noqa: F401 - the app's event loop, loaded after Qt as the app loads it

        app = QApplication(sys.argv[:1])
        watch_first_paint()
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 800)
        window.show()
        return app.exec()
    sys.meta_path.insert(0, _WrapOnImport("controlroom.app", _wrap_open_event_window(watch_first_paint)))
    from controlroom.cli import main

    return main(["open", str(event), "--api-port", "0"])


def _wrap_open_event_window(before: Callable[[], None]) -> Callable[[types.ModuleType], None]:
    def wrap(module: types.ModuleType) -> None:
        original = module.open_event_window

        def open_event_window(*args, **kwargs):
            before()
            return original(*args, **kwargs)

        module.open_event_window = open_event_window

    return wrap


class _WrapOnImport(importlib.abc.MetaPathFinder):
    """Runs ``then(module)`` right after the module ``name`` is first executed (only observes)."""

    def __init__(self, name: str, then: Callable[[types.ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        assert spec is not None and spec.loader is not None
        run = spec.loader.exec_module
        then = self.then

        def exec_module(module: types.ModuleType) -> None:
            run(module)
            then(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if __name__ == "__main__":
    argv = sys.argv[1:]
    profiled = "--child-profile" in argv
    rest = [a for a in argv if a != "--child-profile"]
    sys.exit(child(rest[0], rest[1] if len(rest) > 1 else None, profiled))
