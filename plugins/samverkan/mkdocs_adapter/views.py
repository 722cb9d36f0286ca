"""Entries as templates show them: every fact resolved to words and links in one language."""

from __future__ import annotations

from dataclasses import dataclass

from samverkan.core.documents import Document, Kind
from samverkan.core.entries import Entry, Image
from samverkan.core.languages import Language
from samverkan.core.listings import author_page_key, series_page_key, tag_page_key
from samverkan.core.people import Person
from samverkan.core.project import Project
from samverkan.core.strings import translate
from samverkan.core.reference_pages import FACETS, facet_values, period_text
from samverkan.core.references import Reference
from samverkan.core.slugs import slugify
from samverkan.core.tags import Tag, tag_key as fold


@dataclass(frozen=True)
class Link:
    """A titled link (site-root-relative ``url``); ``lang`` when the title is in another language."""

    title: str
    url: str
    lang: str = ""


@dataclass(frozen=True)
class ContactCard:
    name: str
    role: str
    organisation: str
    email: str
    phone: str
    phone_uri: str


@dataclass(frozen=True)
class FileLink:
    title: str
    url: str
    label: str
    external: bool


@dataclass(frozen=True)
class SeriesBox:
    title: str
    url: str | None
    part: int
    count: int
    parts: tuple[tuple[int, Link, bool], ...]


class Views:
    """Builds views for the pages of one language; looks pages up in the project's index."""

    def __init__(self, project: Project, language: Language) -> None:
        self.project = project
        self.language = language
        self.default = project.settings.languages.default

    def _page(self, key: str) -> Document | None:
        return self.project.page(key, self.language.code)

    def tag(self, tag: Tag) -> Link:
        page = self._page(tag_page_key(tag, self.default))
        return Link(tag.label(self.language.code), page.url if page else "")

    def tags(self, entry: Entry) -> list[Link]:
        return [self.tag(tag) for tag in entry.tags]

    def person(self, person: Person) -> Link:
        page = self._page(author_page_key(person))
        return Link(person.name, page.url if page else "")

    def contact(self, person: Person) -> ContactCard:
        code = self.language.code
        return ContactCard(
            person.name,
            person.role.get(code, self.default.code),
            person.organisation.get(code, self.default.code),
            person.email,
            person.phone,
            person.phone_uri,
        )

    def attachments(self, entry: Entry) -> list[FileLink]:
        return [FileLink(a.title, a.url, a.label(self.language.locale), a.external) for a in entry.attachments]

    def image(self, entry: Entry) -> Image | None:
        return entry.image

    def series(self, entry: Entry) -> SeriesBox | None:
        if entry.series is None:
            return None
        series = entry.series.series
        parts = self.project.journal.by_series(self.language).get(series.id, [])
        page = self._page(series_page_key(series))
        return SeriesBox(
            title=series.title.get(self.language.code, self.default.code),
            url=page.url if page else None,
            part=entry.series.part,
            count=len(parts),
            parts=tuple(
                (item.entry.series.part, self.entry_link(item.entry), item.entry is entry) for item in parts
            ),
        )

    def entry_link(self, entry: Entry) -> Link:
        foreign = entry.language != self.language
        return Link(entry.title, entry.url, entry.language.code if foreign else "")

    def neighbours(self, entry: Entry) -> tuple[Link | None, Link | None]:
        newer, older = self.project.journal.neighbours(entry)
        return (self.entry_link(newer) if newer else None, self.entry_link(older) if older else None)

    def references(self, entry: Entry) -> list[Link]:
        links = []
        settings = self.project.settings
        for identifier in entry.references:
            key = f"{settings.references_dir}/{identifier}.md"
            page = self._page(key) or self.project.page(key, self.default.code)
            if page is not None:
                lang = page.language.code if page.language != self.language else ""
                links.append(Link(page.title, page.url, lang))
            else:
                links.append(Link(identifier, ""))
        return links

    def reading_time(self, entry: Entry) -> str:
        return translate(self.language.code, "readtime", count=entry.reading_minutes)

    # -- the reference archive ----------------------------------------------

    def methods(self, reference: Reference) -> list[Link]:
        """The methods a reference used, linked to their pages in this language."""
        folder = self.project.settings.methods_dir.strip("/")
        links = []
        for method in reference.methods:
            page = self._page(f"{folder}/{method}.md")
            original = self.project.page(f"{folder}/{method}.md", self.default.code)
            if page is not None and page.kind is Kind.PAGE:
                links.append(Link(page.title, page.url))
            elif original is not None:
                links.append(Link(original.title, (page or original).url, original.language.code))
        return links

    def period(self, reference: Reference) -> str:
        return period_text(reference, self.language)

    def label(self, reference: Reference, kind: str) -> str | None:
        return reference.label(kind, self.language.code)

    def cited_by(self, reference: Reference):  # noqa: ANN201 - list of Listed
        """The entries citing ``reference``, newest first, as this language lists them."""
        return self.project.journal.by_reference(self.language).get(reference.id, [])

    def facet_slugs(self, reference: Reference) -> dict[str, str]:
        """Facet name -> the space-separated slugs of the reference's values (for the filter)."""
        now = self.project.settings.now.year
        return {facet: " ".join(slugify(v) for v in facet_values(reference, facet, now)) for facet in FACETS}

    def search_text(self, reference: Reference) -> str:
        """What the filter's text field searches: title, summary, clients, places."""
        parts = [reference.title, reference.summary or "", *reference.clients, reference.region or "",
                 *reference.municipalities]
        return fold(" ".join(parts))
