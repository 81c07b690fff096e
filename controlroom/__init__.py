"""Kontrollrom: the control room for hybrid event days.

The package is split into a Qt-free core (``models``, ``importers``, ``exporters``,
``live``, ``grouping``, ``inputs``, ``workbook``, ``cues``, ``integrations``, ``api``,
``cli``) and the Qt side (``ui``), wired together by one composition root (``app``).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kontrollrom")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+src"

APP_NAME = "Kontrollrom"
ORG_NAME = "Kontrollrom"
EVENT_SUFFIX = ".krom"
