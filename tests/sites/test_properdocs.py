"""The site builds under ProperDocs (the maintained fork of MkDocs 1.x) as it does under MkDocs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, Built

PROPERDOCS = Path(sys.executable).with_name("properdocs")


def test_properdocs_builds_the_same_site(example_site: Built, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [str(PROPERDOCS), "build", "--clean", "-f", "mkdocs.yml", "-d", str(site)],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ours = sorted(p.relative_to(example_site.site_dir) for p in example_site.site_dir.rglob("*") if p.is_file())
    theirs = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert ours == theirs
    for relative in ours:
        expected = (example_site.site_dir / relative).read_bytes()
        got = (site / relative).read_bytes()
        if expected != got:  # only the generator's name may differ
            assert expected.replace(b"mkdocs-1.6.1,", b"mkdocs-ProperDocs 1.6.7,") == got, relative
