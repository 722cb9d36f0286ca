"""A search index per language, each with its own stemmer.

Material's search reads ``search/search_index.json`` below the page's base; our
templates set that base to the language's root, so Swedish pages search
``/search/search_index.json`` and English pages ``/en/search/search_index.json``.

The index has Material's format: one record per section of a page (the text
before the first heading, then each heading with an id and the text under it),
with the markup Material keeps (paragraphs, lists, code). Pages are split with
regular expressions over the HTML that Python-Markdown wrote, which is much
faster than Material's general HTML parser and gives the same sections.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from mkdocs.structure.pages import Page

from samverkan.core.documents import Document, Kind
from samverkan.core.languages import Languages
from samverkan.core.strings import translate
from samverkan.mkdocs_adapter.output import write_output

_FIELDS = {"title": {"boost": 1e3}, "text": {"boost": 1e0}, "tags": {"boost": 1e6}}

#: Tags whose markup stays in the indexed text (as in Material).
_KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})

_SKIPPED = re.compile(r"<(script|style|object)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1\s*>", re.S | re.I)
_ID = re.compile(r'\bid="([^"]*)"')
_HEADERLINK = re.compile(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', re.S)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
_SPACE = re.compile(r"\s+")


def _keep_markup(match: re.Match[str]) -> str:
    closing, name = match.group(1), match.group(2).lower()
    return f"<{closing}{name}>" if name in _KEEP else ""


def _text(html: str) -> str:
    """Section HTML reduced to the text and the markup the index keeps."""
    text = _TAG.sub(_keep_markup, html)
    text = _SPACE.sub(" ", text).strip()
    return text.replace("<p> ", "<p>").replace(" </p>", "</p>")


def _title(html: str) -> str:
    return _SPACE.sub(" ", unescape(_TAG.sub("", _HEADERLINK.sub("", html)))).strip()


def sections(html: str, title: str) -> list[tuple[str | None, str, str]]:
    """(anchor, title, text) for each section of a page's HTML; the first has no anchor."""
    html = _SKIPPED.sub("", html)
    found: list[tuple[str | None, str, str]] = []
    anchor: str | None = None
    heading = title
    position = 0
    for match in _HEADING.finditer(html):
        identifier = _ID.search(match.group(2))
        if identifier is None:
            continue
        found.append((anchor, heading, _text(html[position : match.start()])))
        anchor, heading, position = identifier.group(1), _title(match.group(3)), match.end()
    found.append((anchor, heading, _text(html[position:])))
    return found


class LanguageSearch:
    """One search index per language, its records kept by page (so the preview can
    replace one page's records and keep the others)."""

    def __init__(self, languages: Languages) -> None:
        self._languages = languages
        self._pages: dict[str, dict[str, list[dict[str, Any]]]] = {language.code: {} for language in languages.all}
        self._config = {
            language.code: {
                "lang": [translate(language.code, "search.config.lang")],
                "separator": translate(language.code, "search.config.separator"),
                "pipeline": [p.strip() for p in translate(language.code, "search.config.pipeline").split(",")],
                "fields": _FIELDS,
            }
            for language in languages.all
        }

    def add(self, page: Page, document: Document) -> None:
        """Index ``page`` in its language's index, with locations relative to that language's root."""
        content = page.content or ""
        page.content = _SEARCH_ATTRIBUTES.sub("", content)
        options = document.meta.get("search") or {}
        if not document.indexable or options.get("exclude"):
            return
        location = document.url[len(document.language.url_prefix) :]
        tags = self._tags(document)
        entries: list[dict[str, Any]] = []
        self._pages[document.language.code][document.src_uri] = entries
        for anchor, title, text in sections(content, document.title):
            entry: dict[str, Any] = {
                "location": f"{location}#{anchor}" if anchor else location,
                "title": title,
                "text": text,
            }
            if tags:
                entry["tags"] = tags
            if "boost" in options:
                entry["boost"] = options["boost"]
            entries.append(entry)

    def _tags(self, document: Document) -> list[str]:
        if document.kind is Kind.ENTRY:
            return [tag.label(document.language.code) for tag in document.data.tags]
        tags = document.meta.get("tags")
        return [str(tag) for tag in tags] if isinstance(tags, list) else []

    def write(self, site_dir: str) -> None:
        """Write every language's index below its root."""
        for language in self._languages.all:
            docs = [entry for entries in self._pages[language.code].values() for entry in entries]
            data = {"config": self._config[language.code], "docs": docs}
            text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
            write_output(site_dir, f"{language.url_prefix}search/search_index.json", text.encode("utf-8"))
