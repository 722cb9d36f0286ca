"""The settings the core works from, independent of any site engine.

The MkDocs adapter fills them from ``mkdocs.yml``; the command line builds them
the same way, so both see the same site.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, TypeVar

from samverkan.core.dates import DEFAULT_TIMEZONE
from samverkan.core.languages import Languages
from samverkan.core.messages import DEFAULT_LANGUAGE

T = TypeVar("T")


class MissingTranslation(str, enum.Enum):
    """What readers of another language get where a translation is missing.

    NOTICE: the page exists in that language as a short notice in its words,
    with the summary and a link to the original; listings mark it.
    HIDE: the page does not exist in that language at all; the language switch
    leads to that language's start page and says so.
    """

    NOTICE = "notice"
    HIDE = "hide"

    def versions_shown(
        self, groups: Iterable[Mapping[str, T]], language: str, default: str
    ) -> Iterator[tuple[T, bool]]:
        """What a list in ``language`` shows of each group of translations (language code -> version).

        Yields ``(version, foreign)``: the group's version in ``language``, else,
        under NOTICE, its ``default``-language original with ``foreign`` set.
        """
        for group in groups:
            if language in group:
                yield group[language], False
            elif self is MissingTranslation.NOTICE and default in group:
                yield group[default], True


class SettingsError(ValueError):
    """A mistake in the site's configuration (mkdocs.yml), in plain words."""


#: How an entry's address is formed unless a collection says otherwise.
DEFAULT_URL_PATTERN = "{base}/{yyyy}/{slug}/"
URL_FIELDS = ("base", "yyyy", "mm", "dd", "slug")


@dataclass(frozen=True)
class CollectionSettings:
    """One collection of dated entries (news, blog ...).

    Attributes:
        id: the collection's name in mkdocs.yml ("nyheter").
        source: its folder, relative to the site root ("blog/nyheter").
        titles: its title per language code ({"sv": "Nyheter", "en": "News"}).
        bases: its URL segment per language code ({"sv": "nyheter", "en": "news"}).
        per_page: entries per listing page.
        missing_translation: what other languages get for an untranslated entry.
        url_pattern: the entry address, from {base}, {yyyy}, {mm}, {dd}, {slug}.
    """

    id: str
    source: str
    titles: dict[str, str]
    bases: dict[str, str]
    per_page: int = 10
    missing_translation: MissingTranslation = MissingTranslation.NOTICE
    url_pattern: str = DEFAULT_URL_PATTERN

    def title(self, code: str) -> str:
        return self.titles.get(code) or next(iter(self.titles.values()), self.id)


class FeedContent(str, enum.Enum):
    """What a feed item carries: the entry's whole text, or only its summary."""

    FULL = "full"
    SUMMARY = "summary"


@dataclass(frozen=True)
class FeedSettings:
    """The feeds' options.

    Attributes:
        limit: the newest entries each feed holds.
        content: the whole text of each entry, or only its summary.
    """

    limit: int = 20
    content: FeedContent = FeedContent.FULL


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
        copyrights: the footer's fine print per language code (None: as configured).
        pages_missing_translation: the policy for pages in docs/.
        nav: the navigation as written in mkdocs.yml (default-language files), or None.
        nav_translations: section titles per language: {"en": {"Metoder": "Methods"}}.
        footer_links: pages (paths relative to docs/) linked from every footer.
        timezone: the zone of dates written without one.
        message_language: the language of diagnostics.
        collections: the collections of dated entries.
        authors_file, tags_file, series_file: the site's data files (relative to root).
        references_dir: the folder of the reference archive.
        methods_dir: the folder of the method library, relative to the docs folder.
        feeds: the feeds' options.
        now: the moment that decides what is published (SOURCE_DATE_EPOCH when set).
    """

    root: Path
    docs_dir: str = "docs"
    languages: Languages = field(default_factory=Languages)
    site_url: str | None = None
    site_names: dict[str, str] = field(default_factory=dict)
    site_descriptions: dict[str, str] = field(default_factory=dict)
    copyrights: dict[str, str] = field(default_factory=dict)
    pages_missing_translation: MissingTranslation = MissingTranslation.NOTICE
    nav: Any = None
    nav_translations: dict[str, dict[str, str]] = field(default_factory=dict)
    footer_links: tuple[str, ...] = ()
    timezone: str = DEFAULT_TIMEZONE
    message_language: str = DEFAULT_LANGUAGE
    collections: tuple[CollectionSettings, ...] = ()
    authors_file: str = "blog/authors.yml"
    tags_file: str = "blog/tags.yml"
    series_file: str = "blog/series.yml"
    references_dir: str = "references"
    methods_dir: str = "metoder"
    feeds: FeedSettings = field(default_factory=FeedSettings)
    now: dt.datetime = field(default_factory=lambda: build_time())

    def site_name(self, code: str) -> str:
        """The site's name in the language ``code`` (falls back to the default language's)."""
        return self.site_names.get(code) or self.site_names.get(self.languages.default.code, "")

    def absolute_url(self, url: str) -> str:
        """``site_url`` + a site-root-relative ``url``; the bare path when there is no site_url."""
        if not self.site_url:
            return "/" + url
        return self.site_url.rstrip("/") + "/" + url


def build_time() -> dt.datetime:
    """"Now" for publishing: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)


