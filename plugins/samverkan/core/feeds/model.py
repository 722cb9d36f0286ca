"""Which feeds the site has, where they live, and the subscribe page that lists them.

:func:`add_feeds` runs while the project loads, after the listings: it plans
every feed of every language (title, description, place, the page it mirrors,
its entries) and adds a subscribe page per language. Rendering comes later,
once the engine has turned each entry into HTML (see :mod:`.render`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from samverkan.core.diagnostics import Location
from samverkan.core.documents import Document, Kind
from samverkan.core.journal import Listed
from samverkan.core.languages import Language
from samverkan.core.listings import Listing, tag_page_key, tags_in_order
from samverkan.core.project import Project
from samverkan.core.strings import translate

#: The folder of the all-entries feeds under each language's root ("/feeds/", "/en/feeds/").
#: The same word in every language: subscribers' readers keep these addresses for years.
ALL_FOLDER = "feeds/"

#: The subscribe page: its translation key and template.
SUBSCRIBE_KEY = "_subscribe/index.md"
SUBSCRIBE_TEMPLATE = "samverkan/subscribe.html"


class FeedKind(str, enum.Enum):
    """What a feed follows."""

    ALL = "all"
    COLLECTION = "collection"
    TAG = "tag"


class FeedFormat(enum.Enum):
    """The three formats of every feed: file name, media type and name."""

    RSS = ("rss.xml", "application/rss+xml", "RSS")
    ATOM = ("atom.xml", "application/atom+xml", "Atom")
    JSON = ("feed.json", "application/feed+json", "JSON Feed")

    def __init__(self, file_name: str, media_type: str, label: str) -> None:
        self.file_name = file_name
        self.media_type = media_type
        self.label = label


@dataclass(frozen=True, eq=False)
class Feed:
    """One feed in one language (in all three formats).

    Attributes:
        kind: what it follows.
        language: the language of the feed and of its items.
        name: what it holds, in its language ("Alla inlägg", "Nyheter", "Tagg: utvärdering").
        label: its name under its heading on the subscribe page ("utvärdering").
        title: its title in feed readers ("Samverkansnoden – Nyheter").
        description: one sentence about it, in its language.
        folder: where its files live (site-root-relative: "en/news/").
        page: the page it mirrors (the language's start page, a collection, a tag page).
        items: its entries, newest first, at most ``feeds.limit``.
    """

    kind: FeedKind
    language: Language
    name: str
    label: str
    title: str
    description: str
    folder: str
    page: Document
    items: tuple[Listed, ...]

    def url(self, format: FeedFormat) -> str:
        """The site-root-relative address of the feed in ``format``."""
        return self.folder + format.file_name

    @property
    def default_url(self) -> str:
        """The address to suggest when a reader needs just one (RSS, the most widely read)."""
        return self.url(FeedFormat.RSS)

    @property
    def links(self) -> list[tuple[FeedFormat, str]]:
        """(format, address) of each of its formats, RSS first."""
        return [(format, self.url(format)) for format in FeedFormat]


@dataclass(frozen=True)
class FeedGroup:
    """Feeds under one heading of the subscribe page (``heading`` is a string key)."""

    heading: str
    feeds: tuple[Feed, ...]


@dataclass(frozen=True)
class SubscribeListing:
    """What a subscribe page shows: its language's feeds, grouped, and the main feed.

    ``foreign`` is the language of entries that these feeds list without a
    translation (marked, under the "notice" policy), or None when there are none.
    """

    groups: tuple[FeedGroup, ...]
    main: Feed
    foreign: Language | None = None


class FeedCatalog:
    """Every feed of the site, found by language and by the page it mirrors."""

    def __init__(self, feeds: list[Feed], default: Language | None = None) -> None:
        self.feeds = feeds
        self.default = default
        self._by_page = {(feed.language.code, feed.page.key): feed for feed in feeds if feed.kind is not FeedKind.ALL}
        self._main = {feed.language.code: feed for feed in feeds if feed.kind is FeedKind.ALL}

    def __iter__(self):  # noqa: ANN204 - an iterator of Feed
        return iter(self.feeds)

    def __len__(self) -> int:
        return len(self.feeds)

    def main(self, language: Language) -> Feed | None:
        """The feed of all entries in ``language``."""
        return self._main.get(language.code)

    def in_language(self, language: Language) -> list[Feed]:
        return [feed for feed in self.feeds if feed.language == language]

    def for_page(self, document: Document | None, language: Language) -> list[Feed]:
        """The feeds a page links in its head: all entries; its collection's; on a tag page, the tag's."""
        main = self.main(language)
        found = [main] if main else []
        if document is None:
            return found
        keys = [document.key, document.parent]
        if isinstance(document.data, Listing) and document.data.tag is not None and self.default:
            keys.append(tag_page_key(document.data.tag, self.default))
        for key in keys:
            feed = self._by_page.get((language.code, key))
            if feed is not None and feed not in found:
                found.append(feed)
        return found


def add_feeds(project: Project) -> None:
    """Plan every feed of ``project`` into ``project.feeds`` and add the subscribe pages.

    Feeds need full addresses, so a site with entries but without ``site_url``
    gets an error (and no feeds) instead of feeds with relative links.
    """
    project.feeds = FeedCatalog([])
    journal = project.journal
    if journal is None or not journal.collections:
        return
    if not project.settings.site_url:
        project.diagnostics.error("feeds-site-url", Location("mkdocs.yml"))
        return
    feeds: list[Feed] = []
    for language in project.settings.languages.all:
        feeds.extend(_feeds_in(project, language))
    project.feeds = FeedCatalog(feeds, project.settings.languages.default)
    for language in project.settings.languages.all:
        project.add(_subscribe_page(project, language))


def _feeds_in(project: Project, language: Language) -> list[Feed]:
    """The all-entries feed, then one per collection, then one per tag (alphabetically)."""
    settings = project.settings
    journal = project.journal
    code = language.code
    site = settings.site_name(code)

    def feed(kind: FeedKind, page: Document, name: str, description: str, items: list[Listed],
             label: str | None = None, folder: str | None = None) -> Feed:
        return Feed(
            kind=kind, language=language, name=name, label=label or name,
            title=translate(code, "feed.title", site=site, name=name), description=description,
            folder=folder or page.url, page=page, items=tuple(items[: settings.feeds.limit]),
        )

    home = project.page("index.md", code) or _home_stand_in(language, site)
    description = settings.site_descriptions.get(code) or translate(code, "feed.description.all", site=site)
    found = [feed(FeedKind.ALL, home, translate(code, "feed.all"), description, journal.all_listed(language),
                  folder=language.url_prefix + ALL_FOLDER)]
    for collection in journal.collections:
        page = project.page(f"{collection.settings.source}/index.md", code)
        if page is not None:
            text = translate(code, "feed.description.collection", collection=page.title, site=site)
            found.append(feed(FeedKind.COLLECTION, page, page.title, text,
                              journal.listed(collection.settings.id, language)))
    for tag, items in tags_in_order(journal, language):
        page = project.page(tag_page_key(tag, settings.languages.default), code)
        if page is not None:
            label = tag.label(code)
            text = translate(code, "feed.description.tag", tag=label, site=site)
            found.append(feed(FeedKind.TAG, page, page.title, text, items, label=label))
    return found


def _home_stand_in(language: Language, site: str) -> Document:
    """The language's root, for a site without a start page of that language."""
    return Document(Kind.PAGE, language, "index.md", "index.md", language.url_prefix, site)


def _subscribe_page(project: Project, language: Language) -> Document:
    code = language.code
    feeds = project.feeds.in_language(language)
    groups = tuple(
        FeedGroup(heading, tuple(feed for feed in feeds if feed.kind is kind))
        for heading, kind in (
            ("subscribe.all.title", FeedKind.ALL),
            ("subscribe.collections.title", FeedKind.COLLECTION),
            ("subscribe.tags.title", FeedKind.TAG),
        )
    )
    foreign = {item.entry.language for feed in feeds for item in feed.items if item.foreign}
    title = translate(code, "subscribe.title")
    return Document(
        kind=Kind.SUBSCRIBE,
        language=language,
        key=SUBSCRIBE_KEY,
        src_uri=project.settings.languages.translated_name(SUBSCRIBE_KEY, language),
        url=f"{language.url_prefix}{translate(code, 'path.subscribe')}/",
        title=title,
        meta={"title": title, "template": SUBSCRIBE_TEMPLATE, "summary": translate(code, "subscribe.summary")},
        markdown="",
        data=SubscribeListing(
            groups=tuple(group for group in groups if group.feeds),
            main=project.feeds.main(language),
            foreign=min(foreign, key=lambda lang: lang.code) if foreign else None,
        ),
    )
