"""The reference archive's generated pages and open data, in every language.

- The index (``/referenser/``, ``/en/references/``): every reference, and five
  ways to browse it (year, county, method, client, status) as grouped lists
  that work without JavaScript; a filter script enhances it.
- A page per facet value (``/referenser/lan/dalarna/``) listing its references.
- The archive as JSON per language, described by ``schemas/references.schema.json``.

Which references a language lists follows the pages' missing-translation
policy: a reference without an English version is listed in Swedish and
marked (``notice``) or left out (``hide``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samverkan.core import dates
from samverkan.core.documents import Document, Kind
from samverkan.core.languages import Language
from samverkan.core.listings import sort_key
from samverkan.core.project import Project
from samverkan.core.references import INTRO_NAME, Archive, Month, Reference
from samverkan.core.slugs import slugify
from samverkan.core.strings import translate

INDEX_TEMPLATE = "samverkan/references.html"
FACET_TEMPLATE = "samverkan/reference-facet.html"
DATA_NAME = "references.json"
SCHEMA_PATH = Path(__file__).parent / "schemas" / "references.schema.json"

#: The facets, in the order the index shows them.
FACETS = ("year", "region", "method", "client", "status")


@dataclass(frozen=True)
class Listed:
    """A reference in a list: ``foreign`` when shown in another language than the list's."""

    reference: Reference
    foreign: bool = False


@dataclass(eq=False)
class FacetValue:
    """One value of a facet (a county, a year ...) and the references that have it."""

    label: str
    slug: str
    url: str
    items: list[Listed] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(eq=False)
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)


@dataclass(eq=False)
class ReferenceListing:
    """What the index and the facet pages show."""

    items: list[Listed]
    facets: list[Facet]
    index_url: str
    data_url: str
    facet: Facet | None = None
    value: FacetValue | None = None


def listed_references(project: Project, archive: Archive, language: Language) -> list[Listed]:
    """The references a list in ``language`` shows, by title."""
    settings = project.settings
    shown = settings.pages_missing_translation.versions_shown(
        archive.groups.values(), language.code, settings.languages.default.code)
    listed = (Listed(reference, foreign) for reference, foreign in shown)
    return sorted(listed, key=lambda item: sort_key(item.reference.title, language))


def index_url(language: Language) -> str:
    """The index of the archive in ``language``."""
    return f"{language.url_prefix}{translate(language.code, 'path.references')}/"


def add_reference_pages(project: Project, archive: Archive, method_titles: dict[str, dict[str, str]]) -> None:
    """The index, the facet pages and their listings, for every language."""
    if not archive.groups:
        return
    for language in project.settings.languages.all:
        items = listed_references(project, archive, language)
        base = index_url(language)
        facets = build_facets(project, items, language, base, method_titles)
        listing = ReferenceListing(items, facets, base, base + DATA_NAME)
        intro = archive.intro.get(language.code)
        title = intro.own.get("title") if intro and "title" in intro.own else translate(language.code, "references.title")
        key = f"{project.settings.references_dir}/{INTRO_NAME}"
        _add(project, Kind.REFERENCES, key, base, title, language, listing, INDEX_TEMPLATE,
             intro.source.body if intro else "", intro.meta.get("summary") if intro else None,
             origin=intro.path if intro else None)
        for facet in facets:
            for value in facet.values:
                title = translate(language.code, "facet.title", facet=facet.label, value=value.label)
                page = ReferenceListing(value.items, facets, base, base + DATA_NAME, facet, value)
                facet_key = f"{project.settings.references_dir}/_facets/{facet.name}/{value.slug}.md"
                _add(project, Kind.REFERENCE_FACET, facet_key, value.url, title, language, page, FACET_TEMPLATE,
                     parent=key)


