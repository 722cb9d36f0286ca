"""The options of the ``samverkan`` plugin in ``mkdocs.yml``.

Each option has a docstring; together they are the plugin's reference.
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class LanguageOptions(base.Config):
    """Per-language texts of the site."""

    site_description = c.Optional(c.Type(str))
    """The site's description in this language (the default language uses ``site_description``)."""


class SamverkanConfig(base.Config):
    """Options of the ``samverkan`` plugin."""

    languages = c.Type(dict, default={})
    """Per-language options, keyed by language code: ``{en: {site_description: ...}}``."""

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
