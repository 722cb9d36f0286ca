"""Helpers for tests: write a site, build it for real, read what came out."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import lxml.html
import yaml

ROOT = Path(__file__).resolve().parent.parent

#: The smallest configuration a test site needs; tests add to it.
BASE_CONFIG: dict[str, Any] = {
    "site_name": "Testsajt",
    "site_url": "https://test.example/",
    "theme": {"name": "material", "language": "sv", "font": False},
    "plugins": [{"samverkan": {}}],
}


@dataclass
class Built:
    """The result of a build: exit code, everything printed, and the site folder."""

    returncode: int
    output: str
    site_dir: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def page(self, url: str) -> lxml.html.HtmlElement:
        """The parsed HTML of the page at ``url`` ("en/about/")."""
        path = self.site_dir / url / "index.html" if not url.endswith(".html") else self.site_dir / url
        return lxml.html.fromstring(path.read_bytes())

    def exists(self, url: str) -> bool:
        return (self.site_dir / url / "index.html").is_file()

    def html_files(self) -> Iterator[Path]:
        return iter(sorted(self.site_dir.rglob("*.html")))

    def url_of(self, path: Path) -> str:
        """The site-root-relative URL of an output file."""
        relative = path.relative_to(self.site_dir).as_posix()
        return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def build_site(
    project: Path, site_dir: Path | None = None, env: dict[str, str] | None = None, strict: bool = False
) -> Built:
    """Run ``mkdocs build`` on ``project`` (in a subprocess, like an author)."""
    site_dir = site_dir or project / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    result = subprocess.run(
        command,
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
    )
    return Built(result.returncode, result.stdout + result.stderr, site_dir)


def run_cli(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the ``samverkan`` command line in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "samverkan.cli.main", *args],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
    )


def write_site(folder: Path, files: dict[str, str], config: dict[str, Any] | None = None) -> Path:
    """Write ``mkdocs.yml`` (BASE_CONFIG updated with ``config``) and ``files`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    merged = {**BASE_CONFIG, **(config or {})}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(merged, allow_unicode=True), encoding="utf-8")
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return folder


def page_text(page: lxml.html.HtmlElement) -> str:
    return " ".join(page.text_content().split())
