"""Slugs: ASCII, lower case, hyphenated; å/ä -> a, ö -> o, é -> e."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from samverkan.core.slugs import MAX_LENGTH, SLUG_PATTERN, is_slug, slug_problem, slugify

SWEDISH_TEXT = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzåäöÅÄÖéÉü -–_.,!?0123456789/()"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallå där Fredrik", "halla-dar-fredrik"),
        ("Årets tio bästa i samverkan (plats 10–6)", "arets-tio-basta-i-samverkan-plats-10-6"),
        ("Samordningsförbundet Östra Södertörn", "samordningsforbundet-ostra-sodertorn"),
        ("Café för idéer", "cafe-for-ideer"),
        ("  --En dörr in--  ", "en-dorr-in"),
        ("../../etc", "etc"),
    ],
)
def test_known_titles(text: str, expected: str) -> None:
    assert slugify(text) == expected


@given(SWEDISH_TEXT)
def test_only_ascii_letters_digits_and_single_inner_hyphens(text: str) -> None:
    slug = slugify(text)
    assert SLUG_PATTERN.match(slug), slug
    assert len(slug) <= MAX_LENGTH


@given(SWEDISH_TEXT)
def test_idempotent(text: str) -> None:
    assert slugify(slugify(text)) == slugify(text)


@given(st.text(alphabet="åäöÅÄÖ", min_size=1))
def test_swedish_letters_map_deterministically(text: str) -> None:
    expected = text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    assert slugify(text) == expected


@given(st.text())
def test_any_text_gives_a_usable_slug(text: str) -> None:
    assert is_slug(slugify(text))


@pytest.mark.parametrize(
    ("value", "problem"),
    [("../x", "path"), ("a/b", "path"), ("..", "path"), ("Stora", "characters"), ("a--b", "characters"),
     ("dörr", "characters"), ("ok-slug-2", None)],
)
def test_slug_problems(value: str, problem: str | None) -> None:
    assert slug_problem(value) == problem
