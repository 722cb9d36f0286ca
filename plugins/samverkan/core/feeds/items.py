"""Feed items: one entry as every format carries it, in the feed's language.

An item is built from a :class:`~samverkan.core.journal.Listed` entry: the
entry itself when it is in the feed's language, or a notice about it when it
is an untranslated original listed under the "notice" policy.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote, urlsplit

from samverkan.core.entries import Entry
from samverkan.core.feeds.html import absolute_html, entry_html, notice_html, paragraph
from samverkan.core.feeds.model import Feed
from samverkan.core.journal import Listed
from samverkan.core.languages import Language
from samverkan.core.listings import author_page_key
from samverkan.core.project import Project
from samverkan.core.settings import FeedContent
from samverkan.core.strings import translate

#: The media type of an attachment whose type cannot be told from its name.
UNKNOWN_TYPE = "application/octet-stream"

#: The ``updated`` of a feed without items: a fixed moment, so that two builds agree.
EMPTY_FEED_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Author:
    """An author: name, and the author's page in the feed's language (if any)."""

    name: str
    url: str | None


@dataclass(frozen=True)
class Enclosure:
    """An attached file: absolute address, size in bytes, media type, title."""

    url: str
    length: int
    media_type: str
    title: str


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed, every address absolute.

    Attributes:
        id: the stable id (see :func:`item_id`).
        url: the page the item links to; ``url_language`` is that page's language.
        summary: plain text.
        content: HTML, or None when the feed carries summaries only.
        image: the entry's picture, if any.
    """

    id: str
    title: str
    url: str
    url_language: str
    published: dt.datetime
    updated: dt.datetime
    authors: tuple[Author, ...]
    categories: tuple[str, ...]
    summary: str
    content: str | None
    enclosures: tuple[Enclosure, ...]
    image: str | None


def item_id(project: Project, entry: Entry, language: Language) -> str:
    """The id of ``entry``'s item in ``language``'s feeds; it never follows titles or addresses.

    The entry's own ``guid`` when it has one, else a tag URI (RFC 4151) from the
    site's host, the original's first date and its source path without
    extension, plus ``/<language>`` outside the default language.
    """
    if entry.guid and entry.language == language:
        return entry.guid
    default = project.settings.languages.default
    original_document = project.original(entry.document) or entry.document
    original: Entry = original_document.data
    host = (urlsplit(project.settings.site_url or "").hostname or "localhost").lower()
    path = quote(posixpath.splitext(original_document.key)[0], safe="/-._~")
    suffix = "" if language == default else f"/{language.code}"
    return f"tag:{host},{original.date.local_date.isoformat()}:{path}{suffix}"


def build_items(
    project: Project, feed: Feed, pages: Mapping[str, str], built: dict[tuple[str, str], FeedItem]
) -> list[FeedItem]:
    """The items of ``feed``; ``pages`` maps an entry's ``src_uri`` to its rendered text (HTML).

    An entry's item is the same in every feed of a language (all entries, its
    collection, its tags), so each is made once: ``built`` keeps them by
    (src_uri, language) across the feeds of one run.
    """
    items = []
    for listed in feed.items:
        key = (listed.entry.document.src_uri, feed.language.code)
        item = built.get(key)
        if item is None:
            item = built[key] = _item(project, feed.language, listed, pages)
        items.append(item)
    return items


def _item(project: Project, language: Language, listed: Listed, pages: Mapping[str, str]) -> FeedItem:
    return _notice_item(project, language, listed) if listed.foreign else _own_item(project, language, listed, pages)


def _own_item(project: Project, language: Language, listed: Listed, pages: Mapping[str, str]) -> FeedItem:
    entry = listed.entry
    absolute = project.settings.absolute_url
    url = absolute(entry.url)
    content = None
    if project.settings.feeds.content is FeedContent.FULL:
        body = pages.get(entry.document.src_uri) or paragraph(entry.summary)
        content = absolute_html(entry_html(entry, body, absolute), url)
    enclosures = tuple(
        Enclosure(absolute(a.url), a.size, a.mime_type or UNKNOWN_TYPE, a.title)
        for a in entry.attachments
        if not a.external and a.size is not None
    )
    return FeedItem(
        id=item_id(project, entry, language),
        title=entry.title,
        url=url,
        url_language=entry.language.code,
        published=entry.date.moment,
        updated=(entry.updated or entry.date).moment,
        authors=_authors(project, entry, language),
        categories=tuple(tag.label(language.code) for tag in entry.tags),
        summary=entry.summary,
        content=content,
        enclosures=enclosures,
        image=absolute(entry.image.url) if entry.image else None,
    )


def _notice_item(project: Project, language: Language, listed: Listed) -> FeedItem:
    """An untranslated original in another language's feed: a notice in that language, linking to it."""
    original = listed.entry
    url = project.settings.absolute_url(original.url)
    notice = project.counterpart(original.document, language)
    other = original.language.name_in(language)
    summary = translate(language.code, "feed.foreign.summary", language=other, summary=original.summary)
    content = None
    if project.settings.feeds.content is FeedContent.FULL:
        content = notice_html(original, language, url)
    return FeedItem(
        id=item_id(project, original, language),
        title=notice.title if notice is not None else original.title,
        url=url,
        url_language=original.language.code,
        published=original.date.moment,
        updated=(original.updated or original.date).moment,
        authors=_authors(project, original, language),
        categories=tuple(tag.label(language.code) for tag in original.tags),
        summary=summary.strip(),
        content=content,
        enclosures=(),
        image=None,
    )


def _authors(project: Project, entry: Entry, language: Language) -> tuple[Author, ...]:
    """The entry's authors, each with their page in ``language`` (if it has one)."""
    authors = []
    for person in entry.authors:
        page = project.page(author_page_key(person), language.code)
        authors.append(Author(person.name, project.settings.absolute_url(page.url) if page else None))
    return tuple(authors)


def newest(items: list[FeedItem]) -> dt.datetime:
    """The moment a feed last changed: its newest item's date (never the build clock)."""
    return max((item.updated for item in items), default=EMPTY_FEED_DATE)
