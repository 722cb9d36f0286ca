"""Front matter: parsed with exact positions, every problem at its line."""

from __future__ import annotations

from samverkan.core.diagnostics import Diagnostics
from samverkan.core.frontmatter import parse_front_matter
from samverkan.core.source import decode, split_front_matter


def parse(text: str):
    diagnostics = Diagnostics()
    source = split_front_matter("x.md", text, diagnostics)
    result = parse_front_matter(source, diagnostics) if source else None
    return result, diagnostics


def codes(diagnostics: Diagnostics) -> list[tuple[str, int]]:
    return [(d.code, d.location.line) for d in diagnostics.sorted()]


def test_values_and_positions() -> None:
    fm, diagnostics = parse("---\ntitle: Hej\ntags:\n  - a\n  - b\nimage:\n  alt: Bild\n---\nBody\n")
    assert not diagnostics.items
    assert fm.data == {"title": "Hej", "tags": ["a", "b"], "image": {"alt": "Bild"}}
    assert fm.location("title").line == 2
    assert fm.location("tags", 1).line == 5
    assert fm.location("image", "alt").line == 7
    assert fm.source.body_line == 9


def test_dates_stay_text() -> None:
    fm, _ = parse("---\ndate: 2012-12-21\n---\n")
    assert fm.data["date"] == "2012-12-21"


def test_broken_yaml_has_a_line() -> None:
    _, diagnostics = parse("---\ntitle: ok\nsummary: [unclosed\n---\n")
    assert codes(diagnostics)[0][0] == "yaml-unclosed"
    assert codes(diagnostics)[0][1] in (3, 4)


def test_tab() -> None:
    _, diagnostics = parse("---\ntitle: ok\n\ttags: x\n---\n")
    assert codes(diagnostics) == [("yaml-tab", 3)]


def test_duplicate_key_names_both_lines() -> None:
    _, diagnostics = parse("---\ntitle: A\nsummary: s\ntitle: B\n---\n")
    [diagnostic] = diagnostics.items
    assert diagnostic.code == "yaml-duplicate-key"
    assert diagnostic.location.line == 4
    assert "2" in diagnostic.message("en")


def test_list_instead_of_mapping() -> None:
    _, diagnostics = parse("---\n- a\n- b\n---\n")
    assert codes(diagnostics) == [("yaml-not-mapping", 2)]


def test_unclosed() -> None:
    _, diagnostics = parse("---\ntitle: A\n")
    assert codes(diagnostics) == [("frontmatter-unclosed", 1)]


def test_no_front_matter_is_fine() -> None:
    fm, diagnostics = parse("# Rubrik\n\ntext\n")
    assert fm.data == {} and not diagnostics.items


def test_crlf_and_bom() -> None:
    diagnostics = Diagnostics()
    text = decode("\ufeff---\r\ntitle: A\r\n---\r\nx\r\n".encode("utf-8"), "x.md", diagnostics)
    assert text == "---\ntitle: A\n---\nx\n"
    assert [d.code for d in diagnostics.items] == ["bom"]


def test_not_utf8_points_at_the_line() -> None:
    diagnostics = Diagnostics()
    assert decode(b"---\ntitle: A\n---\nr\xe4tt\n", "x.md", diagnostics) is None
    [diagnostic] = diagnostics.items
    assert (diagnostic.code, diagnostic.location.line, diagnostic.location.column) == ("encoding", 4, 2)
