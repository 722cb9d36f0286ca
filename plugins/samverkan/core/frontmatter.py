"""Front matter as data that remembers where each value was written.

PyYAML's safe loader is used with two changes: dates stay strings (so that
``2012-13-45`` gets a plain message from :mod:`samverkan.core.dates` instead of
a Python exception), and a key written twice is reported instead of silently
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

import yaml

from samverkan.core.diagnostics import Diagnostics, Location
from samverkan.core.source import SourceText

#: A path into the front matter: ("image", "alt") or ("tags", 2).
KeyPath = tuple[Any, ...]


#: libyaml's parser when PyYAML was built with it (much faster), else the pure-Python one.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader without implicit timestamps."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class FrontMatter:
    """Parsed front matter: the data and the line/column of every value."""

    source: SourceText
    data: dict[str, Any] = field(default_factory=dict)
    positions: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)

    def location(self, *path: Any) -> Location:
        """Where the value at ``path`` was written (falls back to its parent, then line 1)."""
        return self._find(tuple(path), self.positions)

    def key_location(self, *path: Any) -> Location:
        """Where the name of the field at ``path`` was written."""
        return self._find(tuple(path), self.key_positions)

    def _find(self, key: KeyPath, positions: dict[KeyPath, tuple[int, int]]) -> Location:
        while key:
            if key in positions:
                line, column = positions[key]
                return self.source.location(line, column)
            key = key[:-1]
        if self.source.has_front_matter:
            return Location(self.source.path, 1, 1)
        return Location(self.source.path, 1)

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


def parse_front_matter(source: SourceText, diagnostics: Diagnostics) -> FrontMatter | None:
    """Parse the YAML of ``source``; report syntax problems and duplicate keys."""
    result = FrontMatter(source)
    if not source.front_matter.strip():
        return result
    loader = _Loader(source.front_matter)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as error:
            _report_syntax(source, error, diagnostics)
            return None
        if node is None:
            return result
        if not isinstance(node, yaml.MappingNode):
            line = node.start_mark.line
            got = source.front_matter.split("\n")[line].strip()
            diagnostics.error("yaml-not-mapping", source.location(line, 0), got=got)
            return None
        duplicates = list(_find_duplicates(node))
        for key, first, second in duplicates:
            diagnostics.error(
                "yaml-duplicate-key",
                source.location(second.line, second.column),
                key=key,
                first=source.front_matter_line + first.line,
            )
        try:
            data = loader.construct_document(node)
        except yaml.YAMLError as error:
            _report_syntax(source, error, diagnostics)
            return None
    finally:
        loader.dispose()
    if duplicates:
        return None
    result.data = {str(key): value for key, value in data.items()}
    _record_positions(node, (), result.positions, result.key_positions)
    return result


def _report_syntax(source: SourceText, error: yaml.YAMLError, diagnostics: Diagnostics) -> None:
    """One plain message for a YAML syntax error, at the place the author must look."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = (mark.line, mark.column) if mark else (0, 0)
    problem = str(getattr(error, "problem", "") or error)
    context = str(getattr(error, "context", "") or "")
    if "\\t" in problem or "tab" in problem:
        diagnostics.error("yaml-tab", source.location(line, column))
    elif context.startswith(("while scanning a quoted scalar", "while parsing a flow")):
        start = getattr(error, "context_mark", None) or mark
        diagnostics.error("yaml-unclosed", source.location(start.line, start.column) if start else source.location())
    elif problem.startswith("mapping values are not allowed"):
        text = source.front_matter.split("\n")[line] if line < len(source.front_matter.split("\n")) else ""
        if ": " in text[:column] or text[:column].rstrip().endswith(":"):
            diagnostics.error("yaml-colon", source.location(line, column))
        else:
            diagnostics.error("yaml-indent", source.location(line, 0))
    elif problem.startswith("found character") and "cannot start any token" in problem:
        diagnostics.error("yaml-quote-needed", source.location(line, column), char=problem.split("'")[1])
    else:
        diagnostics.error("yaml-syntax", source.location(line, column), detail=problem)


def _find_duplicates(node: yaml.Node) -> Iterator[tuple[str, yaml.Mark, yaml.Mark]]:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, yaml.Mark] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                yield key, seen[key], key_node.start_mark
            else:
                seen[key] = key_node.start_mark
            yield from _find_duplicates(value_node)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _find_duplicates(item)


def _record_positions(
    node: yaml.Node, path: KeyPath, values: dict[KeyPath, tuple[int, int]], keys: dict[KeyPath, tuple[int, int]]
) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*path, str(key_node.value))
            keys[child] = (key_node.start_mark.line, key_node.start_mark.column)
            mark = value_node.start_mark
            if value_node.start_mark.index == value_node.end_mark.index:  # empty value: point at the key
                mark = key_node.start_mark
            values[child] = (mark.line, mark.column)
            _record_positions(value_node, child, values, keys)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            values[child] = keys[child] = (item.start_mark.line, item.start_mark.column)
            _record_positions(item, child, values, keys)
