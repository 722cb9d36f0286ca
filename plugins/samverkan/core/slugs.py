"""ASCII URL segments from Swedish (or any) text.

å and ä become a, ö becomes o, é becomes e; everything is lower case and
hyphenated. Built on python-slugify (transliteration by text-unidecode).
"""

from __future__ import annotations

import re
from functools import lru_cache

from slugify import slugify as _slugify

#: What a finished slug may look like: a-z, 0-9 and single inner hyphens.
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: The longest slug we make from a title; URLs stay readable.
MAX_LENGTH = 80


@lru_cache(maxsize=65536)
def slugify(text: str, fallback: str = "sida") -> str:
    """Turn ``text`` into a URL segment: ``"Årets tio bästa"`` -> ``"arets-tio-basta"``."""
    slug = _slugify(text, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    return slug or fallback


def is_slug(value: str) -> bool:
    """Whether ``value`` is already a clean slug."""
    return bool(SLUG_PATTERN.match(value))


def slug_problem(value: str) -> str | None:
    """Why ``value`` cannot be used as a slug (in plain English), or None if it can."""
    if "/" in value or "\\" in value or value in (".", ".."):
        return "path"
    if not is_slug(value):
        return "characters"
    return None
