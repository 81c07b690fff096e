"""Guards against a Qt binding that crashes the app in a long session.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call that returns
nothing; after a few thousand calls (a few minutes of repainting a countdown) Python aborts with
``Fatal Python error: none_dealloc``. pyproject pins the binding below 6.12; this test proves the
installed one survives a day's worth of such calls."""

from __future__ import annotations

import subprocess
import sys

PROBE = (
    "from PySide6.QtGui import QFont\n"
    "f = QFont()\n"
    "for _ in range(300_000):\n"
    "    f.setPixelSize(10)\n"
    "print('survived')\n"
)


def test_void_qt_calls_do_not_exhaust_none_refcount():
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "survived"
