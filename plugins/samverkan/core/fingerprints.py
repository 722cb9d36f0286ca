"""Fingerprints: what each output shows, reduced to a hash.

A page's fingerprint covers everything its template shows: its own text and
facts, and what it shows of other pages (an entry's card in a list, the titles
of its neighbours, the references it cites ...), plus what every page shows
(the navigation, the footer, the site's settings). Two builds that give a page
the same fingerprint write the same page, so the preview (see
``mkdocs_adapter/preview.py``) renders again only the pages whose fingerprint
changed, and the feeds whose items did.

When in doubt a fingerprint includes more, never less: an extra render costs
milliseconds, a stale page costs an author's trust.
"""

from __future__ import annotations

from typing import Any, Iterable

from samverkan.core.documents import Document, Kind
from samverkan.core.entries import Entry
from samverkan.core.journal import Listed
from samverkan.core.languages import Language
from samverkan.core.latest import DIRECTIVE, LatestSpec, latest, parse_spec
from samverkan.core.feeds.model import SubscribeListing
from samverkan.core.listings import Listing
from samverkan.core.methods import MethodUse
from samverkan.core.navigation import NavItem, NavLink, NavPage, NavSection
from samverkan.core.project import Project
from samverkan.core.reference_pages import ReferenceListing
from samverkan.core.translations import switch_targets


def _hash(value: Any) -> int:
    """A hash of hashable ``value`` (strings, numbers, tuples). Fingerprints are compared
    within one process (the preview), so Python's own fast hash is enough."""
    return hash(value)


