"""The options of the ``samverkan`` plugin in ``mkdocs.yml``.

Each option has a docstring; together they are the plugin's reference.
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class SamverkanConfig(base.Config):
    """Options of the ``samverkan`` plugin."""

    languages = c.Type(dict, default={})
    """Per-language texts of the site, keyed by language code:
    ``{en: {site_description: ..., copyright: ...}}`` (the default language uses
    MkDocs' own ``site_description`` and ``copyright``)."""

    collections = c.Type(dict, default={})
    """Collections of dated entries, by name. Each has:

    - ``source``: its folder (default ``blog/<name>``);
    - ``title``: its title, one text or one per language (``{sv: Nyheter, en: News}``);
    - ``url``: its address segment, one or one per language (``{sv: nyheter, en: news}``);
    - ``per_page``: entries per list page (default 10);
    - ``missing_translation``: ``notice`` (default: an untranslated entry is listed
      in the other language, marked as being in Swedish, and linked to the Swedish
      page) or ``hide`` (it does not exist in the other language);
    - ``url_pattern``: the entry's address (default ``{base}/{yyyy}/{slug}/``;
      fields ``base``, ``yyyy``, ``mm``, ``dd``, ``slug``).
    """

    authors_file = c.Type(str, default="blog/authors.yml")
    """The people who write entries or are their contacts (see ``samverkan.core.people``)."""

    tags_file = c.Type(str, default="blog/tags.yml")
    """Every tag's label in other languages: ``utvärdering: {en: evaluation}``."""

    series_file = c.Type(str, default="blog/series.yml")
    """Series of entries and their titles per language."""

    references_dir = c.Type(str, default="references")
    """The folder of the reference archive, one file per reference."""

    pages_missing_translation = c.Choice(("notice", "hide"), default="notice")
    """What English readers get for a page in docs/ that has no translation.

    ``notice``: an English page at the English address says the page is only in
    Swedish, gives its summary and links to it; the navigation marks it.
    ``hide``: the page does not exist in English; the language switch on the
    Swedish page leads to the English start page and says so.
    """

    nav_translations = c.Type(dict, default={})
    """Section titles of the navigation per language: ``{en: {Metoder: Methods}}``."""

    footer_links = c.ListOfItems(c.Type(str), default=[])
    """Pages (paths relative to docs/) linked from every page's footer, e.g. the
    accessibility statement; each language links its own version."""

    messages = c.Choice(("sv", "en"), default="sv")
    """The language of error messages and warnings about content."""

    timezone = c.Type(str, default="Europe/Stockholm")
    """The time zone of dates written without one."""

    search = c.Type(bool, default=True)
    """Build a search index per language (replaces Material's ``search`` plugin)."""

    feeds = c.Type(dict, default={})
    """The feeds (RSS, Atom and JSON Feed per language, collection and tag; see
    ``samverkan.core.feeds``). Both options are optional:

    - ``limit``: the newest entries each feed holds (default 20);
    - ``content``: ``full`` (default: each item carries the entry's whole text,
      its picture and attachments, every address absolute) or ``summary`` (only
      the summary and a link to the page).

    Feeds need full addresses, so a site with collections must set ``site_url``.
    """
