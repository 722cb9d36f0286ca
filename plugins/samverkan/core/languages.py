"""The site's languages: Swedish first at ``/``, English beside it at ``/en/``.

A file's language is told by its name: ``om-oss.md`` is in the default
language, ``om-oss.en.md`` is its English translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from babel import Locale


@dataclass(frozen=True)
class Language:
    """One language of the site.

    Attributes:
        code: BCP 47 code used in ``<html lang>`` and file suffixes ("sv", "en").
        locale: the Babel/CLDR locale for dates and numbers ("sv_SE", "en_GB").
        url_prefix: where its pages live below the site root ("" or "en/").
    """

    code: str
    locale: str
    url_prefix: str

    @cached_property
    def name(self) -> str:
        """The language's name in itself, capitalised: "Svenska", "English"."""
        own = Locale.parse(self.locale).languages[self.code]
        return own[:1].upper() + own[1:]

    def name_in(self, other: Language) -> str:
        """This language's name as written in ``other``: "Swedish", "engelska"."""
        return Locale.parse(other.locale).languages[self.code]

    def __str__(self) -> str:
        return self.code


SWEDISH = Language("sv", "sv_SE", "")
ENGLISH = Language("en", "en_GB", "en/")


@dataclass(frozen=True)
class Languages:
    """The ordered set of languages; the first is the default (original) language."""

    all: tuple[Language, ...] = (SWEDISH, ENGLISH)

    @property
    def default(self) -> Language:
        return self.all[0]

    @property
    def translations(self) -> tuple[Language, ...]:
        """The languages other than the default."""
        return self.all[1:]

    def get(self, code: str) -> Language:
        for language in self.all:
            if language.code == code:
                return language
        raise KeyError(code)

    def split_name(self, filename: str) -> tuple[str, Language]:
        """``"om-oss.en.md"`` -> ``("om-oss.md", ENGLISH)``; no suffix means the default."""
        stem, dot, extension = filename.rpartition(".")
        if dot:
            base, dot2, suffix = stem.rpartition(".")
            if dot2 and base:
                for language in self.translations:
                    if suffix == language.code:
                        return f"{base}.{extension}", language
        return filename, self.default

    def translated_name(self, filename: str, language: Language) -> str:
        """``("om-oss.md", ENGLISH)`` -> ``"om-oss.en.md"``."""
        if language == self.default:
            return filename
        stem, _, extension = filename.rpartition(".")
        return f"{stem}.{language.code}.{extension}"
