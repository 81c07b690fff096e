"""Errors the user sees. Every one of them names what was wrong and, for files, where."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ControlroomError(Exception):
    """Base for errors with a message meant for the user (already translated)."""


@dataclass
class InputProblem:
    """One thing in an input file that could not be read."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message}"


class BadInputError(ControlroomError):
    """Input that cannot be used. Nothing has been saved when this is raised (exit code 2)."""

    def __init__(self, problems: list[InputProblem] | InputProblem | str, file: str | Path | None = None):
        if isinstance(problems, str):
            problems = [InputProblem(str(file) if file else "", None, problems)]
        elif isinstance(problems, InputProblem):
            problems = [problems]
        self.problems: list[InputProblem] = problems
        super().__init__("\n".join(str(p) for p in problems))


class EventFileError(ControlroomError):
    """The event file cannot be opened as it is (corrupt, too new, not an event file)."""

    def __init__(self, message: str, path: str | Path | None = None, recoverable_copy: Path | None = None):
        self.path = Path(path) if path else None
        #: A copy of the last good state the user may open instead, when one exists.
        self.recoverable_copy = recoverable_copy
        super().__init__(message)


class ActionRefused(ControlroomError):
    """A live action that makes no sense now (next past the last block, adding 100 hours...)."""
