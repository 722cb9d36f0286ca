"""``samverkan serve``: the preview, with MkDocs' log on the console."""

from __future__ import annotations

import logging
import os
from pathlib import Path


def serve(config_file: Path, host: str, port: int) -> int:
    """Serve the site at ``host:port`` until interrupted (see mkdocs_adapter/preview.py)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    os.chdir(config_file.parent)

    from mkdocs.exceptions import Abort, PluginError

    from samverkan.mkdocs_adapter.preview import serve as run

    try:
        run(str(config_file), host, port)
    except (Abort, PluginError):  # the content's problems are already shown, with file and line
        return 1
    return 0
