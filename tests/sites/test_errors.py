"""Bad content: a plain message at file:line, a failed build, no traceback, site/ untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

from helpers import build_site, run_cli, write_site

GOOD = {
    "docs/index.md": "---\ntitle: Start\n---\nHej.\n",
    "docs/om-oss.md": "---\ntitle: Om oss\n---\nVi.\n",
}

BROKEN = {
    **GOOD,
    "docs/trasig.md": "---\ntitle: Trasig\nsummary: [inte stängd\n---\nText.\n",
    "docs/datum.md": "---\ntitle: Datum\ndate: 2012-13-45\n---\nText.\n",
}


def test_malformed_front_matter_fails_with_file_and_line(tmp_path: Path) -> None:
    built = build_site(write_site(tmp_path, BROKEN))
    assert built.returncode != 0
    assert "Traceback" not in built.output
    assert "docs/trasig.md:3:" in built.output or "docs/trasig.md:4:" in built.output
    assert "docs/datum.md:3:7: error: fältet 'date' har datumet '2012-13-45', som inte finns" in built.output
    assert "2 fel" in built.output  # every error of the build, not just the first


def test_messages_in_english_when_chosen(tmp_path: Path) -> None:
    config = {"plugins": [{"samverkan": {"messages": "en"}}]}
    built = build_site(write_site(tmp_path, BROKEN, config))
    assert "docs/datum.md:3:7: error: the field 'date' has the date '2012-13-45', which does not exist" in built.output


def digest(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_failed_build_leaves_site_as_it_was(tmp_path: Path) -> None:
    project = write_site(tmp_path, GOOD)
    first = run_cli(project, "build")
    assert first.returncode == 0, first.stdout + first.stderr
    before = digest(project / "site")
    assert "index.html" in before
    write_site(tmp_path, BROKEN)
    failed = run_cli(project, "build")
    assert failed.returncode == 1
    assert "Traceback" not in failed.stdout + failed.stderr
    assert digest(project / "site") == before
    assert not list(project.glob(".site-*"))


def test_same_sources_same_bytes(tmp_path: Path) -> None:
    project = write_site(tmp_path, {**GOOD, "docs/om-oss.en.md": "---\ntitle: About\nslug: about\n---\nWe.\n"})
    one = build_site(project, site_dir=tmp_path / "one")
    two = build_site(project, site_dir=tmp_path / "two")
    assert one.ok and two.ok
    assert digest(tmp_path / "one") == digest(tmp_path / "two")
