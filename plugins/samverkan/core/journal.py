"""All dated entries of the site, loaded once and indexed for every listing.

The :class:`Journal` holds the collections' published entries and answers, per
language, the questions listings ask: which entries, in what order, with which
tag, by which author, in which series. Each answer is computed once (one pass
over the entries) and kept, so no page ever scans all entries again.

What a language lists follows the collection's missing-translation policy: an
entry without a translation is listed in its own language and marked
(``NOTICE``), or left out (``HIDE``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from samverkan.core.diagnostics import Location
from samverkan.core.entries import ENTRY_SCHEMA, Entry, Registries, make_entry
from samverkan.core.languages import Language
from samverkan.core.loading import Loaded, discover, load_folder
from samverkan.core.pages import PAGE_SCHEMA
from samverkan.core.people import load_people
from samverkan.core.project import Project
from samverkan.core.series import load_series
from samverkan.core.settings import CollectionSettings
from samverkan.core.tags import load_tags

#: File names in a collection folder that are not entries (the collection's own intro).
INTRO_NAMES = ("index.md",)


@dataclass(frozen=True)
class Listed:
    """An entry as a listing shows it: ``foreign`` when it is in another language than the list."""

    entry: Entry
    foreign: bool = False


@dataclass(eq=False)
class Collection:
    """A collection's published entries: translation key -> language code -> entry."""

    settings: CollectionSettings
    groups: dict[str, dict[str, Entry]] = field(default_factory=dict)
    assets: list[tuple[str, str]] = field(default_factory=list)
    intro: dict[str, Loaded] = field(default_factory=dict)
    unpublished: dict[str, Entry] = field(default_factory=dict)
    """Checked entries not shown yet (drafts, future dates), by source path."""

    def listed(self, language: Language, default: Language) -> list[Listed]:
        """What ``language``'s listings of this collection show, newest first."""
        shown = self.settings.missing_translation.versions_shown(self.groups.values(), language.code, default.code)
        return sorted((Listed(entry, foreign) for entry, foreign in shown), key=lambda item: item.entry.sort_key)


@dataclass(eq=False)
class Journal:
    """Every collection, and the site-wide indexes over their entries."""

    project: Project
    registries: Registries
    collections: list[Collection] = field(default_factory=list)

    def collection(self, identifier: str) -> Collection | None:
        return next((c for c in self.collections if c.settings.id == identifier), None)

    @cached_property
    def _listed(self) -> dict[tuple[str, str], list[Listed]]:
        default = self.project.settings.languages.default
        return {
            (collection.settings.id, language.code): collection.listed(language, default)
            for collection in self.collections
            for language in self.project.settings.languages.all
        }

    def listed(self, collection: str, language: Language) -> list[Listed]:
        """One collection's list in ``language``."""
        return self._listed[(collection, language.code)]

    def all_listed(self, language: Language) -> list[Listed]:
        """Every collection's entries in ``language``, newest first."""
        return self._merged[language.code]

    @cached_property
    def _merged(self) -> dict[str, list[Listed]]:
        merged: dict[str, list[Listed]] = {}
        for language in self.project.settings.languages.all:
            items = [item for c in self.collections for item in self.listed(c.settings.id, language)]
            merged[language.code] = sorted(items, key=lambda item: item.entry.sort_key)
        return merged

    @cached_property
    def _by_tag(self) -> dict[str, dict[str, list[Listed]]]:
        return self._group(lambda entry: [tag.key for tag in entry.tags])

    @cached_property
    def _by_author(self) -> dict[str, dict[str, list[Listed]]]:
        return self._group(lambda entry: [person.id for person in entry.authors])

    @cached_property
    def _by_series(self) -> dict[str, dict[str, list[Listed]]]:
        grouped = self._group(lambda entry: [entry.series.series.id] if entry.series else [])
        for per_language in grouped.values():
            for items in per_language.values():
                items.sort(key=lambda item: item.entry.series.part)
        return grouped

    def _group(self, keys) -> dict[str, dict[str, list[Listed]]]:  # noqa: ANN001 - small local callable
        grouped: dict[str, dict[str, list[Listed]]] = {}
        for language in self.project.settings.languages.all:
            table: dict[str, list[Listed]] = defaultdict(list)
            for item in self.all_listed(language):
                for key in keys(item.entry):
                    table[key].append(item)
            grouped[language.code] = dict(table)
        return grouped

    @cached_property
    def _by_reference(self) -> dict[str, dict[str, list[Listed]]]:
        return self._group(lambda entry: entry.references)

    def by_reference(self, language: Language) -> dict[str, list[Listed]]:
        """Reference id -> the entries that cite it, newest first."""
        return self._by_reference[language.code]

    def by_tag(self, language: Language) -> dict[str, list[Listed]]:
        """Tag key -> entries with that tag, newest first."""
        return self._by_tag[language.code]

    def by_author(self, language: Language) -> dict[str, list[Listed]]:
        """Person id -> their entries, newest first."""
        return self._by_author[language.code]

    def by_series(self, language: Language) -> dict[str, list[Listed]]:
        """Series id -> its parts, in order."""
        return self._by_series[language.code]

    def neighbours(self, entry: Entry) -> tuple[Entry | None, Entry | None]:
        """(newer, older) entry of the same collection in the same language."""
        return self._neighbours.get(id(entry), (None, None))

    @cached_property
    def _neighbours(self) -> dict[int, tuple[Entry | None, Entry | None]]:
        table: dict[int, tuple[Entry | None, Entry | None]] = {}
        for collection in self.collections:
            for language in self.project.settings.languages.all:
                own = [i.entry for i in self.listed(collection.settings.id, language) if not i.foreign]
                for index, entry in enumerate(own):
                    newer = own[index - 1] if index > 0 else None
                    older = own[index + 1] if index + 1 < len(own) else None
                    table[id(entry)] = (newer, older)
        return table

    def entries(self) -> list[Entry]:
        """Every published entry version."""
        return [entry for c in self.collections for group in c.groups.values() for entry in group.values()]


