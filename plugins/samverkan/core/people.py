"""Authors and contact persons, from the site's authors file.

``blog/authors.yml`` gives each person an id::

    karin:
      name: Karin Lindqvist
      role: {sv: processledare, en: process facilitator}
      organisation: Samverkansnoden
      email: karin.lindqvist@example.se
      phone: 070-174 06 12
      photo: bilder/karin.jpg        # optional, relative to the authors file, in a collection folder
      bio: {sv: ..., en: ...}

Entries name their authors by id (``authors: [karin]``) and their contact
person by id or in full (``contact: {name: ..., role: ..., email: ...}``).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Any

from samverkan.core.assets import locate
from samverkan.core.datafiles import items, read_data_file
from samverkan.core.diagnostics import Diagnostics
from samverkan.core.frontmatter import FrontMatter
from samverkan.core.localized import Localized
from samverkan.core.schema import INVALID, Check, Mapping, Text
from samverkan.core.settings import Settings


@dataclass(frozen=True)
class Person:
    """Someone who writes entries or answers questions about them."""

    id: str
    name: str
    role: Localized = field(default_factory=Localized)
    organisation: Localized = field(default_factory=Localized)
    email: str = ""
    phone: str = ""
    photo: str = ""
    bio: Localized = field(default_factory=Localized)

    @property
    def phone_uri(self) -> str:
        """``tel:`` address of the phone number (digits and a leading +)."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0"):
            digits = "+46" + digits[1:]
        return f"tel:{digits}"


def person_from(identifier: str, value: dict[str, Any]) -> Person:
    """A person from checked fields (role, organisation and bio may be per language)."""
    return Person(
        id=identifier,
        name=str(value.get("name", identifier)),
        role=Localized.of(value.get("role")),
        organisation=Localized.of(value.get("organisation")),
        email=str(value.get("email") or ""),
        phone=str(value.get("phone") or ""),
        photo=str(value.get("photo") or ""),
        bio=Localized.of(value.get("bio")),
    )


class _PerLanguageText(Text):
    """A text, or a mapping of language code to text."""

    def check(self, value: Any, at: Check) -> Any:
        if isinstance(value, dict):
            result = {}
            for code, text in value.items():
                checked = Text().check(text, at.at(str(code)))
                if checked is not INVALID:
                    result[str(code)] = checked
            return result
        return super().check(value, at)


PERSON_FIELDS = Mapping(
    {
        "name": Text(required=True),
        "role": _PerLanguageText(),
        "organisation": _PerLanguageText(),
        "email": Text(),
        "phone": Text(),
        "photo": Text(),
        "bio": _PerLanguageText(),
    }
)


def load_people(settings: Settings, diagnostics: Diagnostics) -> dict[str, Person]:
    """Every person of the site's authors file (an empty dict if there is none).

    A photo is named relative to the authors file and must be one of the site's
    files (see :mod:`samverkan.core.assets`); ``Person.photo`` is its address.
    """
    path = settings.authors_file
    data = read_data_file(settings.root, path, diagnostics)
    people: dict[str, Person] = {}
    for identifier, value, _ in items(data):
        assert data is not None
        at = Check(data, (identifier,), diagnostics)
        checked = PERSON_FIELDS.check(value, at)
        if checked is INVALID:
            continue
        for missing in PERSON_FIELDS.missing(checked):
            diagnostics.error("field-required", data.key_location(identifier), field=f"{identifier}.{missing}")
        if "name" not in checked:
            continue
        if checked.get("photo"):
            found = locate(settings, path, checked["photo"])
            if found is None:
                folder = posixpath.dirname(path) or "."
                diagnostics.error("attachment-missing", data.location(identifier, "photo"), path=checked["photo"],
                                  folder=folder)
            checked["photo"] = found[1] if found else ""
        people[identifier] = person_from(identifier, checked)
    return people


def contact_from(value: Any, people: dict[str, Person], front_matter: FrontMatter, diagnostics: Diagnostics,
                 field_name: str = "contact") -> Person | None:
    """The contact person of an entry: an id from the authors file or written out in full."""
    if isinstance(value, str):
        person = people.get(value)
        if person is None:
            diagnostics.error(
                "unknown-person", front_matter.location(field_name), id=value, known=", ".join(sorted(people)) or "-"
            )
        return person
    if isinstance(value, dict) and value.get("name"):
        return person_from("", value)
    return None
