"""Writing an exported file in one piece, with the permissions of an ordinary file.

Every export (the report, the rundown PDF, the workbook, group lists, the agenda) is written to a
temporary file beside the target and renamed over it, so a failed or interrupted write never
leaves half a file under the final name. ``tempfile.mkstemp`` creates that temporary file readable
by its owner only (0600); renamed as it is, a colleague on a shared drive or the web server could
not read the export. Here the file gets the mode a plain ``open(path, "w")`` gives: the existing
file's mode when it is replaced, else 0666 minus the umask (0644 under the usual umask 022).
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask, without changing it where the system can tell (Linux ≥ 4.7)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:  # elsewhere the only way to read it is to set it and put it back
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def ordinary_mode(path: Path) -> int:
    """The mode ``open(path, "w")`` would leave: the existing file's, or 0666 minus the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["w"], **kwargs: Any
) -> AbstractContextManager[TextIO]: ...
@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["wb"] = "wb", **kwargs: Any
) -> AbstractContextManager[BinaryIO]: ...
def atomic_open(
    path: str | os.PathLike[str], mode: str = "wb", **kwargs: Any
) -> AbstractContextManager[IO[Any]]:
    """Open a temporary file beside ``path`` for writing; on a clean exit it is flushed to disk,
    given the ordinary mode and renamed to ``path``; on an error it is removed and ``path`` is left
    as it was. ``mode`` is "w" or "wb" (with ``encoding``/``newline`` for text). Raises ``OSError``."""
    return _atomic_open(path, mode, **kwargs)


@contextmanager
def _atomic_open(path: str | os.PathLike[str], mode: str, **kwargs: Any) -> Iterator[IO[Any]]:
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes whole files: mode 'w' or 'wb', not {mode!r}")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, ordinary_mode(target))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` in one piece (see ``atomic_open``)."""
    with atomic_open(path, "wb") as fh:
        view = memoryview(data)
        while view:
            view = view[fh.write(view[: 1 << 20]) :]
    return Path(path)


def write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8", newline: str | None = "") -> Path:
    """Write ``text`` to ``path`` in one piece (see ``atomic_open``)."""
    with atomic_open(path, "w", encoding=encoding, newline=newline) as fh:
        fh.write(text)
    return Path(path)
