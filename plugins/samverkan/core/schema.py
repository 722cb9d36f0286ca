"""Front-matter schemas: which fields a kind of file has, and what each must hold.

A :class:`Schema` checks parsed front matter field by field. Every problem is a
diagnostic at the line of the value; a field with a problem is left out of the
result, so one mistake does not hide the next. Translations are checked the same
way and then merged over their original (:func:`inherit`), and only then are
required fields checked (:meth:`Schema.require`), since a translation usually
inherits its date and tags.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Callable

from samverkan.core import dates, slugs
from samverkan.core.diagnostics import Diagnostics
from samverkan.core.frontmatter import FrontMatter, KeyPath


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


#: Returned by a field check that reported a problem.
INVALID: Any = _Invalid()


@dataclass
class Check:
    """What a field check needs: where the value is and where problems go."""

    front_matter: FrontMatter
    path: KeyPath
    diagnostics: Diagnostics
    timezone: str = dates.DEFAULT_TIMEZONE

    @property
    def name(self) -> str:
        """The field's dotted name as the author wrote it: ``image.alt``."""
        return ".".join(str(part) for part in self.path if isinstance(part, str))

    def at(self, *more: Any) -> Check:
        return Check(self.front_matter, (*self.path, *more), self.diagnostics, self.timezone)

    def fail(self, code: str, **args: Any) -> Any:
        self.diagnostics.error(code, self.front_matter.location(*self.path), field=self.name, **args)
        return INVALID


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return "text"


class Field:
    """A front-matter field. Subclasses implement :meth:`check`."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class Text(Field):
    """A non-empty line of text. Numbers are accepted and read as text."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            if value is None:
                return at.fail("field-empty")
            return at.fail("field-type", expected="text", got=_kind(value))
        if not value.strip():
            return at.fail("field-empty")
        return value.strip()


@dataclass
class Slug(Field):
    """A URL segment: a-z, 0-9 and hyphens; never a path."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        text = Text().check(value, at)
        if text is INVALID:
            return INVALID
        problem = slugs.slug_problem(text)
        if problem:
            return at.fail(f"slug-{problem}", value=text, suggestion=slugs.slugify(text))
        return text


@dataclass
class Date(Field):
    """A date or date-time (see :mod:`samverkan.core.dates`)."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        try:
            return dates.parse_date(value, at.timezone)
        except dates.DateError as error:
            if error.kind == "number":
                return at.fail("date-number", value=value)
            if error.kind == "format":
                return at.fail("date-format", value=value)
            return at.fail(f"date-{error.kind}", value=value, month=error.month, day=error.day)


