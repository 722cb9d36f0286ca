"""Files that pages show or offer (images, PDFs): where they are and where they end up.

A file is named relative to the file that uses it. It must live in the docs
folder (it keeps its address there) or in a collection's folder (it is
published under the collection's address: ``blog/nyheter/bilagor/x.pdf`` ->
``/nyheter/bilagor/x.pdf``), so that nothing outside the site is published by
accident.
"""

from __future__ import annotations

import posixpath

from samverkan.core.settings import Settings


def locate(settings: Settings, user: str, relative: str) -> tuple[str, str] | None:
    """(repository path, site address) of the file ``relative`` to ``user``; None if unusable."""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(user), relative))
    if path.startswith("../") or not (settings.root / path).is_file():
        return None
    default = settings.languages.default.code
    for collection in settings.collections:
        if path.startswith(collection.source + "/"):
            return path, f"{collection.bases[default]}/{path[len(collection.source) + 1:]}"
    docs = settings.docs_dir.rstrip("/") + "/"
    if path.startswith(docs):
        return path, path[len(docs):]
    return None
