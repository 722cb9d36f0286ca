"""Writing feeds: RSS 2.0 and Atom 1.0 with feedgen, JSON Feed 1.1 with the json module.

All three carry the same channel and items. Format by format:

- **RSS**: dates in RFC 822; the summary in ``<description>``, the full HTML
  in ``<content:encoded>``; authors as ``<dc:creator>`` (RSS's own
  ``<author>`` must be an e-mail address, and feeds do not publish those);
  one ``<enclosure>`` per item (RSS allows one: the first attachment), the
  feed's icon as ``<image>`` (a PNG, as RSS requires; Atom's logo too).
- **Atom**: dates in RFC 3339; every attachment as a ``rel="enclosure"``
  link with length and type; the site as the feed's author, as RFC 4287
  requires where an entry has none.
- **JSON Feed**: every attachment with ``size_in_bytes`` and ``mime_type``.
"""

from __future__ import annotations

import json
from typing import Callable, Iterator, Mapping

from feedgen.ext.base import BaseEntryExtension
from feedgen.feed import FeedGenerator

from samverkan.core.feeds.items import FeedItem, build_items, newest
from samverkan.core.feeds.model import Feed, FeedFormat
from samverkan.core.project import Project

#: Where the feeds' pictures are (shipped in the theme's assets, copied into every site).
ICON = "assets/images/feed-icon-144.png"
ICON_SIZE = "144"
#: The large picture JSON Feed asks for (512 x 512).
LOGO = "assets/images/feed-icon-512.png"
GENERATOR = "samverkan"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def feed_files(
    project: Project, pages: Mapping[str, str], only: Callable[[Feed], bool] | None = None
) -> Iterator[tuple[str, bytes]]:
    """(site-root-relative path, bytes) of every feed file of ``project`` (or of the feeds ``only`` picks).

    ``pages`` maps each entry's ``src_uri`` to its text as the engine rendered it.
    """
    built: dict[tuple[str, str], FeedItem] = {}
    for feed in project.feeds:
        if only is not None and not only(feed):
            continue
        items = build_items(project, feed, pages, built)
        yield feed.url(FeedFormat.RSS), _generator(project, feed, items, FeedFormat.RSS).rss_str(pretty=True)
        yield feed.url(FeedFormat.ATOM), _generator(project, feed, items, FeedFormat.ATOM).atom_str(pretty=True)
        yield feed.url(FeedFormat.JSON), render_json(project, feed, items)


def _generator(project: Project, feed: Feed, items: list[FeedItem], format: FeedFormat) -> FeedGenerator:
    """A feedgen feed with the channel and items of ``feed``, to be written in ``format``."""
    absolute = project.settings.absolute_url
    home = absolute(feed.language.url_prefix)
    generator = FeedGenerator()
    generator.load_extension("dc", atom=False, rss=True)
    generator.id(absolute(feed.url(FeedFormat.ATOM)))
    generator.title(feed.title)
    generator.subtitle(feed.description)  # also RSS's <description>
    generator.language(feed.language.code)  # RSS <language> and Atom xml:lang
    generator.author(name=project.settings.site_name(feed.language.code) or home, uri=home)
    # RSS's <link> is the last link given: the self link first, the page last.
    generator.link(href=absolute(feed.url(format)), rel="self", type=format.media_type)
    generator.link(href=absolute(feed.page.url), rel="alternate", type="text/html", hreflang=feed.language.code)
    generator.generator(GENERATOR)
    generator.icon(absolute(ICON))
    generator.image(url=absolute(ICON), title=feed.title, link=absolute(feed.page.url),
                    width=ICON_SIZE, height=ICON_SIZE)  # also Atom's <logo>
    generator.updated(newest(items))  # also RSS's <lastBuildDate>
    for item in items:
        _add_item(generator, item, feed.language.code)
    return generator


class AtomEntryLinks(BaseEntryExtension):
    """Puts back what feedgen 1.0 leaves out of an Atom entry's links.

    feedgen writes each ``<link>`` of an Atom entry with its ``href`` only (it
    reads ``rel``, ``type``, ``length`` ... from the new element instead of from
    the link), so an enclosure would lose its ``rel``, length and type. This
    sets them from the links as given (and changes nothing once feedgen does).
    """

    def __init__(self) -> None:
        self.links: list[dict] = []

    def extend_atom(self, entry):  # noqa: ANN001, ANN201 - an lxml element
        for element, link in zip(entry.findall("link"), self.links):
            for name in ("rel", "type", "hreflang", "title", "length"):
                if link.get(name):
                    element.set(name, link[name])
        return entry


def _add_item(generator: FeedGenerator, item: FeedItem, language: str) -> None:
    entry = generator.add_entry(order="append")
    entry.register_extension("samverkan", AtomEntryLinks, atom=True, rss=False)
    entry.id(item.id)  # also RSS's <guid isPermaLink="false">
    entry.title(item.title)
    hreflang = item.url_language if item.url_language != language else None
    entry.link(href=item.url, rel="alternate", type="text/html", **({"hreflang": hreflang} if hreflang else {}))
    # feedgen gives RSS the last enclosure link (RSS allows one): the first attachment goes last.
    for enclosure in [*item.enclosures[1:], *item.enclosures[:1]]:
        entry.link(href=enclosure.url, rel="enclosure", type=enclosure.media_type,
                   length=str(enclosure.length), title=enclosure.title)
    entry.samverkan.links = entry.link()
    entry.published(item.published)
    entry.updated(item.updated)
    for author in item.authors:
        entry.author({"name": author.name, **({"uri": author.url} if author.url else {})})
        entry.dc.dc_creator(author.name)
    for category in item.categories:
        entry.category(term=category)
    entry.summary(item.summary or item.title)
    if item.content:
        entry.content(item.content, type="html")


def render_json(project: Project, feed: Feed, items: list[FeedItem]) -> bytes:
    """The JSON Feed 1.1 document of ``feed``."""
    absolute = project.settings.absolute_url
    document = {
        "version": JSON_FEED_VERSION,
        "title": feed.title,
        "home_page_url": absolute(feed.page.url),
        "feed_url": absolute(feed.url(FeedFormat.JSON)),
        "description": feed.description,
        "icon": absolute(LOGO),
        "favicon": absolute(ICON),
        "language": feed.language.code,
        "authors": [{"name": project.settings.site_name(feed.language.code),
                     "url": absolute(feed.language.url_prefix)}],
        "items": [_json_item(item, feed.language.code) for item in items],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json_item(item: FeedItem, language: str) -> dict:
    data: dict = {"id": item.id, "url": item.url, "title": item.title}
    if item.content:
        data["content_html"] = item.content
    else:
        data["content_text"] = item.summary or item.title
    data["summary"] = item.summary
    if item.image:
        data["image"] = item.image
    data["date_published"] = item.published.isoformat()
    if item.updated != item.published:
        data["date_modified"] = item.updated.isoformat()
    if item.authors:
        data["authors"] = [{"name": a.name, **({"url": a.url} if a.url else {})} for a in item.authors]
    if item.categories:
        data["tags"] = list(item.categories)
    data["language"] = language
    if item.enclosures:
        data["attachments"] = [
            {"url": e.url, "mime_type": e.media_type, "title": e.title, "size_in_bytes": e.length}
            for e in item.enclosures
        ]
    return data
