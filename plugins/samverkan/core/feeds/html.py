"""The HTML of feed items: self-contained, with every address absolute.

A feed reader shows an item far from the page it came from, so a relative
link in it leads nowhere. :func:`absolute_html` resolves every address in a
piece of HTML (links, images, ``srcset`` candidates, media, quotes, forms)
against the page's absolute address, with a real HTML parser.
"""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.html import builder as E

from samverkan.core.entries import Entry
from samverkan.core.languages import Language
from samverkan.core.strings import translate

#: Attributes that hold one address.
URL_ATTRIBUTES = ("href", "src", "poster", "cite", "action", "formaction", "data", "longdesc", "background")
#: Attributes that hold a list of image candidates ("a.png 1x, b.png 2x").
SRCSET_ATTRIBUTES = ("srcset", "imagesrcset")

_WRAPPER = "div"


def absolute_html(html: str, base: str) -> str:
    """``html`` (a fragment) with every address resolved against ``base``."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent=_WRAPPER)
    for element in root.iter(etree.Element):
        for name in URL_ATTRIBUTES:
            value = element.get(name)
            if value is not None:
                element.set(name, urljoin(base, value.strip()))
        for name in SRCSET_ATTRIBUTES:
            value = element.get(name)
            if value is not None:
                element.set(name, absolute_srcset(value, base))
    text = lxml.html.tostring(root, encoding="unicode", method="html")
    return text[len(f"<{_WRAPPER}>") : -len(f"</{_WRAPPER}>")]


def absolute_srcset(value: str, base: str) -> str:
    """Each candidate of a ``srcset`` with its address resolved against ``base``.

    Follows the HTML parsing rules: an address runs to the next whitespace (a
    trailing comma ends the candidate), descriptors run to the next comma.
    """
    candidates = []
    position, length = 0, len(value)
    while position < length:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        if not url:
            break
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            start = position
            while position < length and value[position] != ",":
                position += 1
            descriptor = " ".join(value[start:position].split())
        candidates.append(f"{urljoin(base, url)} {descriptor}".strip())
    return ", ".join(candidates)


def _fragment(*elements) -> str:  # noqa: ANN002 - lxml elements
    return "".join(lxml.html.tostring(element, encoding="unicode", method="html") for element in elements)


def paragraph(text: str) -> str:
    """A plain text as one HTML paragraph (escaped)."""
    return _fragment(E.P(text)) if text else ""


def entry_html(entry: Entry, body: str, absolute) -> str:  # noqa: ANN001 - site path -> absolute URL
    """An entry as a feed shows it: its picture, its text, and its attachments.

    ``body`` is the entry's text as the engine rendered it for its page; the
    picture and attachments are around it on the page, so they are added here.
    """
    parts = []
    if entry.image is not None:
        figure = E.FIGURE(E.IMG(src=absolute(entry.image.url), alt=entry.image.alt))
        if entry.image.caption:
            figure.append(E.FIGCAPTION(entry.image.caption))
        parts.append(_fragment(figure))
    parts.append(body)
    if entry.attachments:
        code, locale = entry.language.code, entry.language.locale
        items = []
        for attachment in entry.attachments:
            href = attachment.url if attachment.external else absolute(attachment.url)
            item = E.LI(E.A(attachment.title, href=href))
            label = attachment.label(locale)
            if label:
                item[-1].tail = f" ({label})"
            items.append(item)
        parts.append(_fragment(E.H2(translate(code, "entry.attachments")), E.UL(*items)))
    return "".join(parts)


def notice_html(original: Entry, language: Language, url: str) -> str:
    """An item in ``language`` saying that ``original`` exists only in its own language.

    It quotes the original's summary (marked with its language) and links to it;
    the original's text itself stays on its page.
    """
    code, other = language.code, original.language.name_in(language)
    parts = [E.P(translate(code, "feed.foreign.text", language=other))]
    if original.summary:
        parts.append(E.BLOCKQUOTE(E.P(original.summary), lang=original.language.code))
    link = E.A(translate(code, "feed.foreign.link", language=other), href=url, hreflang=original.language.code)
    parts.append(E.P(link))
    return _fragment(*parts)
