"""Collections of dated entries, built for real: lists, archive counts, tags, series, authors, policies."""

from __future__ import annotations

import json

import pytest

from collection_fixture import CONFIG, FILES
from helpers import Built, build_site, page_text, write_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_site(write_site(tmp_path_factory.mktemp("collections"), FILES, CONFIG))
    assert built.ok, built.output
    return built


def titles(page) -> list[str]:
    return [" ".join(t.split()) for t in page.xpath("//ol[contains(@class,'samverkan-entries')]//h2/a//text()")]


def test_entry_addresses(site: Built) -> None:
    for url in ("nyheter/2011/alfa/", "en/news/2011/alpha/", "nyheter/2012/del-ett/", "en/news/2012/part-one/",
                "nyheter/2012/nyarsafton/", "blogg/2013/inlagg/", "en/blog/2013/blog-post/"):
        assert site.exists(url), url


def test_collection_index_newest_first_and_paginated(site: Built) -> None:
    assert titles(site.page("nyheter/")) == ["Nyårsaftonsnyhet", "Topplistan del två"]
    assert titles(site.page("nyheter/sida/2/")) == ["Topplistan del ett", "Gammanyhet"]
    assert titles(site.page("nyheter/sida/3/")) == ["Betanyhet", "Alfanyhet"]
    assert not site.exists("nyheter/sida/4/")
    assert site.page("nyheter/sida/2/").xpath("//nav[contains(@class,'samverkan-pagination')]//a[@rel='next']/@href")


def archive(page) -> dict[str, str]:
    """Label -> count text of the archive tree."""
    tree = {}
    for item in page.xpath("//ul[contains(@class,'samverkan-archive')]//li"):
        link = item.xpath("a")[0]
        count = item.xpath("span[contains(@class,'samverkan-count')]")[0]
        tree[link.text_content().strip()] = count.text_content().strip()
    return tree


def test_archive_counts_equal_published_entries(site: Built) -> None:
    # Published: alfa, beta (Jan 2011), gamma (Mar 2011), del ett, del två, nyårsafton (Dec 2012).
    # Not counted: the draft (May 2012) and the future entry (2027).
    assert archive(site.page("nyheter/arkiv/")) == {
        "2012": "(3)",
        "december 2012": "(3)",
        "2011": "(3)",
        "mars 2011": "(1)",
        "januari 2011": "(2)",
    }
    # English (policy "notice"): the Swedish-only entries are counted too, marked in the lists.
    assert archive(site.page("en/news/archive/")) == {
        "2012": "(3)",
        "December 2012": "(3)",
        "2011": "(3)",
        "March 2011": "(1)",
        "January 2011": "(2)",
    }


def test_year_and_month_pages(site: Built) -> None:
    assert titles(site.page("nyheter/arkiv/2011/")) == ["Gammanyhet", "Betanyhet", "Alfanyhet"]
    assert titles(site.page("nyheter/arkiv/2011/01/")) == ["Betanyhet", "Alfanyhet"]
    assert site.page("nyheter/arkiv/2012/12/").xpath("//h1/text()") == ["Nyheter, december 2012"]
    assert site.page("en/news/archive/2012/12/").xpath("//h1/text()") == ["News, December 2012"]
    # 23:30 on New Year's Eve, Stockholm time, belongs to 2012.
    assert "Nyårsaftonsnyhet" in titles(site.page("nyheter/arkiv/2012/12/"))


def test_untranslated_entry_marked_in_english_lists(site: Built) -> None:
    page = site.page("en/news/archive/2011/01/")
    [link] = page.xpath("//h2/a[text()='Betanyhet']")
    assert link.get("lang") == "sv" and link.get("hreflang") == "sv"
    assert link.get("href") == "../../../../../nyheter/2011/beta/"
    assert "in Swedish" in page_text(page)


def test_hide_policy_leaves_untranslated_entries_out(site: Built) -> None:
    assert titles(site.page("en/blog/")) == ["Blog post"]
    assert titles(site.page("blogg/")) == ["Bara svenskt inlägg", "Blogginlägg"]
    assert not site.exists("en/blog/2013/svenskt/")
    [switch] = site.page("blogg/2013/svenskt/").xpath("//a[contains(@class,'samverkan-language__link')]")
    assert switch.get("href") == "../../../en/blog/"


