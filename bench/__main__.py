"""Command line: ``python -m bench [--full | --sizes 250,1000] [--repeat R] [--profile]``.

Builds a generated corpus of each size with samverkan ("ours") and as plain
pages in bare MkDocs + Material ("bare"), prints a table and writes
bench/out/results.json. Exits 1 if any build failed (after reporting it).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench import full_build, preview, report

DEFAULT_SIZES = [250]
FULL_SIZES = [250, 1000, 4000]
DEFAULT_SEED = 20261122
PREVIEW_SIZE = 1000
OUT_DIR = Path(__file__).resolve().parent / "out"


def default_repeat(n: int) -> int:
    """Small corpora build fast and vary more: 3 repetitions below 1,000, else 1."""
    return 3 if n < 1000 else 1


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--sizes", type=_sizes, help="comma-separated corpus sizes, e.g. 250,1000 (default 250)")
    parser.add_argument("--full", action="store_true", help="all sizes: " + ", ".join(map(str, FULL_SIZES)))
    parser.add_argument("--repeat", type=_positive, help="repetitions per size (default 3 below N=1000, else 1)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"corpus seed (default {DEFAULT_SEED})")
    parser.add_argument("--profile", action="store_true",
                        help="also build ours once under cProfile; writes bench/out/profile-<N>.txt")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects and sites (path printed)")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where results.json and logs go")
    parser.add_argument("--preview-size", type=int, default=PREVIEW_SIZE,
                        help=f"corpus size of the preview measurement, 0 to skip (default {PREVIEW_SIZE})")
    arguments = parser.parse_args(argv)
    if arguments.full and arguments.sizes:
        parser.error("give either --full or --sizes")
    arguments.sizes = FULL_SIZES if arguments.full else (arguments.sizes or DEFAULT_SIZES)
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    out_dir: Path = arguments.out
    out_dir.mkdir(parents=True, exist_ok=True)

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with _workdir(arguments.keep) as workdir:
        results = [
            full_build.run_size(
                n,
                repeat=arguments.repeat or default_repeat(n),
                seed=arguments.seed,
                workdir=workdir,
                out_dir=out_dir,
                profile=arguments.profile,
                say=say,
            )
            for n in arguments.sizes
        ]
        previewed = preview.run(arguments.preview_size, arguments.seed, workdir, say) if arguments.preview_size else None
        if arguments.keep:
            say(f"projects and sites kept in {workdir}")

    settings = {
        "sizes": arguments.sizes,
        "repeat": {str(n): arguments.repeat or default_repeat(n) for n in arguments.sizes},
        "seed": arguments.seed,
    }
    results_path = out_dir / "results.json"
    report.write_json(results_path, results, settings, previewed.to_json() if previewed else None)

    sections = [report.table(results), preview.report(previewed) if previewed else "", report.corpus_lines(results),
                report.failures(results), report.profiles(results),
                f"Results: {results_path}; build logs: {out_dir / 'logs'}"]
    print("\n" + "\n\n".join(section for section in sections if section))
    failed = any(not runs.ok for result in results for runs in result.variants.values())
    failed = failed or bool(previewed and previewed.error)
    return 1 if failed else 0


@contextlib.contextmanager
def _workdir(keep: bool) -> Iterator[Path]:
    """A temporary folder for projects and sites, removed afterwards unless ``keep``."""
    if keep:
        yield Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    else:
        with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as temporary:
            yield Path(temporary)


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers")
    return sizes


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


if __name__ == "__main__":
    sys.exit(main())
