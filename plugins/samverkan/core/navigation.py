"""The navigation of each language, as plain data.

The navigation is written once, for the default language, in ``mkdocs.yml``
(or derived from docs/ when it is not written). Every other language gets the
same tree with its own pages and titles: a page's translation, or its notice
page, or nothing, as the missing-translation policy says. Section titles are
translated through ``nav_translations``.

Dated entries are never in the navigation: they belong in listings. (A
navigation that lists every entry makes every page as large as the site.)
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Any, Union

from samverkan.core.diagnostics import Location
from samverkan.core.documents import Document, Kind
from samverkan.core.languages import Language
from samverkan.core.project import Project


@dataclass
class NavPage:
    """A page in the navigation; ``title`` is the navigation's own label, if one was written."""

    document: Document
    title: str | None = None


@dataclass
class NavSection:
    """A titled group of navigation items."""

    title: str
    children: list[NavItem] = field(default_factory=list)


@dataclass
class NavLink:
    """A link to another site."""

    title: str
    url: str


NavItem = Union[NavPage, NavSection, NavLink]


def build_navigations(project: Project, config_file: str = "mkdocs.yml") -> dict[str, list[NavItem]]:
    """The navigation tree for every language, keyed by language code."""
    languages = project.settings.languages
    spec = project.settings.nav
    if spec is None:
        default_tree = _automatic(project, languages.default)
    else:
        default_tree = _from_spec(spec, project, Location(config_file))
    trees = {languages.default.code: default_tree}
    for language in languages.translations:
        titles = project.settings.nav_translations.get(language.code, {})
        trees[language.code] = _translate(default_tree, project, language, titles)
    return trees


def _from_spec(spec: Any, project: Project, location: Location) -> list[NavItem]:
    items: list[NavItem] = []
    entries = spec if isinstance(spec, list) else [spec]
    for entry in entries:
        if isinstance(entry, dict):
            for title, value in entry.items():
                item = _item(str(title), value, project, location)
                if item is not None:
                    items.append(item)
        else:
            item = _item(None, entry, project, location)
            if item is not None:
                items.append(item)
    return items


def _item(title: str | None, value: Any, project: Project, location: Location) -> NavItem | None:
    if isinstance(value, (list, dict)):
        return NavSection(title or "", _from_spec(value, project, location))
    target = str(value)
    if "://" in target or target.startswith(("mailto:", "/")):
        return NavLink(title or target, target)
    document = project.documents.get(posixpath.normpath(target))
    if document is None:
        project.diagnostics.error("nav-missing", location, target=target)
        return None
    return NavPage(document, title)


def _automatic(project: Project, language: Language) -> list[NavItem]:
    """Pages of docs/ in ``language`` by folder: index first, then by file name."""
    pages = sorted(
        (doc for doc in project if doc.kind is Kind.PAGE and doc.language == language),
        key=lambda doc: _sort_key(doc.key),
    )
    root: list[NavItem] = []
    sections: dict[str, NavSection] = {}
    for doc in pages:
        folder = posixpath.dirname(doc.key)
        if not folder:
            root.append(NavPage(doc))
            continue
        section = sections.get(folder)
        if section is None:
            index = project.documents.get(f"{folder}/index.md")
            section = NavSection(index.title if index else folder.replace("-", " ").capitalize())
            sections[folder] = section
            root.append(section)
        section.children.append(NavPage(doc))
    return root


def _sort_key(key: str) -> tuple[str, int, str]:
    folder, name = posixpath.split(key)
    return (folder, 0 if name == "index.md" else 1, name)


def _translate(
    tree: list[NavItem], project: Project, language: Language, titles: dict[str, str]
) -> list[NavItem]:
    result: list[NavItem] = []
    for item in tree:
        if isinstance(item, NavPage):
            counterpart = project.counterpart(item.document, language)
            if counterpart is not None:
                result.append(NavPage(counterpart, titles.get(item.title) if item.title else None))
        elif isinstance(item, NavSection):
            children = _translate(item.children, project, language, titles)
            if children:
                result.append(NavSection(titles.get(item.title, item.title), children))
        else:
            result.append(NavLink(titles.get(item.title, item.title), item.url))
    return result


def pages_in(tree: list[NavItem]) -> list[NavPage]:
    """Every page item of ``tree``, depth first."""
    found: list[NavPage] = []
    for item in tree:
        if isinstance(item, NavPage):
            found.append(item)
        elif isinstance(item, NavSection):
            found.extend(pages_in(item.children))
    return found


def label(item: NavPage) -> str:
    """What the navigation shows for a page: its own nav label, else the page title."""
    return item.title or item.document.title
