"""What templates see as ``samverkan``: the page's language, strings and links.

Material's own templates reach the strings through our
``partials/language.html``; our templates use the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from samverkan.core import dates
from samverkan.core.documents import Document, Kind
from samverkan.core.entries import Entry
from samverkan.core.feeds.model import SubscribeListing
from samverkan.core.listings import Listing
from samverkan.core.methods import MethodUse
from samverkan.core.reference_pages import ReferenceListing
from samverkan.core.references import Reference
from samverkan.core.languages import Language
from samverkan.core.project import Project
from samverkan.core.strings import translate
from samverkan.core.translations import SwitchTarget, switch_targets
from samverkan.mkdocs_adapter.fragments import Fragments, root_prefix
from samverkan.mkdocs_adapter.views import Views

CARD_TEMPLATE = "samverkan/partials/entry-card.html"


@dataclass(frozen=True)
class Alternate:
    """An hreflang alternate: language code (or 'x-default') and address."""

    hreflang: str
    href: str


@dataclass(frozen=True)
class FooterLink:
    """A link in the footer, in the page's language."""

    title: str
    url: str


@dataclass(frozen=True)
class FeedLink:
    """A feed for the page head: media type, title in the page's language, full address."""

    type: str
    title: str
    href: str


class PageView:
    """The ``samverkan`` object of one page's template context."""

    def __init__(
        self,
        project: Project,
        document: Document | None,
        search: bool = True,
        fragments: Fragments | None = None,
        shared: dict[str, Any] | None = None,
        root: str | None = None,
    ) -> None:
        self._project = project
        self.document = document
        self.language: Language = document.language if document else project.settings.languages.default
        self.search = search
        self.views = Views(project, self.language)
        self._fragments = fragments
        self._shared = shared or {}
        self.root = root if root is not None else root_prefix(document.url if document else "")
        """The way from this page up to the site root (``../../``), for shared fragments."""
        self.shared_nav: Markup | None = None

    def shared(self, template: str, *key: Any) -> Markup:
        """``template`` rendered once per language (and ``key``) and placed here (see fragments.py).

        For parts of a page that do not depend on the page: the search form, the
        footer's links, a collection's archive tree.
        """
        context = {**self._shared, "samverkan": self, "lang": self}
        assert self._fragments is not None
        return self._fragments.place(template, (template, self.lang, *key), context, self.root)

    def card(self, item: Any, level: int = 2) -> Markup:
        """An entry's card in a list (rendered once per language, see fragments.py)."""
        entry = item.entry
        key = ("card", entry.document.src_uri, self.lang, item.foreign, level)
        context = {**self._shared, "samverkan": self, "item": item, "level": level}
        assert self._fragments is not None
        return self._fragments.place(CARD_TEMPLATE, key, context, self.root)

    def _data(self, expected: type) -> Any:
        """What the page is about, if it is an ``expected``."""
        data = self.document.data if self.document is not None else None
        return data if isinstance(data, expected) else None

    @property
    def entry(self) -> Entry | None:
        """The entry, on an entry's page."""
        return self._data(Entry)

    @property
    def listing(self) -> Listing | None:
        """What a generated list page shows."""
        return self._data(Listing)

    @property
    def reference(self) -> Reference | None:
        """The reference, on a reference's page."""
        return self._data(Reference)

    @property
    def references(self) -> ReferenceListing | None:
        """What the archive's index and facet pages show."""
        return self._data(ReferenceListing)

    @property
    def method_use(self) -> MethodUse | None:
        """On a method page: the references that used the method and the entries about it."""
        return self._data(MethodUse)

    def count(self, key: str, count: int) -> str:
        """A counted phrase in the page's language: ``count('tags.entries', 3)`` -> "3 inlägg"."""
        return translate(self.lang, key, count)

    @property
    def lang(self) -> str:
        """The page's language code, for ``<html lang>``."""
        return self.language.code

    @property
    def kind(self) -> str:
        return self.document.kind.value if self.document else Kind.ERROR.value

    def t(self, key: str, count: int | None = None, **fields: Any) -> str:
        """An interface string in the page's language."""
        return translate(self.lang, key, count, **fields)

    def t_in(self, code: str, key: str, **fields: Any) -> str:
        """An interface string in another language (for passages marked with that ``lang``)."""
        return translate(code, key, **fields)

    def date(self, value: Any, style: str = "long") -> str:
        """A date in the page's language: style 'full', 'long', 'month' or 'iso'."""
        return dates.format_date(value, self.language.locale, style)

    @property
    def home_url(self) -> str:
        """The start page of the page's language (site-root-relative)."""
        return self.language.url_prefix

    @property
    def alternates(self) -> list[Alternate]:
        """hreflang links: every real translation, itself included, and x-default."""
        if self.document is None:
            return []
        documents = self._project.alternates(self.document)
        if len(documents) < 2:
            return []
        absolute = self._project.settings.absolute_url
        links = [Alternate(doc.language.code, absolute(doc.url)) for doc in documents]
        links.append(Alternate("x-default", absolute(documents[0].url)))
        return links

    @property
    def switch(self) -> list[SwitchTarget]:
        """The language switch: where each other language leads."""
        if self.document is None:
            return [
                SwitchTarget(language, language.url_prefix, True)
                for language in self._project.settings.languages.translations
            ]
        return switch_targets(self._project, self.document)

    @property
    def copyright(self) -> str | None:
        """The footer's fine print in the page's language, if the site gives one."""
        return self._project.settings.copyrights.get(self.lang)

    @property
    def original(self) -> Document | None:
        """On a notice page: the page in its own language."""
        if self.document is not None and self.document.kind is Kind.NOTICE:
            return self.document.data
        return None

    @property
    def footer_links(self) -> list[FooterLink]:
        """The footer's links (accessibility statement, privacy ...) in the page's language."""
        links = []
        for key in self._project.settings.footer_links:
            original = self._project.documents.get(key)
            if original is None:
                continue
            target = self._project.counterpart(original, self.language) or original
            links.append(FooterLink(target.title, target.url))
        return links

    @property
    def feed_links(self) -> list[FeedLink]:
        """Feed autodiscovery: the feeds of the page's language (all entries; its
        collection's; on a tag page, the tag's), each format titled in that language."""
        feeds = self._project.feeds
        if not feeds:
            return []
        absolute = self._project.settings.absolute_url
        return [
            FeedLink(format.media_type, f"{feed.title} ({format.label})", absolute(url))
            for feed in feeds.for_page(self.document, self.language)
            for format, url in feed.links
        ]

    @property
    def subscribe(self) -> SubscribeListing | None:
        """On a subscribe page: the feeds of its language, grouped, and the main feed."""
        return self._data(SubscribeListing)

    def absolute_url(self, url: str) -> str:
        """The full address of a site-root-relative ``url`` (for addresses readers copy)."""
        return self._project.settings.absolute_url(url)