def _add(project: Project, kind: Kind, key: str, url: str, title: str, language: Language,
         listing: ReferenceListing, template: str, markdown: str = "", summary: str | None = None,
         parent: str | None = None, origin: str | None = None) -> None:
    meta: dict[str, Any] = {"title": title, "template": template}
    if summary:
        meta["summary"] = summary
    project.add(Document(
        kind=kind, language=language, key=key, src_uri=project.settings.languages.translated_name(key, language),
        url=url, title=title, meta=meta, markdown=markdown, data=listing, parent=parent, origin=origin,
    ))


def facet_values(reference: Reference, facet: str, now_year: int) -> list[str]:
    """The values ``reference`` has in ``facet`` (years it was active, its county ...)."""
    if facet == "year":
        return [str(year) for year in reference.period.years(now_year)] if reference.period else []
    if facet == "region":
        return [reference.region] if reference.region else []
    if facet == "method":
        return list(reference.methods)
    if facet == "client":
        return list(reference.clients)
    return [reference.status] if reference.status else []


def build_facets(project: Project, items: list[Listed], language: Language, base: str,
                 method_titles: dict[str, dict[str, str]]) -> list[Facet]:
    """Every facet with its values, counts and pages (values sorted for browsing)."""
    now_year = project.settings.now.year
    facets = []
    for name in FACETS:
        word = translate(language.code, f"path.facet.{name}")
        values: dict[str, FacetValue] = {}
        for item in items:
            for raw in facet_values(item.reference, name, now_year):
                slug = slugify(raw)
                if slug not in values:
                    label = _value_label(name, raw, language, method_titles)
                    values[slug] = FacetValue(label, slug, f"{base}{word}/{slug}/")
                values[slug].items.append(item)
        ordered = sorted(values.values(), key=lambda v: sort_key(v.label, language), reverse=name == "year")
        facets.append(Facet(name, translate(language.code, f"facet.{name}"), ordered))
    return facets


def _value_label(facet: str, raw: str, language: Language, method_titles: dict[str, dict[str, str]]) -> str:
    if facet == "status":
        return translate(language.code, f"status.{raw}")
    if facet == "method":
        titles = method_titles.get(raw, {})
        return titles.get(language.code) or next(iter(titles.values()), raw)
    return raw


def period_text(reference: Reference, language: Language) -> str:
    """"mars 2010 – december 2011", or "sedan mars 2024 (pågående)" while it goes on."""
    period = reference.period
    if period is None:
        return ""
    start = _month_text(period.start, language)
    if period.end is None:
        return translate(language.code, "reference.period.ongoing", start=start)
    return f"{start} – {_month_text(period.end, language)}"


def _month_text(month: Month, language: Language) -> str:
    if not month.month:
        return str(month.year)
    return dates.format_date(month.as_date(), language.locale, "month")


def render_data(project: Project, language: Language, method_urls: dict[str, dict[str, str]]) -> bytes:
    """The archive in ``language`` as JSON (see ``schemas/references.schema.json``)."""
    archive = project.references
    absolute = project.settings.absolute_url
    records = []
    for item in listed_references(project, archive, language):
        ref = item.reference
        records.append({
            "id": ref.id,
            "url": absolute(ref.document.url),
            "language": ref.document.language.code,
            "title": ref.title,
            "summary": ref.summary,
            "clients": ref.clients,
            "period": {
                "start": ref.period.start.isoformat() if ref.period else None,
                "end": ref.period.end.isoformat() if ref.period and ref.period.end else None,
                "ongoing": bool(ref.period and ref.period.ongoing),
            },
            "region": ref.region,
            "municipalities": ref.municipalities,
            "methods": [
                {"id": method, "url": absolute(method_urls[method][language.code])
                 if language.code in method_urls.get(method, {}) else None}
                for method in ref.methods
            ],
            "funding": ref.funding,
            "eu_funded": ref.eu_funded,
            "role": {"id": ref.role, "label": ref.label("role", language.code)} if ref.role else None,
            "status": {"id": ref.status, "label": ref.label("status", language.code)} if ref.status else None,
        })
    data = {
        "$schema": absolute(index_url(language) + "references.schema.json"),
        "language": language.code,
        "site": project.settings.site_name(language.code),
        "references": records,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
