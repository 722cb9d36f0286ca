"""The preview measurement: from saving one entry to the updated page, under ``samverkan serve``.

A corpus of N entries is served with ``samverkan serve`` (the command behind
``make serve``) on a free local port. Then, several times, one entry is edited
(its title, then its text), and the clock runs from the save until the server
answers with the new version of the entry's page; the entry's collection page
and its tag page are checked too, so a fast but stale preview does not pass.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import sites
from bench.corpus import write_corpus

EDITS = 6
START_TIMEOUT_S = 300
UPDATE_TIMEOUT_S = 60


@dataclass
class PreviewResult:
    """Seconds from each save to the updated page, and how long the first build took."""

    n: int
    start_s: float = 0.0
    updates_s: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def median_s(self) -> float | None:
        return statistics.median(self.updates_s) if self.updates_s else None

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "start_s": self.start_s, "updates_s": self.updates_s, "median_s": self.median_s,
                "max_s": max(self.updates_s) if self.updates_s else None, "error": self.error}


def run(n: int, seed: int, workdir: Path, say: Callable[[str], None]) -> PreviewResult:
    """Measure the preview on a corpus of ``n`` entries."""
    result = PreviewResult(n)
    project = workdir / f"preview-{n}"
    write_corpus(project, n, seed)
    sites.prepare_ours(project)
    entry = _an_entry(project)
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    command = [str(Path(sys.executable).with_name("samverkan")), "serve", "--dev-addr", f"127.0.0.1:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH",
                                                                                             "1795305600")}
    server = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        started = time.perf_counter()
        if not _wait(lambda: _get(base + entry.url) is not None, START_TIMEOUT_S):
            result.error = "the server did not start"
            return result
        result.start_s = time.perf_counter() - started
        say(f"preview N={n}: served after {result.start_s:.1f} s; editing {entry.path.name}")
        original = entry.path.read_text(encoding="utf-8")
        for number in range(EDITS):
            marker = f"Ändring{number}x"
            if number % 2 == 0:  # the title: the entry, its lists and tag pages change
                text = re.sub(r"^title: (.*)$", rf"title: \1 {marker}", original, count=1, flags=re.M)
                pages = [entry.url, entry.list_url, entry.tag_url]
            else:  # the text: the entry (and the feeds, the search index) change
                text = original + f"\n\n{marker} i brödtexten.\n"
                pages = [entry.url]
            saved = time.perf_counter()
            entry.path.write_text(text, encoding="utf-8")
            if not _wait(lambda: all(marker in (_get(base + page) or "") for page in pages), UPDATE_TIMEOUT_S):
                result.error = f"edit {number}: the pages did not show the change"
                break
            result.updates_s.append(time.perf_counter() - saved)
            entry.path.write_text(original, encoding="utf-8")
            time.sleep(1.0)  # let the restore settle before the next edit
        say(f"preview N={n}: updates after " + ", ".join(f"{s * 1000:.0f} ms" for s in result.updates_s))
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    return result


@dataclass(frozen=True)
class _Entry:
    path: Path
    url: str
    list_url: str
    tag_url: str


def _an_entry(project: Path) -> _Entry:
    """The newest news entry (on the first page of its list) and one of its tags' pages."""
    from samverkan.core.slugs import slugify

    path = sorted((project / "blog/nyheter").glob("*.md"))[-1]
    if path.name.endswith(".en.md"):
        path = path.with_name(path.name.replace(".en.md", ".md"))
    year, slug = path.name[:4], re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
    tag = re.search(r"^tags: \[([^,\]]+)", path.read_text(encoding="utf-8"), re.M).group(1).strip()
    return _Entry(path, f"nyheter/{year}/{slug}/", "nyheter/", f"taggar/{slugify(tag)}/")


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def report(result: PreviewResult) -> str:
    """A few lines for the printed report."""
    if result.error:
        return f"Preview at N={result.n:,}: failed: {result.error}"
    times = ", ".join(f"{s * 1000:.0f}" for s in result.updates_s)
    return (f"Preview at N={result.n:,} (samverkan serve): first build {result.start_s:.1f} s; "
            f"from save to updated page {result.median_s * 1000:.0f} ms median, "
            f"{max(result.updates_s) * 1000:.0f} ms max (each: {times} ms)")
