"""Tags: one subject however it is written, with a label in every language.

``Utvärdering``, ``utvardering`` and ``UTVÄRDERING`` are one tag: tags are
compared without case and without diacritics. The site's tag file
(``blog/tags.yml``) gives a tag its English label::

    utvärdering: {en: evaluation}

A tag that is not in the file shows as written, in every language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from samverkan.core.datafiles import items, read_data_file
from samverkan.core.diagnostics import Diagnostics
from samverkan.core.slugs import slugify


@lru_cache(maxsize=65536)
def tag_key(name: str) -> str:
    """The identity of a tag: lower case, no diacritics, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


@dataclass(frozen=True)
class Tag:
    """A tag with its label per language code (the default language's label is the name)."""

    key: str
    labels: tuple[tuple[str, str], ...]

    def label(self, code: str) -> str:
        table = dict(self.labels)
        return table.get(code) or table[""]

    def slug(self, code: str) -> str:
        return slugify(self.label(code), fallback="tagg")


@dataclass
class TagRegistry:
    """The site's tags: labels from the tag file, names as first written otherwise."""

    known: dict[str, Tag] = field(default_factory=dict)

    def tag(self, name: str) -> Tag:
        """The tag called ``name`` (however it is cased or accented)."""
        key = tag_key(name)
        found = self.known.get(key)
        if found is None:
            found = Tag(key, (("", name.strip()),))
            self.known[key] = found
        return found


def load_tags(root: Path, path: str, diagnostics: Diagnostics) -> TagRegistry:
    """The tag registry of the tag file at ``path`` (empty if there is none)."""
    registry = TagRegistry()
    data = read_data_file(root, path, diagnostics)
    for name, value, location in items(data):
        labels = [("", name.strip())]
        if isinstance(value, dict):
            labels += [(str(code), str(label).strip()) for code, label in value.items() if label]
        elif isinstance(value, str):
            labels.append(("en", value.strip()))
        elif value is not None:
            diagnostics.error("field-type", location, field=name, expected="mapping", got="text")
            continue
        registry.known[tag_key(name)] = Tag(tag_key(name), tuple(labels))
    return registry
