"""Shared test fixtures: building real sites, serving them, and a real browser.

Sites are built with the real ``mkdocs build`` in a subprocess (as an author
would run it), into temporary folders. "Now" is pinned with SOURCE_DATE_EPOCH
so the tests do not change meaning with the calendar.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers import ROOT, Built, build_site, write_site  # noqa: E402

#: 2026-11-22 00:00 UTC: the example site's "today".
NOW_EPOCH = "1795305600"

os.environ.setdefault("SOURCE_DATE_EPOCH", NOW_EPOCH)
os.environ["NO_MKDOCS_2_WARNING"] = "1"


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The repository's example site, built once per test session."""
    out = tmp_path_factory.mktemp("example") / "site"
    built = build_site(ROOT, site_dir=out)
    assert built.ok, built.output
    return built


@pytest.fixture
def make_site(tmp_path: Path):
    """Write a small site from ``{path: text}`` and return its folder."""

    def make(files: dict[str, str], config: dict | None = None) -> Path:
        return write_site(tmp_path / "site-src", files, config)

    return make
