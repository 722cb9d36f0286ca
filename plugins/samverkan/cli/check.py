"""``samverkan check``: every problem in the content, without building HTML.

The checks are the build's own (the core's :func:`load_project`), so the build
prints the same messages. Text output is one ``path:line:col: error|warning:
message`` line per problem, sorted by file and line, then a summary line;
``--format json`` prints ``{"diagnostics": [...], "errors": n, "warnings": n}``.
"""

from __future__ import annotations

import json
from pathlib import Path

from samverkan.cli.common import CommandError, load_settings
from samverkan.core.diagnostics import Diagnostics
from samverkan.core.project import load_project


def check(config_file: Path, language: str, output: str = "text", strict: bool = False) -> int:
    """Check the site of ``config_file``; exit code 1 on errors (and on warnings with ``strict``)."""
    try:
        settings = load_settings(config_file)
    except CommandError as error:
        return _config_failure(error, language, output)
    diagnostics = load_project(settings).diagnostics
    language = settings.message_language
    if output == "json":
        print(render_json(diagnostics, language))
    else:
        print(render_text(diagnostics, language))
    failed = diagnostics.has_errors or (strict and bool(diagnostics.warnings))
    return 1 if failed else 0


def render_text(diagnostics: Diagnostics, language: str) -> str:
    """One line per problem, sorted, then the summary."""
    unique = Diagnostics(diagnostics.sorted())
    lines = [diagnostic.format(language) for diagnostic in unique]
    return "\n".join([*lines, unique.summary(language)])


def render_json(diagnostics: Diagnostics, language: str) -> str:
    """The problems as JSON for editors and CI."""
    unique = Diagnostics(diagnostics.sorted())
    return json.dumps(
        {
            "diagnostics": [diagnostic.as_dict(language) for diagnostic in unique],
            "errors": len(unique.errors),
            "warnings": len(unique.warnings),
        },
        ensure_ascii=False,
        indent=2,
    )


def _config_failure(error: CommandError, language: str, output: str) -> int:
    if output == "json":
        print(json.dumps({"diagnostics": [error.as_dict(language)], "errors": 1, "warnings": 0},
                         ensure_ascii=False, indent=2))
    else:
        print(error.format(language))
    return 1
