"""Links and images found in Markdown source, with the line and column of their targets."""

from __future__ import annotations

from samverkan.core.markdown_scan import scan_links


def targets(markdown: str) -> list[tuple[str | None, int, int]]:
    return [(link.target, link.line, link.column) for link in scan_links(markdown)]


def test_inline_links_and_images_with_positions() -> None:
    found = scan_links('Se [Boston](metoder/boston.md) och ![Karta](bilder/karta.png "Titel").\n')
    assert [(l.target, l.text, l.image, l.line, l.column) for l in found] == [
        ("metoder/boston.md", "Boston", False, 0, 12),
        ("bilder/karta.png", "Karta", True, 0, 44),
    ]


def test_image_inside_link_is_found_twice() -> None:
    assert targets("[![Logga](logga.png)](om-oss.md)") == [("logga.png", 0, 10), ("om-oss.md", 0, 22)]


def test_code_is_skipped() -> None:
    markdown = (
        "`[kod](span.md)`\n"
        "\n"
        "```\n[inte](fenced.md)\n```\n"
        "~~~~ python\n[inte](tilde.md)\n~~~~\n"
        "\n"
        "    [inte](indented.md)\n"
        "\n"
        "Efter [ja](ja.md).\n"
    )
    assert targets(markdown) == [("ja.md", 11, 11)]


def test_indented_text_in_lists_and_admonitions_is_not_code() -> None:
    markdown = "- punkt\n\n    [lista](lista.md)\n\n!!! note\n\n    [ruta](ruta.md)\n"
    assert targets(markdown) == [("lista.md", 2, 12), ("ruta.md", 6, 11)]


def test_comments_and_escapes_are_skipped() -> None:
    assert targets("<!-- [dold](dold.md) -->\n\\[inte](inte.md)\n") == []


def test_angle_brackets_parentheses_and_titles() -> None:
    markdown = "[a](<en fil.md>) [b](a_(b).md) [c](c.md 'titel') [d](d.md (titel))"
    assert [t for t, _, _ in targets(markdown)] == ["en fil.md", "a_(b).md", "c.md", "d.md"]


def test_not_links() -> None:
    assert targets("[bara hakparenteser] och [ofullständig](saknar-slut.md\n\nNästa stycke)") == []


def test_reference_links_point_at_their_definition() -> None:
    markdown = "Se [Boston][b] och [B].\n\n![][logga]\n\n[b]: metoder/boston.md\n[logga]: <logga.png>\n"
    found = scan_links(markdown)
    assert [(l.target, l.label, l.definition, l.image, l.line) for l in found] == [
        (None, "b", False, False, 0),
        (None, "b", False, False, 0),
        (None, "logga", False, True, 2),
        ("metoder/boston.md", "b", True, False, 4),
        ("logga.png", "logga", True, False, 5),
    ]
    assert (found[3].column, found[4].column) == (5, 10)


def test_link_text_across_lines() -> None:
    assert targets("[en lång\nlänk](lang.md)") == [("lang.md", 1, 6)]
