"""Acceptance: on a copy of the example site with errors planted in several files,
``samverkan check`` reports every planted error at the right file and line, nothing
else, and exits 1; the build reports the same and leaves ``site/`` as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_site import check_json, found
from helpers import ROOT, run_cli

CONTENT = ("docs", "blog", "references", "mkdocs.yml")


def copy_example(folder: Path) -> Path:
    for name in CONTENT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    return folder


def plant(root: Path, path: str, old: str | None, new: str) -> tuple[int, int]:
    """Replace ``old`` (None: append) in ``path`` by ``new``; the 1-based line and column where
    ``new`` starts (after any leading newlines)."""
    file = root / path
    text = file.read_text(encoding="utf-8") if file.exists() else ""
    if old is None:
        text = text + new
    else:
        assert old in text, f"{old!r} is no longer in {path}"
        text = text.replace(old, new, 1)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return position(text, new.lstrip("\n"))


def position(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_every_planted_error_and_nothing_else(tmp_path: Path) -> None:
    site = copy_example(tmp_path / "site")
    clean_code, clean = check_json(site)
    assert (clean_code, clean["diagnostics"]) == (0, []), "the example site itself must be clean"
    expected = []

    def expect(path: str, where: tuple[int, int], code: str, shift: int = 0, column: bool = True) -> None:
        line, col = where
        expected.append((path, line, col + shift if column else None, "error", code))

    news = "blog/nyheter/2011-01-21-film-om-dimpa.md"
    expect(news, plant(site, news, "date: 2011-01-21", "date: 2011-02-30"), "date-day", shift=6)
    post = "blog/blogg/2014-03-11-vard-inte-styrman.md"
    expect(post, plant(site, post, "authors: [karin]", "authors: [karin, okand]"), "unknown-person", shift=17)
    page = "docs/om-oss.md"
    expect(page, plant(site, page, None, "\nLäs mer om [oss](vi-finns-inte.md).\n"), "link-broken", shift=17)
    english = "docs/kontakt.en.md"
    expect(english, plant(site, english, None, "\n![](../docs/karta.png)\n"), "image-alt-missing", shift=4)
    expect(english, position((site / english).read_text(encoding="utf-8"), "../docs/karta.png"), "link-broken")
    translation = "blog/nyheter/2012-10-18-en-dorr-in-borlange.en.md"
    expect(translation, plant(site, translation, "slug: one-door-in-borlange", "slug: ../one-door"),
           "slug-path", shift=6)
    reference = "references/ung-kraft.md"
    expect(reference, plant(site, reference, "status: avslutad", "status: klar"), "field-choice", shift=8)
    tab = "blog/nyheter/2020-01-01-tabb.md"
    plant(site, tab, None, "---\ntitle: Tabb\n\tdate: 2020-01-01\n---\nText.\n")
    expect(tab, position((site / tab).read_text(encoding="utf-8"), "\tdate"), "yaml-tab")
    orphan = "blog/blogg/2020-01-01-borta.en.md"
    expect(orphan, plant(site, orphan, None, "---\ntitle: Gone\n---\n"), "translation-orphan", column=False)
    empty = "blog/blogg/2020-02-02-tom.md"
    expect(empty, plant(site, empty, None, ""), "empty-file", column=False)

    code, report = check_json(site)
    assert found(report) == sorted(expected, key=lambda item: (item[0], item[1], item[2] or 0, item[4]))
    assert code == 1
    text = run_cli(site, "check").stdout.splitlines()
    assert len(text) == len(expected) + 1
    assert text[-1] == f"{len(expected)} fel, 0 varningar"


def test_failed_build_of_the_example_leaves_site_as_it_was(tmp_path: Path) -> None:
    site = copy_example(tmp_path / "site")
    assert run_cli(site, "build").returncode == 0
    before = {p.relative_to(site / "site"): p.read_bytes() for p in (site / "site").rglob("*") if p.is_file()}
    stamps = {p: p.stat().st_mtime_ns for p in (site / "site").rglob("*")}
    plant(site, "docs/om-oss.md", None, "\nLäs mer om [oss](vi-finns-inte.md).\n")
    failed = run_cli(site, "build")
    assert failed.returncode == 1
    assert "docs/om-oss.md:" in failed.stdout + failed.stderr and "Traceback" not in failed.stderr
    after = {p.relative_to(site / "site"): p.read_bytes() for p in (site / "site").rglob("*") if p.is_file()}
    assert after == before
    assert {p: p.stat().st_mtime_ns for p in (site / "site").rglob("*")} == stamps
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".")) == []
