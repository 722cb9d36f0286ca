"""``make build`` and ``make check`` go through the ``samverkan`` command that make installs,
so the build is the safe one (a temporary folder swapped in on success)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from helpers import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["build", "check"])
def test_make_target_runs_the_command(target: str) -> None:
    # STAMP= skips the set-up step; -n only prints what would run.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", target, "STAMP="], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f".venv/bin/samverkan {target}"


def test_the_command_is_installed_by_the_package() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'samverkan = "samverkan.cli.main:main"' in text
