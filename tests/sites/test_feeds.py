"""Feeds, built for real: RSS, Atom and JSON Feed per language, collection and tag.

The fixture is the collections site (tests/sites/collection_fixture.py) plus an
imported entry with a ``guid``, a picture in its text and links to other
entries. Every feed is read back with feedparser, Atom is checked against the
RELAX NG schema of RFC 4287, JSON Feed against the 1.1 specification's fields.
"""

from __future__ import annotations

import datetime as dt
import json
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import jsonschema
import lxml.html
import pytest
from lxml import etree

from collection_fixture import CONFIG, FILES, entry
from helpers import ROOT, Built, build_site, page_text, write_site

SITE_URL = "https://test.example/"
DATA = ROOT / "tests" / "data"
ATOM = "{http://www.w3.org/2005/Atom}"
GUID = "tag:blogger.com,1999:blog-1234.post-5678"

FEED_FILES = {
    **FILES,
    "blog/nyheter/2011-02-10-importerad.md": entry(
        "Importerad nyhet", "2011-02-10",
        'Ett inlägg från den gamla bloggen.\n\n'
        '<img src="../../bilder/bild.png" srcset="../../bilder/bild.png 1x, ../../bilder/bild.png 2x" '
        'alt="Bild i texten">\n\n'
        "Läs också [Betanyheten](2011-01-30-beta.md) och "
        '<a href="../gamma/">gammanyheten</a>.',
        guid=GUID, tags="[utvärdering]", authors="[anna]", updated="2011-04-01",
    ),
    "blog/nyheter/2011-02-10-importerad.en.md": (
        "---\ntitle: Imported news\nslug: imported\n---\n\nAn entry from the old blog. "
        "Read [the beta news](2011-01-30-beta.md).\n"
    ),
}


def feed_config(**feeds) -> dict:
    """The fixture's configuration, with ``feeds:`` options when given."""
    options = {**CONFIG["plugins"][0]["samverkan"], **({"feeds": feeds} if feeds else {})}
    return {"plugins": [{"samverkan": options}]}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_site(write_site(tmp_path_factory.mktemp("feeds"), FEED_FILES, feed_config()))
    assert built.ok, built.output
    return built


def feed_paths(site: Built, name: str) -> list[Path]:
    return sorted(site.site_dir.rglob(name))


def parse(site: Built, path: str) -> feedparser.FeedParserDict:
    return feedparser.parse((site.site_dir / path).read_bytes())


def site_file(site: Built, url: str) -> Path:
    """The file in site/ that an absolute address of the site serves."""
    assert url.startswith(SITE_URL), url
    path = site.site_dir / urlsplit(url).path.lstrip("/")
    return path / "index.html" if url.endswith("/") else path


# -- every feed exists and is valid ----------------------------------------------------

def test_feed_places(site: Built) -> None:
    for folder in ("feeds/", "en/feeds/", "nyheter/", "en/news/", "blogg/", "en/blog/",
                   "taggar/utvardering/", "en/tags/evaluation/", "taggar/samverkan/", "en/tags/coordination/"):
        for name in ("rss.xml", "atom.xml", "feed.json"):
            assert (site.site_dir / folder / name).is_file(), folder + name


def test_every_feed_parses_without_bozo(site: Built) -> None:
    paths = feed_paths(site, "rss.xml") + feed_paths(site, "atom.xml")
    assert len(paths) == 20
    for path in paths:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
        assert parsed.version in ("rss20", "atom10"), path
        assert parsed.entries, path


def test_atom_validates_against_rfc_4287(site: Built) -> None:
    schema = etree.RelaxNG(etree.parse(str(DATA / "atom-rfc4287.rng")))
    for path in feed_paths(site, "atom.xml"):
        document = etree.parse(str(path))
        assert schema.validate(document), f"{path}: {schema.error_log}"
        # The schema's Schematron rules: authors, and a link or content in every entry.
        root = document.getroot()
        entries = root.findall(f"{ATOM}entry")
        assert root.find(f"{ATOM}author") is not None or all(e.find(f"{ATOM}author") is not None for e in entries)
        for item in entries:
            assert item.find(f"{ATOM}content") is not None or item.find(f"{ATOM}link[@rel='alternate']") is not None


