"""Translation hook for the Qt-free core.

The core cannot import Qt, yet its messages are user-visible and must go through Qt
Linguist like every other string. Source strings are Norwegian Bokmål (the default
language); the composition root installs a translator that forwards to
``QCoreApplication.translate`` so the English ``.qm`` applies to the core too.
``tools/extract_core_strings.py`` collects ``tr("…")`` calls from the core into the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator = lambda context, text: text  # noqa: E731


def install_translator(translator: Translator) -> None:
    global _translator
    _translator = translator


def tr(text: str, context: str = "core") -> str:
    """Translate a core message. Use ``str.format`` on the result, never on the source."""
    return _translator(context, text)
