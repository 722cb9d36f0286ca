"""A small valid site for command-line tests: pages, two collections, a reference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import run_cli, write_site

FILES: dict[str, str | bytes] = {
    "docs/index.md": "---\ntitle: Start\n---\nVälkommen. Läs [om oss](om-oss.md).\n",
    "docs/om-oss.md": "---\ntitle: Om oss\nsummary: Vilka vi är.\n---\nVi arbetar med samverkan.\n",
    "docs/om-oss.en.md": "---\ntitle: About us\nslug: about\n---\nWe work with coordination.\n",
    "blog/authors.yml": "anna:\n  name: Anna Berg\n",
    "blog/nyheter/2012-01-01-forsta.md": "---\ntitle: Första nyheten\ndate: 2012-01-01\nauthors: [anna]\n---\nText.\n",
    "blog/blogg/2013-01-01-inlagg.md": "---\ntitle: Ett inlägg\ndate: 2013-01-01\n---\nText.\n",
    "references/dimpa.md": "---\ntitle: DIMPA\n---\nEtt uppdrag.\n",
}

CONFIG: dict[str, Any] = {
    "plugins": [
        {
            "samverkan": {
                "collections": {
                    "nyheter": {"title": {"sv": "Nyheter", "en": "News"}, "url": {"sv": "nyheter", "en": "news"}},
                    "blogg": {"title": {"sv": "Blogg", "en": "Blog"}, "url": {"sv": "blogg", "en": "blog"}},
                }
            }
        }
    ]
}


def make(folder: Path, extra: dict[str, str | bytes] | None = None, config: dict[str, Any] | None = None) -> Path:
    """Write the site (with ``extra`` files) into ``folder``."""
    return write_site(folder, {**FILES, **(extra or {})}, config or CONFIG)


def check_json(project: Path) -> tuple[int, dict[str, Any]]:
    """Run ``samverkan check --format json``; (exit code, parsed output)."""
    result = run_cli(project, "check", "--format", "json")
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def found(report: dict[str, Any]) -> list[tuple[str, int | None, int | None, str, str]]:
    """(path, line, column, severity, code) of each diagnostic."""
    return [(d["path"], d["line"], d["column"], d["severity"], d["code"]) for d in report["diagnostics"]]
