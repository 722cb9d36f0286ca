"""The full-build measurement: ours against bare MkDocs at each corpus size.

For each N: generate the corpus, lay out both sites, then build them in
alternating order (ours, bare; bare, ours; ...) so slow drift of a shared
machine hits both alike. The medians of the repetitions and the median of the
pairwise wall-time ratios are reported. Optionally one more ours build runs
under cProfile (:mod:`bench.profiling`).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import measure, profiling, sites
from bench.corpus import CorpusSummary, write_corpus

#: Reported per variant as the median of its successful repetitions.
MEDIAN_FIELDS = ("wall_s", "cpu_s", "peak_mib", "pages", "ms_per_page", "warnings")


@dataclass
class VariantRuns:
    """The repetitions of one variant (ours or bare) at one size."""

    runs: list[measure.Build] = field(default_factory=list)

    @property
    def failure(self) -> measure.Build | None:
        return next((run for run in self.runs if not run.ok), None)

    @property
    def ok(self) -> bool:
        return bool(self.runs) and self.failure is None

    def median(self, name: str) -> float | None:
        values = [getattr(run, name) for run in self.runs if run.ok]
        values = [value for value in values if value is not None]
        return statistics.median(values) if values else None

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "median": {name: self.median(name) for name in MEDIAN_FIELDS} if self.ok else None,
            "runs": [run.to_json() for run in self.runs],
        }


@dataclass
class SizeResult:
    """Everything measured at one N."""

    n: int
    corpus: CorpusSummary
    bare_layout_s: float
    variants: dict[str, VariantRuns]
    profile: profiling.Profile | None = None

    @property
    def pair_ratios(self) -> list[float]:
        """ours wall / bare wall for each repetition where both built."""
        pairs = zip(self.variants["ours"].runs, self.variants["bare"].runs)
        return [ours.wall_s / bare.wall_s for ours, bare in pairs if ours.ok and bare.ok]

    @property
    def wall_ratio(self) -> float | None:
        ratios = self.pair_ratios
        return statistics.median(ratios) if ratios and self.variants["ours"].ok else None

    @property
    def memory_ratio(self) -> float | None:
        ours, bare = (self.variants[name].median("peak_mib") for name in ("ours", "bare"))
        return ours / bare if ours and bare and self.variants["ours"].ok else None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "n": self.n,
            "corpus": {**self.corpus.__dict__, "bare_layout_s": self.bare_layout_s},
            "variants": {name: runs.to_json() for name, runs in self.variants.items()},
            "ratio": {"wall": self.wall_ratio, "wall_pairs": self.pair_ratios, "memory": self.memory_ratio},
        }
        if self.profile is not None:
            data["profile"] = {
                "build": self.profile.build.to_json(),
                "areas_s": self.profile.areas,
                "report": str(self.profile.report_path) if self.profile.areas else None,
            }
        return data


def run_size(
    n: int, *, repeat: int, seed: int, workdir: Path, out_dir: Path, profile: bool, say: Callable[[str], None]
) -> SizeResult:
    """Generate the corpus of size ``n`` under ``workdir`` and measure both builds."""
    root = workdir / f"n{n}"
    corpus = write_corpus(root / "ours", n, seed)
    projects = {"ours": sites.prepare_ours(root / "ours")}
    start = time.perf_counter()
    projects["bare"] = sites.prepare_bare(root / "ours", root / "bare")
    bare_layout_s = time.perf_counter() - start
    say(f"N={n}: corpus of {corpus.files} files ({corpus.entries} entries, {corpus.translated_entries} "
        f"translated) written in {corpus.seconds:.2f} s; bare layout in {bare_layout_s:.2f} s")

    variants = {name: VariantRuns() for name in sites.VARIANTS}
    for repetition in range(repeat):
        order = sites.VARIANTS if repetition % 2 == 0 else sites.VARIANTS[::-1]
        for name in order:
            if variants[name].failure is not None:
                continue  # a build that failed once is not retried
            run = measure.build(projects[name], root / f"site-{name}", out_dir / "logs" / f"{name}-{n}.log")
            variants[name].runs.append(run)
            outcome = f"{run.pages} pages" if run.ok else f"FAILED (exit {run.exit_code})"
            say(f"N={n} run {repetition + 1}/{repeat} {name}: {run.wall_s:.1f} s wall, "
                f"{run.cpu_s:.1f} s CPU, {run.peak_mib:.0f} MiB, {outcome}")

    result = SizeResult(n, corpus, bare_layout_s, variants)
    if profile:
        if variants["ours"].ok:
            result.profile = profiling.profile_build(projects["ours"], root / "site-profile", out_dir, n)
            say(f"N={n} profiled ours build: {result.profile.build.wall_s:.1f} s under cProfile")
        else:
            say(f"N={n}: not profiling, the ours build failed")
    return result
