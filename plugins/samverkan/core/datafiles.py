"""The site's YAML data files (authors, tags, series), read with positions.

A data file is read like front matter that fills the whole file, so every
value has a line and column for messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from samverkan.core.diagnostics import Diagnostics, Location
from samverkan.core.frontmatter import FrontMatter, parse_front_matter
from samverkan.core.source import SourceText, decode


def read_data_file(root: Path, path: str, diagnostics: Diagnostics) -> FrontMatter | None:
    """Parse ``root/path`` as a YAML mapping; None when the file is missing or broken."""
    file = root / path
    if not file.is_file():
        return None
    text = decode(file.read_bytes(), path, diagnostics)
    if text is None:
        return None
    source = SourceText(path, text, 1, True, "", 0)
    return parse_front_matter(source, diagnostics)


def items(data: FrontMatter | None) -> Iterator[tuple[str, Any, Location]]:
    """(key, value, location of the key) for each top-level entry."""
    if data is None:
        return
    for key, value in data.data.items():
        yield key, value, data.key_location(key)
