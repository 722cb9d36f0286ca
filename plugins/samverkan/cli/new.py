"""``samverkan new``: start a page, entry or reference without remembering front matter.

``samverkan new nyheter "Titel på nyheten"`` writes
``blog/nyheter/YYYY-MM-DD-titel-pa-nyheten.md`` and prints its path;
``--lang en --translation-of PATH`` writes the English sibling of PATH with
only what a translation sets. An existing file is never overwritten.
"""

from __future__ import annotations

import sys
from pathlib import Path

from samverkan.cli.common import CommandError, repository_path
from samverkan.cli.texts import say
from samverkan.core.languages import Language
from samverkan.core.scaffold import NewFile, ScaffoldError, find_kind, new_original, new_translation
from samverkan.core.settings import Settings


def new(
    settings: Settings,
    words: list[str],
    lang: str | None = None,
    translation_of: str | None = None,
    slug: str | None = None,
    folder: str | None = None,
) -> int:
    """Write the new file and print its repository path. Raises :class:`CommandError`."""
    try:
        if translation_of is None:
            if lang is not None:
                raise CommandError("lang-needs-original")
            if len(words) != 2:
                raise CommandError("words-count")
            planned = new_original(settings, find_kind(settings, words[0]), words[1], slug, folder)
        else:
            planned = _translation(settings, words, lang, translation_of, slug)
    except ScaffoldError as error:
        raise CommandError(error.code, error.fields.get("path"), **error.fields) from None
    write(settings.root, planned)
    print(planned.path)
    if planned.path.startswith(settings.docs_dir + "/") and translation_of is None:
        print(say(settings.message_language, "hint.page"), file=sys.stderr)
    return 0


def _translation(
    settings: Settings, words: list[str], lang: str | None, translation_of: str, slug: str | None
) -> NewFile:
    if len(words) not in (1, 2):
        raise CommandError("words-count")
    original = repository_path(settings, translation_of)
    if len(words) == 2:
        target = find_kind(settings, words[0])
        if not original.startswith(target.folder + "/"):
            raise CommandError("kind-mismatch", original, path=original, word=words[0])
    return new_translation(settings, original, _language(settings, lang), words[-1], slug)


def _language(settings: Settings, code: str | None) -> Language:
    translations = settings.languages.translations
    if code is None:
        return translations[0]
    for language in translations:
        if language.code == code:
            return language
    known = ", ".join(language.code for language in translations)
    raise CommandError("lang-unknown", lang=code, known=known)


def write(root: Path, planned: NewFile) -> None:
    """Write ``planned`` under ``root``; refuse when the file exists."""
    path = root / planned.path
    if path.exists():
        raise CommandError("exists", planned.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(planned.text)
