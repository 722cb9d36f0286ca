"""Run one ``mkdocs build`` in a child process and measure that child alone.

Wall time is ``time.perf_counter`` around the child; CPU seconds (user + system)
and peak resident memory come from ``os.wait4``, which reports the resources of
the reaped child only. The build's output goes to a log file; its last lines are
kept for the report when the build fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

#: Environment of every build: no MkDocs 2 banner, "now" pinned (2026-11-22).
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1795305600"}
TAIL_LINES = 20


@dataclass
class Build:
    """One measured build."""

    exit_code: int
    wall_s: float
    cpu_s: float
    user_s: float
    system_s: float
    peak_mib: float
    pages: int
    warnings: int
    infos: int
    tail: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.exit_code == 0

    @property
    def ms_per_page(self) -> float | None:
        return 1000 * self.wall_s / self.pages if self.pages else None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        if self.ok:
            del data["tail"]
        return data


def build(project: Path, site_dir: Path, log_path: Path, python_args: tuple[str, ...] = ()) -> Build:
    """Build ``project`` into the emptied ``site_dir``; ``python_args`` go before
    ``-m mkdocs`` (e.g. to run it under cProfile)."""
    shutil.rmtree(site_dir, ignore_errors=True)
    command = [
        sys.executable, *python_args, "-m", "mkdocs", "build",
        "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir),
    ]
    environment = {**os.environ, **BUILD_ENV}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        start = time.perf_counter()
        child = subprocess.Popen(
            command, cwd=project, env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return Build(
        exit_code=child.returncode,
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        user_s=usage.ru_utime,
        system_s=usage.ru_stime,
        peak_mib=usage.ru_maxrss / 1024,  # KiB on Linux
        pages=sum(1 for _ in site_dir.rglob("*.html")) if site_dir.is_dir() else 0,
        warnings=sum(line.startswith("WARNING") for line in lines),
        infos=sum(line.startswith("INFO") for line in lines),
        tail=lines[-TAIL_LINES:],
    )
