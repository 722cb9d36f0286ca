"""The example site as built: languages, interface strings, valid HTML, nothing from other hosts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

from helpers import ROOT, Built
from samverkan.core.strings import strings_for

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

#: Nu Html Checker errors that come from Material's markup and cannot be fixed
#: from our side (pattern on the message). Keep this list short and explained.
ACCEPTED_VNU_ERRORS: list[str] = []


def test_every_page_has_the_lang_of_its_address(example_site: Built) -> None:
    for path in example_site.html_files():
        url = example_site.url_of(path)
        expected = "en" if url.startswith("en/") else "sv"
        assert lxml.html.fromstring(path.read_bytes()).get("lang") == expected, url


def _interface_text(page: lxml.html.HtmlElement, lang: str) -> str:
    """Text and labels of the page outside the article and outside other-language passages."""
    for node in page.xpath("//article | //*[@lang and @lang != $lang] | //script | //style", lang=lang):
        node.getparent().remove(node)
    text = " ".join(page.itertext())
    labels = " ".join(page.xpath("//@aria-label | //@title | //@placeholder | //@alt"))
    return " ".join(f"{text} {labels}".split())


def _telltale_strings(lang: str, other: str) -> list[str]:
    """Strings of ``other`` that would betray a missing translation on a ``lang`` page."""
    own = set(strings_for(lang).values())
    return sorted(
        value
        for key, value in strings_for(other).items()
        if value not in own and len(value) >= 5 and not key.startswith("search.config") and "{" not in value
    )


@pytest.mark.parametrize(("lang", "other"), [("en", "sv"), ("sv", "en")])
def test_no_interface_string_of_the_other_language(example_site: Built, lang: str, other: str) -> None:
    telltales = _telltale_strings(lang, other)
    assert len(telltales) > 20
    for path in example_site.html_files():
        page = lxml.html.fromstring(path.read_bytes())
        if page.get("lang") != lang:
            continue
        text = _interface_text(page, lang)
        found = [t for t in telltales if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text)]
        assert not found, f"{example_site.url_of(path)}: {found}"


def test_english_chrome_is_english(example_site: Built) -> None:
    """A positive check, so the test above cannot pass on an empty page."""
    text = _interface_text(example_site.page("en/about/"), "en")
    assert "Skip to content" in text and "Back to top" in text and "Search" in text


def test_nothing_loads_from_other_hosts(example_site: Built) -> None:
    """No script, stylesheet, font, image or frame points at another host."""
    for path in example_site.html_files():
        page = lxml.html.fromstring(path.read_bytes())
        sources = page.xpath("//script/@src | //link[@rel='stylesheet' or @rel='preconnect' or @rel='icon']/@href"
                             " | //img/@src | //iframe/@src | //source/@srcset | //video/@src | //audio/@src")
        foreign = [s for s in sources if re.match(r"^(https?:)?//", s)]
        assert not foreign, f"{example_site.url_of(path)}: {foreign}"
    styles = " ".join(p.read_text(encoding="utf-8") for p in example_site.site_dir.rglob("*.css"))
    assert not re.search(r"url\((['\"]?)(https?:)?//", styles)


def test_html_is_valid(example_site: Built) -> None:
    """The Nu Html Checker finds no error in any page."""
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        pytest.fail("the Nu Html Checker needs java and node_modules/vnu-jar: run `make test`")
    files = [str(path) for path in example_site.html_files()]
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{m.get('url', '').split('/site/')[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" and not any(re.search(p, m["message"]) for p in ACCEPTED_VNU_ERRORS)
    ]
    assert not errors, "\n".join(sorted(set(errors))[:40])


def test_entries_show_their_collection_in_the_navigation(example_site: Built) -> None:
    page = example_site.page("nyheter/2012/en-dorr-in-borlange/")
    active = page.xpath("//nav[contains(@class,'md-nav--primary')]//li[contains(@class,'md-nav__item--active')]/a")
    assert [" ".join(a.text_content().split()) for a in active] == ["Nyheter"]


def test_no_broken_internal_links_or_anchors(example_site: Built) -> None:
    """Every link, script, stylesheet and image of every page leads to a file (and anchor) of the site."""
    site = example_site.site_dir
    ids: dict[Path, set[str]] = {}

    def anchors(path: Path) -> set[str]:
        if path not in ids:
            ids[path] = set(lxml.html.fromstring(path.read_bytes()).xpath("//@id | //a/@name"))
        return ids[path]

    broken = []
    for path in example_site.html_files():
        page = lxml.html.fromstring(path.read_bytes())
        if page.xpath("//meta[@http-equiv='refresh']"):
            continue
        for value in page.xpath("//a/@href | //link/@href | //script/@src | //img/@src"):
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith(("mailto:", "tel:", "javascript:")):
                continue
            base = site if parts.path.startswith("/") else path.parent  # the 404 page links from the root
            target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{example_site.url_of(path)} -> {value}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in anchors(target):
                broken.append(f"{example_site.url_of(path)} -> {value} (no such anchor)")
    assert not broken, "\n".join(sorted(set(broken))[:40])
