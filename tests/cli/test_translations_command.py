"""``samverkan translations``: every original with its translation's state, filters, and marking."""

from __future__ import annotations

import json
from pathlib import Path

from cli_site import make
from helpers import run_cli


def states(project: Path, *args: str) -> dict[str, str]:
    result = run_cli(project, "translations", "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return {item["path"]: item["translations"]["en"]["state"] for item in json.loads(result.stdout)["originals"]}


def site(tmp_path: Path) -> Path:
    project = make(tmp_path)
    made = run_cli(project, "new", "--translation-of", "blog/nyheter/2012-01-01-forsta.md", "First news")
    assert made.returncode == 0, made.stderr
    return project


def test_every_original_and_its_state(tmp_path: Path) -> None:
    project = site(tmp_path)
    assert states(project) == {
        "blog/blogg/2013-01-01-inlagg.md": "missing",
        "blog/nyheter/2012-01-01-forsta.md": "translated",
        "docs/index.md": "missing",
        "docs/om-oss.md": "untracked",
        "references/dimpa.md": "missing",
    }


def test_text_table_and_summary(tmp_path: Path) -> None:
    result = run_cli(site(tmp_path), "translations")
    assert result.stdout.splitlines() == [
        "Svenska                            Engelska",
        "blog/blogg/2013-01-01-inlagg.md    saknas",
        "blog/nyheter/2012-01-01-forsta.md  översatt",
        "docs/index.md                      saknas",
        "docs/om-oss.md                     översatt (följs inte)",
        "references/dimpa.md                saknas",
        "5 original. Översatta: 2 (följs inte: 1), inaktuella: 0, saknas: 3",
    ]


def test_a_change_to_the_original_outdates_the_translation(tmp_path: Path) -> None:
    project = site(tmp_path)
    original = project / "blog/nyheter/2012-01-01-forsta.md"
    original.write_text(original.read_text(encoding="utf-8") + "\nEn ny mening.\n", encoding="utf-8")
    assert states(project, "--outdated") == {"blog/nyheter/2012-01-01-forsta.md": "outdated"}
    text = run_cli(project, "translations", "--outdated").stdout
    assert "blog/nyheter/2012-01-01-forsta.md  inaktuell" in text


def test_a_change_to_shared_facts_does_not(tmp_path: Path) -> None:
    project = site(tmp_path)
    original = project / "blog/nyheter/2012-01-01-forsta.md"
    text = original.read_text(encoding="utf-8").replace("authors: [anna]", "authors: [anna]\ntags: [ny]")
    original.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert states(project)["blog/nyheter/2012-01-01-forsta.md"] == "translated"


def test_filters(tmp_path: Path) -> None:
    project = site(tmp_path)
    assert set(states(project, "--missing")) == {"blog/blogg/2013-01-01-inlagg.md", "docs/index.md",
                                                 "references/dimpa.md"}
    assert set(states(project, "--translated")) == {"blog/nyheter/2012-01-01-forsta.md", "docs/om-oss.md"}
    assert set(states(project, "--missing", "--translated")) == set(states(project))
    assert states(project, "--outdated") == {}


def test_mark_translated_renews_only_its_line(tmp_path: Path) -> None:
    project = site(tmp_path)
    (project / "docs/om-oss.md").write_text("---\ntitle: Om oss\n---\nNy text.\n", encoding="utf-8")
    translation = project / "docs/om-oss.en.md"
    before = translation.read_text(encoding="utf-8")
    result = run_cli(project, "translations", "--mark-translated", "docs/om-oss.md")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("docs/om-oss.en.md: markerad som översatt från docs/om-oss.md (")
    after = translation.read_text(encoding="utf-8")
    assert after.replace(after.split("\n")[3] + "\n", "") == before
    assert after.split("\n")[3].startswith('translated_from: "')
    assert states(project)["docs/om-oss.md"] == "translated"
    assert run_cli(project, "check").returncode == 0


def test_mark_translated_without_a_translation(tmp_path: Path) -> None:
    result = run_cli(site(tmp_path), "translations", "--mark-translated", "docs/index.md")
    assert result.returncode == 1
    assert result.stderr.startswith("docs/index.md: error: docs/index.md har ingen översättning ännu.")
