"""Addresses of pages: derived from file paths, frozen by ``slug``, unique.

A page's address comes from its file name, never from its title, so editing a
title never moves a published URL. ``slug:`` replaces the last segment.
"""

from __future__ import annotations

import posixpath

from samverkan.core.diagnostics import Location
from samverkan.core.languages import Language

_INDEX_NAMES = ("index", "README")


def page_url(key: str, language: Language, slug: str | None = None) -> str:
    """The address of the page whose original is ``key`` ("metoder/boston-metoden.md").

    >>> from samverkan.core.languages import ENGLISH
    >>> page_url("om-oss.md", ENGLISH, "about")
    'en/about/'
    """
    parts = posixpath.splitext(key)[0].split("/")
    if parts[-1] in _INDEX_NAMES:
        parts = parts[:-1]
    elif slug:
        parts[-1] = slug
    path = "/".join(parts)
    return language.url_prefix + (f"{path}/" if path else "")


def relative_path(from_uri: str, to_uri: str) -> str:
    """The relative path from the file ``from_uri`` to the file ``to_uri`` (both '/'-separated)."""
    start = posixpath.dirname(from_uri) or "."
    return posixpath.relpath(to_uri, start)


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to the page at ``to_url`` (site-root-relative URLs)."""
    start = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
    path = posixpath.relpath("/" + to_url, "/" + start) if start else to_url or "."
    if to_url.endswith("/") or not to_url:
        path = path.rstrip("/") + "/" if path != "." else "./"
    return path


def find_duplicates(urls: list[tuple[str, Location]]) -> list[tuple[str, Location, Location]]:
    """(url, first, second) for each address claimed twice."""
    seen: dict[str, Location] = {}
    clashes = []
    for url, location in urls:
        if url in seen:
            clashes.append((url, seen[url], location))
        else:
            seen[url] = location
    return clashes
