"""``samverkan build``: build with MkDocs into a fresh folder and swap it in only on success.

A failed build (a content error, a crash, an interrupt) leaves the previous
``site/`` exactly as it was: MkDocs writes into a temporary folder beside it,
which replaces ``site/`` only when the build exits cleanly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from samverkan.cli.texts import say


def build(config_file: Path, site_dir: Path, language: str, strict: bool = False) -> int:
    """Build into ``.site-building-<pid>`` beside ``site_dir``; swap it in on success."""
    root = config_file.parent
    target = site_dir if site_dir.is_absolute() else root / site_dir
    staging = target.with_name(f".{target.name}-building-{os.getpid()}")
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--config-file", str(config_file),
               "--site-dir", str(staging)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    try:
        result = subprocess.run(command, cwd=root, env=env)
        succeeded = result.returncode == 0 and staging.is_dir()
    except KeyboardInterrupt:
        succeeded = False
    if not succeeded:
        shutil.rmtree(staging, ignore_errors=True)
        print(say(language, "build-failed", folder=target.name), file=sys.stderr)
        return 1
    retired = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    return 0
