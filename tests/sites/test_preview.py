"""The preview (make serve): after a save it writes only what changed, and the
result is byte for byte what a full build of the same sources writes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from collection_fixture import CONFIG, FILES
from helpers import build_site, write_site
from samverkan.mkdocs_adapter.preview import Preview

ENTRY = "blog/nyheter/2011-03-05-gamma.md"


def digest(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def stamps(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*.html")}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))  # a new time, even on coarse clocks


@pytest.fixture
def preview(tmp_path: Path) -> Preview:
    project = write_site(tmp_path / "project", FILES, CONFIG)
    preview = Preview(str(project / "mkdocs.yml"), str(tmp_path / "preview"))
    preview.build()
    return preview


def full_build(preview: Preview, tmp_path: Path) -> dict[str, str]:
    built = build_site(Path(preview.config_file).parent, site_dir=tmp_path / "full")
    assert built.ok, built.output
    return digest(tmp_path / "full")


def test_edited_title_updates_its_pages_only(preview: Preview, tmp_path: Path) -> None:
    site = Path(preview.site_dir)
    before = stamps(site)
    edit(Path(preview.config_file).parent / ENTRY, "title: Gammanyhet", "title: Gammanyhet med ny rubrik")
    assert preview.update() == "pages"
    after = stamps(site)
    rewritten = {page for page, stamp in after.items() if before.get(page) != stamp}
    assert "nyheter/2011/gamma/index.html" in rewritten
    assert "nyheter/sida/2/index.html" in rewritten  # the list that shows it
    assert "nyheter/arkiv/2011/03/index.html" in rewritten
    assert "nyheter/2011/beta/index.html" in rewritten  # its neighbour shows its title
    assert "om-oss/index.html" not in rewritten and "taggar/index.html" not in rewritten
    assert len(rewritten) < len(after) / 2
    assert digest(site) == full_build(preview, tmp_path)


def test_edited_text_updates_the_page_feeds_and_search(preview: Preview, tmp_path: Path) -> None:
    site = Path(preview.site_dir)
    edit(Path(preview.config_file).parent / ENTRY, "Text om samverkan.", "Helt ny brödtext om förändringsarbete.")
    assert preview.update() == "pages"
    assert "förändringsarbete" in (site / "nyheter/2011/gamma/index.html").read_text(encoding="utf-8")
    assert "förändringsarbete" in (site / "feeds/atom.xml").read_text(encoding="utf-8")
    assert "förändringsarbete" in (site / "search/search_index.json").read_text(encoding="utf-8")
    assert digest(site) == full_build(preview, tmp_path)


def test_a_changed_tag_moves_the_entry_between_tag_pages(preview: Preview, tmp_path: Path) -> None:
    site = Path(preview.site_dir)
    edit(Path(preview.config_file).parent / "blog/nyheter/2011-01-30-beta.md", "tags: [utvardering]",
         "tags: [samverkan]")
    assert preview.update() == "pages"
    assert "Betanyhet" not in (site / "taggar/utvardering/index.html").read_text(encoding="utf-8")
    assert "Betanyhet" in (site / "taggar/samverkan/index.html").read_text(encoding="utf-8")
    assert digest(site) == full_build(preview, tmp_path)


def test_a_new_entry_rebuilds_the_site(preview: Preview, tmp_path: Path) -> None:
    project = Path(preview.config_file).parent
    (project / "blog/nyheter/2012-02-02-ny.md").write_text("---\ntitle: Ny nyhet\ndate: 2012-02-02\n---\nNy.\n")
    assert preview.update() == "site"
    assert (Path(preview.site_dir) / "nyheter/2012/ny/index.html").is_file()
    assert digest(Path(preview.site_dir)) == full_build(preview, tmp_path)


def test_an_error_keeps_the_site_as_it_was(preview: Preview, tmp_path: Path) -> None:
    site = Path(preview.site_dir)
    before = digest(site)
    edit(Path(preview.config_file).parent / ENTRY, "date: 2011-03-05", "date: 2011-13-05")
    assert preview.update() == "failed"
    assert digest(site) == before
    edit(Path(preview.config_file).parent / ENTRY, "date: 2011-13-05", "date: 2011-03-05")
    assert preview.update() == "pages"
