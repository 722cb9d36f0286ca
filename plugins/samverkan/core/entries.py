"""Dated entries: news items and blog posts in ``blog/<collection>/``.

Each entry file is checked against :data:`ENTRY_SCHEMA`; a translation
(``.en.md``) inherits every field it does not set. An entry is published when
it is not a draft and its date has come (see ``Settings.now``); an unpublished
entry is still checked but appears nowhere.
"""

from __future__ import annotations

import math
import posixpath
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from samverkan.core.assets import locate
from samverkan.core.attachments import Attachment, describe
from samverkan.core.dates import EntryDate
from samverkan.core.diagnostics import Diagnostics
from samverkan.core.documents import Document, Kind
from samverkan.core.frontmatter import FrontMatter
from samverkan.core.languages import Language
from samverkan.core.loading import Loaded
from samverkan.core.people import PERSON_FIELDS, Person, contact_from
from samverkan.core.schema import Boolean, Date, Either, Integer, ListOf, Mapping, Schema, Slug, Text
from samverkan.core.series import Series
from samverkan.core.settings import CollectionSettings, Settings
from samverkan.core.slugs import slugify
from samverkan.core.tags import Tag, TagRegistry, tag_key
from samverkan.core.translation_state import FIELD as TRANSLATED_FROM, TranslatedFrom

#: The front matter of an entry.
ENTRY_SCHEMA = Schema(
    {
        "title": Text(required=True),
        "date": Date(required=True),
        "updated": Date(),
        "slug": Slug(),
        "summary": Text(),
        "tags": ListOf(Text(), unique=tag_key),
        "authors": ListOf(Text()),
        "contact": Either(Text(), PERSON_FIELDS),
        "references": ListOf(Text()),
        "series": Mapping({"id": Text(required=True), "part": Integer(required=True)}),
        "attachments": ListOf(Mapping({"file": Text(), "url": Text(), "title": Text(required=True)})),
        "image": Mapping({"src": Text(required=True), "alt": Text(required=True), "caption": Text()}),
        "draft": Boolean(),
        "guid": Text(),
        "aliases": ListOf(Text()),
        TRANSLATED_FROM: TranslatedFrom(),
    },
    own=frozenset({"aliases", "guid", TRANSLATED_FROM}),
)

ENTRY_TEMPLATE = "samverkan/entry.html"

#: Words read per minute, for reading time.
WORDS_PER_MINUTE = 200

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_MORE = "<!-- more -->"


@dataclass(frozen=True)
class Image:
    """An entry's picture: address, alternative text and caption in the entry's language."""

    url: str
    alt: str
    caption: str | None
    source_path: str


@dataclass(frozen=True)
class SeriesPart:
    """An entry's place in a series."""

    series: Series
    part: int


@dataclass(eq=False)
class Entry:
    """One language version of a dated entry, with every fact checked and resolved.

    Attributes:
        collection: the collection it belongs to.
        document: its page.
        date, updated: when it was published and last really changed.
        slug: the last segment of its address.
        tags, authors, contact, references, series, attachments, image: resolved facts.
        guid: an identifier kept from imported content (for feeds).
        aliases: old addresses that redirect here.
        reading_minutes: estimated reading time.
        summary: plain-text summary (front matter, else the text before
            ``<!-- more -->``, else the first paragraph).
        published: whether it is shown at all (not a draft, date has come).
    """

    collection: CollectionSettings
    document: Document
    date: EntryDate
    updated: EntryDate | None
    slug: str
    tags: list[Tag] = field(default_factory=list)
    authors: list[Person] = field(default_factory=list)
    contact: Person | None = None
    references: list[str] = field(default_factory=list)
    series: SeriesPart | None = None
    attachments: list[Attachment] = field(default_factory=list)
    image: Image | None = None
    guid: str | None = None
    aliases: list[str] = field(default_factory=list)
    reading_minutes: int = 1
    summary: str = ""
    published: bool = True

    @property
    def title(self) -> str:
        return self.document.title

    @property
    def url(self) -> str:
        return self.document.url

    @property
    def language(self):  # noqa: ANN201 - Language, kept short for templates
        return self.document.language

    @property
    def sort_key(self) -> tuple:
        """Newest first; entries of the same moment by path, for a stable order."""
        return (-self.date.moment.timestamp(), self.document.key)

    def __repr__(self) -> str:
        return f"Entry({self.document.src_uri!r}, {self.date.isoformat()})"


@dataclass
class Registries:
    """What entries refer to by id: people, tags, series and references."""

    people: dict[str, Person]
    tags: TagRegistry
    series: dict[str, Series]
    references: set[str]


def entry_slug(name: str) -> str:
    """The default slug from a file name: ``2011-01-21-film-om-dimpa.md`` -> ``film-om-dimpa``."""
    stem = posixpath.basename(name).split(".")[0]
    return slugify(_DATE_PREFIX.sub("", stem) or stem)


def entry_url(collection: CollectionSettings, language: Language, date: EntryDate, slug: str) -> str:
    """The entry's address from the collection's pattern, under its language's prefix."""
    local = date.local_date
    path = collection.url_pattern.format(
        base=collection.bases[language.code],
        yyyy=f"{local.year:04d}",
        mm=f"{local.month:02d}",
        dd=f"{local.day:02d}",
        slug=slug,
    )
    path = posixpath.normpath(path).strip("/")
    return f"{language.url_prefix}{path}/"


