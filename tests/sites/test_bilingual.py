"""One build pass, two languages: addresses, lang, hreflang, switch, navigation, search, sitemap."""

from __future__ import annotations

import json

import pytest

from helpers import Built, build_site, page_text

FILES = {
    "docs/index.md": """
        ---
        title: Start
        summary: Startsidan för testet.
        ---
        Läs [om oss](om-oss.md) och om [metod B](metoder/b.md).
        """,
    "docs/index.en.md": """
        ---
        title: Home
        ---
        Read [about us](om-oss.md) and about [method B](metoder/b.md).
        """,
    "docs/om-oss.md": """
        ---
        title: Om oss
        updated: 2012-12-21
        ---
        Vi arbetar med samordning av rehabilitering.
        """,
    "docs/om-oss.en.md": """
        ---
        title: About us
        slug: about
        ---
        We work with coordinated rehabilitation.
        """,
    "docs/metoder/index.md": "---\ntitle: Metoder\n---\nAlla metoder.\n",
    "docs/metoder/index.en.md": "---\ntitle: Methods\n---\nAll methods.\n",
    "docs/metoder/a.md": "---\ntitle: Metod A\nsummary: Bara på svenska.\n---\nKvalitetsarbete.\n",
    "docs/metoder/b.md": "---\ntitle: Metod B\n---\nOm metoden.\n",
    "docs/metoder/b.en.md": "---\ntitle: Method B\nslug: method-b\n---\nAbout the method.\n",
}

NAV = [
    "index.md",
    "om-oss.md",
    {"Metoder": ["metoder/index.md", "metoder/a.md", "metoder/b.md"]},
]

