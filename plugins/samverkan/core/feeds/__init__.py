"""Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 per language, collection and tag.

Every language has a feed of all its entries, one per collection and one per
tag, each in three formats, all under the language's address space:

=================  ==========================================  ==================================
feed               Swedish (default language)                  English
=================  ==========================================  ==================================
all entries        ``/feeds/rss.xml`` ``atom.xml`` ``feed.json``  ``/en/feeds/rss.xml`` ...
a collection       ``/nyheter/rss.xml`` ...                    ``/en/news/rss.xml`` ...
a tag              ``/taggar/utvardering/rss.xml`` ...         ``/en/tags/evaluation/rss.xml`` ...
=================  ==========================================  ==================================

A collection's and a tag's feeds sit beside the page they mirror. Every page
links the feeds of its language in its ``<head>`` (autodiscovery), and a
generated subscribe page in each language lists them all in plain words.

**What a feed holds.** A language's feeds hold that language's entries,
newest first, as many as ``feeds.limit`` says. An entry without a translation
follows its collection's missing-translation policy, as in listings: under
``hide`` it is not in the other language's feeds; under ``notice`` it is an
item in that language saying the entry exists only in Swedish, with its
Swedish summary and a link to the Swedish page (never its Swedish text).

**Item ids never change** when a title, slug or address changes. An entry's
``guid`` (kept from imported content) is its id; a translation has no guid of
its own unless it sets one. Otherwise the id is a tag URI (RFC 4151) of the
site's host, the first date of the original and the original's source path
without its extension, plus ``/<language>`` outside the default language::

    tag:samverkansnoden.example,2011-01-21:blog/nyheter/2011-01-21-film-om-dimpa
    tag:samverkansnoden.example,2011-01-21:blog/nyheter/2011-01-21-film-om-dimpa/en

Renaming the original's file or changing its date gives new ids (set ``guid``
to keep the old one).

**Deterministic.** Nothing depends on the build clock: a feed's ``updated``
(Atom) and ``lastBuildDate`` (RSS) is the newest date among its items.

Modules: :mod:`.model` plans the feeds and the subscribe pages while the
project loads; :mod:`.items` turns entries into items; :mod:`.html` makes
their HTML self-contained; :mod:`.render` writes the three formats.
"""

from samverkan.core.feeds.model import Feed, FeedCatalog, FeedFormat, FeedKind, add_feeds
from samverkan.core.feeds.render import feed_files

__all__ = ["Feed", "FeedCatalog", "FeedFormat", "FeedKind", "add_feeds", "feed_files"]
