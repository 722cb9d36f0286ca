"""The example site in a real browser: accessibility, privacy, language switch, search."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from axe import describe, violations
from page_kinds import PAGE_KINDS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("url", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_axe_finds_nothing(page, example_url: str, url: str) -> None:
    page.goto(example_url + url)
    found = violations(page)
    assert not found, describe(found)


@pytest.mark.parametrize("url", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_no_request_to_another_host(page, example_url: str, url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(example_url + url, wait_until="networkidle")
    here = urlsplit(example_url).netloc
    foreign = [r for r in requests if urlsplit(r).scheme in ("http", "https") and urlsplit(r).netloc != here]
    assert requests and not foreign


@pytest.mark.parametrize(
    ("start", "link", "target", "lang"),
    [
        ("om-oss/", "English", "en/about/", "en"),
        ("en/about/", "Svenska", "om-oss/", "sv"),
        ("metoder/boston-metoden/", "English", "en/metoder/boston-method/", "en"),
        ("metoder/hur-gruppen/", "English", "en/metoder/hur-gruppen/", "en"),
    ],
)
def test_language_switch(page, example_url: str, start: str, link: str, target: str, lang: str) -> None:
    page.goto(example_url + start)
    page.locator("a.samverkan-language__link", has_text=link).first.click()
    page.wait_for_url(example_url + target)
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").first.is_visible()


def test_old_address_leads_to_the_entry(page, example_url: str) -> None:
    page.goto(example_url + "2012/12/arets-tio-basta-i-samverkan-plats-10-6.html")
    page.wait_for_url(example_url + "blogg/2012/arets-tio-basta-2012-del-1/")
    assert page.locator("h1").first.inner_text().startswith("Årets tio bästa")


def search(page, base: str, url: str, word: str) -> list[str]:
    """Type ``word`` into the search box of ``url``; the addresses of the results."""
    page.goto(base + url)
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(word, delay=10)
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.match(/Förbereder|Preparing|Skriv|Type/)"
    )
    page.wait_for_timeout(300)
    return page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")


def test_search_swedish_finds_swedish_pages_only(page, example_url: str) -> None:
    results = search(page, example_url, "", "samordningsförbundet")
    assert results
    assert not [r for r in results if urlsplit(r).path.startswith("/en/")]


def test_search_english_finds_english_pages_only(page, example_url: str) -> None:
    results = search(page, example_url, "en/", "coordination")
    assert results
    assert all(urlsplit(r).path.startswith("/en/") for r in results)


@pytest.fixture(scope="module")
def stemming_url(serve, tmp_path_factory) -> str:
    from helpers import build_site, write_site

    files = {
        "docs/index.md": "---\ntitle: Start\n---\nOm samverkan.\n",
        "docs/index.en.md": "---\ntitle: Home\n---\nAbout cooperation.\n",
        "docs/kommuner.md": "---\ntitle: Våra kommuner\n---\nFyra kommuner deltar i arbetet.\n",
        "docs/kommuner.en.md": "---\ntitle: Our councils\nslug: councils\n---\nFour councils coordinated the work.\n",
    }
    built = build_site(write_site(tmp_path_factory.mktemp("stemming"), files))
    assert built.ok, built.output
    return serve(built.site_dir)


@pytest.mark.parametrize(
    ("url", "word", "found"),
    [
        ("", "kommunerna", "/kommuner/"),  # Swedish stemmer: kommunerna -> kommun
        ("", "kom", "/kommuner/"),  # search as you type
        ("en/", "coordination", "/en/councils/"),  # English stemmer: coordination -> coordin
        ("en/", "kommunerna", None),  # the English index holds no Swedish page
        ("", "councils", None),  # and the Swedish index no English page
    ],
)
def test_search_stems_in_each_language(page, stemming_url: str, url: str, word: str, found: str | None) -> None:
    paths = {urlsplit(r).path for r in search(page, stemming_url, url, word)}
    assert paths == ({found} if found else set())


def test_axe_does_find_problems(page, serve, tmp_path) -> None:
    """Control: the axe check can fail (a page with known violations)."""
    (tmp_path / "bad.html").write_text(
        '<!doctype html><html><head><title>x</title></head><body>'
        '<p style="color:#bbb;background:#fff">grey on white</p><img src="x.png"></body></html>',
        encoding="utf-8",
    )
    page.goto(serve(tmp_path) + "bad.html")
    assert {v["id"] for v in violations(page)} >= {"color-contrast", "image-alt", "html-has-lang"}