CONFIG = {
    "nav": NAV,
    "plugins": [{"samverkan": {"nav_translations": {"en": {"Metoder": "Methods"}}, "footer_links": ["om-oss.md"]}}],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    from helpers import write_site

    folder = write_site(tmp_path_factory.mktemp("bilingual"), FILES, CONFIG)
    built = build_site(folder)
    assert built.ok, built.output
    return built


EXPECTED_PAGES = {
    "": "sv",
    "om-oss/": "sv",
    "metoder/": "sv",
    "metoder/a/": "sv",
    "metoder/b/": "sv",
    "en/": "en",
    "en/about/": "en",
    "en/metoder/": "en",
    "en/metoder/a/": "en",  # notice page: Metod A is Swedish-only
    "en/metoder/method-b/": "en",
}


def test_addresses_and_lang(site: Built) -> None:
    pages = {site.url_of(path): path for path in site.html_files() if path.name == "index.html"}
    assert set(pages) == set(EXPECTED_PAGES)
    for url, lang in EXPECTED_PAGES.items():
        assert site.page(url).get("lang") == lang, url


def hreflangs(site: Built, url: str) -> dict[str, str]:
    return {
        link.get("hreflang"): link.get("href")
        for link in site.page(url).xpath("//head/link[@rel='alternate'][@hreflang]")
    }


@pytest.mark.parametrize(("sv", "en"), [("", "en/"), ("om-oss/", "en/about/"), ("metoder/b/", "en/metoder/method-b/")])
def test_hreflang_reciprocal_with_x_default(site: Built, sv: str, en: str) -> None:
    expected = {
        "sv": f"https://test.example/{sv}",
        "en": f"https://test.example/{en}",
        "x-default": f"https://test.example/{sv}",
    }
    assert hreflangs(site, sv) == expected
    assert hreflangs(site, en) == expected


def switch(site: Built, url: str):
    [link] = site.page(url).xpath("//a[contains(@class, 'samverkan-language__link')]")
    return link


@pytest.mark.parametrize(
    ("url", "target", "lang", "name"),
    [
        ("om-oss/", "../en/about/", "en", "English"),
        ("en/about/", "../../om-oss/", "sv", "Svenska"),
        ("metoder/a/", "../../en/metoder/a/", "en", "English"),
        ("en/metoder/a/", "../../../metoder/a/", "sv", "Svenska"),
    ],
)
def test_language_switch_leads_to_counterpart(site: Built, url: str, target: str, lang: str, name: str) -> None:
    link = switch(site, url)
    assert link.get("href") == target
    assert link.get("hreflang") == lang
    assert page_text(link) == name
    assert link.xpath("span")[0].get("lang") == lang


def test_notice_page_for_untranslated_page(site: Built) -> None:
    page = site.page("en/metoder/a/")
    text = page_text(page.xpath("//article")[0])
    assert "This page is only available in Swedish" in text
    assert "Bara på svenska." in text
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert page.xpath("//article//a[@hreflang='sv']/@href") == ["../../../metoder/a/"]
    assert page.xpath("//article//*[@lang='sv']")
    assert hreflangs(site, "en/metoder/a/") == {}
    assert hreflangs(site, "metoder/a/") == {}


def nav_titles(site: Built, url: str) -> list[str]:
    page = site.page(url)
    return [" ".join(t.split()) for t in page.xpath("//nav[contains(@class,'md-nav--primary')]//a[contains(@class,'md-nav__link')]//text() | //nav[contains(@class,'md-nav--primary')]//label[contains(@class,'md-nav__link')]//text()") if t.strip()]


def test_navigation_per_language(site: Built) -> None:
    swedish = nav_titles(site, "om-oss/")
    english = nav_titles(site, "en/about/")
    assert "Om oss" in swedish and "Metod A" in swedish and "Metoder" in swedish
    assert "About us" in english and "Method B" in english and "Methods" in english
    assert "Metod A (in Swedish)" in english
    assert not {"Om oss", "Metod B", "Start"} & set(english)
    assert not {"About us", "Method B", "Home"} & set(swedish)


def test_links_follow_the_language(site: Built) -> None:
    english = site.page("en/")
    assert english.xpath("//article//a[text()='about us']/@href") == ["about/"]
    assert english.xpath("//article//a[text()='method B']/@href") == ["metoder/method-b/"]
    swedish = site.page("")
    assert swedish.xpath("//article//a[text()='om oss']/@href") == ["om-oss/"]


def test_search_index_per_language(site: Built) -> None:
    swedish = json.loads((site.site_dir / "search/search_index.json").read_text())
    english = json.loads((site.site_dir / "en/search/search_index.json").read_text())
    assert swedish["config"]["lang"] == ["sv"] and english["config"]["lang"] == ["en"]
    assert "stemmer" in swedish["config"]["pipeline"] and "stemmer" in english["config"]["pipeline"]
    sv_titles = {doc["title"] for doc in swedish["docs"]}
    en_titles = {doc["title"] for doc in english["docs"]}
    assert {"Om oss", "Metod A", "Metod B"} <= sv_titles
    assert {"About us", "Method B", "Methods"} <= en_titles
    assert not {"Om oss", "Metod A", "Metod B", "Metod A (in Swedish)"} & en_titles
    locations = {doc["location"] for doc in english["docs"]}
    assert "about/" in locations and not any(loc.startswith("en/") for loc in locations)


def test_search_base_is_the_language_root(site: Built) -> None:
    config = json.loads(site.page("en/about/").xpath("//script[@id='__config']/text()")[0])
    assert config["base"] == "../../en/"
    config = json.loads(site.page("om-oss/").xpath("//script[@id='__config']/text()")[0])
    assert config["base"] == ".."


def test_sitemap_has_alternates_and_no_notice_pages(site: Built) -> None:
    from lxml import etree

    tree = etree.parse(str(site.site_dir / "sitemap.xml"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = tree.xpath("//s:loc/text()", namespaces=ns)
    assert "https://test.example/en/about/" in locs
    assert "https://test.example/en/metoder/a/" not in locs
    [about] = tree.xpath("//s:url[s:loc='https://test.example/om-oss/']", namespaces=ns)
    alternates = {a.get("hreflang"): a.get("href") for a in about.xpath("x:link", namespaces=ns)}
    assert alternates == {
        "sv": "https://test.example/om-oss/",
        "en": "https://test.example/en/about/",
        "x-default": "https://test.example/om-oss/",
    }
    assert not (site.site_dir / "sitemap.xml.gz").exists()


def test_footer_links_in_page_language(site: Built) -> None:
    assert site.page("metoder/").xpath("//footer//nav//a/text()") == ["Om oss"]
    assert site.page("en/metoder/").xpath("//footer//nav//a/text()") == ["About us"]


def test_updated_date_in_page_language(site: Built) -> None:
    [time] = site.page("om-oss/").xpath("//aside[contains(@class,'md-source-file')]//time")
    assert time.get("datetime") == "2012-12-21"
    assert time.text == "21 december 2012"
    [time] = site.page("en/about/").xpath("//aside[contains(@class,'md-source-file')]//time")
    assert time.text == "21 December 2012"


def test_hide_policy(tmp_path) -> None:
    from helpers import write_site

    config = {**CONFIG, "plugins": [{"samverkan": {"pages_missing_translation": "hide"}}]}
    built = build_site(write_site(tmp_path, FILES, config))
    assert built.ok, built.output
    assert not built.exists("en/metoder/a/")
    link = switch(built, "metoder/a/")
    assert link.get("href") == "../../en/"
    assert link.get("title")
    assert "Metod A" not in " ".join(nav_titles(built, "en/"))
