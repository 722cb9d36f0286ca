"""Parts of pages that many pages share, rendered once and placed on each page.

An entry's card in a list, or the navigation of a page that is not in the
navigation itself, looks the same on every page except for its links, which
are relative to the page. Such a fragment is rendered once with links written
from the site root behind a marker; each page then gets a copy with the
marker replaced by its own way up to the root (``../../``). Relative links
stay relative (the site works from any folder) and the output is the same on
every build.
"""

from __future__ import annotations

from typing import Any, Hashable

from jinja2 import Environment
from markupsafe import Markup

#: Stands for "the site root, seen from this page" while a fragment is cached.
ROOT_MARK = "\x00samverkan-root\x00"


def root_prefix(page_url: str) -> str:
    """The relative way from the page at ``page_url`` up to the site root: ``../../`` or ``./``."""
    depth = page_url.count("/")
    return "../" * depth if depth else "./"


class Fragments:
    """A cache of rendered template fragments, keyed by what makes them differ."""

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._cache: dict[Hashable, str] = {}

    def place(self, template: str, key: Hashable, context: dict[str, Any], root: str) -> Markup:
        """The fragment ``template`` for ``key``, with its links starting at ``root``
        (the way from the page up to the site root, see :func:`root_prefix`).

        ``context`` is used only the first time a key is seen; it must hold
        everything the fragment needs besides ``page`` and ``base_url``.
        """
        html = self._cache.get(key)
        if html is None:
            html = self._env.get_template(template).render({**context, "page": None, "base_url": ROOT_MARK})
            self._cache[key] = html
        return Markup(html.replace(f'{ROOT_MARK}/."', f'{root}"').replace(ROOT_MARK + "/", root))
