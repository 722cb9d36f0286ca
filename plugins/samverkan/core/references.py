"""The reference archive: one file per project or assignment in ``references/``.

The id of a reference is its file name without ``.md`` (``references/dimpa.md``
is ``dimpa``). Entries cite references by id (``references: [dimpa]``) and any
page links one with ``[DIMPA](ref:dimpa)``. Front matter::

    title: DIMPA – Dalarnas implementeringsprocess
    summary: ...
    clients: [Region Dalarna]
    period: {start: 2010-03, end: 2011-12}      # YYYY-MM or YYYY; end may be "pågående"
    region: Dalarna
    municipalities: [Borlänge, Falun]
    methods: [hur-gruppen]                      # method pages: docs/metoder/<id>.md
    funding: [Ungdomsstyrelsen]                 # "ESF+" shows the EU publicity block
    role: processtöd                            # see ROLES
    status: avslutad                            # see STATUSES
    contact: karin                              # an id of the authors file, or written out

``references/index.md`` (optional) is the introduction of the archive's index.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from samverkan.core.diagnostics import Diagnostics, Location
from samverkan.core.documents import Document, Kind
from samverkan.core.frontmatter import FrontMatter
from samverkan.core.languages import Language
from samverkan.core.loading import Loaded, discover, load_folder
from samverkan.core.people import PERSON_FIELDS, Person, contact_from
from samverkan.core.project import Project
from samverkan.core.schema import Check, Choice, Either, Field, ListOf, Mapping, Schema, Slug, Text
from samverkan.core.strings import translate
from samverkan.core.translation_state import FIELD as TRANSLATED_FROM, TranslatedFrom

#: What we did in a project (the key of its label in the interface strings: ``role.<id>``).
ROLES = ("processtöd", "utvärdering", "utbildning", "följeforskning", "projektledning", "kvalitetsanalys")
#: Where a project stands (label: ``status.<id>``).
STATUSES = ("pågående", "avslutad")
#: Words that mean "still going" as a period's end.
ONGOING = ("pågående", "ongoing")
#: Funding names that bring the EU publicity block (ESF+, 2021-2027).
EU_FUNDING = ("esf+",)

REFERENCE_TEMPLATE = "samverkan/reference.html"
INTRO_NAME = "index.md"

_MONTH = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


@dataclass(frozen=True, order=True)
class Month:
    """A year and month (month 0 when only the year is known)."""

    year: int
    month: int = 0

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def as_date(self) -> dt.date:
        return dt.date(self.year, self.month or 1, 1)


@dataclass(frozen=True)
class Period:
    """When a project ran: from ``start`` to ``end`` (None: still going)."""

    start: Month
    end: Month | None

    @property
    def ongoing(self) -> bool:
        return self.end is None

    def years(self, now_year: int) -> range:
        """Every year the project was active (up to ``now_year`` while it is going on)."""
        last = self.end.year if self.end else max(now_year, self.start.year)
        return range(self.start.year, last + 1)


class _MonthField(Field):
    """``2010-03`` or ``2010`` (YAML may read ``2010`` as a number)."""

    def __init__(self, required: bool = False, ongoing: bool = False) -> None:
        self.required = required
        self.ongoing = ongoing

    def check(self, value: Any, at: Check) -> Any:
        text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        if self.ongoing and text.casefold() in ONGOING:
            return None
        match = _MONTH.match(text)
        if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
            return at.fail("period-format", value=value)
        return Month(int(match.group(1)), int(match.group(2) or 0))


#: The front matter of a reference.
REFERENCE_SCHEMA = Schema(
    {
        "title": Text(required=True),
        "summary": Text(),
        "slug": Slug(),
        "clients": ListOf(Text()),
        "period": Mapping({"start": _MonthField(required=True), "end": _MonthField(ongoing=True)}),
        "region": Text(),
        "municipalities": ListOf(Text()),
        "methods": ListOf(Text()),
        "funding": ListOf(Text()),
        "role": Choice(ROLES),
        "status": Choice(STATUSES),
        "contact": Either(Text(), PERSON_FIELDS),
        "tags": ListOf(Text()),
        TRANSLATED_FROM: TranslatedFrom(),
    },
    own=frozenset({TRANSLATED_FROM}),
)


@dataclass(eq=False)
class Reference:
    """One language version of a reference, with its facts checked."""

    id: str
    document: Document
    clients: list[str] = field(default_factory=list)
    period: Period | None = None
    region: str | None = None
    municipalities: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)
    role: str | None = None
    status: str | None = None
    contact: Person | None = None

    @property
    def title(self) -> str:
        return self.document.title

    @property
    def summary(self) -> str | None:
        return self.document.summary

    @property
    def eu_funded(self) -> bool:
        """Whether the EU publicity block ("Medfinansieras av Europeiska unionen") is due."""
        return any(name.casefold() in EU_FUNDING for name in self.funding)

    def label(self, kind: str, code: str) -> str | None:
        """The role's or status's label in language ``code``."""
        value = self.role if kind == "role" else self.status
        return translate(code, f"{kind}.{value}") if value else None


@dataclass(eq=False)
class Archive:
    """Every reference: id -> language code -> version; the intro of the index per language."""

    groups: dict[str, dict[str, Reference]] = field(default_factory=dict)
    intro: dict[str, Loaded] = field(default_factory=dict)

    @property
    def ids(self) -> set[str]:
        return set(self.groups)


def reference_url(language: Language, slug: str) -> str:
    """The address of a reference page: ``/referenser/dimpa/``, ``/en/references/dimpa/``."""
    return f"{language.url_prefix}{translate(language.code, 'path.references')}/{slug}/"


def load_references(project: Project, methods: set[str], people: dict[str, Person]) -> Archive:
    """Load ``references/`` into ``project``; report unknown methods, duplicate ids, bad periods."""
    settings = project.settings
    archive = Archive()
    folder = settings.references_dir
    if not (settings.root / folder).is_dir():
        return archive
    names = discover(settings.root, folder)
    intros = [name for name in names if settings.languages.split_name(name)[0] == INTRO_NAME]
    for item in load_folder(settings.root, folder, intros, _INTRO_SCHEMA, settings.languages,
                            project.diagnostics, settings.timezone, cache=project.cache):
        archive.intro[item.language.code] = item
    sources = [name for name in names if name not in intros]
    first_path: dict[str, str] = {}
    for item in load_folder(settings.root, folder, sources, REFERENCE_SCHEMA, settings.languages,
                            project.diagnostics, settings.timezone, cache=project.cache):
        identifier = item.original_name.rsplit("/", 1)[-1][: -len(".md")]
        if item.original is None:
            if identifier in first_path:
                project.diagnostics.error("reference-duplicate", Location(item.path, 1), id=identifier,
                                          other=first_path[identifier])
                continue
            first_path[identifier] = item.path
        elif first_path.get(identifier) != item.original.path:
            continue
        reference = _make_reference(project, item, identifier, methods, people)
        if reference is not None:
            archive.groups.setdefault(identifier, {})[item.language.code] = reference
            project.add(reference.document)
    return archive


def _make_reference(
    project: Project, item: Loaded, identifier: str, methods: set[str], people: dict[str, Person]
) -> Reference | None:
    diagnostics = project.diagnostics
    if not REFERENCE_SCHEMA.require(item.meta, item.front_matter, diagnostics):
        return None
    meta = item.meta
    period = _period(meta.get("period"), item.front_matter, diagnostics)
    slug = meta.get("slug") or identifier
    document = Document(
        kind=Kind.REFERENCE,
        language=item.language,
        key=f"{project.settings.references_dir}/{item.original_name}",
        src_uri=item.path,
        url=reference_url(item.language, slug),
        title=meta["title"],
        meta={**meta, "template": REFERENCE_TEMPLATE},
        source=item.source,
        front_matter=item.front_matter,
        parent=f"{project.settings.references_dir}/{INTRO_NAME}",
    )
    for index, method in enumerate(meta.get("methods", [])):
        if method not in methods:
            known = ", ".join(sorted(methods)) or "-"
            item.reporter(diagnostics, "methods").error(
                "unknown-method", item.front_matter.location("methods", index), id=method, known=known
            )
    reference = Reference(
        id=identifier,
        document=document,
        clients=list(meta.get("clients", [])),
        period=period,
        region=meta.get("region"),
        municipalities=list(meta.get("municipalities", [])),
        methods=[m for m in meta.get("methods", []) if m in methods],
        funding=list(meta.get("funding", [])),
        role=meta.get("role"),
        status=meta.get("status"),
        contact=contact_from(meta["contact"], people, item.front_matter, item.reporter(diagnostics, "contact"))
        if "contact" in meta else None,
    )
    document.data = reference
    return reference


def _period(value: Any, front_matter: FrontMatter, diagnostics: Diagnostics) -> Period | None:
    if not value or "start" not in value:
        return None
    period = Period(value["start"], value.get("end"))
    if period.end is not None and period.end < period.start:
        diagnostics.error("period-order", front_matter.location("period", "end"), start=period.start.isoformat(),
                          end=period.end.isoformat())
        return None
    return period


_INTRO_SCHEMA = Schema({"title": Text(), "summary": Text(), "slug": Slug(), TRANSLATED_FROM: TranslatedFrom()},
                       own=frozenset({TRANSLATED_FROM}))
