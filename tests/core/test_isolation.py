"""The core never imports a site engine, so it can move to another one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import samverkan.core


def test_core_imports_no_engine() -> None:
    modules = sorted(p.stem for p in Path(samverkan.core.__file__).parent.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import samverkan.core.{m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'properdocs', 'material', 'jinja2')]\n"
        + "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert len(modules) > 10
