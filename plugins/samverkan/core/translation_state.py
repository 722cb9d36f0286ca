"""Which pages and entries are translated, missing a translation, or outdated.

A translation records which version of its original it was made from, in the
front-matter field ``translated_from``: a *fingerprint*, the first 12 hex
digits of a SHA-256 over what a translator translates in the original: its
``title``, its ``summary`` and its text (the Markdown body). Before hashing,
line endings become LF, trailing spaces go and blank lines at the start and
end of the body are dropped, so saving the file in another editor changes
nothing. Fields that translations inherit (date, tags, pictures ...) are not
part of it: changing them does not outdate a translation.

``samverkan new --translation-of`` writes the field; ``samverkan translations
--mark-translated`` renews it once a translation has been brought up to date.
A translation without the field is translated, but not tracked.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samverkan.core.diagnostics import Diagnostics
from samverkan.core.frontmatter import parse_front_matter
from samverkan.core.languages import Language
from samverkan.core.loading import discover
from samverkan.core.schema import Check, Field
from samverkan.core.settings import Settings
from samverkan.core.source import SourceText, read_source

#: The front-matter field of a translation that holds its original's fingerprint.
FIELD = "translated_from"

#: The original's fields that are part of the fingerprint (besides the body).
TRANSLATED_FIELDS = ("title", "summary")

#: Hex digits kept of the SHA-256.
LENGTH = 12

_FINGERPRINT = re.compile(rf"^[0-9a-f]{{{LENGTH}}}$")
_FIELD_LINE = re.compile(rf"^{FIELD}\s*:.*$")


@dataclass
class TranslatedFrom(Field):
    """The ``translated_from`` field: 12 hex digits (a number written without quotes is read as text)."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not _FINGERPRINT.match(value.strip().lower()):
            return at.fail("translated-from-invalid", path=at.front_matter.source.path)
        return value.strip().lower()


def fingerprint(fields: dict[str, Any], body: str) -> str:
    """The fingerprint of an original with front-matter ``fields`` and Markdown ``body``."""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    content = {name: _text(fields.get(name)) for name in TRANSLATED_FIELDS}
    content["body"] = "\n".join(lines).strip("\n")
    data = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:LENGTH]


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


@dataclass(frozen=True)
class ReadFile:
    """A source file read for its fingerprint: its fields and body (None when unreadable)."""

    source: SourceText | None
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str | None:
        return fingerprint(self.fields, self.source.body) if self.source is not None else None

    @property
    def recorded(self) -> str | None:
        """The fingerprint this file records in ``translated_from``, if any."""
        value = self.fields.get(FIELD)
        return None if value is None else str(value).strip().lower()


def read_file(root: Path, path: str) -> ReadFile:
    """Read ``root/path`` for fingerprints. Problems are left to ``samverkan check``."""
    diagnostics = Diagnostics()
    source = read_source(root, path, diagnostics)
    front_matter = parse_front_matter(source, diagnostics) if source is not None else None
    if source is None or front_matter is None:
        return ReadFile(None)
    return ReadFile(source, dict(front_matter.data))


class State(str, enum.Enum):
    """A translation's state."""

    TRANSLATED = "translated"
    """It records the original's current fingerprint."""
    UNTRACKED = "untracked"
    """It exists but records no fingerprint (or its original cannot be read)."""
    OUTDATED = "outdated"
    """The original changed after the translation was made."""
    MISSING = "missing"
    """There is no translation."""


@dataclass(frozen=True)
class Translation:
    """One language's translation of an original: where it is (or would be) and its state."""

    language: Language
    path: str
    state: State


@dataclass(frozen=True)
class Original:
    """A default-language source file and the state of each of its translations.

    Attributes:
        path: repository path ("docs/om-oss.md").
        folder: the content folder it is in ("docs", "blog/nyheter", "references").
        title: its title (front matter, else the file name).
        translations: one per translation language.
    """

    path: str
    folder: str
    title: str
    translations: tuple[Translation, ...]


def content_folders(settings: Settings) -> list[str]:
    """The folders of written content: pages, each collection, references."""
    folders = [settings.docs_dir, *(collection.source for collection in settings.collections)]
    folders.append(settings.references_dir)
    return [folder for folder in dict.fromkeys(folders) if (settings.root / folder).is_dir()]


def translation_states(settings: Settings) -> list[Original]:
    """Every original of the site with its translations' states, by path."""
    result = []
    languages = settings.languages
    for folder in content_folders(settings):
        names = set(discover(settings.root, folder))
        for name in sorted(names):
            if languages.split_name(name)[1] != languages.default:
                continue
            path = f"{folder}/{name}"
            original = read_file(settings.root, path)
            translations = tuple(
                _translation(settings.root, folder, languages.translated_name(name, language), language,
                             original, names)
                for language in languages.translations
            )
            result.append(Original(path, folder, _title(original, name), translations))
    return sorted(result, key=lambda item: item.path)


def _translation(
    root: Path, folder: str, translated: str, language: Language, original: ReadFile, names: set[str]
) -> Translation:
    path = f"{folder}/{translated}"
    if translated not in names:
        return Translation(language, path, State.MISSING)
    recorded = read_file(root, path).recorded
    current = original.fingerprint
    if recorded is None or current is None:
        return Translation(language, path, State.UNTRACKED)
    return Translation(language, path, State.TRANSLATED if recorded == current else State.OUTDATED)


def _title(read: ReadFile, name: str) -> str:
    title = read.fields.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return name.rsplit("/", 1)[-1].split(".")[0]


def set_fingerprint(text: str, value: str) -> str:
    """``text`` (a translation's whole file) with ``translated_from`` set to ``value``.

    Only that one line changes (or is added before the closing ``---``); the
    file keeps its line endings. A file without front matter gets one.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    line = f'{FIELD}: "{value}"'
    lines = text[len(bom) :].split(newline)
    if lines[0].rstrip() != "---":
        return bom + newline.join(["---", line, "---", ""]) + text[len(bom) :]
    for index in range(1, len(lines)):
        stripped = lines[index].rstrip()
        if _FIELD_LINE.match(stripped):
            lines[index] = line
            return bom + newline.join(lines)
        if stripped in ("---", "..."):
            lines.insert(index, line)
            return bom + newline.join(lines)
    raise ValueError("front matter is never closed")
