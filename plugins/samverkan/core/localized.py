"""Text given once, or once per language: ``role: redaktör`` or ``role: {sv: redaktör, en: editor}``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Localized:
    """A text with optional versions per language code."""

    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, value: Any) -> Localized:
        """Read a plain text or a {language: text} mapping."""
        if isinstance(value, dict):
            return cls(tuple((str(k), str(v)) for k, v in value.items() if v is not None))
        if value is None:
            return cls()
        return cls((("", str(value)),))

    def get(self, code: str, default_code: str = "sv") -> str:
        """The text in ``code``, else in the default language, else any, else ''."""
        table = dict(self.values)
        return table.get(code) or table.get("") or table.get(default_code) or next(iter(table.values()), "")

    def __bool__(self) -> bool:
        return bool(self.values)
