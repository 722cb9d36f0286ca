"""Translation states: the fingerprint of an original, and what it says about its translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.core.settings import build_settings
from samverkan.core.translation_state import (
    State,
    fingerprint,
    read_file,
    set_fingerprint,
    translation_states,
)

FIELDS = {"title": "Om oss", "summary": "Vilka vi är.", "date": "2012-01-01", "tags": ["a"]}
BODY = "## Rubrik\n\nText om oss.\n"


def test_fingerprint_is_twelve_hex_digits_and_stable() -> None:
    value = fingerprint(FIELDS, BODY)
    assert len(value) == 12 and int(value, 16) >= 0
    assert fingerprint(dict(FIELDS), BODY) == value


def test_line_endings_and_trailing_space_do_not_count() -> None:
    value = fingerprint(FIELDS, BODY)
    assert fingerprint(FIELDS, BODY.replace("\n", "\r\n")) == value
    assert fingerprint(FIELDS, "\n\n" + BODY.replace("oss.", "oss.   ") + "\n\n") == value


def test_what_a_translator_translates_counts() -> None:
    value = fingerprint(FIELDS, BODY)
    assert fingerprint({**FIELDS, "title": "Om oss!"}, BODY) != value
    assert fingerprint({**FIELDS, "summary": "Annat."}, BODY) != value
    assert fingerprint(FIELDS, BODY + "Ny mening.\n") != value


def test_inherited_fields_do_not_count() -> None:
    value = fingerprint(FIELDS, BODY)
    assert fingerprint({**FIELDS, "date": "2013-01-01", "tags": ["b"], "image": {"src": "x"}}, BODY) == value


def test_set_fingerprint_replaces_only_its_line() -> None:
    text = '---\ntitle: About\ntranslated_from: "000000000000"\nslug: about\n---\nText.\n'
    assert set_fingerprint(text, "abcdef012345") == (
        '---\ntitle: About\ntranslated_from: "abcdef012345"\nslug: about\n---\nText.\n'
    )


def test_set_fingerprint_adds_the_line_and_keeps_line_endings_and_bom() -> None:
    text = "\ufeff---\r\ntitle: About\r\n---\r\nText.\r\n"
    assert set_fingerprint(text, "abcdef012345") == (
        '\ufeff---\r\ntitle: About\r\ntranslated_from: "abcdef012345"\r\n---\r\nText.\r\n'
    )


def test_set_fingerprint_gives_a_file_without_front_matter_one() -> None:
    assert set_fingerprint("Text.\n", "abcdef012345") == '---\ntranslated_from: "abcdef012345"\n---\nText.\n'


def test_set_fingerprint_refuses_unclosed_front_matter() -> None:
    with pytest.raises(ValueError):
        set_fingerprint("---\ntitle: x\n", "abcdef012345")


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_states_of_a_site(tmp_path: Path) -> None:
    original = "---\ntitle: Om oss\nsummary: Vi.\n---\nText.\n"
    write(tmp_path, {"docs/om-oss.md": original, "docs/index.md": "---\ntitle: Start\n---\n",
                     "docs/kontakt.md": "---\ntitle: Kontakt\n---\nRing.\n",
                     "docs/kontakt.en.md": "---\ntitle: Contact\n---\nCall.\n",
                     "blog/nyheter/2012-01-01-a.md": "---\ntitle: A\ndate: 2012-01-01\n---\nA.\n"})
    current = read_file(tmp_path, "docs/om-oss.md").fingerprint
    write(tmp_path, {"docs/om-oss.en.md": f'---\ntitle: About\ntranslated_from: "{current}"\n---\nWe.\n',
                     "blog/nyheter/2012-01-01-a.en.md": '---\ntitle: A\ntranslated_from: "000000000000"\n---\n'})
    settings = build_settings(tmp_path, options={"collections": {"nyheter": {}}})
    states = {item.path: item.translations[0].state for item in translation_states(settings)}
    assert states == {
        "blog/nyheter/2012-01-01-a.md": State.OUTDATED,
        "docs/index.md": State.MISSING,
        "docs/kontakt.md": State.UNTRACKED,
        "docs/om-oss.md": State.TRANSLATED,
    }
    write(tmp_path, {"docs/om-oss.md": original.replace("Text.", "Ny text.")})
    [om_oss] = [item for item in translation_states(settings) if item.path == "docs/om-oss.md"]
    assert om_oss.translations[0].state is State.OUTDATED
    assert om_oss.translations[0].path == "docs/om-oss.en.md"
    assert om_oss.title == "Om oss"