def _per_language(value: Any, what: str, codes: tuple[str, ...], default: str) -> dict[str, str]:
    if isinstance(value, str):
        return {code: value for code in codes}
    if not isinstance(value, dict) or not value:
        raise SettingsError(f"{what} must be a text or one text per language, e.g. {{sv: ..., en: ...}}")
    result = {str(k): str(v) for k, v in value.items()}
    for code in codes:
        result.setdefault(code, result.get(default) or next(iter(result.values())))
    return result


def collection_settings(name: str, options: Any, languages: Languages) -> CollectionSettings:
    """Check and read one ``collections:`` item of the plugin options."""
    where = f"collections.{name}"
    if not isinstance(options, dict):
        raise SettingsError(f"{where} must be a group of options (source, title, url ...)")
    codes = tuple(language.code for language in languages.all)
    default = languages.default.code
    source = options.get("source") or f"blog/{name}"
    bases = _per_language(options.get("url", name), f"{where}.url", codes, default)
    for code, base in bases.items():
        if not base or base.startswith("/") or ".." in base.split("/"):
            raise SettingsError(f"{where}.url for {code} must be a path like 'nyheter', not {base!r}")
    pattern = str(options.get("url_pattern", DEFAULT_URL_PATTERN))
    try:
        pattern.format(**{name: "x" for name in URL_FIELDS})
    except (KeyError, IndexError, ValueError) as error:
        raise SettingsError(f"{where}.url_pattern uses an unknown field {error}; use {URL_FIELDS}") from None
    if "{slug}" not in pattern:
        raise SettingsError(f"{where}.url_pattern must contain {{slug}}")
    per_page = options.get("per_page", 10)
    if not isinstance(per_page, int) or isinstance(per_page, bool) or per_page < 1:
        raise SettingsError(f"{where}.per_page must be a whole number of at least 1")
    try:
        missing = MissingTranslation(options.get("missing_translation", "notice"))
    except ValueError:
        raise SettingsError(f"{where}.missing_translation must be 'notice' or 'hide'") from None
    return CollectionSettings(
        id=str(name),
        source=str(source).strip("/"),
        titles=_per_language(options.get("title", name.capitalize()), f"{where}.title", codes, default),
        bases={code: base.strip("/") for code, base in bases.items()},
        per_page=per_page,
        missing_translation=missing,
        url_pattern=pattern,
    )


def feed_settings(options: Any) -> FeedSettings:
    """Check and read the ``feeds:`` group of the plugin options (absent: the defaults)."""
    options = {} if options is None else options
    if not isinstance(options, dict):
        raise SettingsError("feeds must be a group of options (limit, content)")
    unknown = sorted(set(options) - {"limit", "content"})
    if unknown:
        raise SettingsError(f"feeds has an unknown option {unknown[0]!r}; the options are limit and content")
    limit = options.get("limit", FeedSettings.limit)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise SettingsError("feeds.limit must be a whole number of at least 1")
    try:
        content = FeedContent(options.get("content", FeedContent.FULL.value))
    except ValueError:
        raise SettingsError("feeds.content must be 'full' or 'summary'") from None
    return FeedSettings(limit=limit, content=content)


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
    copyrights = {}
    for code, values in (options.get("languages") or {}).items():
        if not isinstance(values, dict):
            raise SettingsError(f"languages.{code} must be a group of options (site_description, copyright)")
        if values.get("site_description"):
            descriptions[str(code)] = str(values["site_description"])
        if values.get("copyright"):
            copyrights[str(code)] = str(values["copyright"])
    return Settings(
        root=root,
        docs_dir=docs_dir,
        languages=languages,
        site_url=site_url or None,
        site_names={default: site_name},
        site_descriptions=descriptions,
        copyrights=copyrights,
        pages_missing_translation=MissingTranslation(options.get("pages_missing_translation", "notice")),
        nav=nav,
        nav_translations={str(k): dict(v) for k, v in (options.get("nav_translations") or {}).items()},
        footer_links=tuple(options.get("footer_links") or ()),
        timezone=options.get("timezone") or DEFAULT_TIMEZONE,
        message_language=options.get("messages") or DEFAULT_LANGUAGE,
        collections=tuple(
            collection_settings(str(name), value, languages)
            for name, value in (options.get("collections") or {}).items()
        ),
        authors_file=str(options.get("authors_file") or "blog/authors.yml"),
        tags_file=str(options.get("tags_file") or "blog/tags.yml"),
        series_file=str(options.get("series_file") or "blog/series.yml"),
        references_dir=str(options.get("references_dir") or "references"),
        methods_dir=str(options.get("methods_dir") or "metoder"),
        feeds=feed_settings(options.get("feeds")),
        now=build_time(),
    )
