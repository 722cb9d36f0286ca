"""The printed table and the JSON file of the full-build measurement."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from bench import machine, profiling
from bench.full_build import SizeResult
from bench.sites import VARIANTS

#: (heading, width) of each column; numbers are right-aligned.
COLUMNS = [
    ("N", 6), ("site", 5), ("runs", 4), ("pages", 6), ("wall s", 8), ("CPU s", 8),
    ("peak MiB", 9), ("ms/page", 8), ("wall ours/bare", 14), ("mem ours/bare", 13),
]


def table(results: list[SizeResult]) -> str:
    """One row per size and site; the ratios on the ours row."""
    width = sum(width for _, width in COLUMNS) + 2 * (len(COLUMNS) - 1)
    lines = [_row([heading for heading, _ in COLUMNS]), "-" * width]
    for result in results:
        for index, name in enumerate(VARIANTS):
            runs = result.variants[name]
            first = [f"{result.n:,}" if index == 0 else "", name, str(len(runs.runs))]
            if not runs.ok:
                failure = runs.failure
                reason = f"exit {failure.exit_code}" if failure else "not run"
                lines.append(_row(first) + f"  build failed: {reason} (output below)")
                continue
            cells = [
                f"{runs.median('pages'):.0f}",
                f"{runs.median('wall_s'):.2f}",
                f"{runs.median('cpu_s'):.2f}",
                f"{runs.median('peak_mib'):.0f}",
                f"{runs.median('ms_per_page'):.1f}",
            ]
            ratios = ["", ""]
            if name == "ours":
                ratios = [_times(result.wall_ratio), _times(result.memory_ratio)]
            lines.append(_row(first + cells + ratios))
    return "\n".join(lines)


def corpus_lines(results: list[SizeResult]) -> str:
    """How big each corpus was and how long it took to write."""
    return "\n".join(
        f"N={result.n:,}: {result.corpus.files:,} files, {result.corpus.words:,} words of body text; "
        f"generated in {result.corpus.seconds:.2f} s, bare layout in {result.bare_layout_s:.2f} s"
        for result in results
    )


def failures(results: list[SizeResult]) -> str:
    """The last lines of every failed build's output."""
    blocks = []
    for result in results:
        for name, runs in result.variants.items():
            failure = runs.failure
            if failure is not None:
                tail = "\n".join(f"    {line}" for line in failure.tail) or "    (no output)"
                blocks.append(f"{name} build at N={result.n:,} failed (exit {failure.exit_code}); "
                              f"last {len(failure.tail)} lines:\n{tail}")
    return "\n\n".join(blocks)


def profiles(results: list[SizeResult]) -> str:
    """The area breakdown of each profiled build."""
    blocks = []
    for result in results:
        profile = result.profile
        if profile is None:
            continue
        if profile.areas:
            blocks.append(f"Profile of ours at N={result.n:,} ({profile.report_path}):\n"
                          f"{profiling.format_areas(profile.areas)}")
        else:
            blocks.append(f"Profile of ours at N={result.n:,}: the profiled build failed "
                          f"(exit {profile.build.exit_code}).")
    return "\n\n".join(blocks)


def write_json(path: Path, results: list[SizeResult], settings: dict[str, Any],
               preview: dict[str, Any] | None = None) -> None:
    """All repetitions, medians and ratios, the preview's times, with the machine and the commit."""
    document = {
        "format": 1,
        "measured_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine.machine(),
        "git": machine.git(),
        "settings": settings,
        "sizes": [result.to_json() for result in results],
        "preview": preview,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _row(cells: list[str]) -> str:
    out = []
    for (heading, width), cell in zip(COLUMNS, cells):
        out.append(cell.ljust(width) if heading == "site" else cell.rjust(width))
    return "  ".join(out).rstrip()


def _times(value: float | None) -> str:
    return f"{value:.2f}x" if value is not None else "-"