def load_registries(project: Project) -> Registries:
    """The site's data files: people, tags, series (reference ids are added once loaded)."""
    settings = project.settings
    diagnostics = project.diagnostics
    return Registries(
        people=load_people(settings, diagnostics),
        tags=load_tags(settings.root, settings.tags_file, diagnostics),
        series=load_series(settings.root, settings.series_file, diagnostics),
        references=set(),
    )


def load_journal(project: Project, registries: Registries) -> Journal:
    """Load every collection's entries into ``project`` and return the journal."""
    settings = project.settings
    journal = Journal(project, registries)
    for collection_settings in settings.collections:
        journal.collections.append(_load_collection(project, collection_settings, registries))
    _check_series_parts(journal, project)
    return journal


def _load_collection(project: Project, collection: CollectionSettings, registries: Registries) -> Collection:
    settings = project.settings
    result = Collection(collection)
    folder = settings.root / collection.source
    if not folder.is_dir():
        project.diagnostics.error("collection-missing", Location("mkdocs.yml"), folder=collection.source,
                                  id=collection.id)
        return result
    names = discover(settings.root, collection.source, extensions=None)
    markdown = [n for n in names if n.endswith(".md") and settings.languages.split_name(n)[0] not in INTRO_NAMES]
    default = settings.languages.default.code
    result.assets = [
        (f"{collection.source}/{name}", f"{collection.bases[default]}/{name}")
        for name in names
        if not name.endswith((".md", ".yml", ".yaml"))
    ]
    loaded = load_folder(
        settings.root, collection.source, markdown, ENTRY_SCHEMA, settings.languages, project.diagnostics,
        settings.timezone, cache=project.cache)
    intros = [n for n in names if n.endswith(".md") and n not in markdown]
    for item in load_folder(settings.root, collection.source, intros, PAGE_SCHEMA, settings.languages,
                            project.diagnostics, settings.timezone, cache=project.cache):
        result.intro[item.language.code] = item
    usable: set[str] = set()  # originals that are valid entries
    for item in loaded:
        if item.original is not None and item.original.path not in usable:
            continue  # its original's problems are reported there, not twice
        entry = make_entry(item, collection, settings, registries, project.diagnostics)
        if entry is None:
            continue
        usable.add(item.path)
        if not entry.published:
            result.unpublished[item.path] = entry
            continue
        original_published = item.original is None or entry.document.key in result.groups
        if not original_published:
            continue
        entry.document.parent = f"{collection.source}/index.md"
        result.groups.setdefault(entry.document.key, {})[item.language.code] = entry
        project.add(entry.document)
    return result


def _check_series_parts(journal: Journal, project: Project) -> None:
    """Each part number of a series is used once (in the original language)."""
    default = project.settings.languages.default.code
    seen: dict[tuple[str, int], Entry] = {}
    for collection in journal.collections:
        for group in collection.groups.values():
            entry = group.get(default)
            if entry is None or entry.series is None:
                continue
            key = (entry.series.series.id, entry.series.part)
            other = seen.get(key)
            if other is not None:
                first, second = sorted((other, entry), key=lambda e: e.document.src_uri)
                project.diagnostics.error(
                    "series-part-taken",
                    second.document.front_matter.location("series", "part"),
                    part=entry.series.part,
                    series=entry.series.series.id,
                    other=first.document.src_uri,
                )
            else:
                seen[key] = entry
