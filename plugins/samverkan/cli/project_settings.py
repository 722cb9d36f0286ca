"""Read a site's mkdocs.yml without MkDocs, for the command line.

Only plain YAML is needed; tags such as ``!ENV`` or ``!!python/name:`` (used by
some Markdown extension options) are read as plain values and ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from samverkan.core.settings import Settings, build_settings

PLUGIN_NAME = "samverkan"


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads unknown tags as plain values."""


def _plain(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_TolerantLoader.add_multi_constructor("", _plain)


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as a dict."""
    with open(config_file, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_TolerantLoader)  # noqa: S506 - SafeLoader subclass
    return data if isinstance(data, dict) else {}


def plugin_options(config: dict[str, Any]) -> dict[str, Any]:
    """The options given to the samverkan plugin in ``plugins:``."""
    plugins = config.get("plugins") or []
    items = plugins.items() if isinstance(plugins, dict) else (
        next(iter(p.items())) if isinstance(p, dict) else (p, {}) for p in plugins
    )
    for name, options in items:
        if name == PLUGIN_NAME:
            return options or {}
    return {}


def load(config_file: Path) -> Settings:
    """The core settings of the site whose configuration is ``config_file``."""
    config = read_config(config_file)
    return build_settings(
        config_file.parent.resolve(),
        docs_dir=str(config.get("docs_dir", "docs")),
        site_name=str(config.get("site_name", "")),
        site_url=config.get("site_url"),
        site_description=config.get("site_description"),
        nav=config.get("nav"),
        options=plugin_options(config),
    )