def test_notice_policy_switch_leads_to_a_notice(site: Built) -> None:
    [switch] = site.page("nyheter/2011/beta/").xpath("//a[contains(@class,'samverkan-language__link')]")
    assert switch.get("href") == "../../../en/news/2011/beta/"
    assert "This page is only available in Swedish" in page_text(site.page("en/news/2011/beta/"))


def test_drafts_and_future_entries_appear_nowhere(site: Built) -> None:
    words = ("Hemlis", "hemlis", "Secretdraft", "secretdraft", "Framtid", "framtid", "Futurenews", "futurenews")
    for path in site.site_dir.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            found = [word for word in words if word in text]
            assert not found, f"{path.relative_to(site.site_dir)}: {found}"


def test_entry_page(site: Built) -> None:
    page = site.page("nyheter/2011/alfa/")
    [time] = page.xpath("//header[contains(@class,'samverkan-entry__header')]//time")
    assert (time.get("datetime"), time.text) == ("2011-01-21", "fredag 21 januari 2011")
    assert page.xpath("//header//a[text()='Anna Berg']/@href") == ["../../../forfattare/anna/"]
    assert page.xpath("//figure/img/@alt") == ["En bild av ett möte"]
    assert page.xpath("//figure/figcaption/text()") == ["Mötet i januari"]
    assert page.xpath("//figure/img/@src") == ["../../bilder/bild.png"]
    attachment = page.xpath("//section[contains(@class,'samverkan-attachments')]//li")[0]
    assert page_text(attachment) == "Planen (PDF, 2,4 kB)"
    assert attachment.xpath("a/@href") == ["../../bilagor/plan.pdf"]
    assert (site.site_dir / "nyheter/bilagor/plan.pdf").is_file()
    contact = page_text(page.xpath("//section[contains(@class,'samverkan-contact')]")[0])
    assert "Anna Berg, samordnare, Förbundet" in contact and "070-174 06 50" in contact
    assert page.xpath("//section[contains(@class,'samverkan-contact')]//a[starts-with(@href,'tel:')]/@href") == [
        "tel:+46701740650"
    ]
    assert page.xpath("//div[contains(@class,'samverkan-tags')]//a/text()") == ["utvärdering", "samverkan"]  # the tag file's spelling wins
    assert "1 minuts läsning" in page_text(page)
    assert page.xpath("//nav[contains(@class,'samverkan-neighbours')]//a[@rel='prev']//span[2]/text()") == [
        "Betanyhet"
    ]


def test_entry_page_in_english(site: Built) -> None:
    page = site.page("en/news/2011/alpha/")
    [time] = page.xpath("//header[contains(@class,'samverkan-entry__header')]//time")
    assert time.text == "Friday 21 January 2011"
    assert page.xpath("//figure/img/@alt") == ["A picture of a meeting"]
    assert page.xpath("//figure/img/@src") == ["../../../../nyheter/bilder/bild.png"]
    attachment = page.xpath("//section[contains(@class,'samverkan-attachments')]//li")[0]
    assert page_text(attachment) == "Planen (PDF, 2.4 kB)"
    assert page.xpath("//div[contains(@class,'samverkan-tags')]//a/text()") == ["evaluation", "coordination"]
    contact = page_text(page.xpath("//section[contains(@class,'samverkan-contact')]")[0])
    assert "Anna Berg, coordinator" in contact


def test_tags_differing_in_case_and_accents_are_one(site: Built) -> None:
    page = site.page("taggar/utvardering/")
    assert titles(page) == ["Betanyhet", "Alfanyhet"]
    assert titles(site.page("en/tags/evaluation/")) == ["Betanyhet", "Alpha news"]
    cloud = site.page("taggar/")
    items = {
        item.xpath("a")[0].text: page_text(item.xpath("a/span")[0])
        for item in cloud.xpath("//ul[contains(@class,'samverkan-tagcloud')]/li")
    }
    assert items == {"samverkan": ", 1 inlägg", "utvärdering": ", 2 inlägg"}
    assert cloud.xpath("//details[contains(@class,'samverkan-taglist')]//li")


