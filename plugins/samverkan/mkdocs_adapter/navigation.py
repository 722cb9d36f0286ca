"""Turn the core's per-language navigation trees into MkDocs navigation objects."""

from __future__ import annotations

from mkdocs.structure.files import Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from samverkan.core.navigation import NavItem, NavLink, NavPage, NavSection, label


def to_mkdocs(tree: list[NavItem], files: Files, home_src_uri: str | None) -> Navigation:
    """A MkDocs :class:`Navigation` for one language's tree.

    Pages must already exist (MkDocs creates a Page for every file before
    ``on_nav``); their parent and neighbour links are set here.
    """
    pages: list[Page] = []
    items = _convert(tree, files, pages)
    _link_parents(items, None)
    for previous, page, following in zip([None, *pages[:-1]], pages, [*pages[1:], None]):
        page.previous_page, page.next_page = previous, following
    navigation = Navigation(items, pages)
    if home_src_uri is not None:
        home = files.get_file_from_path(home_src_uri)
        navigation.homepage = home.page if home is not None else None
    return navigation


def _convert(tree: list[NavItem], files: Files, pages: list[Page]) -> list:
    items = []
    for item in tree:
        if isinstance(item, NavPage):
            file = files.get_file_from_path(item.document.src_uri)
            if file is None or file.page is None:
                continue
            page = file.page
            if item.title:
                page.title = label(item)
            pages.append(page)
            items.append(page)
        elif isinstance(item, NavSection):
            items.append(Section(item.title, _convert(item.children, files, pages)))
        elif isinstance(item, NavLink):
            items.append(Link(item.title, item.url))
    return items


def _link_parents(items: list, parent: Section | None) -> None:
    for item in items:
        item.parent = parent
        if isinstance(item, Section):
            _link_parents(item.children, item)


def detach(files: Files) -> None:
    """Forget the navigation links MkDocs set on every page before ours are made."""
    for file in files.documentation_pages():
        if file.page is not None:
            file.page.parent = None
            file.page.previous_page = None
            file.page.next_page = None
