"""Links and images in Markdown source, found without rendering it.

:func:`scan_links` reads the Markdown an author wrote and returns every inline
link and image (``[text](target)``, ``![alt](target)``), every reference-style
use (``[text][label]``, ``![alt][label]``) and every link definition
(``[label]: target``), each with the line and column where its target (or, for
a use, the link itself) is written. Code is skipped: fenced blocks, indented
blocks, inline code spans, and HTML comments. Links in raw HTML
(``<a href>``) are not Markdown links and are not returned.

It follows Python-Markdown (what MkDocs renders with) closely enough for
checking: nested brackets in link text, ``<...>`` destinations, titles,
balanced parentheses in targets, and indented text that continues a list item
or an admonition (which is not code).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass

_FENCE_OPEN = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})")
_LIST_OR_CONTAINER = re.compile(r"^\s{0,3}(?:[-*+]\s|\d+[.)]\s|!!!|\?\?\?)")
_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*(?:<(?P<angle>[^>\n]*)>|(?P<plain>\S+))"
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class MarkdownLink:
    """One link or image written in Markdown.

    Attributes:
        target: the destination as written (``<`` ``>`` removed); None for a
            reference-style use, whose target is in its definition.
        text: the link text, or the image's alternative text.
        image: whether it is an image (``![...]``).
        definition: whether it is a link definition (``[label]: target``).
        label: the normalised label of a definition or a reference-style use.
        line: 0-based line in the scanned text.
        column: 0-based column of the target (of the ``[`` for a use).
    """

    target: str | None
    text: str
    image: bool
    definition: bool
    label: str | None
    line: int
    column: int


@lru_cache(maxsize=16384)
def scan_links(markdown: str) -> tuple[MarkdownLink, ...]:
    """Every link, image and link definition in ``markdown``, in reading order.

    Remembered per text: the preview scans the same unchanged texts after every save.
    """
    masked = _mask_code_and_comments(markdown)
    definitions, masked = _definitions(masked)
    lines = _LineIndex(masked)
    found = list(definitions)
    labels = {link.label for link in definitions}
    found.extend(_inline(masked, lines, labels))
    return tuple(sorted(found, key=lambda link: (link.line, link.column)))


def normalise_label(label: str) -> str:
    """Labels match case-insensitively, with runs of spaces as one."""
    return " ".join(label.split()).lower()


# -- masking: code and comments become spaces, so offsets stay the same ----------


def _mask_code_and_comments(markdown: str) -> str:
    lines = markdown.split("\n")
    for index in _code_block_lines(lines):
        lines[index] = " " * len(lines[index])
    text = "\n".join(lines)
    text = _COMMENT.sub(_blank, text)
    return _mask_code_spans(text)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _indent(line: str) -> int:
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _code_block_lines(lines: list[str]) -> list[int]:
    """Indexes of lines inside fenced or indented code blocks."""
    code: list[int] = []
    fence: str | None = None
    in_indented = False
    previous_blank = True
    in_container = False
    for index, line in enumerate(lines):
        blank = not line.strip()
        if fence is not None:
            code.append(index)
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            continue
        opening = _FENCE_OPEN.match(line)
        if opening and not (in_indented and _indent(line) >= 4):
            fence = opening.group("fence")
            code.append(index)
            in_indented = False
            previous_blank = False
            continue
        if in_indented:
            if blank or _indent(line) >= 4:
                code.append(index)
                continue
            in_indented = False
        if blank:
            previous_blank = True
            continue
        if _indent(line) < 4:
            if _LIST_OR_CONTAINER.match(line):
                in_container = True
            elif previous_blank:
                in_container = False
        elif previous_blank and not in_container:
            in_indented = True
            code.append(index)
        previous_blank = False
    return code


def _mask_code_spans(text: str) -> str:
    """Blank out `code spans` (a run of backticks up to the next run of the same length)."""
    chars = list(text)
    position = 0
    while True:
        start = text.find("`", position)
        if start < 0:
            break
        end = start
        while end < len(text) and text[end] == "`":
            end += 1
        run = text[start:end]
        closing = re.compile(rf"(?<!`){run}(?!`)").search(text, end)
        if closing is None or _PARAGRAPH_BREAK.search(text, end, closing.start()):
            position = end
            continue
        for index in range(start, closing.end()):
            if chars[index] != "\n":
                chars[index] = " "
        position = closing.end()
    return "".join(chars)


# -- link definitions ---------------------------------------------------------------


def _definitions(text: str) -> tuple[list[MarkdownLink], str]:
    """Link definitions, and the text with them blanked out."""
    found = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _DEFINITION.match(line)
        if match is None:
            continue
        group = "angle" if match.group("angle") is not None else "plain"
        found.append(
            MarkdownLink(
                target=match.group(group),
                text="",
                image=False,
                definition=True,
                label=normalise_label(match.group("label")),
                line=index,
                column=match.start(group),
            )
        )
        lines[index] = " " * len(line)
    return found, "\n".join(lines)


# -- inline links and images --------------------------------------------------------


class _LineIndex:
    """Offsets to (line, column), 0-based."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, offset - self.starts[line]


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _closing_bracket(text: str, start: int) -> int | None:
    """The ``]`` matching the ``[`` at ``start`` within one paragraph, or None."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\n" and _PARAGRAPH_BREAK.match(text, index):
            return None
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def _destination(text: str, start: int) -> tuple[str, int] | None:
    """(target, offset of target) of an inline link whose '(' is just before ``start``."""
    index = start
    while index < len(text) and text[index] in " \t":
        index += 1
    if index < len(text) and text[index] == "\n":
        index += 1
        while index < len(text) and text[index] in " \t":
            index += 1
    if index < len(text) and text[index] == "<":
        end = text.find(">", index)
        if end < 0 or "\n" in text[index:end]:
            return None
        target, offset, index = text[index + 1 : end], index + 1, end + 1
    else:
        offset, depth = index, 0
        while index < len(text):
            char = text[index]
            if char == "\\":
                index += 2
                continue
            if char in " \t\n":
                break
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            index += 1
        target = text[offset:index]
    if not _title_and_close(text, index):
        return None
    return target, offset


_TITLE_AND_CLOSE = re.compile(r"""[ \t\n]*(?:(?:"[^"]*"|'[^']*'|\([^)]*\))[ \t\n]*)?\)""")


def _title_and_close(text: str, index: int) -> bool:
    return _TITLE_AND_CLOSE.match(text, index) is not None


def _inline(text: str, lines: _LineIndex, labels: set[str | None]) -> list[MarkdownLink]:
    found = []
    labels_used: set[int] = set()  # the [label] of a [text][label] use is not a link itself
    index = text.find("[")
    while index >= 0:
        if index not in labels_used and not _escaped(text, index):
            close = _closing_bracket(text, index)
            link = _link_at(text, index, close, lines, labels) if close is not None else None
            if link is not None:
                found.append(link)
                if link.target is None and text.startswith("[", close + 1):
                    labels_used.add(close + 1)
        index = text.find("[", index + 1)
    return found


def _link_at(
    text: str, start: int, close: int, lines: _LineIndex, labels: set[str | None]
) -> MarkdownLink | None:
    """The link whose text is between ``start`` ('[') and ``close`` (']'), if it is one."""
    image = start > 0 and text[start - 1] == "!" and not _escaped(text, start - 1)
    inner = text[start + 1 : close]
    after = close + 1
    if text.startswith("(", after):
        parsed = _destination(text, after + 1)
        if parsed is None:
            return None
        target, offset = parsed
        line, column = lines.position(offset)
        return MarkdownLink(target, inner, image, False, None, line, column)
    label = inner
    if text.startswith("[", after):
        second = _closing_bracket(text, after)
        if second is None:
            return None
        label = text[after + 1 : second] or inner
    label = normalise_label(label)
    if label not in labels:
        return None
    line, column = lines.position(start - 1 if image else start)
    return MarkdownLink(None, inner, image, False, label, line, column)
