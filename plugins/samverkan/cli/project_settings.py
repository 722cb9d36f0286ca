"""Read a site's mkdocs.yml without MkDocs, for the command line.

Only plain YAML is needed; tags such as ``!ENV`` or ``!!python/name:`` (used by
some Markdown extension options) are read as plain values and ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from samverkan.core.messages import DEFAULT_LANGUAGE, LANGUAGES
from samverkan.core.settings import Settings, SettingsError, build_settings

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
    """mkdocs.yml as a dict. Unreadable YAML raises :class:`SettingsError` naming the line."""
    try:
        with open(config_file, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_TolerantLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{config_file.name}:{mark.line + 1}:{mark.column + 1}" if mark else config_file.name
        raise SettingsError(f"{where}: {getattr(error, 'problem', None) or error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{config_file.name}: {error}") from None
    return data if isinstance(data, dict) else {}


def message_language(config_file: Path) -> str:
    """The language of messages the site chose (``messages:``), Swedish if it cannot be read."""
    try:
        language = plugin_options(read_config(config_file)).get("messages", DEFAULT_LANGUAGE)
    except (SettingsError, ValueError, TypeError, AttributeError):
        return DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


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
