"""New source files for authors: the right place, the right name, front matter filled in.

:func:`find_kind` reads the word an author types (``news``, ``blogg``,
``reference``, ``sida`` ...); :func:`new_original` and :func:`new_translation`
say which file to write and what to put in it. Nothing is written here: the
command line writes the file, after checking that it does not exist.

Every file made here builds as it is: an entry gets its title, today's date, its
slug and empty tags; optional fields are left as YAML comments to fill in.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from samverkan.core import slugs
from samverkan.core.languages import Language
from samverkan.core.settings import CollectionSettings, Settings
from samverkan.core.translation_state import FIELD as TRANSLATED_FROM
from samverkan.core.translation_state import content_folders, read_file

#: Words for the kinds that are not collections, in the languages authors type.
PAGE_WORDS = ("page", "sida")
REFERENCE_WORDS = ("reference", "referens")


class ScaffoldError(Exception):
    """Why a file cannot be made: a code (see the command line's texts) and its fields."""

    def __init__(self, code: str, **args: Any) -> None:
        super().__init__(code)
        self.code = code
        self.fields = args


@dataclass(frozen=True)
class Target:
    """What kind of file to make and in which folder.

    Attributes:
        kind: "entry", "page" or "reference".
        folder: the repository folder ("blog/nyheter", "docs", "references").
        collection: the collection, for entries.
    """

    kind: str
    folder: str
    collection: CollectionSettings | None = None


@dataclass(frozen=True)
class NewFile:
    """A file to write: its repository path and its text."""

    path: str
    text: str


#: Comment lines that help fill in optional fields, per kind and message language.
#: A reference's optional fields, with example values (the same words in both languages: they are data).
_REFERENCE_FIELDS = (
    "# clients: [Samordningsförbundet ...]",
    "# period: {start: 2026-01, end: pågående}",
    "# region: Dalarna",
    "# methods: [boston-metoden]",
    "# role: processtöd",
    "# status: pågående",
)

HINTS: dict[str, dict[str, tuple[str, ...]]] = {
    "entry": {
        "sv": (
            "# summary: En eller två meningar om inlägget, för listor och sökresultat.",
            "# authors: [id från blog/authors.yml]",
            "# references: [filnamn utan .md från references/]",
        ),
        "en": (
            "# summary: One or two sentences about the entry, for lists and search results.",
            "# authors: [an id from blog/authors.yml]",
            "# references: [a file name without .md from references/]",
        ),
    },
    "page": {
        "sv": ("# summary: En eller två meningar om sidan, för listor och sökresultat.",),
        "en": ("# summary: One or two sentences about the page, for lists and search results.",),
    },
    "reference": {
        "sv": ("# summary: En eller två meningar om uppdraget.", *_REFERENCE_FIELDS),
        "en": ("# summary: One or two sentences about the assignment.", *_REFERENCE_FIELDS),
    },
    "translation": {
        "sv": ("# summary: Sammanfattningen på engelska.",),
        "en": ("# summary: The summary in English.",),
    },
}

BODY = {
    "sv": "<!-- Skriv texten här, i Markdown. -->",
    "en": "<!-- Write the text here, in Markdown. -->",
}


def today(settings: Settings) -> dt.date:
    """Today in the site's time zone (from SOURCE_DATE_EPOCH when set, like the build)."""
    return settings.now.astimezone(ZoneInfo(settings.timezone)).date()


def find_kind(settings: Settings, word: str) -> Target:
    """The kind of file ``word`` names: a collection by id, address or title in any language,
    or a page or reference. Raises :class:`ScaffoldError` ("unknown-kind")."""
    wanted = word.strip().casefold()
    for collection in settings.collections:
        names = {collection.id, *collection.bases.values(), *collection.titles.values()}
        if wanted in {name.casefold() for name in names}:
            return Target("entry", collection.source, collection)
    if wanted in PAGE_WORDS:
        return Target("page", settings.docs_dir)
    if wanted in REFERENCE_WORDS:
        return Target("reference", settings.references_dir)
    raise ScaffoldError("unknown-kind", word=word, known=", ".join(known_words(settings)))


def known_words(settings: Settings) -> list[str]:
    """The words :func:`find_kind` understands, one per kind and language."""
    words = []
    for collection in settings.collections:
        words.extend(dict.fromkeys([collection.id, *collection.bases.values()]))
    return [*dict.fromkeys(words), *PAGE_WORDS, *REFERENCE_WORDS]


def _slug(title: str, slug: str | None) -> str:
    if slug is None:
        return slugs.slugify(title)
    problem = slugs.slug_problem(slug)
    if problem:
        raise ScaffoldError("bad-slug", slug=slug, suggestion=slugs.slugify(slug))
    return slug


def _title(title: str) -> str:
    if not title.strip():
        raise ScaffoldError("empty-title")
    return " ".join(title.split())


def _field(name: str, value: Any) -> str:
    """One YAML line, quoted where YAML needs it (``title: 'Nyhet: text'``)."""
    return yaml.safe_dump({name: value}, allow_unicode=True, width=1_000_000, sort_keys=False).strip()


def _document(lines: list[str], hints: tuple[str, ...], language: str) -> str:
    return "\n".join(["---", *lines, *hints, "---", "", BODY[language], ""])


def new_original(
    settings: Settings, target: Target, title: str, slug: str | None = None, subfolder: str | None = None
) -> NewFile:
    """The file for a new page, entry or reference in the default language."""
    title = _title(title)
    slug = _slug(title, slug)
    language = settings.message_language
    if target.kind == "entry":
        date = today(settings)
        path = f"{target.folder}/{date.isoformat()}-{slug}.md"
        lines = [_field("title", title), f"date: {date.isoformat()}", f"slug: {slug}", "tags: []"]
    else:
        folder = target.folder
        if subfolder and target.kind == "page":
            folder = posixpath.join(folder, _subfolder(subfolder))
        path = f"{folder}/{slug}.md"
        lines = [_field("title", title)]
    return NewFile(path, _document(lines, HINTS[target.kind][language], language))


def _subfolder(value: str) -> str:
    parts = [part for part in value.strip("/").split("/") if part]
    if not parts or any(slugs.slug_problem(part) for part in parts):
        raise ScaffoldError("bad-folder", folder=value)
    return "/".join(parts)


def new_translation(
    settings: Settings, original_path: str, language: Language, title: str, slug: str | None = None
) -> NewFile:
    """The translation of ``original_path`` into ``language``: only what a translation sets
    (title, slug, where it was translated from); everything else is inherited."""
    title = _title(title)
    original_path = posixpath.normpath(original_path.replace("\\", "/"))
    folder = next(
        (f for f in content_folders(settings) if original_path.startswith(f + "/")), None
    )
    if folder is None or not original_path.endswith(".md"):
        raise ScaffoldError("not-content", path=original_path)
    name = original_path[len(folder) + 1 :]
    if settings.languages.split_name(name)[1] != settings.languages.default:
        raise ScaffoldError("not-original", path=original_path)
    if not (settings.root / original_path).is_file():
        raise ScaffoldError("original-missing", path=original_path)
    original = read_file(settings.root, original_path)
    if original.fingerprint is None:
        raise ScaffoldError("original-unreadable", path=original_path)
    path = f"{folder}/{settings.languages.translated_name(name, language)}"
    lines = [_field("title", title)]
    if posixpath.basename(name) != "index.md":
        lines.append(f"slug: {_slug(title, slug)}")
    lines.append(f'{TRANSLATED_FROM}: "{original.fingerprint}"')
    message_language = settings.message_language
    return NewFile(path, _document(lines, HINTS["translation"][message_language], message_language))
