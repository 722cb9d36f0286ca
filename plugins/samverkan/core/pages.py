"""Pages written in docs/: the start page, about, method library, contact ...

Their address follows the file path (``docs/metoder/boston-metoden.md`` ->
``/metoder/boston-metoden/``); a translation lives under its language's prefix
and may set its own ``slug`` (``/en/metoder/boston-method/``).
"""

from __future__ import annotations

from samverkan.core.documents import Document, Kind
from samverkan.core.loading import Loaded, discover, load_folder
from samverkan.core.diagnostics import Location
from samverkan.core.project import Project
from samverkan.core.schema import Date, ListOf, Passthrough, Schema, Slug, Text
from samverkan.core.translation_state import FIELD as TRANSLATED_FROM, TranslatedFrom
from samverkan.core import urls

#: The front matter of a page. Theme options (hide, template, search, icon) pass through.
PAGE_SCHEMA = Schema(
    {
        "title": Text(),
        "summary": Text(),
        "description": Text(),
        "slug": Slug(),
        "date": Date(),
        "updated": Date(),
        "tags": ListOf(Text()),
        "hide": Passthrough(),
        "template": Text(),
        "search": Passthrough(),
        "icon": Passthrough(),
        "status": Passthrough(),
        "subtitle": Text(),
        TRANSLATED_FROM: TranslatedFrom(),
    },
    own=frozenset({TRANSLATED_FROM}),
)

#: Top-level folders under docs/ that would clash with generated paths.
RESERVED_FOLDERS = ("blog", "references", "en", "search", "assets")


def load_pages(project: Project) -> None:
    """Load every Markdown page below the docs folder into ``project``."""
    settings = project.settings
    names = discover(settings.root, settings.docs_dir)
    for folder in sorted({name.split("/")[0] for name in names if "/" in name}):
        if folder in RESERVED_FOLDERS:
            project.diagnostics.error(
                "reserved-folder", Location(f"{settings.docs_dir}/{folder}"), folder=folder
            )
    loaded = load_folder(
        settings.root,
        settings.docs_dir,
        names,
        PAGE_SCHEMA,
        settings.languages,
        project.diagnostics,
        settings.timezone, cache=project.cache)
    for item in loaded:
        project.add(page_document(item))


def page_document(item: Loaded) -> Document:
    """The document for one loaded page."""
    title = item.own.get("title") or item.heading() or item.meta.get("title") or _title_from_name(item.name)
    return Document(
        kind=Kind.PAGE,
        language=item.language,
        key=item.original_name,
        src_uri=item.name,
        url=urls.page_url(item.original_name, item.language, item.meta.get("slug")),
        title=title,
        meta={**item.meta, "title": title},
        source=item.source,
        front_matter=item.front_matter,
    )


def _title_from_name(name: str) -> str:
    stem = name.rsplit("/", 1)[-1].split(".")[0]
    if stem in ("index", "README"):
        stem = name.rsplit("/", 2)[-2] if "/" in name else "Start"
    return stem.replace("-", " ").capitalize()