class Fingerprints:
    """Computes (and remembers) the fingerprints of one loaded project."""

    def __init__(self, project: Project, trees: dict[str, list[NavItem]]) -> None:
        self.project = project
        self._site = _hash(repr(self._site_part(trees)))
        self._cards: dict[tuple[str, str], tuple] = {}
        self._shared: dict[int, str] = {}

    def _shared_repr(self, value: Any) -> str:
        """``repr(value)`` once for a value many pages share (an archive tree, a tag cloud)."""
        key = id(value)
        text = self._shared.get(key)
        if text is None:
            text = self._shared[key] = repr(value)
        return text

    # -- what every page shows ------------------------------------------------

    def _site_part(self, trees: dict[str, list[NavItem]]) -> tuple:
        settings = self.project.settings
        footer = []
        for key in settings.footer_links:
            for document in self.project.groups.get(key, {}).values():
                footer.append((document.language.code, document.title, document.url))
        return (
            repr(settings),
            {code: nav_outline(tree) for code, tree in trees.items()},
            footer,
        )

    # -- what a page shows of an entry ------------------------------------------

    def card(self, entry: Entry, language: Language) -> tuple:
        """What a list in ``language`` shows of ``entry``."""
        key = (entry.document.src_uri, language.code)
        card = self._cards.get(key)
        if card is None:
            card = (
                entry.url,
                entry.title,
                entry.date.isoformat(),
                entry.summary,
                entry.language.code,
                tuple((tag.key, tag.label(language.code)) for tag in entry.tags),
            )
            self._cards[key] = card
        return card

    def _listed(self, items: Iterable[Listed], language: Language) -> tuple:
        return tuple((self.card(item.entry, language), item.foreign) for item in items)

    # -- pages ------------------------------------------------------------------

    def page(self, document: Document) -> int:
        """The fingerprint of ``document``'s page."""
        return _hash((self._site, self._own(document), self._shows(document)))

    def pages(self) -> dict[str, int]:
        """The fingerprint of every page, by ``src_uri``."""
        return {document.src_uri: self.page(document) for document in self.project}

    def _own(self, document: Document) -> tuple:
        project = self.project
        body = document.source.body if document.source is not None else document.markdown
        feeds = project.feeds.for_page(document, document.language) if project.feeds else []
        return (
            document.kind.value,
            document.language.code,
            document.url,
            document.title,
            tuple(sorted((key, repr(value)) for key, value in document.meta.items())),
            body,
            tuple((d.language.code, d.url) for d in project.alternates(document)),
            tuple((t.language.code, t.url, t.exists) for t in switch_targets(project, document)),
            tuple((feed.title, feed.folder) for feed in feeds),
        )

    def _shows(self, document: Document) -> tuple:
        """What ``document`` shows of other pages."""
        data = document.data
        language = document.language
        parts: list[Any] = []
        if document.kind is Kind.ENTRY:
            parts.append(self._entry(data, language))
        elif document.kind is Kind.REFERENCE:
            parts.append(self._reference(data, language))
        elif document.kind is Kind.NOTICE:
            parts.append((data.title, data.summary, data.url))
        elif isinstance(data, Listing):
            shared = tuple(self._shared_repr(value) for value in (data.archive, data.tags, data.people))
            own = repr((data.pagination, data.collection_url, data.archive_url, data.tags_url, data.person,
                        data.series, data.tag, data.total))
            parts.append((own, shared, self._listed(data.items, language)))
        elif isinstance(data, ReferenceListing):
            facets = tuple((f.name, f.label, tuple((v.label, v.url, v.count) for v in f.values)) for f in data.facets)
            items = tuple((_reference_card(item.reference), item.foreign) for item in data.items)
            parts.append((facets, items, data.index_url, data.data_url))
        elif isinstance(data, MethodUse):
            parts.append((tuple(_reference_card(ref) for ref in data.references), self._listed(data.entries, language)))
        elif isinstance(data, SubscribeListing):
            feeds = tuple((group.heading, tuple((f.title, f.folder, f.label) for f in group.feeds))
                          for group in data.groups)
            parts.append((feeds, data.main.folder, data.foreign.code if data.foreign else None))
        if document.source is not None and "samverkan:latest" in (document.source.body or ""):
            parts.append(self._latest(document))
        return tuple(parts)

    def _entry(self, entry: Entry, language: Language) -> tuple:
        journal = self.project.journal
        newer, older = journal.neighbours(entry)
        series = ()
        if entry.series is not None:
            parts = journal.by_series(language).get(entry.series.series.id, [])
            series = (repr(entry.series), self._listed(parts, language))
        references = []
        for identifier in entry.references:
            group = self.project.references.groups.get(identifier, {}) if self.project.references else {}
            references.append(tuple((code, _reference_card(ref)) for code, ref in sorted(group.items())))
        return (
            repr((entry.authors, entry.contact, entry.attachments, entry.image)),
            entry.reading_minutes,
            tuple(self.card(e, language) if e else None for e in (newer, older)),
            series,
            tuple(references),
        )

    def _reference(self, reference: Any, language: Language) -> tuple:
        cited = self.project.journal.by_reference(language).get(reference.id, [])
        methods = []
        folder = self.project.settings.methods_dir.strip("/")
        for method in reference.methods:
            group = self.project.groups.get(f"{folder}/{method}.md", {})
            methods.append(tuple((code, doc.title, doc.url) for code, doc in sorted(group.items())))
        return (_reference_card(reference), repr(reference.contact), tuple(methods), self._listed(cited, language))

    def _latest(self, document: Document) -> tuple:
        journal = self.project.journal
        lists = []
        for match in DIRECTIVE.finditer(document.source.body):
            spec = parse_spec(match.group("args"), journal)
            if isinstance(spec, LatestSpec):
                lists.append(self._listed(latest(journal, spec, document.language), document.language))
        return tuple(lists)

    # -- feeds --------------------------------------------------------------------

    def feed(self, feed: Any, pages: dict[str, int]) -> int:
        """The fingerprint of a feed: its channel, and the fingerprint of each item's page."""
        items = tuple((item.entry.document.src_uri, item.foreign, pages.get(item.entry.document.src_uri))
                      for item in feed.items)
        return _hash((self._site, feed.title, feed.description, feed.folder, feed.page.url, items))


def nav_outline(tree: list[NavItem]) -> tuple:
    """What a navigation shows: labels, titles and addresses, nested."""
    result: list[Any] = []
    for item in tree:
        if isinstance(item, NavPage):
            result.append(("page", item.title, item.document.title, item.document.url))
        elif isinstance(item, NavSection):
            result.append(("section", item.title, nav_outline(item.children)))
        elif isinstance(item, NavLink):
            result.append(("link", item.title, item.url))
    return tuple(result)


def _reference_card(reference: Any) -> tuple:
    document = reference.document
    return (
        document.url, document.title, document.language.code, document.summary, tuple(reference.clients),
        repr(reference.period), reference.region, tuple(reference.municipalities), tuple(reference.methods),
        tuple(reference.funding), reference.role, reference.status,
    )
