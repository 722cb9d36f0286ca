"""The content model: every page the site will have, written or generated.

A :class:`Document` is one page in one language. Translations of the same page
share a translation ``key`` (the original's path) and form a group in the
:class:`~samverkan.core.project.Project`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any

from samverkan.core.frontmatter import FrontMatter
from samverkan.core.languages import Language
from samverkan.core.source import SourceText


class Kind(str, enum.Enum):
    """What a page is. Templates and tests can ask a page for its kind."""

    PAGE = "page"
    """A page written in docs/."""
    NOTICE = "notice"
    """Generated: tells readers of a language that a page exists only in another."""
    ERROR = "error"
    """Generated: the not-found page."""
    ENTRY = "entry"
    """A dated entry of a collection (news item, blog post)."""
    COLLECTION = "collection"
    """Generated: a collection's list of entries, newest first."""
    ARCHIVE = "archive"
    """Generated: a collection's year -> month tree with counts."""
    ARCHIVE_YEAR = "archive-year"
    """Generated: a collection's entries of one year."""
    ARCHIVE_MONTH = "archive-month"
    """Generated: a collection's entries of one month."""
    TAGS = "tags"
    """Generated: every tag, as a cloud and as a list."""
    TAG = "tag"
    """Generated: the entries with one tag."""
    AUTHORS = "authors"
    """Generated: every author."""
    AUTHOR = "author"
    """Generated: one author and their entries."""
    SERIES = "series"
    """Generated: the parts of one series, in order."""
    SUBSCRIBE = "subscribe"
    """Generated: every feed of a language, with help for people new to feeds."""
    REFERENCE = "reference"
    """A project or assignment of the reference archive."""
    REFERENCES = "references"
    """Generated: the reference archive's index, browsable by facet."""
    REFERENCE_FACET = "reference-facet"
    """Generated: the references with one value of a facet (a county, a year ...)."""


@dataclass(eq=False)
class Document:
    """One page of the built site in one language.

    Attributes:
        kind: what the page is.
        language: its language.
        key: the translation key: the original's ``src_uri``, shared by translations.
        src_uri: its path as the engine sees it (relative to docs/ for pages,
            ``blog/...`` and ``references/...`` for the other folders).
        url: its address relative to the site root, e.g. ``en/about/`` ('' is home).
        title: its title in its language.
        meta: checked front matter, with inherited fields for translations.
        source: the source text, or None for generated pages.
        front_matter: the parsed front matter with positions, or None.
        markdown: the Markdown of a generated page (None for written pages).
        data: what the page is about: an :class:`~samverkan.core.entries.Entry` for
            entries, a :class:`~samverkan.core.listings.Listing` for generated lists.
        parent: the key of the page readers go up to (an entry's collection index).
        origin: for a generated page whose text comes from a file (a collection's or
            the archive's ``index.md``), that file's repository path.
    """

    kind: Kind
    language: Language
    key: str
    src_uri: str
    url: str
    title: str
    meta: dict[str, Any] = field(default_factory=dict)
    source: SourceText | None = None
    front_matter: FrontMatter | None = None
    markdown: str | None = None
    data: Any = None
    parent: str | None = None
    origin: str | None = None

    @property
    def is_generated(self) -> bool:
        return self.source is None

    @property
    def source_path(self) -> str | None:
        """The repository-relative path of the file the page's text comes from, if any."""
        return self.source.path if self.source else self.origin

    @property
    def dest_uri(self) -> str:
        """The output file: ``en/about/index.html``."""
        return f"{self.url}index.html" if not self.url or self.url.endswith("/") else self.url

    @property
    def summary(self) -> str | None:
        value = self.meta.get("summary") or self.meta.get("description")
        return value if isinstance(value, str) else None

    @property
    def indexable(self) -> bool:
        """Whether the page belongs in search and the sitemap."""
        return self.kind not in (Kind.NOTICE, Kind.ERROR)

    def __repr__(self) -> str:
        return f"Document({self.kind.value}, {self.language.code}, {self.src_uri!r} -> /{self.url})"


def release_source(document: Document) -> None:
    """Forget ``document``'s source text and front-matter positions once the engine has
    read them (the checked ``meta`` stays): a large site then holds each text once."""
    if document.source is not None:
        document.source = replace(document.source, front_matter="", body="")
    document.front_matter = None
