"""Checking the links and images authors write in Markdown, without rendering.

Every written page, entry (published or not), reference and collection intro
is scanned (:mod:`samverkan.core.markdown_scan`); each relative link is
resolved as the build resolves it (:func:`samverkan.core.links.resolve_link`):

- a link to a file that does not exist is an error (``link-broken``);
- a link to an entry that is not published yet is a warning: it will not work
  until the entry is published (``link-draft``, ``link-future``);
- a link to a file outside the site's folders is a warning: it is not
  published (``link-outside``);
- an image without alternative text is an error (``image-alt-missing``), and
  so is an image on another site (``image-external``).

A ``ref:<id>`` link must name a reference of the archive (``unknown-reference``).
Other links with a scheme (``https:``, ``mailto:``), links to an anchor on the
same page and absolute paths are not checked here.
"""

from __future__ import annotations

import re
from typing import Iterator

from samverkan.core.diagnostics import Location
from samverkan.core.documents import Document, Kind
from samverkan.core.entries import Entry
from samverkan.core.links import REFERENCE_SCHEME, is_internal, repository_path, resolve_link
from samverkan.core.markdown_scan import MarkdownLink, scan_links
from samverkan.core.project import Project

_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def check_links(project: Project) -> None:
    """Report broken links, links to unpublished entries and images without alt text."""
    unpublished = _unpublished(project)
    for document in _written(project):
        source = document.source
        assert source is not None
        for link in scan_links(source.body):
            location = Location(source.path, source.body_line + link.line, link.column + 1)
            if link.image and not link.definition and not link.text.strip():
                target = link.target if link.target is not None else f"[{link.label}]"
                project.diagnostics.error("image-alt-missing", location, target=target)
            if link.target:
                _check_target(project, document, link, location, unpublished)


def _check_target(
    project: Project, document: Document, link: MarkdownLink, location: Location, unpublished: dict[str, Entry]
) -> None:
    target = link.target or ""
    if link.image and _EXTERNAL.match(target):
        project.diagnostics.error("image-external", location, src=target)
        return
    if target.startswith(REFERENCE_SCHEME):
        if resolve_link(project, document, target) is None:
            identifier = target[len(REFERENCE_SCHEME):].partition("#")[0]
            project.diagnostics.error("unknown-reference", location, id=identifier)
        return
    if not is_internal(target):
        return
    resolved = resolve_link(project, document, target)
    if resolved is not None and resolved.document is not None:
        return
    path = repository_path(document, target)
    entry = unpublished.get(path)
    if entry is not None:
        if entry.document.meta.get("draft"):
            project.diagnostics.warning("link-draft", location, target=target)
        else:
            project.diagnostics.warning("link-future", location, target=target, date=entry.date.isoformat())
        return
    if not (project.settings.root / path).exists():
        project.diagnostics.error("link-broken", location, target=target)
    elif resolved is None:
        project.diagnostics.warning("link-outside", location, target=target)


def _unpublished(project: Project) -> dict[str, Entry]:
    journal = project.journal
    if journal is None:
        return {}
    return {path: entry for collection in journal.collections for path, entry in collection.unpublished.items()}


def _written(project: Project) -> Iterator[Document]:
    """Every document an author wrote, published or not, each once."""
    seen: set[str] = set()
    for document in [*project, *(entry.document for entry in _unpublished(project).values()), *_intros(project)]:
        if document.source is not None and document.source.path not in seen:
            seen.add(document.source.path)
            yield document


def _intros(project: Project) -> Iterator[Document]:
    """A document for each intro (``blog/nyheter/index.md``, ``references/index.md``): shown in a
    generated listing, so not a document of its own."""
    intros = [item for collection in (project.journal.collections if project.journal else [])
              for item in collection.intro.values()]
    intros.extend(getattr(project.references, "intro", {}).values())
    for item in intros:
        yield Document(
            kind=Kind.PAGE,
            language=item.language,
            key=item.path,
            src_uri=item.path,
            url="",
            title="",
            source=item.source,
            front_matter=item.front_matter,
        )
