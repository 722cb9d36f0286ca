"""A whole site's content, loaded once, indexed for every later lookup.

:func:`load_project` reads every source, checks it, and derives what the site
will contain. Nothing here renders HTML or knows about MkDocs; the adapter and
the command line both start from a :class:`Project`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from samverkan.core.diagnostics import Diagnostics, Location
from samverkan.core.documents import Document, Kind
from samverkan.core.languages import Language
from samverkan.core.settings import Settings
from samverkan.core import urls


@dataclass(eq=False)
class Project:
    """Every document of the site, by path and by translation group."""

    settings: Settings
    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    documents: dict[str, Document] = field(default_factory=dict)
    groups: dict[str, dict[str, Document]] = field(default_factory=dict)
    by_source_path: dict[str, Document] = field(default_factory=dict)
    journal: Any = None
    """The dated entries (a :class:`~samverkan.core.journal.Journal`), once loaded."""
    references: Any = None
    """The reference archive (a :class:`~samverkan.core.references.Archive`), once loaded."""
    redirects: list[Any] = field(default_factory=list)
    """Pages at old addresses (:class:`~samverkan.core.redirects.Redirect`)."""
    cache: Any = None
    """Parsed files kept from an earlier load (a :class:`~samverkan.core.loading.SourceCache`), if any."""
    feeds: Any = None
    """Every feed (a :class:`~samverkan.core.feeds.FeedCatalog`), once planned."""

    def add(self, document: Document) -> None:
        """Register a document (written or generated)."""
        self.documents[document.src_uri] = document
        self.groups.setdefault(document.key, {})[document.language.code] = document
        if document.source_path:
            self.by_source_path[document.source_path] = document

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents.values())

    def in_language(self, language: Language) -> list[Document]:
        return [doc for doc in self if doc.language == language]

    def page(self, key: str | None, code: str) -> Document | None:
        """The document with translation key ``key`` in the language with ``code``, if there is one."""
        return self.groups.get(key or "", {}).get(code)

    def counterpart(self, document: Document, language: Language) -> Document | None:
        """The same page in ``language``: its translation or notice page, if there is one."""
        return self.page(document.key, language.code)

    def original(self, document: Document) -> Document | None:
        """The default-language document of ``document``'s group."""
        return self.counterpart(document, self.settings.languages.default)

    def alternates(self, document: Document) -> list[Document]:
        """The real translations of ``document`` (itself included), in language order.

        Notice pages are not translations: they are never alternates.
        """
        if not document.indexable:
            return []
        group = self.groups.get(document.key, {})
        return [
            group[language.code]
            for language in self.settings.languages.all
            if language.code in group and group[language.code].indexable
        ]

    def check_unique_urls(self) -> None:
        """Report two documents that claim the same address, naming both files."""
        claims = [(doc.url, _location(doc)) for doc in self]
        for url, first, second in urls.find_duplicates(claims):
            self.diagnostics.error("duplicate-url", second, url=url, other=str(first.path))

    def __repr__(self) -> str:
        return f"Project({len(self.documents)} documents, {self.diagnostics!r})"


def _location(document: Document) -> Location:
    if document.front_matter is not None and "slug" in document.front_matter:
        return document.front_matter.location("slug")
    return Location(document.source_path or document.src_uri, 1 if document.source_path else 0)


def load_project(settings: Settings, cache: Any = None) -> Project:
    """Read, check and index all content of the site described by ``settings``.

    The stages: pages of docs/; the data files (people, tags, series); the
    reference archive; the journal (collections and their entries); generated
    listings; feeds and subscribe pages; reference pages; what method pages
    list; checks of embedded lists and links; notice pages where translations
    are missing; unique addresses; redirects for old addresses.
    """
    from samverkan.core import (
        journal, latest, link_check, listings, methods, pages, redirects, reference_pages, references, translations,
    )
    from samverkan.core.feeds import add_feeds

    project = Project(settings, cache=cache)
    pages.load_pages(project)
    registries = journal.load_registries(project)
    method_pages = methods.method_pages(project)
    project.references = references.load_references(project, set(method_pages), registries.people)
    registries.references = project.references.ids
    project.journal = journal.load_journal(project, registries)
    listings.add_listings(project, project.journal)
    add_feeds(project)
    reference_pages.add_reference_pages(project, project.references, methods.titles(project, method_pages))
    methods.attach_method_uses(project, project.references, project.journal, method_pages)
    latest.check_directives(project)
    link_check.check_links(project)
    translations.add_notice_pages(project, translations.policy_for(settings))
    project.check_unique_urls()
    entries = [doc for doc in project if doc.kind is Kind.ENTRY]
    project.redirects = redirects.collect_redirects(project, entries, lambda doc: doc.data.aliases)
    return project
