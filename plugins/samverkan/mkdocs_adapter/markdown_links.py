"""A Markdown extension that lets authors link files by their repository path.

It runs just before MkDocs' own link handling and rewrites each link written as
a path in the repository (``../../docs/metoder/boston-metoden.md``) into the
engine path MkDocs knows (``../../metoder/boston-metoden.md`` seen from the
entry), choosing the page in the linking page's language when it exists.
MkDocs then turns it into a URL and checks anchors as usual.
"""

from __future__ import annotations

from typing import Callable
from xml.etree import ElementTree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from samverkan.core.documents import Document
from samverkan.core.links import resolve_link
from samverkan.core.project import Project
from samverkan.core.urls import relative_path

#: Runs after inline parsing (priority 20) and before MkDocs' relpath (0).
PRIORITY = 5


class _LinkRewriter(Treeprocessor):
    def __init__(self, md: Markdown, current: Callable[[], tuple[Project, Document] | None]) -> None:
        super().__init__(md)
        self._current = current

    def run(self, root: ElementTree.Element) -> None:
        state = self._current()
        if state is None:
            return
        project, document = state
        for element in root.iter():
            attribute = "href" if element.tag == "a" else "src" if element.tag == "img" else None
            if attribute is None:
                continue
            value = element.get(attribute)
            if not value:
                continue
            resolved = resolve_link(project, document, value)
            if resolved is None:
                continue
            path = relative_path(document.src_uri, resolved.src_uri)
            element.set(attribute, f"{path}#{resolved.fragment}" if resolved.fragment else path)


class RepositoryLinks(Extension):
    """Register the link rewriter; ``current`` tells which page is being rendered."""

    def __init__(self, current: Callable[[], tuple[Project, Document] | None]) -> None:
        super().__init__()
        self._current = current

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API name
        md.treeprocessors.register(_LinkRewriter(md, self._current), "samverkan-links", PRIORITY)
