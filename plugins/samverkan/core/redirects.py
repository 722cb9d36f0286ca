"""Old addresses that lead to new ones: ``aliases:`` of imported entries.

Each alias becomes a small page at the old address that sends readers (and
search engines, through its canonical link) to the entry's address.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html import escape

from samverkan.core.diagnostics import Location
from samverkan.core.documents import Document
from samverkan.core.project import Project


@dataclass(frozen=True)
class Redirect:
    """A page at ``path`` (an output file) that sends readers to ``target``."""

    path: str
    target: Document


def alias_path(alias: str) -> str | None:
    """The output file for an old address: ``/2012/12/x.html`` stays, ``/gammal/`` gets index.html."""
    clean = alias.strip().lstrip("/")
    if not clean or "://" in alias or alias.startswith("//"):
        return None
    normal = posixpath.normpath(clean)
    if normal.startswith("..") or normal == ".":
        return None
    if clean.endswith("/") or "." not in posixpath.basename(normal):
        return f"{normal}/index.html"
    return normal


def collect_redirects(project: Project, documents: list[Document], aliases_of) -> list[Redirect]:  # noqa: ANN001
    """Redirects for the aliases of ``documents``; report invalid or clashing ones."""
    taken = {doc.dest_uri: doc for doc in project}
    redirects: dict[str, Redirect] = {}
    for document in documents:
        for index, alias in enumerate(aliases_of(document)):
            location = document.front_matter.location("aliases", index) if document.front_matter else Location(
                document.src_uri)
            path = alias_path(alias)
            if path is None:
                project.diagnostics.error("alias-invalid", location, alias=alias)
                continue
            other = taken.get(path) or (redirects[path].target if path in redirects else None)
            if other is not None:
                project.diagnostics.error("alias-taken", location, alias=alias, other=other.source_path or other.url)
                continue
            redirects[path] = Redirect(path, document)
    return sorted(redirects.values(), key=lambda r: r.path)


def render_redirect(redirect: Redirect, absolute_url: str, relative_url: str) -> bytes:
    """The HTML of a redirect page (meta refresh and canonical link)."""
    title = escape(redirect.target.title)
    lang = redirect.target.language.code
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<link rel="canonical" href="{escape(absolute_url)}">\n'
        f'<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={escape(relative_url)}">\n'
        "</head>\n<body>\n"
        f'<p><a href="{escape(relative_url)}">{title}</a></p>\n'
        "</body>\n</html>\n"
    ).encode("utf-8")
