"""The two sites built from one corpus, and their MkDocs configurations.

- **ours**: the corpus as written (docs/, blog/, references/) with the
  samverkan plugin: the product.
- **bare**: the same Markdown files as plain pages in one docs/ folder, built
  by bare MkDocs + Material with only the search plugin: the floor for any
  MkDocs design.

Both configurations live here and nowhere else; adjust them here when the
plugin's options change.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml

from bench.corpus import method_slugs

#: Shared by both sites.
SITE: dict[str, Any] = {
    "site_name": "Bench",
    "site_url": "https://bench.example/",
    "theme": {"name": "material", "language": "sv", "font": False},
}

#: The samverkan plugin's options for the benchmark corpus.
SAMVERKAN_OPTIONS: dict[str, Any] = {
    "collections": {
        "nyheter": {
            "source": "blog/nyheter",
            "title": {"sv": "Nyheter", "en": "News"},
            "url": {"sv": "nyheter", "en": "news"},
            "per_page": 10,
        },
        "blogg": {
            "source": "blog/blogg",
            "title": {"sv": "Blogg", "en": "Blog"},
            "url": {"sv": "blogg", "en": "blog"},
            "per_page": 10,
        },
    },
}

#: Folders copied into bare's docs/ (Markdown files only).
BARE_EXTRA_FOLDERS = ("blog", "references")

VARIANTS = ("ours", "bare")


def methods_section() -> dict[str, list[str]]:
    """The navigation's method section: the library index and every method page."""
    return {"Metoder": ["metoder/index.md", *(f"metoder/{slug}.md" for slug in method_slugs())]}


def ours_config() -> dict[str, Any]:
    """mkdocs.yml of the product build. Entries are not in the navigation."""
    nav = ["index.md", "blog/nyheter/index.md", "blog/blogg/index.md", "references/index.md", methods_section()]
    return {**SITE, "nav": nav, "plugins": [{"samverkan": SAMVERKAN_OPTIONS}]}


def bare_config() -> dict[str, Any]:
    """mkdocs.yml of the floor: a short explicit navigation (the same top pages as
    ours, less the collection indexes that only samverkan generates) and search.

    Never list the entries here: Material renders the whole navigation into every
    page, which makes a full navigation quadratic (see perf-anchors.md).
    """
    return {**SITE, "nav": ["index.md", "references/index.md", methods_section()], "plugins": ["search"]}


def prepare_ours(corpus: Path) -> Path:
    """Add mkdocs.yml to the corpus itself; returns the project folder."""
    _write_config(corpus, ours_config())
    return corpus


def prepare_bare(corpus: Path, project: Path) -> Path:
    """Lay the corpus out as plain pages under ``project/docs``; returns ``project``.

    docs/ keeps its pages; blog/ and references/ go to docs/blog/ and
    docs/references/ unchanged (their repository-relative links to docs/ break,
    which MkDocs reports and which is fine for timing). Files are hard-linked
    where the file system allows, else copied.
    """
    docs = project / "docs"
    _link_tree(corpus / "docs", docs, "*.md")
    for folder in BARE_EXTRA_FOLDERS:
        _link_tree(corpus / folder, docs / folder, "*.md")
    _write_config(project, bare_config())
    return project


def _write_config(project: Path, config: dict[str, Any]) -> None:
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, default_flow_style=False)
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")


def _link_tree(source: Path, target: Path, pattern: str) -> None:
    for path in sorted(source.rglob(pattern)):
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, destination)
        except OSError:
            shutil.copyfile(path, destination)
