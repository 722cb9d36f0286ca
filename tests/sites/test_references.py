"""The reference archive and the method library, built for real."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from helpers import Built, build_site, page_text, write_site
from samverkan.core.reference_pages import SCHEMA_PATH


def reference(title: str, **fields: str) -> str:
    extra = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return f"---\ntitle: {title}\n{extra}---\n\nOm uppdraget.\n"


FILES = {
    "docs/index.md": "---\ntitle: Start\n---\nSe [Alfaprojektet](ref:alfa) och [Beta](ref:beta#resultat).\n",
    "docs/index.en.md": "---\ntitle: Home\n---\nSee [Alpha](ref:alfa) and [Beta](ref:beta).\n",
    "docs/metoder/index.md": "---\ntitle: Metoder\n---\nMetoderna.\n",
    "docs/metoder/boston.md": "---\ntitle: Boston-metoden\n---\nOm metoden.\n",
    "docs/metoder/boston.en.md": "---\ntitle: The Boston method\nslug: boston-method\n---\nAbout it.\n",
    "docs/metoder/open-space.md": "---\ntitle: Open Space\n---\nOm metoden.\n",
    "blog/authors.yml": "anna:\n  name: Anna Berg\n  role: {sv: utvärderare, en: evaluator}\n  email: a@example.se\n",
    "references/index.md": "---\ntitle: Referensarkivet\n---\nVåra uppdrag.\n",
    "references/index.en.md": "---\ntitle: The reference archive\n---\nOur assignments.\n",
    "references/alfa.md": reference(
        "Alfaprojektet", clients="[Region Dalarna]", period="{start: 2010-03, end: 2011-12}", region="Dalarna",
        municipalities="[Borlänge, Falun]", methods="[boston]", funding="[Ungdomsstyrelsen]", role="processtöd",
        status="avslutad", contact="anna",
    ),
    "references/alfa.en.md": "---\ntitle: The Alpha project\nslug: alpha\n---\nAbout it.\n",
    "references/beta.md": reference(
        "Betaprojektet", clients="[Region Dalarna, Samordningsförbundet Borlänge]",
        period="{start: 2011-06, end: 2012-02}", region="Dalarna", methods="[boston, open-space]",
        funding="[ESF+]", role="utvärdering", status="avslutad",
    ),
    "references/gamma.md": reference(
        "Gammaprojektet", clients="[Samordningsförbundet Borlänge]", period="{start: 2024-09, end: pågående}",
        region="Västmanland", methods="[open-space]", funding="['ESF+']", role="utbildning", status="pågående",
    ),
    "references/gamma.en.md": "---\ntitle: The Gamma project\nslug: gamma\n---\nAbout it.\n",
    "blog/nyheter/2011-05-01-om-alfa.md": "---\ntitle: Nytt om Alfa\ndate: 2011-05-01\nreferences: [alfa]\n---\nText.\n",
    "blog/nyheter/2011-05-01-om-alfa.en.md": "---\ntitle: News about Alpha\nslug: news-alpha\n---\nText.\n",
    "blog/nyheter/2012-01-10-alfa-och-beta.md": (
        "---\ntitle: Alfa och Beta\ndate: 2012-01-10\nreferences: [alfa, beta]\n---\nText.\n"
    ),
    "blog/nyheter/2013-01-10-taggat.md": "---\ntitle: Taggat med Open Space\ndate: 2013-01-10\ntags: [Open Space]\n---\n",
}
CONFIG = {
    "plugins": [{"samverkan": {"collections": {"nyheter": {"url": {"sv": "nyheter", "en": "news"}}}}}],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_site(write_site(tmp_path_factory.mktemp("references"), FILES, CONFIG))
    assert built.ok, built.output
    return built


def facts(page) -> dict[str, str]:
    box = page.xpath("//section[contains(@class,'samverkan-facts')]//dl")[0]
    return {dt.text_content().strip(): page_text(dd) for dt, dd in zip(box.xpath("dt"), box.xpath("dd"))}


def test_reference_page_facts(site: Built) -> None:
    assert facts(site.page("referenser/alfa/")) == {
        "Uppdragsgivare": "Region Dalarna",
        "Period": "mars 2010 – december 2011",
        "Län": "Dalarna",
        "Kommuner": "Borlänge, Falun",
        "Metoder": "Boston-metoden",
        "Finansiering": "Ungdomsstyrelsen",
        "Vår roll": "Processtöd",
        "Status": "Avslutad",
        "Kontakt": "Anna Berg, utvärderare, a@example.se",
    }
    english = facts(site.page("en/references/alpha/"))
    assert english["Period"] == "March 2010 – December 2011"
    assert english["Our role"] == "Process support" and english["Status"] == "Completed"
    assert english["Methods"] == "The Boston method"
    assert site.page("en/references/alpha/").xpath("//dd/a[text()='The Boston method']/@href") == [
        "../../metoder/boston-method/"
    ]
    assert facts(site.page("referenser/gamma/"))["Period"] == "sedan september 2024 (pågående)"


def test_eu_block_only_for_esf_plus(site: Built) -> None:
    for url, expected in (("referenser/beta/", "Medfinansieras av Europeiska unionen"),
                          ("en/references/gamma/", "Co-funded by the European Union")):
        [block] = site.page(url).xpath("//div[contains(@class,'samverkan-eu')]")
        assert page_text(block) == expected
        assert block.xpath("img/@src")[0].endswith("assets/images/eu-emblem.svg")
    assert not site.page("referenser/alfa/").xpath("//div[contains(@class,'samverkan-eu')]")
    assert (site.site_dir / "assets/images/eu-emblem.svg").read_text().startswith("<svg")


def facet_counts(page) -> dict[str, dict[str, str]]:
    found = {}
    for heading in page.xpath("//section[contains(@class,'samverkan-facets')]/h3"):
        values = heading.xpath("following-sibling::ul[1]/li")
        found[heading.text] = {li.xpath("a")[0].text: li.xpath("span")[0].text for li in values}
    return found


def test_index_counts_per_facet_value(site: Built) -> None:
    # Years active: alfa 2010-2011, beta 2011-2012, gamma 2024 to "now" (2026).
    assert facet_counts(site.page("referenser/")) == {
        "År": {"2026": "(1)", "2025": "(1)", "2024": "(1)", "2012": "(1)", "2011": "(2)", "2010": "(1)"},
        "Län": {"Dalarna": "(2)", "Västmanland": "(1)"},
        "Metod": {"Boston-metoden": "(2)", "Open Space": "(2)"},
        "Uppdragsgivare": {"Region Dalarna": "(2)", "Samordningsförbundet Borlänge": "(2)"},
        "Status": {"Avslutad": "(2)", "Pågående": "(1)"},
    }


def test_facet_pages_list_their_references(site: Built) -> None:
    page = site.page("referenser/uppdragsgivare/samordningsforbundet-borlange/")
    assert page.xpath("//h1/text()") == ["Uppdragsgivare: Samordningsförbundet Borlänge"]
    assert page.xpath("//ul[contains(@class,'samverkan-references')]/li/a/text()") == ["Betaprojektet", "Gammaprojektet"]
    english = site.page("en/references/county/dalarna/")
    assert english.xpath("//ul[contains(@class,'samverkan-references')]/li/a/text()") == [
        "Betaprojektet", "The Alpha project"
    ]
    assert english.xpath("//li/a[text()='Betaprojektet']/@lang") == ["sv"]


def test_backlinks_complete_newest_first_in_the_pages_language(site: Built) -> None:
    cited = "//section[contains(@class,'samverkan-cited')]//h3/a/text()"
    assert site.page("referenser/alfa/").xpath(cited) == ["Alfa och Beta", "Nytt om Alfa"]
    assert site.page("en/references/alpha/").xpath(cited) == ["Alfa och Beta", "News about Alpha"]
    assert site.page("referenser/beta/").xpath(cited) == ["Alfa och Beta"]
    assert site.page("referenser/gamma/").xpath(cited) == []


def test_method_pages_list_references_and_entries(site: Built) -> None:
    page = site.page("metoder/open-space/")
    assert page.xpath("//section[contains(@class,'samverkan-method-references')]//li/a/text()") == [
        "Betaprojektet", "Gammaprojektet"
    ]
    # Entries citing those references, and entries tagged with the method, newest first.
    assert page.xpath("//section[contains(@class,'samverkan-method-entries')]//h3/a/text()") == [
        "Taggat med Open Space", "Alfa och Beta"
    ]
    english = site.page("en/metoder/boston-method/")
    assert english.xpath("//section[contains(@class,'samverkan-method-references')]//li/a/text()") == [
        "Betaprojektet", "The Alpha project"
    ]


def test_ref_links_resolve_in_the_pages_language(site: Built) -> None:
    assert site.page("").xpath("//article//a[text()='Alfaprojektet']/@href") == ["referenser/alfa/"]
    assert site.page("").xpath("//article//a[text()='Beta']/@href") == ["referenser/beta/#resultat"]
    assert site.page("en/").xpath("//article//a[text()='Alpha']/@href") == ["references/alpha/"]
    # Beta has no English version: the English notice page.
    assert site.page("en/").xpath("//article//a[text()='Beta']/@href") == ["references/beta/"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_open_data_validates_against_its_schema(site: Built, lang: str) -> None:
    folder = site.site_dir / ("referenser" if lang == "sv" else "en/references")
    data = json.loads((folder / "references.json").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert json.loads((folder / "references.schema.json").read_text()) == schema
    assert data["language"] == lang and len(data["references"]) == 3
    beta = next(r for r in data["references"] if r["id"] == "beta")
    assert beta["eu_funded"] and beta["language"] == "sv"
    assert [m["id"] for m in beta["methods"]] == ["boston", "open-space"]


BAD = {
    "cited reference that does not exist": (
        {"docs/om.md": "---\ntitle: Om\n---\nSe\n[projektet](ref:okant).\n"},
        "docs/om.md:5:13: error: referensen 'okant' finns inte",
    ),
    "unknown method": (
        {"references/delta.md": reference("Delta", methods="[boston, okand-metod]")},
        "references/delta.md:3:19: error: metoden 'okand-metod' finns inte i metodbiblioteket",
    ),
    "two references with the same id": (
        {"references/2020/alfa.md": reference("Alfa igen")},
        "references/alfa.md:1: error: det finns redan en referens med id 'alfa' (references/2020/alfa.md)",
    ),
    "period that ends before it starts": (
        {"references/delta.md": reference("Delta", period="{start: 2012-05, end: 2011-01}")},
        "references/delta.md:3:31: error: perioden slutar (2011-01) innan den börjar (2012-05)",
    ),
    "missing title": (
        {"references/delta.md": "---\nregion: Dalarna\n---\nText.\n"},
        "references/delta.md:1:1: error: fältet 'title' saknas",
    ),
    "unreadable period": (
        {"references/delta.md": reference("Delta", period="{start: våren 2012}")},
        "references/delta.md:3:17: error: perioden 'våren 2012' går inte att läsa",
    ),
}


@pytest.mark.parametrize(("files", "expected"), BAD.values(), ids=BAD.keys())
def test_bad_reference(tmp_path: Path, files: dict, expected: str) -> None:
    built = build_site(write_site(tmp_path, {**FILES, **files}, CONFIG))
    assert built.returncode == 1
    assert "Traceback" not in built.output
    assert expected in built.output, built.output
