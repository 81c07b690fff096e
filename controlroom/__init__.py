"""Kontrollrom: the control room for hybrid event days.

The package is split into a Qt-free core (``models``, ``importers``, ``exporters``,
``live``, ``grouping``, ``inputs``, ``workbook``, ``cues``, ``integrations``, ``api``,
``cli``) and the Qt side (``ui``), wired together by one composition root (``app``).
"""

from __future__ import annotations

APP_NAME = "Kontrollrom"
ORG_NAME = "Kontrollrom"
EVENT_SUFFIX = ".krom"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata only when asked for (reading it costs
    every start of the window about 25 ms)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("kontrollrom")
        except PackageNotFoundError:  # running from a source tree that is not installed
            return "0.0.0+src"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
