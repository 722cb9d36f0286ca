"""What every subcommand shares: the site's settings, and errors about the command itself."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from samverkan.cli import project_settings
from samverkan.cli.texts import say
from samverkan.core.settings import Settings, SettingsError


class CommandError(Exception):
    """A mistake in how the command was used (not in the content): one plain message.

    Attributes:
        key: the text's key in :mod:`samverkan.cli.texts`.
        where: the file it is about, if any (shown first, like a diagnostic).
        fields: the text's fields.
    """

    def __init__(self, key: str, where: str | None = None, **fields: Any) -> None:
        super().__init__(key)
        self.key = key
        self.where = where
        self.fields = fields

    def message(self, language: str) -> str:
        return say(language, self.key, **self.fields)

    def format(self, language: str) -> str:
        """``path: error: message`` (``samverkan: error: message`` without a path)."""
        return f"{self.where or 'samverkan'}: error: {self.message(language)}"

    def as_dict(self, language: str) -> dict[str, Any]:
        """The same shape as a content diagnostic's, for ``--format json``."""
        return {"path": self.where or "", "line": None, "column": None, "severity": "error",
                "code": self.key, "message": self.message(language)}


def load_settings(config_file: Path) -> Settings:
    """The site's settings; a missing or broken mkdocs.yml raises :class:`CommandError`."""
    if not config_file.is_file():
        raise CommandError("config-missing", name=config_file.name, folder=str(config_file.parent))
    try:
        return project_settings.load(config_file)
    except (SettingsError, ValueError, TypeError, AttributeError) as error:
        raise CommandError("config-invalid", config_file.name, detail=str(error)) from None


def fail(error: CommandError, language: str) -> int:
    """Print ``error`` for the author; the exit code for a failed command."""
    print(error.format(language), file=sys.stderr)
    return 1


def repository_path(settings: Settings, given: str) -> str:
    """A path the author typed (from the current folder or the site's), as a repository path."""
    candidate = Path(given).expanduser()
    for base in (Path.cwd(), settings.root):
        path = (base / candidate).resolve() if not candidate.is_absolute() else candidate.resolve()
        if path.exists():
            try:
                return path.relative_to(settings.root.resolve()).as_posix()
            except ValueError:
                break
    return given.replace("\\", "/")
