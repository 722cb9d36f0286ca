"""Links and images in Markdown are checked without rendering, at the line and column of the target."""

from __future__ import annotations

from pathlib import Path

from cli_site import check_json, found, make
from helpers import build_site

PNG = b"\x89PNG\r\n\x1a\n"

LINKS = {
    "docs/metoder/boston.md": (
        "---\ntitle: Boston\n---\n"
        "Se [om oss](../om-oss.md), [nyheten](../../blog/nyheter/2012-01-01-forsta.md#mer) och "
        "![Karta](karta.png).\n"                                                         # line 4: fine
        "Trasig: [saknas](../saknas.md).\n"                                              # line 5
        "Utkast: [utkast](../../blog/nyheter/2012-05-01-utkast.md).\n"                   # line 6
        "Framtid: [snart](../../blog/nyheter/2027-01-01-framtid.md).\n"                  # line 7
        "Utanför: [readme](../../README.md). ![](karta.png)\n"                           # line 8
        "Extern: ![Logga](https://example.org/logga.png) [webb](https://example.org/) [e](mailto:a@b.se)\n"
        "\n```\n[kod](../inte-kontrollerad.md)\n```\n"                                    # lines 11-13
        "Referens: [definierad][def]. [Ankare](#rubrik). [Absolut](/om-oss/).\n"          # line 14
        "\n[def]: ../finns-inte-heller.md\n"                                             # line 16
    ),
    "docs/metoder/karta.png": PNG,
    "README.md": "Inte en del av webbplatsen.\n",
    "blog/nyheter/2012-05-01-utkast.md": (
        "---\ntitle: Utkast\ndate: 2012-05-01\ndraft: true\n---\nLänk från ett utkast: [x](saknas.md).\n"
    ),
    "blog/nyheter/2027-01-01-framtid.md": "---\ntitle: Framtid\ndate: 2027-01-01\n---\nSnart.\n",
    "blog/nyheter/index.md": "---\ntitle: Nyheter\n---\nIntro med [trasig länk](borta.md).\n",
    "docs/om-oss.en.md": "---\ntitle: About us\nslug: about\n---\nSee [the start page](index.md) and [gone](gone.md).\n",
}

PAGE = "docs/metoder/boston.md"


def test_every_link_problem_at_its_place(tmp_path: Path) -> None:
    code, report = check_json(make(tmp_path, LINKS))
    assert found(report) == [
        ("blog/nyheter/2012-05-01-utkast.md", 6, 27, "error", "link-broken"),
        ("blog/nyheter/index.md", 4, 25, "error", "link-broken"),
        (PAGE, 5, 18, "error", "link-broken"),
        (PAGE, 6, 18, "warning", "link-draft"),
        (PAGE, 7, 18, "warning", "link-future"),
        (PAGE, 8, 19, "warning", "link-outside"),
        (PAGE, 8, 41, "error", "image-alt-missing"),
        (PAGE, 9, 18, "error", "image-external"),
        (PAGE, 16, 8, "error", "link-broken"),
        ("docs/om-oss.en.md", 5, 43, "error", "link-broken"),
    ]
    assert code == 1
    messages = {(d["line"], d["code"]): d["message"] for d in report["diagnostics"] if d["path"] == PAGE}
    assert messages[(7, "link-future")].startswith(
        "länken '../../blog/nyheter/2027-01-01-framtid.md' pekar på ett inlägg som publiceras först 2027-01-01"
    )
    assert "![En kort beskrivning](karta.png)" in messages[(8, "image-alt-missing")]


def test_links_that_work_build(tmp_path: Path) -> None:
    files = {"docs/metoder/boston.md": LINKS["docs/metoder/boston.md"].split("Trasig")[0],
             "docs/metoder/karta.png": PNG}
    project = make(tmp_path, files)
    code, report = check_json(project)
    assert (code, report["diagnostics"]) == (0, [])
    built = build_site(project)
    assert built.ok, built.output
    link = built.page("metoder/boston/").xpath("//article//a[text()='nyheten']/@href")
    assert link == ["../../nyheter/2012/forsta/#mer"]
