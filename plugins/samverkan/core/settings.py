"""The settings the core works from, independent of any site engine.

The MkDocs adapter fills them from ``mkdocs.yml``; the command line builds them
the same way, so both see the same site.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samverkan.core.dates import DEFAULT_TIMEZONE
from samverkan.core.languages import Languages
from samverkan.core.messages import DEFAULT_LANGUAGE


class MissingTranslation(str, enum.Enum):
    """What readers of another language get where a translation is missing.

    NOTICE: the page exists in that language as a short notice in its words,
    with the summary and a link to the original; listings mark it.
    HIDE: the page does not exist in that language at all; the language switch
    leads to that language's start page and says so.
    """

    NOTICE = "notice"
    HIDE = "hide"


@dataclass(frozen=True)
class Settings:
    """Everything the core needs to know about a site.

    Attributes:
        root: the site repository (where mkdocs.yml is).
        docs_dir: the pages folder, relative to root.
        languages: the languages, default first.
        site_url: the public address of the site, or None.
        site_names: the site's name per language code.
        site_descriptions: the site's description per language code.
        pages_missing_translation: the policy for pages in docs/.
        nav: the navigation as written in mkdocs.yml (default-language files), or None.
        nav_translations: section titles per language: {"en": {"Metoder": "Methods"}}.
        footer_links: pages (paths relative to docs/) linked from every footer.
        timezone: the zone of dates written without one.
        message_language: the language of diagnostics.
    """

    root: Path
    docs_dir: str = "docs"
    languages: Languages = field(default_factory=Languages)
    site_url: str | None = None
    site_names: dict[str, str] = field(default_factory=dict)
    site_descriptions: dict[str, str] = field(default_factory=dict)
    pages_missing_translation: MissingTranslation = MissingTranslation.NOTICE
    nav: Any = None
    nav_translations: dict[str, dict[str, str]] = field(default_factory=dict)
    footer_links: tuple[str, ...] = ()
    timezone: str = DEFAULT_TIMEZONE
    message_language: str = DEFAULT_LANGUAGE

    def site_name(self, code: str) -> str:
        """The site's name in the language ``code`` (falls back to the default language's)."""
        return self.site_names.get(code) or self.site_names.get(self.languages.default.code, "")

    def absolute_url(self, url: str) -> str:
        """``site_url`` + a site-root-relative ``url``; the bare path when there is no site_url."""
        if not self.site_url:
            return "/" + url
        return self.site_url.rstrip("/") + "/" + url


def build_settings(
    root: Path,
    *,
    docs_dir: str = "docs",
    site_name: str = "",
    site_url: str | None = None,
    site_description: str | None = None,
    nav: Any = None,
    options: dict[str, Any] | None = None,
) -> Settings:
    """Settings from the site's configuration values and the plugin's options.

    Both the MkDocs plugin (from its validated config) and the command line
    (from mkdocs.yml read as YAML) come through here, so they agree.
    """
    options = options or {}
    languages = Languages()
    default = languages.default.code
    descriptions = {default: site_description or ""}
    for code, values in (options.get("languages") or {}).items():
        if isinstance(values, dict) and values.get("site_description"):
            descriptions[str(code)] = str(values["site_description"])
    return Settings(
        root=root,
        docs_dir=docs_dir,
        languages=languages,
        site_url=site_url or None,
        site_names={default: site_name},
        site_descriptions=descriptions,
        pages_missing_translation=MissingTranslation(options.get("pages_missing_translation", "notice")),
        nav=nav,
        nav_translations={str(k): dict(v) for k, v in (options.get("nav_translations") or {}).items()},
        footer_links=tuple(options.get("footer_links") or ()),
        timezone=options.get("timezone") or DEFAULT_TIMEZONE,
        message_language=options.get("messages") or DEFAULT_LANGUAGE,
    )
