"""Diagnostics: what is wrong in the content, where, and what to do about it.

Every problem found in an author's files becomes a :class:`Diagnostic` with a
stable code, a location (``path:line:col``) and arguments. The text is only
rendered when shown, in the message language the site chose (see
:mod:`samverkan.core.messages`), so the command line, the build and editors all
print the same words.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from samverkan.core import messages


class Severity(enum.Enum):
    """How bad a diagnostic is: errors stop the build, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source file: a repository-relative path, 1-based line and column."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line and self.column:
            return f"{self.path}:{self.line}:{self.column}"
        if self.line:
            return f"{self.path}:{self.line}"
        return self.path


@dataclass(frozen=True)
class Diagnostic:
    """One problem in the content."""

    severity: Severity
    code: str
    location: Location
    args: tuple[tuple[str, Any], ...] = ()

    def message(self, language: str = messages.DEFAULT_LANGUAGE) -> str:
        """The plain-words message, with what to do, in ``language``."""
        return messages.render(self.code, language, dict(self.args))

    def format(self, language: str = messages.DEFAULT_LANGUAGE) -> str:
        """``path:line:col: error: message``, the compiler style editors understand.

        The severity word stays English ("error", "warning") in every language,
        so editors and CI can read it; the message is in ``language``.
        """
        return f"{self.location}: {self.severity.value}: {self.message(language)}"

    def as_dict(self, language: str = messages.DEFAULT_LANGUAGE) -> dict[str, Any]:
        """A JSON-friendly form for editors and CI."""
        return {
            "path": self.location.path,
            "line": self.location.line or None,
            "column": self.location.column or None,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message(language),
        }

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.location.path, self.location.line, self.location.column, self.code)


@dataclass
class Diagnostics:
    """A collector of diagnostics: every problem of a run, not just the first."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, code: str, location: Location, **args: Any) -> None:
        """Record an error (the build will stop)."""
        self._add(Severity.ERROR, code, location, args)

    def warning(self, code: str, location: Location, **args: Any) -> None:
        """Record a warning (the build goes on)."""
        self._add(Severity.WARNING, code, location, args)

    def _add(self, severity: Severity, code: str, location: Location, args: dict[str, Any]) -> None:
        messages.check_code(code)
        self.items.append(Diagnostic(severity, code, location, tuple(sorted(args.items()))))

    def extend(self, other: Iterable[Diagnostic]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        """Unique diagnostics ordered by file, line, column."""
        unique = dict.fromkeys(self.items)
        return sorted(unique, key=lambda d: d.sort_key)

    def summary(self, language: str = messages.DEFAULT_LANGUAGE) -> str:
        """One line that counts errors and warnings."""
        return messages.summary(len(self.errors), len(self.warnings), language)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Diagnostics(errors={len(self.errors)}, warnings={len(self.warnings)})"
