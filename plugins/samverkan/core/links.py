"""Links between sources, written as authors see their files.

Authors link files by their path in the repository, relative to the file they
write in: ``[Boston-metoden](../../docs/metoder/boston-metoden.md)`` from a
news entry. :func:`resolve_link` finds the document behind such a link, in the
linking page's language when a translation exists, so an English page that
links the Swedish file reaches the English page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from samverkan.core.documents import Document
from samverkan.core.project import Project


@dataclass(frozen=True)
class ResolvedLink:
    """A link's target: the document (or None for a plain file) and the engine path to it.

    Attributes:
        document: the page linked, if the link is to a page.
        src_uri: the engine path of the target.
        fragment: the ``#anchor`` part, without '#'.
    """

    document: Document | None
    src_uri: str
    fragment: str


def is_internal(href: str) -> bool:
    """Whether ``href`` is a relative link to a file (not a URL, anchor or absolute path)."""
    parts = urlsplit(href)
    return not (parts.scheme or parts.netloc or href.startswith(("/", "#", "\\")) or not parts.path)


def repository_path(document: Document, href: str) -> str:
    """The repository path a relative ``href`` written in ``document`` names."""
    path = unquote(urlsplit(href).path)
    return posixpath.normpath(posixpath.join(posixpath.dirname(document.source_path or ""), path))


def source_to_src_uri(project: Project, repo_path: str) -> str | None:
    """Map a repository path to the engine path: docs/x.md -> x.md, blog/... stays."""
    docs = project.settings.docs_dir.rstrip("/") + "/"
    if repo_path.startswith(docs):
        return repo_path[len(docs) :]
    if repo_path.startswith(("blog/", "references/")):
        return repo_path
    return None


REFERENCE_SCHEME = "ref:"


def resolve_reference(project: Project, document: Document, href: str) -> ResolvedLink | None:
    """A ``ref:dimpa`` link: the reference's page in ``document``'s language (else its original)."""
    identifier, _, fragment = href[len(REFERENCE_SCHEME) :].partition("#")
    archive = project.references
    group = archive.groups.get(identifier.strip()) if archive is not None else None
    if not group:
        return None
    reference = group.get(document.language.code) or group[project.settings.languages.default.code]
    target = project.counterpart(reference.document, document.language) or reference.document
    return ResolvedLink(target, target.src_uri, fragment)


def resolve_link(project: Project, document: Document, href: str) -> ResolvedLink | None:
    """What the relative link ``href`` in ``document`` points at, or None if not ours.

    ``ref:<id>`` links a reference of the archive by its id.
    """
    if href.startswith(REFERENCE_SCHEME):
        return resolve_reference(project, document, href)
    if not document.source_path or not is_internal(href):
        return None
    parts = urlsplit(href)
    src_uri = source_to_src_uri(project, repository_path(document, href))
    if src_uri is None:
        return None
    target = project.documents.get(src_uri)
    if target is not None and target.language != document.language:
        in_language = project.counterpart(target, document.language)
        if in_language is not None:
            target = in_language
    return ResolvedLink(target, target.src_uri if target else src_uri, parts.fragment)