def make_entry(
    item: Loaded,
    collection: CollectionSettings,
    settings: Settings,
    registries: Registries,
    diagnostics: Diagnostics,
) -> Entry | None:
    """Resolve one checked entry file into an :class:`Entry` (None if it cannot be used)."""
    meta = item.meta
    if not ENTRY_SCHEMA.require(meta, item.front_matter, diagnostics):
        return None
    fm = item.front_matter
    date: EntryDate = meta["date"]
    slug = meta.get("slug") or entry_slug(item.original_name)
    document = Document(
        kind=Kind.ENTRY,
        language=item.language,
        key=f"{collection.source}/{item.original_name}",
        src_uri=item.path,
        url=entry_url(collection, item.language, date, slug),
        title=meta["title"],
        meta={**meta, "template": ENTRY_TEMPLATE},
        source=item.source,
        front_matter=fm,
    )
    entry = Entry(
        collection=collection,
        document=document,
        date=date,
        updated=meta.get("updated"),
        slug=slug,
        tags=[registries.tags.tag(name) for name in meta.get("tags", [])],
        authors=_people(meta.get("authors", []), registries, fm, item.reporter(diagnostics, "authors")),
        contact=contact_from(meta["contact"], registries.people, fm, item.reporter(diagnostics, "contact"))
        if "contact" in meta else None,
        references=_references(meta.get("references", []), registries, fm,
                               item.reporter(diagnostics, "references")),
        series=_series(meta.get("series"), registries, fm, item.reporter(diagnostics, "series")),
        attachments=_attachments(item, collection, settings, item.reporter(diagnostics, "attachments")),
        image=_image(item, collection, settings, item.reporter(diagnostics, "image", "src")),
        guid=meta.get("guid"),
        aliases=list(meta.get("aliases", [])),
        reading_minutes=reading_minutes(item.source.body),
        summary=meta.get("summary") or excerpt_text(item.source.body),
        published=not meta.get("draft", False) and date.moment <= settings.now,
    )
    document.data = entry
    document.meta["summary"] = entry.summary
    return entry


def _people(ids: list[str], registries: Registries, fm: FrontMatter, diagnostics: Diagnostics) -> list[Person]:
    people = []
    for index, identifier in enumerate(ids):
        person = registries.people.get(identifier)
        if person is None:
            known = ", ".join(sorted(registries.people)) or "-"
            diagnostics.error("unknown-person", fm.location("authors", index), id=identifier, known=known)
        else:
            people.append(person)
    return people


def _references(ids: list[str], registries: Registries, fm: FrontMatter, diagnostics: Diagnostics) -> list[str]:
    for index, identifier in enumerate(ids):
        if identifier not in registries.references:
            diagnostics.error("unknown-reference", fm.location("references", index), id=identifier)
    return [identifier for identifier in ids if identifier in registries.references]


def _series(value: Any, registries: Registries, fm: FrontMatter, diagnostics: Diagnostics) -> SeriesPart | None:
    if not value:
        return None
    series = registries.series.get(value["id"])
    if series is None:
        known = ", ".join(sorted(registries.series)) or "-"
        diagnostics.error("unknown-series", fm.location("series", "id"), id=value["id"], known=known)
        return None
    return SeriesPart(series, value["part"])


def _attachments(
    item: Loaded, collection: CollectionSettings, settings: Settings, diagnostics: Diagnostics
) -> list[Attachment]:
    found = []
    for index, value in enumerate(item.meta.get("attachments", [])):
        at = item.front_matter.location("attachments", index)
        if "url" in value and "file" not in value:
            mime, name = describe(value["url"])
            found.append(Attachment(value["title"], value["url"], True, None, mime, name))
            continue
        if "file" not in value:
            diagnostics.error("field-required", at, field="attachments.file")
            continue
        asset = locate(settings, item.path, value["file"])
        if asset is None:
            where = item.front_matter.location("attachments", index, "file")
            diagnostics.error("attachment-missing", where, path=value["file"], folder=collection.source)
            continue
        path, url = asset
        mime, name = describe(path)
        size = (settings.root / path).stat().st_size
        found.append(Attachment(value["title"], url, False, size, mime, name, path))
    return found


def _image(item: Loaded, collection: CollectionSettings, settings: Settings, diagnostics: Diagnostics) -> Image | None:
    value = item.meta.get("image")
    if not value:
        return None
    if re.match(r"^[a-z]+:", value["src"]) or value["src"].startswith("//"):
        diagnostics.error("image-external", item.front_matter.location("image", "src"), src=value["src"])
        return None
    asset = locate(settings, item.path, value["src"])
    if asset is None:
        diagnostics.error(
            "attachment-missing", item.front_matter.location("image", "src"), path=value["src"],
            folder=collection.source,
        )
        return None
    return Image(asset[1], value["alt"], value.get("caption"), asset[0])


@lru_cache(maxsize=16384)
def reading_minutes(markdown: str) -> int:
    """Minutes to read ``markdown`` at :data:`WORDS_PER_MINUTE` (at least 1)."""
    words = len(re.findall(r"\w+", re.sub(r"<[^>]+>|\]\([^)]*\)", " ", markdown)))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


@lru_cache(maxsize=16384)
def excerpt_text(markdown: str) -> str:
    """Plain text of the part before ``<!-- more -->``, else of the first paragraph."""
    if _MORE in markdown:
        part = markdown.split(_MORE, 1)[0]
    else:
        part = ""
        for block in re.split(r"\n\s*\n", markdown.strip()):
            if block.strip() and not re.match(r"^\s*(#|<!--|\||```|~~~|- |\* |\d+\. |!\[)", block):
                part = block
                break
    return plain_text(part)


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable text: link texts kept, markup dropped."""
    text = re.sub(r"<!--.*?-->", " ", markdown, flags=re.S)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"^\s*#+\s*", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__|\*|_|`)", "", text)
    return " ".join(text.split())
