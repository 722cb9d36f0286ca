"""The "latest entries" list any page can embed.

Write, on a line of its own::

    <!-- samverkan:latest collection=nyheter count=3 tag=utvärdering -->

All options are optional: without ``collection`` every collection is used,
``count`` defaults to 5, ``tag`` keeps entries with that tag. The list follows
the page's language and the collections' missing-translation policy. (It is an
HTML comment, so the Markdown still reads well in any editor.)
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from samverkan.core.diagnostics import Location
from samverkan.core.journal import Journal, Listed
from samverkan.core.languages import Language
from samverkan.core.project import Project
from samverkan.core.tags import tag_key

DIRECTIVE = re.compile(r"<!--\s*samverkan:latest\b(?P<args>.*?)-->", re.S)
DEFAULT_COUNT = 5


@dataclass(frozen=True)
class LatestSpec:
    """What a "latest entries" list shows."""

    collection: str | None = None
    count: int = DEFAULT_COUNT
    tag: str | None = None


@dataclass(frozen=True)
class SpecProblem:
    """Why a list's options cannot be read: a diagnostic code and its fields."""

    code: str
    value: str
    known: str = ""


def parse_spec(arguments: str, journal: Journal) -> LatestSpec | SpecProblem:
    """The list's options, or what is wrong with them."""
    try:
        words = shlex.split(arguments)
    except ValueError:
        return SpecProblem("directive-option", arguments.strip())
    options: dict[str, str] = {}
    for word in words:
        name, equals, value = word.partition("=")
        if not equals or name not in ("collection", "count", "tag"):
            return SpecProblem("directive-option", word)
        options[name] = value
    collection = options.get("collection")
    if collection is not None and journal.collection(collection) is None:
        known = ", ".join(c.settings.id for c in journal.collections) or "-"
        return SpecProblem("directive-collection", collection, known)
    count = options.get("count", str(DEFAULT_COUNT))
    if not count.isdigit() or int(count) < 1:
        return SpecProblem("directive-count", count)
    return LatestSpec(collection, int(count), options.get("tag"))


def latest(journal: Journal, spec: LatestSpec, language: Language) -> list[Listed]:
    """The newest entries the list shows in ``language``."""
    if spec.tag is not None:
        items = journal.by_tag(language).get(tag_key(spec.tag), [])
        if spec.collection:
            items = [item for item in items if item.entry.collection.id == spec.collection]
    elif spec.collection:
        items = journal.listed(spec.collection, language)
    else:
        items = journal.all_listed(language)
    return items[: spec.count]


def check_directives(project: Project) -> None:
    """Report every list whose options cannot be read, at its line."""
    journal = project.journal
    for document in project:
        if document.source is None or "samverkan:latest" not in document.source.body:
            continue
        for match in DIRECTIVE.finditer(document.source.body):
            problem = parse_spec(match.group("args"), journal)
            if isinstance(problem, SpecProblem):
                line = document.source.body.count("\n", 0, match.start()) + document.source.body_line
                project.diagnostics.error(
                    problem.code, Location(document.source.path, line), value=problem.value, known=problem.known
                )
