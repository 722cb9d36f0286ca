"""Interface strings in every language, Material's and samverkan's own.

They live in ``locales/<code>.yml``. Material's templates reach them through
our ``partials/language.html``, so one table serves the whole page.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_LOCALES = Path(__file__).parent / "locales"


@lru_cache(maxsize=None)
def strings_for(code: str) -> dict[str, str]:
    """All interface strings of the language ``code``."""
    with open(_LOCALES / f"{code}.yml", encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {str(key): str(value) for key, value in data.items()}


def available() -> list[str]:
    """Language codes that have a strings file."""
    return sorted(path.stem for path in _LOCALES.glob("*.yml"))


def translate(code: str, key: str, count: int | None = None, **fields: Any) -> str:
    """The string ``key`` in language ``code``.

    With ``count``, the ``.one``/``.other`` plural form is chosen and ``#`` is
    replaced by the number. Other ``{fields}`` are filled in. An unknown key is
    returned as it is, which tests catch.
    """
    table = strings_for(code)
    if count is not None:
        key = f"{key}.one" if count == 1 else f"{key}.other"
    text = table.get(key, key)
    if count is not None:
        text = text.replace("#", str(count))
    return text.format(**fields) if fields else text
