"""Attachments and images of entries: files that exist, with type and size for readers.

A file is given relative to the entry (``bilagor/malbild.pdf``); its type comes
from its name and its size from the disk, shown as "PDF, 4,4 kB" on Swedish
pages and "PDF, 4.4 kB" on English ones.
"""

from __future__ import annotations

import mimetypes
import posixpath
from dataclasses import dataclass

from babel.numbers import format_decimal

#: Readable names of common document types, by file extension.
TYPE_NAMES = {
    "pdf": "PDF",
    "doc": "Word",
    "docx": "Word",
    "odt": "OpenDocument",
    "xls": "Excel",
    "xlsx": "Excel",
    "ods": "OpenDocument",
    "ppt": "PowerPoint",
    "pptx": "PowerPoint",
    "odp": "OpenDocument",
    "csv": "CSV",
    "txt": "Text",
    "zip": "ZIP",
    "png": "PNG",
    "jpg": "JPEG",
    "jpeg": "JPEG",
    "gif": "GIF",
    "svg": "SVG",
    "webp": "WebP",
    "mp3": "MP3",
    "mp4": "MP4",
}


@dataclass(frozen=True)
class Attachment:
    """A file or link attached to an entry.

    Attributes:
        title: what the reader sees (in the entry's language).
        url: the site-root-relative address of a file, or the full URL of a link.
        external: whether ``url`` is another site's.
        size: bytes, when known (files only).
        mime_type: e.g. "application/pdf", when known.
        type_name: e.g. "PDF".
        source_path: the repository path of a file.
    """

    title: str
    url: str
    external: bool
    size: int | None
    mime_type: str | None
    type_name: str | None
    source_path: str | None = None

    def label(self, locale: str) -> str:
        """"PDF, 4,4 kB" (or just "PDF" when the size is unknown)."""
        parts = [self.type_name] if self.type_name else []
        if self.size is not None:
            parts.append(format_size(self.size, locale))
        return ", ".join(parts)


def describe(path: str) -> tuple[str | None, str | None]:
    """(MIME type, readable type name) from a file name or URL path."""
    extension = posixpath.splitext(path.split("?")[0])[1].lower().lstrip(".")
    mime, _ = mimetypes.guess_type(f"x.{extension}") if extension else (None, None)
    return mime, TYPE_NAMES.get(extension, extension.upper() or None)


def format_size(size: int, locale: str) -> str:
    """Decimal units (kB, MB) with the locale's decimal sign: "245 kB", "1,2 MB"."""
    if size < 1000:
        return f"{size} B"
    for unit, scale in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        value = size / scale
        if value < 999.5 or unit == "GB":
            pattern = "#,##0.#" if value < 10 else "#,##0"
            return f"{format_decimal(value, format=pattern, locale=locale)} {unit}"
    raise AssertionError("unreachable")