def test_series(site: Built) -> None:
    page = site.page("nyheter/2012/del-tva/")
    box = page.xpath("//aside[contains(@class,'samverkan-series')]")[0]
    assert "Del 2 av 2 i serien Topplistan 2012" in page_text(box)
    assert box.xpath(".//li[@value='1']/a/text()") == ["Topplistan del ett"]
    assert box.xpath(".//li[@value='2']/span[@aria-current='page']/text()") == ["Topplistan del två"]
    english = site.page("en/news/2012/part-two/")
    assert "Part 2 of 2 in the series The top list 2012" in page_text(english)
    assert titles(site.page("serier/topp-2012/")) == ["Topplistan del ett", "Topplistan del två"]


def test_author_pages(site: Built) -> None:
    page = site.page("forfattare/anna/")
    assert page.xpath("//h1/text()") == ["Anna Berg"]
    assert titles(page) == ["Topplistan del två", "Topplistan del ett", "Gammanyhet", "Alfanyhet",
                            "Blogginlägg"] or set(titles(page)) >= {"Alfanyhet", "Blogginlägg"}
    assert "Skriver om samverkan." in page_text(page)
    assert site.exists("en/authors/anna/")


def test_latest_entries_directive(site: Built) -> None:
    swedish = site.page("")
    assert swedish.xpath("//div[contains(@class,'samverkan-latest')]//h3/a/text()") == [
        "Nyårsaftonsnyhet", "Topplistan del två"
    ]
    english = site.page("en/")
    assert english.xpath("//div[contains(@class,'samverkan-latest')]//h3/a/text()") == [
        "Nyårsaftonsnyhet", "Top list part two"
    ]


def test_old_address_redirects(site: Built) -> None:
    html = (site.site_dir / "gammal/alfa.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../nyheter/2011/alfa/">' in html
    assert '<link rel="canonical" href="https://test.example/nyheter/2011/alfa/">' in html


def test_generated_pages_in_search_and_sitemap_in_their_language(site: Built) -> None:
    swedish = {doc["location"] for doc in json.loads((site.site_dir / "search/search_index.json").read_text())["docs"]}
    english = {doc["location"] for doc in json.loads((site.site_dir / "en/search/search_index.json").read_text())["docs"]}
    assert {"nyheter/", "nyheter/arkiv/", "nyheter/arkiv/2011/01/", "taggar/utvardering/", "serier/topp-2012/",
            "forfattare/anna/", "nyheter/2011/alfa/"} <= swedish
    assert {"news/", "news/archive/", "news/archive/2011/01/", "tags/evaluation/", "series/topp-2012/",
            "authors/anna/", "news/2011/alpha/"} <= english
    sitemap = (site.site_dir / "sitemap.xml").read_text()
    for url in ("nyheter/arkiv/2011/01/", "en/news/archive/2011/01/", "en/tags/evaluation/", "nyheter/2011/alfa/"):
        assert f"<loc>https://test.example/{url}</loc>" in sitemap
    assert "<loc>https://test.example/en/news/2011/beta/</loc>" not in sitemap  # a notice page


def test_editing_a_title_never_moves_the_address(tmp_path) -> None:
    files = {
        "docs/index.md": "---\ntitle: Start\n---\n",
        "blog/nyheter/2011-01-21-alfa.md": "---\ntitle: Första titeln\ndate: 2011-01-21\n---\nText.\n",
    }
    config = {"plugins": [{"samverkan": {"collections": {"nyheter": {}}}}]}
    project = write_site(tmp_path, files, config)
    first = build_site(project, site_dir=tmp_path / "one")
    (project / "blog/nyheter/2011-01-21-alfa.md").write_text("---\ntitle: En helt ny titel\ndate: 2011-01-21\n---\n")
    second = build_site(project, site_dir=tmp_path / "two")
    assert first.ok and second.ok
    assert first.exists("nyheter/2011/alfa/") and second.exists("nyheter/2011/alfa/")
    assert second.page("nyheter/2011/alfa/").xpath("//h1/text()") == ["En helt ny titel"]