def test_json_feed_has_the_required_fields_of_1_1(site: Built) -> None:
    schema = json.loads((DATA / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
    paths = feed_paths(site, "feed.json")
    assert len(paths) == 10
    for path in paths:
        document = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(document, schema)
        assert document["version"] == "https://jsonfeed.org/version/1.1"
        assert document["items"] and all(item["id"] and ("content_html" in item or "content_text" in item)
                                         for item in document["items"])


# -- channels --------------------------------------------------------------------------

def test_channel_metadata_in_the_feeds_language(site: Built) -> None:
    swedish = parse(site, "nyheter/rss.xml").feed
    assert swedish.title == "Testsajt – Nyheter"
    assert swedish.language == "sv"
    assert swedish.link == SITE_URL + "nyheter/"
    assert "De senaste inläggen i Nyheter" in swedish.subtitle
    assert swedish.image.href == SITE_URL + "assets/images/feed-icon-144.png"
    english = parse(site, "en/tags/evaluation/atom.xml").feed
    assert english.title == "Testsajt – Tag: evaluation"
    assert english.language == "en"
    links = {link.rel: link.href for link in english.links}
    assert links == {"self": SITE_URL + "en/tags/evaluation/atom.xml", "alternate": SITE_URL + "en/tags/evaluation/"}
    assert english.icon == SITE_URL + "assets/images/feed-icon-144.png"
    root = etree.parse(str(site.site_dir / "en/feeds/atom.xml")).getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    for path in ("feeds/", "en/tags/evaluation/", "nyheter/"):
        assert site_file(site, parse(site, path + "rss.xml").feed.link).is_file()
    for icon in ("assets/images/feed-icon-144.png", "assets/images/feed-icon-512.png"):
        assert (site.site_dir / icon).is_file()
    document = json.loads((site.site_dir / "en/news/feed.json").read_text(encoding="utf-8"))
    assert (document["language"], document["title"], document["home_page_url"]) == (
        "en", "Testsajt – News", SITE_URL + "en/news/")


def test_a_feed_is_as_new_as_its_newest_item(site: Built) -> None:
    """lastBuildDate and updated come from the items, never from the clock."""
    rss = etree.parse(str(site.site_dir / "nyheter/rss.xml")).getroot()
    last_build = parsedate_to_datetime(rss.findtext("channel/lastBuildDate"))
    assert last_build == dt.datetime(2012, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    atom = etree.parse(str(site.site_dir / "nyheter/atom.xml")).getroot()
    newest = max(dt.datetime.fromisoformat(e.findtext(f"{ATOM}updated")) for e in atom.findall(f"{ATOM}entry"))
    assert dt.datetime.fromisoformat(atom.findtext(f"{ATOM}updated")) == newest


# -- items -----------------------------------------------------------------------------

def items_by_title(site: Built, path: str) -> dict:
    return {item.title: item for item in parse(site, path).entries}


def test_item_fields(site: Built) -> None:
    alfa = items_by_title(site, "nyheter/rss.xml")["Alfanyhet"]
    assert alfa.link == SITE_URL + "nyheter/2011/alfa/"
    assert alfa.summary == "Första stycket om alfa."
    assert [tag.term for tag in alfa.tags] == ["utvärdering", "samverkan"]  # labels from tags.yml
    assert alfa.author == "Anna Berg"
    assert alfa.enclosures == [{"href": SITE_URL + "nyheter/bilagor/plan.pdf", "length": "2416",
                                "type": "application/pdf"}]
    rss = etree.parse(str(site.site_dir / "nyheter/rss.xml")).getroot()
    [pub_date] = rss.xpath("//item[title='Alfanyhet']/pubDate/text()")
    assert pub_date == "Fri, 21 Jan 2011 00:00:00 +0100"  # RFC 822
    content = rss.xpath("//item[title='Alfanyhet']/*[local-name()='encoded']/text()")[0]
    assert "Mer om alfa." in content and "plan.pdf" in content and 'alt="En bild av ett möte"' in content
    atom = etree.parse(str(site.site_dir / "en/news/atom.xml")).getroot()
    [alpha] = [e for e in atom.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == "Alpha news"]
    assert alpha.findtext(f"{ATOM}published") == "2011-01-21T00:00:00+01:00"  # RFC 3339
    assert [c.get("term") for c in alpha.findall(f"{ATOM}category")] == ["evaluation", "coordination"]
    assert alpha.findtext(f"{ATOM}author/{ATOM}uri") == SITE_URL + "en/authors/anna/"
    [enclosure] = alpha.findall(f"{ATOM}link[@rel='enclosure']")
    assert (enclosure.get("length"), enclosure.get("type")) == ("2416", "application/pdf")
    imported = items_by_title(site, "nyheter/atom.xml")["Importerad nyhet"]
    assert imported.published.startswith("2011-02-10") and imported.updated.startswith("2011-04-01")


def test_every_item_link_and_enclosure_is_a_file_of_the_site(site: Built) -> None:
    checked = 0
    for path in feed_paths(site, "rss.xml") + feed_paths(site, "atom.xml"):
        for item in feedparser.parse(path.read_bytes()).entries:
            for url in [item.link, *(e.href for e in item.get("enclosures", []))]:
                assert site_file(site, url).is_file(), f"{path}: {url}"
                checked += 1
    for path in feed_paths(site, "feed.json"):
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            urls = [item["url"], *(a["url"] for a in item.get("attachments", [])), *([item["image"]] if "image" in item else [])]
            for url in urls:
                assert site_file(site, url).is_file(), f"{path}: {url}"
    assert checked > 50


def content_urls(html: str) -> list[str]:
    """Every address in a piece of HTML (srcset candidates one by one)."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    found = []
    for element in root.iter(etree.Element):
        for name in ("href", "src", "poster", "cite", "action", "data"):
            if element.get(name) is not None:
                found.append(element.get(name))
        if element.get("srcset"):
            found += [candidate.split()[0] for candidate in element.get("srcset").split(",")]
    return found


def test_no_item_content_holds_a_relative_url(site: Built) -> None:
    urls = []
    for path in feed_paths(site, "feed.json"):
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            urls += content_urls(item["content_html"])
    for path in feed_paths(site, "atom.xml"):
        for item in feedparser.parse(path.read_bytes()).entries:
            urls += content_urls(item.content[0].value)
    relative = [url for url in urls if not urlsplit(url).scheme]
    assert not relative
    assert SITE_URL + "bilder/bild.png" not in urls  # resolved against the entry's page, not the site root
    assert SITE_URL + "nyheter/bilder/bild.png" in urls


def test_content_addresses_resolve_against_the_entrys_page(site: Built) -> None:
    [item] = [i for i in json.loads((site.site_dir / "nyheter/feed.json").read_text(encoding="utf-8"))["items"]
              if i["title"] == "Importerad nyhet"]
    root = lxml.html.fragment_fromstring(item["content_html"], create_parent="div")
    [image] = root.xpath("//img[@alt='Bild i texten']")
    assert image.get("src") == SITE_URL + "nyheter/bilder/bild.png"
    assert image.get("srcset") == f"{SITE_URL}nyheter/bilder/bild.png 1x, {SITE_URL}nyheter/bilder/bild.png 2x"
    links = {a.text_content(): a.get("href") for a in root.xpath("//a")}
    assert links["Betanyheten"] == SITE_URL + "nyheter/2011/beta/"
    assert links["gammanyheten"] == SITE_URL + "nyheter/2011/gamma/"


# -- languages -------------------------------------------------------------------------

def test_a_swedish_feed_holds_swedish_items_and_an_english_feed_english_ones(site: Built) -> None:
    swedish = [item.title for item in parse(site, "feeds/rss.xml").entries]
    assert swedish == ["Bara svenskt inlägg", "Blogginlägg", "Nyårsaftonsnyhet", "Topplistan del två",
                       "Topplistan del ett", "Gammanyhet", "Importerad nyhet", "Betanyhet", "Alfanyhet"]
    english = [item.title for item in parse(site, "en/feeds/rss.xml").entries]
    # The blog hides untranslated entries; the news marks them ("notice").
    assert english == ["Blog post", "Nyårsaftonsnyhet (in Swedish)", "Top list part two", "Top list part one",
                       "Gamma news", "Imported news", "Betanyhet (in Swedish)", "Alpha news"]
    assert [item.title for item in parse(site, "en/blog/rss.xml").entries] == ["Blog post"]


def test_an_untranslated_entry_is_an_english_notice_linking_to_the_swedish_page(site: Built) -> None:
    beta = items_by_title(site, "en/news/atom.xml")["Betanyhet (in Swedish)"]
    assert beta.link == SITE_URL + "nyheter/2011/beta/"
    assert beta.links[0].get("hreflang") == "sv"
    assert beta.summary == "Only available in Swedish. Text om samverkan."
    html = lxml.html.fragment_fromstring(beta.content[0].value, create_parent="div")
    assert page_text(html).startswith("This entry has not been translated into English yet.")
    assert html.xpath("//blockquote/@lang") == ["sv"]
    assert html.xpath("//a/@href") == [SITE_URL + "nyheter/2011/beta/"]
    assert [tag.term for tag in beta.tags] == ["evaluation"]
    assert beta.id.endswith(":blog/nyheter/2011-01-30-beta/en")


# -- ids -------------------------------------------------------------------------------

def ids(site: Built, path: str) -> dict[str, str]:
    """Item title -> item id of a feed in any of the three formats."""
    if path.endswith(".json"):
        items = json.loads((site.site_dir / path).read_text(encoding="utf-8"))["items"]
        return {item["title"]: item["id"] for item in items}
    return {item.title: item.id for item in parse(site, path).entries}


def test_ids_are_tag_uris_from_the_original_or_the_imported_guid(site: Built) -> None:
    swedish = ids(site, "nyheter/atom.xml")
    english = ids(site, "en/news/atom.xml")
    assert swedish["Alfanyhet"] == "tag:test.example,2011-01-21:blog/nyheter/2011-01-21-alfa"
    assert english["Alpha news"] == "tag:test.example,2011-01-21:blog/nyheter/2011-01-21-alfa/en"
    assert swedish["Importerad nyhet"] == GUID  # imported: its guid wins
    # A translation does not inherit the guid: it gets an id of its own.
    assert english["Imported news"] == "tag:test.example,2011-02-10:blog/nyheter/2011-02-10-importerad/en"
    rss = etree.parse(str(site.site_dir / "nyheter/rss.xml")).getroot()
    assert set(rss.xpath("//guid/@isPermaLink")) == {"false"}
    # The same entry has the same id in every feed of a language and format.
    assert ids(site, "taggar/utvardering/atom.xml")["Alfanyhet"] == swedish["Alfanyhet"]
    assert ids(site, "feeds/atom.xml")["Alfanyhet"] == swedish["Alfanyhet"]


def test_an_item_keeps_its_id_when_its_title_and_slug_change(site: Built, tmp_path: Path) -> None:
    files = {
        **FEED_FILES,
        "blog/nyheter/2011-01-21-alfa.md": FEED_FILES["blog/nyheter/2011-01-21-alfa.md"]
        .replace("title: Alfanyhet", "title: Alfanyhet med ny rubrik\nslug: alfa-ny-adress"),
        "blog/nyheter/2011-01-21-alfa.en.md": FEED_FILES["blog/nyheter/2011-01-21-alfa.en.md"]
        .replace("title: Alpha news\nslug: alpha", "title: Alpha, retitled\nslug: alpha-moved"),
    }
    renamed = build_site(write_site(tmp_path / "renamed", files, feed_config()))
    assert renamed.ok, renamed.output
    for path, before, after in (("nyheter/atom.xml", "Alfanyhet", "Alfanyhet med ny rubrik"),
                                ("en/news/rss.xml", "Alpha news", "Alpha, retitled"),
                                ("feeds/feed.json", "Alfanyhet", "Alfanyhet med ny rubrik")):
        old, new = ids(site, path), ids(renamed, path)
        assert after in new and before not in new
        assert new[after] == old[before], path
    assert items_by_title(renamed, "en/news/rss.xml")["Alpha, retitled"].link == SITE_URL + "en/news/2011/alpha-moved/"


# -- determinism, options, errors ------------------------------------------------------

def test_two_builds_give_byte_identical_feeds(site: Built, tmp_path: Path) -> None:
    again = build_site(write_site(tmp_path / "again", FEED_FILES, feed_config()))
    assert again.ok, again.output
    names = ("rss.xml", "atom.xml", "feed.json")
    first = {p.relative_to(site.site_dir): p.read_bytes() for n in names for p in site.site_dir.rglob(n)}
    second = {p.relative_to(again.site_dir): p.read_bytes() for n in names for p in again.site_dir.rglob(n)}
    assert first.keys() == second.keys() and len(first) == 30
    assert [path for path in first if first[path] != second[path]] == []


def test_limit_and_summary_only(tmp_path: Path) -> None:
    built = build_site(write_site(tmp_path / "short", FEED_FILES, feed_config(limit=2, content="summary")))
    assert built.ok, built.output
    for path in feed_paths(built, "atom.xml"):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo and 1 <= len(parsed.entries) <= 2
        assert all("content" not in item for item in parsed.entries), path
    assert [i.title for i in parse(built, "feeds/rss.xml").entries] == ["Bara svenskt inlägg", "Blogginlägg"]
    assert b"content:encoded" not in (built.site_dir / "feeds/rss.xml").read_bytes()
    items = json.loads((built.site_dir / "nyheter/feed.json").read_text(encoding="utf-8"))["items"]
    assert [("content_html" in i, i["content_text"]) for i in items] == [(False, "Text om samverkan.")] * 2


def test_feed_options_are_checked(tmp_path: Path) -> None:
    built = build_site(write_site(tmp_path / "bad", FEED_FILES, feed_config(limit=0)))
    assert not built.ok
    assert "feeds.limit must be a whole number of at least 1" in built.output
    assert "Traceback" not in built.output


def test_without_site_url_the_build_stops(tmp_path: Path) -> None:
    config = {**feed_config(), "site_url": None}
    built = build_site(write_site(tmp_path / "no-url", FEED_FILES, config))
    assert not built.ok
    assert "mkdocs.yml: error: webbplatsen har inlägg, och deras flöden" in built.output
    assert "site_url" in built.output and "Traceback" not in built.output
    assert not list((tmp_path / "no-url" / "site").rglob("rss.xml"))


# -- pages -----------------------------------------------------------------------------

def head_feeds(site: Built, url: str) -> dict[str, str]:
    page = site.page(url)
    return {link.get("title"): link.get("href")
            for link in page.xpath("//head/link[@rel='alternate'][@type]")}


def test_every_page_links_the_feeds_of_its_language(site: Built) -> None:
    assert head_feeds(site, "nyheter/2011/alfa/") == {
        "Testsajt – Alla inlägg (RSS)": SITE_URL + "feeds/rss.xml",
        "Testsajt – Alla inlägg (Atom)": SITE_URL + "feeds/atom.xml",
        "Testsajt – Alla inlägg (JSON Feed)": SITE_URL + "feeds/feed.json",
        "Testsajt – Nyheter (RSS)": SITE_URL + "nyheter/rss.xml",
        "Testsajt – Nyheter (Atom)": SITE_URL + "nyheter/atom.xml",
        "Testsajt – Nyheter (JSON Feed)": SITE_URL + "nyheter/feed.json",
    }
    tag_page = head_feeds(site, "en/tags/evaluation/")
    assert tag_page["Testsajt – Tag: evaluation (Atom)"] == SITE_URL + "en/tags/evaluation/atom.xml"
    assert "Testsajt – All entries (RSS)" in tag_page and len(tag_page) == 6
    assert set(head_feeds(site, "en/news/archive/2011/")) >= {"Testsajt – News (JSON Feed)"}
    assert set(head_feeds(site, "en/news/2011/beta/")) >= {"Testsajt – News (RSS)"}  # the notice page
    assert len(head_feeds(site, "")) == 3
    types = {link.get("type") for link in site.page("en/").xpath("//head/link[@rel='alternate'][@type]")}
    assert types == {"application/rss+xml", "application/atom+xml", "application/feed+json"}
    main = {"sv": "Testsajt – Alla inlägg (RSS)", "en": "Testsajt – All entries (RSS)"}
    for path in site.html_files():
        page = lxml.html.fromstring(path.read_bytes())
        if page.xpath("//meta[@http-equiv='refresh']"):
            continue  # a redirect from an old address, not a page
        feeds = head_feeds(site, site.url_of(path))
        assert main[page.get("lang")] in feeds, site.url_of(path)
        for href in feeds.values():
            assert site_file(site, href).is_file(), href


def test_subscribe_pages_list_every_feed_in_plain_words(site: Built) -> None:
    for url, words in (("prenumerera/", ("flödesläsare", "inget konto", "kakor")),
                       ("en/subscribe/", ("feed reader", "no account", "cookies", "exists only in Swedish"))):
        page = site.page(url)
        text = page_text(page)
        assert all(word in text for word in words), url
        listed = {lxml.html.tostring(a, method="text", encoding="unicode") for a in page.xpath("//article//a[@type]")}
        hrefs = page.xpath("//article//a[@type]/@href")
        english = url.startswith("en/")
        feeds = [p for name in ("rss.xml", "atom.xml", "feed.json") for p in feed_paths(site, name)
                 if p.relative_to(site.site_dir).as_posix().startswith("en/") == english]
        assert len(hrefs) == len(feeds) == 15
        for href in hrefs:
            assert (site.site_dir / url / href).resolve().is_file(), href
        assert "RSS: Nyheter" in listed or "RSS: News" in listed  # each link names its feed
    assert "https://test.example/en/feeds/rss.xml" in page_text(site.page("en/subscribe/"))
