"""``samverkan new``: a file in the right place with its front matter filled in, that builds as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_site import check_json, make
from helpers import build_site, run_cli

#: 2026-11-22 00:00 UTC, which is 01:00 in Stockholm.
EPOCH = "1795305600"


def new(project: Path, *args: str, epoch: str = EPOCH):
    return run_cli(project, "new", *args, env={"SOURCE_DATE_EPOCH": epoch})


@pytest.mark.parametrize(
    ("word", "folder"),
    [("news", "blog/nyheter"), ("nyheter", "blog/nyheter"), ("Nyheter", "blog/nyheter"),
     ("blog", "blog/blogg"), ("blogg", "blog/blogg"), ("Blog", "blog/blogg")],
)
def test_entry_by_id_address_or_title(tmp_path: Path, word: str, folder: str) -> None:
    result = new(make(tmp_path), word, "Titel på nyheten")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{folder}/2026-11-22-titel-pa-nyheten.md\n"


def test_entry_front_matter(tmp_path: Path) -> None:
    project = make(tmp_path)
    path = new(project, "news", "Årets konferens: program").stdout.strip()
    text = (project / path).read_text(encoding="utf-8")
    assert path == "blog/nyheter/2026-11-22-arets-konferens-program.md"
    assert text.startswith(
        "---\ntitle: 'Årets konferens: program'\ndate: 2026-11-22\nslug: arets-konferens-program\ntags: []\n"
    )
    assert "# summary:" in text and text.count("---\n") == 2


def test_today_is_stockholm_time(tmp_path: Path) -> None:
    # 2026-11-21 23:30 UTC is already 22 November in Stockholm.
    result = new(make(tmp_path), "news", "Sent", epoch=str(int(EPOCH) - 1800))
    assert result.stdout == "blog/nyheter/2026-11-22-sent.md\n"


def test_reference_and_page(tmp_path: Path) -> None:
    project = make(tmp_path)
    assert new(project, "reference", "Nytt uppdrag i Gävle").stdout == "references/nytt-uppdrag-i-gavle.md\n"
    page = new(project, "sida", "Vår metod", "--folder", "metoder")
    assert page.stdout == "docs/metoder/var-metod.md\n"
    assert "nav:" in page.stderr  # a hint: pages show in the menu only when listed there
    assert new(project, "page", "Kontakt", "--slug", "kontakta-oss").stdout == "docs/kontakta-oss.md\n"
    assert (project / "docs/kontakta-oss.md").read_text(encoding="utf-8").startswith("---\ntitle: Kontakt\n")


def test_translation_holds_only_what_a_translation_sets(tmp_path: Path) -> None:
    project = make(tmp_path)
    result = new(project, "--lang", "en", "--translation-of", "blog/nyheter/2012-01-01-forsta.md", "First news")
    assert result.stdout == "blog/nyheter/2012-01-01-forsta.en.md\n"
    lines = (project / "blog/nyheter/2012-01-01-forsta.en.md").read_text(encoding="utf-8").split("\n")
    fields = [line.split(":")[0] for line in lines[1 : lines.index("---", 1)] if not line.startswith("#")]
    assert fields == ["title", "slug", "translated_from"]
    assert lines[2] == "slug: first-news"
    state = run_cli(project, "translations", "--format", "json").stdout
    assert '"state": "translated"' in state


def test_translation_of_an_index_page_has_no_slug(tmp_path: Path) -> None:
    project = make(tmp_path)
    assert new(project, "page", "Home", "--translation-of", "docs/index.md").returncode == 0
    text = (project / "docs/index.en.md").read_text(encoding="utf-8")
    assert "slug:" not in text and "title: Home" in text


def test_new_files_check_clean_and_build_without_edits(tmp_path: Path) -> None:
    project = make(tmp_path)
    for args in (("news", "En ny nyhet"), ("blogg", "Ett nytt inlägg"), ("referens", "Ett nytt uppdrag"),
                 ("sida", "En ny sida"),
                 ("--lang", "en", "--translation-of", "blog/nyheter/2012-01-01-forsta.md", "The first news"),
                 ("--translation-of", "docs/index.md", "page", "Home")):
        result = new(project, *args)
        assert result.returncode == 0, result.stderr
    code, report = check_json(project)
    assert (code, report["diagnostics"]) == (0, [])
    built = build_site(project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert built.ok, built.output
    for url in ("nyheter/2026/en-ny-nyhet/", "blogg/2026/ett-nytt-inlagg/", "en-ny-sida/",
                "en/news/2012/the-first-news/"):
        assert built.exists(url), url


REFUSALS = {
    "an existing file": (("news", "Första nyheten", "--slug", "forsta"), "blog/nyheter/2026-11-22-forsta.md",
                         "finns redan"),
    "an unknown kind": (("podd", "Avsnitt 1"), None, "nyheter, news, page, sida, reference, referens"),
    "an empty title": (("news", "   "), None, "titeln är tom"),
    "a bad slug": (("news", "X", "--slug", "../x"), None, "går inte att använda i en adress"),
    "a translation of a translation": (("--translation-of", "docs/om-oss.en.md", "X"), "docs/om-oss.en.md",
                                       "själv en översättning"),
    "a translation of nothing": (("--translation-of", "docs/borta.md", "X"), "docs/borta.md", "finns inte"),
    "an unknown language": (("--lang", "de", "--translation-of", "docs/index.md", "X"), None, "'de' finns inte"),
    "a language without an original": (("news", "X", "--lang", "en"), None, "--translation-of"),
    "a kind that does not match": (("blog", "X", "--translation-of", "docs/index.md"), "docs/index.md",
                                   "inte en fil av sorten 'blog'"),
}


@pytest.mark.parametrize(("args", "path", "words"), REFUSALS.values(), ids=REFUSALS.keys())
def test_refusals_are_plain(tmp_path: Path, args: tuple, path: str | None, words: str) -> None:
    project = make(tmp_path, {"blog/nyheter/2026-11-22-forsta.md": "---\ntitle: F\ndate: 2026-11-22\n---\n"})
    before = sorted(p for p in project.rglob("*") if p.is_file())
    result = new(project, *args)
    assert result.returncode == 1
    assert result.stdout == ""
    [message] = result.stderr.splitlines()
    assert message.startswith(f"{path or 'samverkan'}: error: ")
    assert words in message
    assert "Traceback" not in result.stderr
    assert sorted(p for p in project.rglob("*") if p.is_file()) == before


def test_reference_translation_is_clean(tmp_path: Path) -> None:
    project = make(tmp_path)
    result = new(project, "--translation-of", "references/dimpa.md", "DIMPA in English")
    assert result.stdout == "references/dimpa.en.md\n"
    code, report = check_json(project)
    assert (code, report["diagnostics"]) == (0, [])
