"""Two targeted changes to Material's JavaScript, and why.

1. **No alternate routing** (``bundle.*.min.js``). Material 9.7+ fetches
   ``sitemap.xml`` next to every ``<link rel="alternate">`` in the page head,
   to re-route clicks on language links ("stay on page"). That assumes each
   alternate is a language root. Ours are real per-page translations
   (hreflang) and feeds, so the feature sends one request per alternate on
   every page load (404s next to pages, the whole sitemap next to the root),
   sends them to the production host when the site is previewed elsewhere,
   and can re-route a click on our language switch to the other language's
   start page. Our switch already links each page to its counterpart; the one
   call that starts the feature is dropped.

2. **Stemmed queries** (``workers/search.*.min.js``). Material turns every
   search word into a prefix query (``kommunerna*``), and lunr does not stem
   prefix queries, so with a stemmer in the index an inflected word finds
   nothing. Each word is sent both as typed (stemmed by the language's
   stemmer: ``kommunerna`` -> ``kommun``) and as a prefix, so readers get
   both stemming and search-as-you-type.

Two changes to Material's page markup, made on each written page (see
:func:`fix_markup`), both errors in the Nu Html Checker: its two hidden
checkboxes (menu drawer and search) carry ``autocomplete="off"``, which HTML
does not allow on checkboxes; and the title of the table of contents is a
label for a "__toc" toggle that Material renders only for some pages (not for
pages outside the navigation, nor for section index pages), so elsewhere it
labels nothing and becomes a plain title.

If a Material release changes a file so a change cannot be made, the file is
left as it is and a warning says so; the browser tests would then fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from samverkan.mkdocs_adapter.report import log


@dataclass(frozen=True)
class Patch:
    """Replace ``find`` with ``replace`` once in the theme file whose path matches ``path``."""

    path: re.Pattern[str]
    find: str
    replace: str
    purpose: str


PATCHES = (
    Patch(
        re.compile(r"^assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"),
        "ui({document$:ct});",
        "",
        "switch off Material's sitemap-based language routing",
    ),
    Patch(
        re.compile(r"^assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$"),
        "?r:`${r}*`)",
        "?r:`${r} ${r}*`)",
        "send each search word both stemmed and as a prefix",
    ),
)


def patch_theme_files(files: Files, config: MkDocsConfig) -> None:
    """Apply :data:`PATCHES` to Material's files in ``files``."""
    for file in list(files):
        for patch in PATCHES:
            if not patch.path.match(file.src_uri):
                continue
            source = file.content_string
            if patch.find not in source:
                log.warning(f"Material's {file.src_uri} changed: could not {patch.purpose}.")
                continue
            files.remove(file)
            file = File.generated(config, file.src_uri, content=source.replace(patch.find, patch.replace, 1))
            files.append(file)


#: Material's two toggles, as its base.html writes them, and as they should be.
_CHECKBOXES = tuple(
    (f'type="checkbox" id="{name}" autocomplete="off">', f'type="checkbox" id="{name}">')
    for name in ("__drawer", "__search")
)

_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def fix_markup(html: str) -> str:
    """Make Material's page chrome valid HTML (see the module's docstring)."""
    for invalid, valid in _CHECKBOXES:
        html = html.replace(invalid, valid, 1)
    if 'id="__toc"' not in html:
        html = _TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html, count=1)
    return html
