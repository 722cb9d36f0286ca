"""Reading an author's file: bytes to text, and front matter apart from the body.

Line numbers are kept exact, so that every later message can point at the line
the author sees in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samverkan.core.diagnostics import Diagnostics, Location

#: Files larger than this are refused: they are not hand-written Markdown.
MAX_BYTES = 4 * 1024 * 1024

_BOM = "\ufeff"
_FENCE = "---"
_FENCE_ENDS = ("---", "...")


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one source file, split into front matter and body.

    Attributes:
        path: repository-relative path with forward slashes, as shown in messages.
        front_matter: the YAML text between the fences ('' when there is none).
        front_matter_line: the 1-based line where the YAML text starts.
        has_front_matter: whether the file opens with a front-matter fence.
        body: the Markdown after the front matter.
        body_line: the 1-based line where the body starts.
    """

    path: str
    front_matter: str
    front_matter_line: int
    has_front_matter: bool
    body: str
    body_line: int

    def location(self, line_in_front_matter: int = 0, column: int = 0) -> Location:
        """A location for a 0-based line and column inside the front matter."""
        return Location(self.path, self.front_matter_line + line_in_front_matter, column + 1)


def read_source(root: Path, path: str, diagnostics: Diagnostics) -> SourceText | None:
    """Read ``root/path`` and split it. Problems go to ``diagnostics``; None if unusable."""
    try:
        raw = (root / path).read_bytes()
    except OSError as error:
        diagnostics.error("read-error", Location(path, 1), reason=error.strerror or type(error).__name__)
        return None
    if len(raw) > MAX_BYTES:
        diagnostics.error(
            "too-large", Location(path, 1), size=f"{len(raw) / 1e6:.1f}", limit=f"{MAX_BYTES / 1e6:.0f}"
        )
        return None
    text = decode(raw, path, diagnostics)
    if text is None:
        return None
    return split_front_matter(path, text, diagnostics)


def decode(raw: bytes, path: str, diagnostics: Diagnostics) -> str | None:
    """UTF-8 to text with LF line ends. A BOM is dropped with a warning."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        diagnostics.error("encoding", Location(path, line, column), byte=f"0x{raw[error.start]:02x}")
        return None
    if text.startswith(_BOM):
        diagnostics.warning("bom", Location(path, 1, 1))
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(path: str, text: str, diagnostics: Diagnostics) -> SourceText | None:
    """Separate the ``---`` fenced YAML block at the top from the Markdown body."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return SourceText(path, "", 1, False, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FENCE_ENDS:
            return SourceText(
                path=path,
                front_matter="\n".join(lines[1:index]),
                front_matter_line=2,
                has_front_matter=True,
                body="\n".join(lines[index + 1 :]),
                body_line=index + 2,
            )
    diagnostics.error("frontmatter-unclosed", Location(path, 1, 1))
    return None
