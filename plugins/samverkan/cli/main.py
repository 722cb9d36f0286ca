"""``samverkan``: the authors' command line.

Subcommands:

- ``build``: build the site into ``site/`` through a temporary folder, so a
  failed build leaves the previous ``site/`` exactly as it was;
- ``check``: check all content without building HTML.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from samverkan.cli import project_settings
from samverkan.core.project import load_project
from samverkan.core.settings import SettingsError


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(prog="samverkan", description=__doc__.split("\n\n")[0])
    parser.add_argument("--config-file", "-f", default="mkdocs.yml", help="the site's mkdocs.yml")
    commands = parser.add_subparsers(dest="command", required=True)

    build_parser = commands.add_parser("build", help="build the site into site/ (safely)")
    build_parser.add_argument("--site-dir", default="site", help="where the finished site goes")
    build_parser.add_argument("--strict", action="store_true", help="treat warnings as errors")

    commands.add_parser("check", help="check all content without building")

    args = parser.parse_args(argv)
    config_file = Path(args.config_file).resolve()
    if args.command == "build":
        return build(config_file, Path(args.site_dir), strict=args.strict)
    return check(config_file)


def build(config_file: Path, site_dir: Path, strict: bool = False) -> int:
    """Build into a fresh temporary folder beside ``site_dir``; swap it in only on success."""
    root = config_file.parent
    target = site_dir if site_dir.is_absolute() else root / site_dir
    staging = target.with_name(f".{target.name}-building-{os.getpid()}")
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--config-file", str(config_file),
               "--site-dir", str(staging)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, cwd=root, env=env)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"Bygget misslyckades; {target.name}/ är orört. (The build failed; {target.name}/ was not touched.)",
              file=sys.stderr)
        return 1
    retired = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    return 0


def check(config_file: Path) -> int:
    """Check all content and print every problem; exit code 1 when there are errors."""
    try:
        settings = project_settings.load(config_file)
    except SettingsError as error:
        print(f"{config_file.name}: plugins.samverkan: {error}", file=sys.stderr)
        return 1
    project = load_project(settings)
    language = settings.message_language
    for diagnostic in project.diagnostics.sorted():
        print(diagnostic.format(language))
    print(project.diagnostics.summary(language))
    return 1 if project.diagnostics.has_errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
