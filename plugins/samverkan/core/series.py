"""Series: entries that belong together, in order ("Del 1 av 2").

``blog/series.yml`` names each series::

    arets-tio-basta-2012:
      title: {sv: Årets tio bästa i samverkan 2012, en: The year's ten best in coordination 2012}

and an entry joins one with ``series: {id: arets-tio-basta-2012, part: 1}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samverkan.core.datafiles import items, read_data_file
from samverkan.core.diagnostics import Diagnostics
from samverkan.core.localized import Localized


@dataclass(frozen=True)
class Series:
    """A named series of entries."""

    id: str
    title: Localized


def load_series(root: Path, path: str, diagnostics: Diagnostics) -> dict[str, Series]:
    """Every series of the series file at ``path`` (empty if there is none)."""
    data = read_data_file(root, path, diagnostics)
    found: dict[str, Series] = {}
    for identifier, value, location in items(data):
        title = value.get("title") if isinstance(value, dict) else value
        if not title:
            diagnostics.error("field-required", location, field=f"{identifier}.title")
            continue
        found[identifier] = Series(identifier, Localized.of(title))
    return found
