"""``samverkan translations``: which pages and entries are translated, missing or outdated.

Each Swedish original is listed with its path and, per other language, the
state of its translation (see :mod:`samverkan.core.translation_state` for how
"outdated" is known). ``--missing``, ``--outdated`` and ``--translated`` keep
only those; ``--mark-translated FILE`` records that a translation is up to date.
"""

from __future__ import annotations

import json

from samverkan.cli.common import CommandError, repository_path
from samverkan.cli.texts import say
from samverkan.core.settings import Settings
from samverkan.core.translation_state import (
    Original,
    State,
    read_file,
    set_fingerprint,
    translation_states,
)

#: The filter options and the states each keeps.
FILTERS = {
    "missing": {State.MISSING},
    "outdated": {State.OUTDATED},
    "translated": {State.TRANSLATED, State.UNTRACKED},
}


def translations(settings: Settings, wanted: set[str], output: str = "text") -> int:
    """Print the originals whose translations are in one of the ``wanted`` filters (all if none)."""
    states = {state for name in wanted for state in FILTERS[name]} or set(State)
    originals = translation_states(settings)
    shown = [item for item in originals if any(t.state in states for t in item.translations)]
    language = settings.message_language
    if output == "json":
        print(json.dumps(_as_json(shown, originals), ensure_ascii=False, indent=2))
    else:
        print(_as_text(settings, shown, originals, language))
    return 0


def _as_text(settings: Settings, shown: list[Original], originals: list[Original], language: str) -> str:
    message_language = settings.languages.get(language) if language in ("sv", "en") else None
    default = settings.languages.default
    names = [
        (lang.name_in(message_language) if message_language else lang.code).capitalize()
        for lang in (default, *settings.languages.translations)
    ]
    width = max([len(names[0]), *(len(item.path) for item in shown)])
    lines = ["  ".join([names[0].ljust(width), *names[1:]])]
    for item in shown:
        states = [say(language, f"state.{t.state.value}") for t in item.translations]
        lines.append("  ".join([item.path.ljust(width), *states]).rstrip())
    lines.append(say(language, "translations.summary", **_counts(originals)))
    return "\n".join(lines)


def _counts(originals: list[Original]) -> dict[str, int]:
    states = [t.state for item in originals for t in item.translations]
    return {
        "total": len(originals),
        "translated": sum(s in FILTERS["translated"] for s in states),
        "untracked": states.count(State.UNTRACKED),
        "outdated": states.count(State.OUTDATED),
        "missing": states.count(State.MISSING),
    }


def _as_json(shown: list[Original], originals: list[Original]) -> dict:
    return {
        "originals": [
            {
                "path": item.path,
                "title": item.title,
                "translations": {
                    t.language.code: {"state": t.state.value, "path": t.path} for t in item.translations
                },
            }
            for item in shown
        ],
        "counts": _counts(originals),
    }


def mark_translated(settings: Settings, given: str) -> int:
    """Record in a translation that it matches its original as it is now."""
    path = repository_path(settings, given)
    original_name, language = settings.languages.split_name(path)
    if language == settings.languages.default:
        language = settings.languages.translations[0]
        translation = settings.languages.translated_name(path, language)
    else:
        translation, path = path, original_name
    if not (settings.root / path).is_file():
        raise CommandError("original-missing", path, path=path)
    if not (settings.root / translation).is_file():
        raise CommandError("no-translation", path, path=path, lang=language.code)
    original = read_file(settings.root, path)
    current = read_file(settings.root, translation)
    if original.fingerprint is None:
        raise CommandError("original-unreadable", path, path=path)
    if current.source is None:
        raise CommandError("original-unreadable", translation, path=translation)
    file = settings.root / translation
    text = file.read_bytes().decode("utf-8")
    file.write_bytes(set_fingerprint(text, original.fingerprint).encode("utf-8"))
    print(say(settings.message_language, "marked", path=translation, original=path,
              fingerprint=original.fingerprint))
    return 0
