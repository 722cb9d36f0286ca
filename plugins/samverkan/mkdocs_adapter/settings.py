"""Build the core's :class:`~samverkan.core.settings.Settings` from mkdocs.yml."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from samverkan.core.settings import Settings, build_settings
from samverkan.mkdocs_adapter.config import SamverkanConfig


def settings_from(config: MkDocsConfig, options: SamverkanConfig) -> Settings:
    """The core settings for the site described by ``config`` and the plugin ``options``."""
    root = Path(config.config_file_path).parent.resolve() if config.config_file_path else Path.cwd()
    return build_settings(
        root,
        docs_dir=Path(os.path.relpath(config.docs_dir, root)).as_posix(),
        site_name=config.site_name,
        site_url=config.site_url,
        site_description=config.site_description,
        nav=config.nav,
        options=dict(options),
    )
