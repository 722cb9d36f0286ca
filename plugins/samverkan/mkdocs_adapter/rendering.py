"""One Markdown converter for the whole build.

MkDocs builds a new ``markdown.Markdown`` (loading every extension) for each
page; on a site of thousands of entries that set-up is a large part of the
build. Here one converter is made per build and reset between pages, with
MkDocs' own per-page processors (relative links, anchors, title) registered
once and pointed at the page being rendered. The pages' results are the same
as MkDocs' own ``Page.render``.

This uses MkDocs 1.6's page processors, which are internal; if they cannot be
imported, pages are rendered by MkDocs as usual.
"""

from __future__ import annotations

import logging

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

try:  # MkDocs 1.6 internals
    from mkdocs.structure.pages import (
        _ExtractAnchorsTreeprocessor,
        _ExtractTitleTreeprocessor,
        _RawHTMLPreprocessor,
        _RelativePathTreeprocessor,
    )
except ImportError:  # pragma: no cover - another engine version
    _RelativePathTreeprocessor = None

log = logging.getLogger("mkdocs")


class SharedMarkdown:
    """Renders pages with one reusable converter."""

    def __init__(self, config: MkDocsConfig, files: Files) -> None:
        self._md = markdown.Markdown(
            extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {}
        )
        self._raw_html = _RawHTMLPreprocessor()
        self._raw_html._register(self._md)
        self._anchors = _ExtractAnchorsTreeprocessor(None, files, config)
        self._anchors._register(self._md)
        self._links = _RelativePathTreeprocessor(None, files, config)
        self._links._register(self._md)
        self._title = _ExtractTitleTreeprocessor()
        self._title._register(self._md)

    @staticmethod
    def available() -> bool:
        return _RelativePathTreeprocessor is not None

    def render(self, page: Page) -> None:
        """What ``Page.render`` does, with the shared converter."""
        if page.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        md = self._md
        md.reset()
        self._anchors.present_anchor_ids = set()
        self._links.file = page.file
        self._links.links_to_anchors = {}
        self._title.title = None
        page.content = md.convert(page.markdown)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = self._title.title
        page.present_anchor_ids = self._anchors.present_anchor_ids | self._raw_html.present_anchor_ids
        if log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = self._links.links_to_anchors


def share_renderer(pages: list[Page], renderer: SharedMarkdown) -> None:
    """Make ``pages`` render with ``renderer`` (their class becomes a subclass that does)."""

    class SharedRenderPage(type(pages[0]) if pages else Page):  # type: ignore[misc]
        def render(self, config: MkDocsConfig, files: Files) -> None:
            renderer.render(self)

    for page in pages:
        page.__class__ = SharedRenderPage
