"""Profile one build under cProfile and break its time down by area.

Every function in the profile is given an area from its file (Markdown
conversion, Jinja templates, search index, samverkan's own code, writing files,
YAML and configuration, the rest of MkDocs, imports). A function of no area
(a builtin, the standard library, a third-party helper) has its own time
shared among its callers in proportion to the time spent under each call site,
so ``re.sub`` called from Python-Markdown counts as Markdown conversion. The
shares therefore add up to the whole profiled run.
"""

from __future__ import annotations

import io
import pstats
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import measure

TOP_FUNCTIONS = 40
OTHER = "other (unattributed)"

# A pstats function key: (file name, line number, function name).
FunctionKey = tuple[str, int, str]

_WRITE_FUNCTIONS = {"write_file", "copy_file", "clean_directory", "copy_static_files"}

#: Areas in the order they are tried: the first that claims a function wins.
AREAS: list[tuple[str, Callable[[str, str], bool]]] = [
    ("imports and start-up", lambda f, name: f.startswith("<frozen") or (name == "<module>" and not f.endswith(".html"))),
    ("search index", lambda f, name: "/contrib/search/" in f or "/material/plugins/search/" in f
     or ("/samverkan/" in f and "search" in Path(f).name)),
    ("Jinja templates", lambda f, name: f.endswith(".html") or "/jinja2/" in f or "/markupsafe/" in f),
    ("samverkan's own code", lambda f, name: "/plugins/samverkan/" in f),
    ("Markdown conversion", lambda f, name: any(part in f for part in (
        "/markdown/", "/pymdownx/", "/material/extensions/", "/mkdocs/structure/pages.py",
        "/mkdocs/structure/toc.py"))),
    ("writing files", lambda f, name: "/mkdocs/" in f and name in _WRITE_FUNCTIONS),
    ("YAML and configuration", lambda f, name: "/yaml/" in f or "/mkdocs/config/" in f),
    ("MkDocs and Material, other", lambda f, name: "/mkdocs/" in f or "/material/" in f),
]


@dataclass
class Profile:
    """The outcome of a profiled build."""

    build: measure.Build
    profile_path: Path
    report_path: Path
    areas: dict[str, float]  # seconds of profiled time per area, largest first


def profile_build(project: Path, site_dir: Path, out_dir: Path, n: int) -> Profile:
    """Build ``project`` under cProfile; write profile-<n>.prof and profile-<n>.txt."""
    profile_path = out_dir / f"profile-{n}.prof"
    report_path = out_dir / f"profile-{n}.txt"
    build = measure.build(
        project, site_dir, out_dir / "logs" / f"profile-{n}.log", ("-m", "cProfile", "-o", str(profile_path))
    )
    areas: dict[str, float] = {}
    if build.ok and profile_path.exists():
        stats = pstats.Stats(str(profile_path))
        areas = area_times(stats)
        report_path.write_text(_report_text(stats, areas, n), encoding="utf-8")
    return Profile(build, profile_path, report_path, areas)


def area_of(key: FunctionKey) -> str | None:
    """The area a function belongs to by its file, or None if it has none."""
    filename, _, name = key
    filename = filename.replace("\\", "/")
    for area, claims in AREAS:
        if claims(filename, name):
            return area
    return None


def area_times(stats: pstats.Stats) -> dict[str, float]:
    """Seconds of own time per area, builtins and helpers charged to their callers."""
    table = stats.stats  # type: ignore[attr-defined]
    shares: dict[FunctionKey, dict[str, float]] = {}
    resolving: set[FunctionKey] = set()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))

    def share_of(key: FunctionKey) -> dict[str, float]:
        """The fraction of ``key``'s own time that belongs to each area."""
        if key in shares:
            return shares[key]
        area = area_of(key)
        if area is not None:
            shares[key] = {area: 1.0}
            return shares[key]
        resolving.add(key)
        # caller -> (primitive calls, calls, own time, cumulative time); recursion is skipped.
        callers = table[key][4] if key in table else {}
        weights = {
            caller: edge[3] or edge[1] for caller, edge in callers.items() if caller not in resolving
        }
        total = sum(weights.values())
        result: dict[str, float] = {} if total else {OTHER: 1.0}
        for caller, weight in weights.items():
            for caller_area, fraction in share_of(caller).items():
                result[caller_area] = result.get(caller_area, 0.0) + fraction * weight / total
        resolving.discard(key)
        shares[key] = result
        return result

    seconds: dict[str, float] = {}
    for key, (_, _, own_time, _, _) in table.items():
        for area, fraction in share_of(key).items():
            seconds[area] = seconds.get(area, 0.0) + own_time * fraction
    return dict(sorted(seconds.items(), key=lambda item: -item[1]))


def format_areas(areas: dict[str, float]) -> str:
    """A small aligned table: area, seconds under the profiler, share."""
    total = sum(areas.values()) or 1.0
    width = max(len(area) for area in areas)
    lines = [f"{'area':<{width}}  {'s (profiled)':>12}  {'share':>6}"]
    lines += [f"{area:<{width}}  {seconds:>12.2f}  {100 * seconds / total:>5.1f}%" for area, seconds in areas.items()]
    return "\n".join(lines)


def _report_text(stats: pstats.Stats, areas: dict[str, float], n: int) -> str:
    listing = io.StringIO()
    stats.stream = listing  # type: ignore[attr-defined]
    stats.sort_stats("cumulative").print_stats(TOP_FUNCTIONS)
    return (
        f"samverkan build of the N={n} corpus under cProfile\n\n"
        f"Time by area (own time; helpers and builtins charged to their callers):\n\n"
        f"{format_areas(areas)}\n\n"
        f"Top {TOP_FUNCTIONS} functions by cumulative time:\n{listing.getvalue()}"
    )
