"""Reading a folder of Markdown sources: decode, split, parse, check, pair translations.

Pages, entries and references all go through :func:`load_folder`; what differs
is the schema and what is made of the result.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from samverkan.core.diagnostics import Diagnostic, Diagnostics, Location
from samverkan.core.frontmatter import FrontMatter, parse_front_matter
from samverkan.core.languages import Language, Languages
from samverkan.core.schema import Schema, inherit
from samverkan.core.source import SourceText, read_source

_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(eq=False)
class Loaded:
    """One checked source file.

    Attributes:
        path: repository-relative path ("docs/om-oss.en.md").
        name: path relative to the folder ("om-oss.en.md").
        original_name: the name of the original ("om-oss.md"); equal to ``name`` for originals.
        language: the file's language.
        source, front_matter: the parsed file.
        own: the fields the file itself sets, checked.
        meta: ``own`` merged over the original's fields (for translations), else ``own``.
        original: the original's :class:`Loaded`, for translations.
    """

    path: str
    name: str
    original_name: str
    language: Language
    source: SourceText
    front_matter: FrontMatter
    own: dict[str, Any]
    meta: dict[str, Any]
    original: Loaded | None = None

    @property
    def is_translation(self) -> bool:
        return self.original is not None

    def reporter(self, diagnostics: Diagnostics, *path: str) -> Diagnostics:
        """Where problems with the field at ``path`` go: a translation that inherits the
        field leaves them to its original, where they are reported once, at their line."""
        value: Any = self.own
        for key in path:
            if not isinstance(value, dict) or key not in value:
                return Diagnostics() if self.is_translation else diagnostics
            value = value[key]
        return diagnostics

    def heading(self) -> str | None:
        """The text of the first ``# Heading`` in the body, if any."""
        return first_heading(self.source.body)


def discover(root: Path, folder: str, extensions: tuple[str, ...] | None = (".md",)) -> list[str]:
    """Paths (relative to ``folder``) of the files below ``root/folder`` with one of
    ``extensions`` (every file with None), sorted.

    Hidden files and folders (starting with '.') are skipped.
    """
    base = root / folder
    found = []
    for directory, subdirs, files in os.walk(base):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        relative = Path(directory).relative_to(base).as_posix()
        for name in files:
            if name.startswith(".") or (extensions is not None and not name.endswith(extensions)):
                continue
            found.append(name if relative == "." else f"{relative}/{name}")
    return sorted(found)


#: What reading one file gives: its text, front matter and checked fields (None if unusable).
Parsed = Optional[tuple[SourceText, FrontMatter, dict[str, Any]]]


class SourceCache:
    """Parsed files kept between loads of one site, by path and modification.

    The preview loads the site again after every save; a file that has not
    changed (same modification time and size) is not read and parsed again,
    and its problems are reported again as they were.
    """

    def __init__(self) -> None:
        self._files: dict[tuple[str, int], tuple[tuple[int, int], Parsed, list[Diagnostic]]] = {}

    def parse(self, root: Path, path: str, schema: Schema, diagnostics: Diagnostics,
              parse: Callable[[Diagnostics], Parsed]) -> Parsed:
        """The parsed file at ``path``: from the cache when unchanged, else by ``parse``."""
        try:
            status = (root / path).stat()
        except OSError:
            return parse(diagnostics)
        stamp = (status.st_mtime_ns, status.st_size)
        key = (str(root / path), id(schema))
        cached = self._files.get(key)
        if cached is not None and cached[0] == stamp:
            diagnostics.extend(cached[2])
            return cached[1]
        found = Diagnostics()
        result = parse(found)
        self._files[key] = (stamp, result, list(found))
        diagnostics.extend(found)
        return result


def _parse_file(root: Path, path: str, schema: Schema, language: Language, languages: Languages,
                timezone: str, diagnostics: Diagnostics) -> Parsed:
    source = read_source(root, path, diagnostics)
    if source is None:
        return None
    if is_empty(source) and not _usable_when_empty(source, schema, language, languages, diagnostics):
        return None
    front_matter = parse_front_matter(source, diagnostics)
    if front_matter is None:
        return None
    return source, front_matter, schema.validate(front_matter, diagnostics, timezone)


def load_folder(
    root: Path,
    folder: str,
    names: list[str],
    schema: Schema,
    languages: Languages,
    diagnostics: Diagnostics,
    timezone: str,
    cache: SourceCache | None = None,
) -> list[Loaded]:
    """Load ``names`` from ``root/folder``; originals first, each translation after.

    A translation without an original is reported (``translation-orphan``) and
    left out: its address and language switch would have nothing to follow.
    """
    originals: dict[str, Loaded] = {}
    translations: list[Loaded] = []
    for name in names:
        original_name, language = languages.split_name(name)
        path = f"{folder}/{name}"

        def parse(found: Diagnostics, path: str = path, language: Language = language) -> Parsed:
            return _parse_file(root, path, schema, language, languages, timezone, found)

        parsed = cache.parse(root, path, schema, diagnostics, parse) if cache else parse(diagnostics)
        if parsed is None:
            continue
        source, front_matter, own = parsed
        loaded = Loaded(path, name, original_name, language, source, front_matter, own, own)
        if language == languages.default:
            originals[name] = loaded
        else:
            translations.append(loaded)
    result = list(originals.values())
    for loaded in translations:
        original = originals.get(loaded.original_name)
        if original is None:
            original_path = f"{folder}/{loaded.original_name}"
            if not (root / original_path).exists():
                diagnostics.error("translation-orphan", Location(loaded.path, 1), original=original_path)
            continue
        loaded.original = original
        loaded.meta = inherit(original.own, loaded.own, schema.own)
        result.append(loaded)
    return result


def is_empty(source: SourceText) -> bool:
    """Whether the file holds nothing but white space."""
    return not source.has_front_matter and not source.body.strip()


def _usable_when_empty(
    source: SourceText, schema: Schema, language: Language, languages: Languages, diagnostics: Diagnostics
) -> bool:
    """Report an empty file: an error where the kind has required fields (an entry
    needs a title and a date), else a warning. True when the file can still be used."""
    required = [name for name, spec in schema.fields.items() if spec.required]
    location = Location(source.path, 1)
    if required and language == languages.default:
        diagnostics.error("empty-file", location, fields=", ".join(required))
        return False
    diagnostics.warning("empty-file", location, fields="title")
    return True


def first_heading(markdown: str) -> str | None:
    """The first level-one ATX heading outside code blocks."""
    in_code = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code:
            match = _H1.match(line)
            if match:
                return match.group(1)
    return None