@dataclass
class Boolean(Field):
    """``true`` or ``false``."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        if not isinstance(value, bool):
            return at.fail("field-type", expected="boolean", got=_kind(value))
        return value


@dataclass
class Integer(Field):
    """A whole number."""

    required: bool = False
    minimum: int = 1

    def check(self, value: Any, at: Check) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            return at.fail("field-type", expected="whole-number", got=_kind(value))
        return value


@dataclass
class Choice(Field):
    """One of a fixed set of words."""

    choices: tuple[str, ...] = ()
    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        text = Text().check(value, at)
        if text is INVALID:
            return INVALID
        if text not in self.choices:
            return at.fail("field-choice", value=text, choices=", ".join(self.choices))
        return text


@dataclass
class ListOf(Field):
    """A list of items of one kind. A single value is read as a one-item list."""

    item: Field = field(default_factory=Text)
    required: bool = False
    unique: Callable[[Any], Any] | None = None

    def check(self, value: Any, at: Check) -> Any:
        if value is None:
            return []
        if not isinstance(value, list):
            if isinstance(value, dict):
                return at.fail("field-type", expected="list", got="mapping")
            value = [value]
        result = []
        seen = set()
        for index, item in enumerate(value):
            checked = self.item.check(item, at.at(index))
            if checked is INVALID:
                continue
            key = self.unique(checked) if self.unique else None
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            result.append(checked)
        return result


@dataclass
class Mapping(Field):
    """A group of named sub-fields, such as ``image: {src, alt, caption}``."""

    fields: dict[str, Field] = field(default_factory=dict)
    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        if not isinstance(value, dict):
            return at.fail("field-type", expected="mapping", got=_kind(value))
        return _check_fields(self.fields, value, at)

    def missing(self, value: dict[str, Any]) -> list[str]:
        """Required sub-fields not present in ``value``."""
        return [name for name, spec in self.fields.items() if spec.required and name not in value]


@dataclass
class Either(Field):
    """A text (an id) or a mapping, e.g. ``contact: karin`` or ``contact: {name: ...}``."""

    text: Field = field(default_factory=Text)
    mapping: Mapping = field(default_factory=Mapping)
    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        if isinstance(value, dict):
            return self.mapping.check(value, at)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return self.text.check(value, at)
        return at.fail("field-type", expected="text-or-mapping", got=_kind(value))


@dataclass
class Passthrough(Field):
    """Any value, kept as written (for theme options such as ``hide``)."""

    required: bool = False

    def check(self, value: Any, at: Check) -> Any:
        return value


def _check_fields(fields: dict[str, Field], values: dict[Any, Any], at: Check) -> dict[str, Any]:
    """The valid ones of ``values``, each checked by its field; unknown names are warned about."""
    result: dict[str, Any] = {}
    for key, value in values.items():
        key = str(key)
        spec = fields.get(key)
        if spec is None:
            _unknown(key, fields, at.at(key))
            continue
        checked = spec.check(value, at.at(key))
        if checked is not INVALID:
            result[key] = checked
    return result


def _unknown(key: str, known: dict[str, Field], at: Check) -> None:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    location = at.front_matter.key_location(*at.path)
    if close:
        at.diagnostics.warning("unknown-key-suggest", location, key=key, candidate=close[0])
    else:
        at.diagnostics.warning("unknown-key", location, key=key)


@dataclass
class Schema:
    """The front-matter fields of one kind of file.

    ``own`` names the fields a translation does not inherit, because they belong
    to one language version (an imported feed id, old addresses).
    """

    fields: dict[str, Field]
    own: frozenset[str] = frozenset()

    def validate(
        self, front_matter: FrontMatter, diagnostics: Diagnostics, timezone: str = dates.DEFAULT_TIMEZONE
    ) -> dict[str, Any]:
        """Check every field written; return the valid ones (unknown keys are warned about)."""
        return _check_fields(self.fields, front_matter.data, Check(front_matter, (), diagnostics, timezone))

    def require(self, meta: dict[str, Any], front_matter: FrontMatter, diagnostics: Diagnostics) -> bool:
        """Report required fields missing from ``meta`` (after inheritance). True if all there."""
        complete = True
        for name, spec in self.fields.items():
            if spec.required and name not in meta:
                complete = False
                if name not in front_matter.data:  # else its value was already reported
                    diagnostics.error("field-required", front_matter.location(), field=name)
            value = meta.get(name)
            if isinstance(spec, Mapping) and isinstance(value, dict):
                for sub in spec.missing(value):
                    diagnostics.error("field-required", front_matter.location(name), field=f"{name}.{sub}")
                    complete = False
            if isinstance(spec, ListOf) and isinstance(spec.item, Mapping) and isinstance(value, list):
                for index, item in enumerate(value):
                    for sub in spec.item.missing(item):
                        location = front_matter.location(name, index)
                        diagnostics.error("field-required", location, field=f"{name}.{sub}")
                        complete = False
        return complete


def inherit(original: dict[str, Any], own: dict[str, Any], keep: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A translation's fields over its original's: own values win; groups merge one level.

    Fields named in ``keep`` are never inherited.
    """
    merged = {key: value for key, value in original.items() if key not in keep}
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(original.get(key), dict):
            merged[key] = {**original[key], **value}
        else:
            merged[key] = value
    return merged
