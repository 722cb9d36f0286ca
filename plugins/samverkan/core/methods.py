"""The method library: pages in ``docs/<methods_dir>/``, one per method.

A method's id is its page's file name (``docs/metoder/boston-metoden.md`` is
``boston-metoden``). References name the methods they used by id; each method
page then lists those references, and the entries that cite them or carry the
method as a tag (a tag matching the method's id or its title).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from samverkan.core.documents import Document, Kind
from samverkan.core.journal import Journal, Listed
from samverkan.core.languages import Language
from samverkan.core.listings import sort_key
from samverkan.core.project import Project
from samverkan.core.references import Archive, Reference
from samverkan.core.tags import tag_key

METHOD_TEMPLATE = "samverkan/method.html"


@dataclass(eq=False)
class MethodUse:
    """What a method page shows below its text, in one language."""

    references: list[Reference] = field(default_factory=list)
    entries: list[Listed] = field(default_factory=list)


def method_pages(project: Project) -> dict[str, Document]:
    """Method id -> its page in the default language."""
    folder = project.settings.methods_dir.strip("/")
    default = project.settings.languages.default
    found = {}
    for document in project:
        if document.kind is Kind.PAGE and document.language == default and posixpath.dirname(document.key) == folder:
            name = posixpath.basename(document.key)[: -len(".md")]
            if name != "index":
                found[name] = document
    return found


def titles(project: Project, methods: dict[str, Document]) -> dict[str, dict[str, str]]:
    """Method id -> language code -> the title of its page in that language."""
    return {
        method: {code: doc.title for code, doc in project.groups.get(page.key, {}).items() if doc.kind is Kind.PAGE}
        for method, page in methods.items()
    }


def urls(project: Project, methods: dict[str, Document]) -> dict[str, dict[str, str]]:
    """Method id -> language code -> the address of its page in that language (notice pages too)."""
    return {method: {code: doc.url for code, doc in project.groups.get(page.key, {}).items()}
            for method, page in methods.items()}


def attach_method_uses(project: Project, archive: Archive, journal: Journal, methods: dict[str, Document]) -> None:
    """Give every version of every method page its list of references and entries."""
    settings = project.settings
    default = settings.languages.default.code
    by_method: dict[str, list[str]] = {method: [] for method in methods}
    for identifier, group in archive.groups.items():
        original = group.get(default)
        for method in original.methods if original else []:
            by_method[method].append(identifier)
    for method, page in methods.items():
        keys = {tag_key(method), tag_key(method.replace("-", " ")), tag_key(page.title)}
        for language in settings.languages.all:
            document = project.counterpart(page, language)
            if document is None or document.kind is not Kind.PAGE:
                continue
            document.data = _uses(project, archive, journal, by_method[method], keys, language)
            document.meta.setdefault("template", METHOD_TEMPLATE)


def _uses(project: Project, archive: Archive, journal: Journal, identifiers: list[str], tag_keys: set[str],
          language: Language) -> MethodUse:
    default = project.settings.languages.default.code
    references = [archive.groups[i].get(language.code) or archive.groups[i][default] for i in identifiers]
    by_reference = journal.by_reference(language)
    by_tag = journal.by_tag(language)
    seen: set[int] = set()
    entries: list[Listed] = []
    candidates = [item for i in identifiers for item in by_reference.get(i, [])]
    candidates += [item for key in tag_keys for item in by_tag.get(key, [])]
    for item in candidates:
        if id(item.entry) not in seen:
            seen.add(id(item.entry))
            entries.append(item)
    entries.sort(key=lambda item: item.entry.sort_key)
    return MethodUse(sorted(references, key=lambda ref: sort_key(ref.title, language)), entries)
