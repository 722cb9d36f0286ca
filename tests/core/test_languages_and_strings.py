"""Languages from file names; interface strings complete in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import material
from samverkan.core.languages import ENGLISH, SWEDISH, Languages
from samverkan.core.strings import available, strings_for, translate


@pytest.mark.parametrize(
    ("name", "original", "language"),
    [
        ("om-oss.md", "om-oss.md", SWEDISH),
        ("om-oss.en.md", "om-oss.md", ENGLISH),
        ("metoder/index.en.md", "metoder/index.md", ENGLISH),
        ("2011-01-21-film.en.md", "2011-01-21-film.md", ENGLISH),
        ("en.md", "en.md", SWEDISH),
        ("v1.2.md", "v1.2.md", SWEDISH),
    ],
)
def test_split_name(name: str, original: str, language) -> None:
    assert Languages().split_name(name) == (original, language)
    assert Languages().translated_name(original, language) == name


def test_language_names_in_themselves_and_each_other() -> None:
    assert (SWEDISH.name, ENGLISH.name) == ("Svenska", "English")
    assert SWEDISH.name_in(ENGLISH) == "Swedish"
    assert ENGLISH.name_in(SWEDISH) == "engelska"


def test_every_language_has_the_same_keys() -> None:
    codes = available()
    assert codes == ["en", "sv"]
    assert set(strings_for("sv")) == set(strings_for("en"))


def test_every_material_key_is_ours() -> None:
    """No interface string falls back to Material's English (or its Swedish mistakes)."""
    english = Path(material.__file__).parent / "templates/partials/languages/en.html"
    keys = set(re.findall(r'^\s+"([a-z.]+)":', english.read_text(encoding="utf-8"), re.M))
    assert keys and keys <= set(strings_for("sv"))


def test_material_mistakes_corrected() -> None:
    assert strings_for("sv")["blog.archive"] == "Arkiv"


def test_plurals_and_fields() -> None:
    assert translate("sv", "search.result", count=3) == "3 träffar"
    assert translate("en", "search.result", count=1) == "1 match"
    assert translate("en", "translation.missing.title", language="Swedish") == (
        "This page is only available in Swedish"
    )
