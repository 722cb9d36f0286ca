"""A search index per language, each with its own stemmer.

Material's search reads ``search/search_index.json`` below the page's base; our
templates set that base to the language's root, so Swedish pages search
``/search/search_index.json`` and English pages ``/en/search/search_index.json``.
Indexing reuses Material's section splitter.
"""

from __future__ import annotations

import re
from pathlib import Path

from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.pages import Page

from samverkan.core.documents import Document
from samverkan.core.languages import Languages
from samverkan.core.strings import translate

_SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")

_FIELDS = {"title": {"boost": 1e3}, "text": {"boost": 1e0}, "tags": {"boost": 1e6}}


class LanguageSearch:
    """One search index per language."""

    def __init__(self, languages: Languages) -> None:
        self._languages = languages
        self._indexes = {
            language.code: SearchIndex(
                lang=[translate(language.code, "search.config.lang")],
                separator=translate(language.code, "search.config.separator"),
                pipeline=[p.strip() for p in translate(language.code, "search.config.pipeline").split(",")],
                fields=_FIELDS,
            )
            for language in languages.all
        }

    def add(self, page: Page, document: Document) -> None:
        """Index ``page`` in its language's index, with locations relative to that language's root."""
        if not document.indexable:
            return
        index = self._indexes[document.language.code]
        start = len(index.entries)
        index.add_entry_from_context(page)
        if len(index.entries) == start and not (page.meta.get("search") or {}).get("exclude"):
            # A generated list has no text of its own: it is found by its title.
            index.entries.append({"location": page.url, "title": document.title, "text": document.summary or ""})
        prefix = document.language.url_prefix
        if prefix:
            for entry in index.entries[start:]:
                if entry["location"].startswith(prefix):
                    entry["location"] = entry["location"][len(prefix) :]
        page.content = _SEARCH_ATTRIBUTES.sub("", page.content or "")

    def write(self, site_dir: str) -> None:
        """Write every language's index below its root."""
        for language in self._languages.all:
            path = Path(site_dir) / language.url_prefix / "search" / "search_index.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            data = self._indexes[language.code].generate_search_index(None)
            path.write_text(data, encoding="utf-8")
