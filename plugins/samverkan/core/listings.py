"""Generated pages over the entries, in every language.

Per collection: the index (paginated), the archive (a year -> month tree with
counts) and a page per year and per month. Site-wide: the tag index (a cloud
and a plain list) and a page per tag, the authors and a page per author, a
page per series. Each is a :class:`~samverkan.core.documents.Document` whose
``data`` is a :class:`Listing`; templates render it.

Addresses use words in the page's language (``/nyheter/arkiv/2012/``,
``/en/news/archive/2012/``), taken from the interface strings (``path.*``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import groupby

from samverkan.core import dates
from samverkan.core.documents import Document, Kind
from samverkan.core.journal import Collection, Journal, Listed
from samverkan.core.languages import Language
from samverkan.core.people import Person
from samverkan.core.project import Project
from samverkan.core.series import Series
from samverkan.core.slugs import slugify
from samverkan.core.strings import translate
from samverkan.core.tags import Tag

#: Entries per page on site-wide lists (tags, authors).
SITE_WIDE_PER_PAGE = 20

TEMPLATES = {
    Kind.COLLECTION: "samverkan/listing.html",
    Kind.ARCHIVE: "samverkan/archive.html",
    Kind.ARCHIVE_YEAR: "samverkan/listing.html",
    Kind.ARCHIVE_MONTH: "samverkan/listing.html",
    Kind.TAGS: "samverkan/tags.html",
    Kind.TAG: "samverkan/listing.html",
    Kind.AUTHORS: "samverkan/authors.html",
    Kind.AUTHOR: "samverkan/listing.html",
    Kind.SERIES: "samverkan/listing.html",
}


@dataclass(frozen=True)
class Pagination:
    """Where a page is among the pages of one list."""

    number: int
    urls: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.urls)

    @property
    def previous(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None


@dataclass(frozen=True)
class MonthGroup:
    year: int
    month: int
    count: int
    url: str
    label: str


@dataclass(frozen=True)
class YearGroup:
    year: int
    count: int
    url: str
    months: tuple[MonthGroup, ...]


@dataclass(frozen=True)
class TagCount:
    """A tag in the cloud: its label and page in the list's language, how many entries, a size step 1-5."""

    tag: Tag
    label: str
    url: str
    count: int
    weight: int


@dataclass(frozen=True)
class PersonCount:
    person: Person
    url: str
    count: int


@dataclass(eq=False)
class Listing:
    """What a generated page shows.

    Attributes:
        items: the entries on this page.
        pagination: this page's place among the list's pages, if there are several.
        collection_url: the collection's index, for "back" links (collection pages).
        archive: the year -> month tree (archive index and collection index).
        archive_url: the collection's archive index.
        tags: the tag cloud (tag index).
        people: the authors (authors index).
        person: the author (author pages).
        series: the series (series pages).
        tag: the tag (tag pages).
    """

    items: list[Listed] = field(default_factory=list)
    pagination: Pagination | None = None
    collection_url: str | None = None
    archive: tuple[YearGroup, ...] = ()
    archive_url: str | None = None
    tags_url: str | None = None
    tags: tuple[TagCount, ...] = ()
    people: tuple[PersonCount, ...] = ()
    person: Person | None = None
    series: Series | None = None
    tag: Tag | None = None
    total: int = 0


def add_listings(project: Project, journal: Journal) -> None:
    """Add every generated page of ``journal`` to ``project`` in every language."""
    if not journal.collections:
        return
    for language in project.settings.languages.all:
        for collection in journal.collections:
            _collection_pages(project, journal, collection, language)
        _tag_pages(project, journal, language)
        _author_pages(project, journal, language)
        _series_pages(project, journal, language)


def tag_page_key(tag: Tag, default: Language) -> str:
    """The translation key of a tag's page (the same in every language)."""
    return f"_tags/{tag.slug(default.code)}.md"


def author_page_key(person: Person) -> str:
    return f"_authors/{slugify(person.id)}.md"


def series_page_key(series: Series) -> str:
    return f"_series/{slugify(series.id)}.md"


def _word(language: Language, key: str) -> str:
    return translate(language.code, f"path.{key}")


def _document(project: Project, kind: Kind, key: str, url: str, title: str, language: Language,
              listing: Listing, markdown: str = "", summary: str | None = None,
              parent: str | None = None, origin: str | None = None) -> Document:
    meta = {"title": title, "template": TEMPLATES[kind]}
    if summary:
        meta["summary"] = summary
    document = Document(
        kind=kind,
        language=language,
        key=key,
        src_uri=project.settings.languages.translated_name(key, language),
        url=url,
        title=title,
        meta=meta,
        markdown=markdown,
        data=listing,
        parent=parent,
        origin=origin,
    )
    project.add(document)
    return document


def _paginate(project: Project, kind: Kind, key: str, url: str, title: str, language: Language,
              items: list[Listed], per_page: int, extra: dict, markdown: str = "",
              summary: str | None = None, parent: str | None = None, origin: str | None = None) -> None:
    """One list, as many pages as it needs: the first at ``url``, then ``url/sida/2/`` ..."""
    count = max(1, math.ceil(len(items) / per_page))
    urls = tuple([url] + [f"{url}{_word(language, 'page')}/{n}/" for n in range(2, count + 1)])
    for number in range(1, count + 1):
        page_title = title if number == 1 else f"{title} – {translate(language.code, 'listing.page', number=number)}"
        page_key = key if number == 1 else f"{key[:-3]}-{number}.md"
        listing = Listing(
            items=items[(number - 1) * per_page : number * per_page],
            pagination=Pagination(number, urls) if count > 1 else None,
            total=len(items),
            **extra,
        )
        _document(project, kind, page_key, urls[number - 1], page_title, language, listing,
                  markdown if number == 1 else "", summary if number == 1 else None, parent,
                  origin if number == 1 else None)


def _collection_pages(project: Project, journal: Journal, loaded: Collection, language: Language) -> None:
    collection = loaded.settings
    items = journal.listed(collection.id, language)
    base = f"{language.url_prefix}{collection.bases[language.code]}/"
    archive_url = f"{base}{_word(language, 'archive')}/"
    tree = archive_tree(items, archive_url, language)
    shared = {"collection_url": base, "archive_url": archive_url,
              "tags_url": f"{language.url_prefix}{_word(language, 'tags')}/"}
    intro = loaded.intro.get(language.code)
    title = intro.own.get("title") if intro and "title" in intro.own else collection.title(language.code)
    index = f"{collection.source}/index.md"
    _paginate(project, Kind.COLLECTION, index, base, title, language, items,
              collection.per_page, {**shared, "archive": tree},
              intro.source.body if intro else "", intro.meta.get("summary") if intro else None, index,
              intro.path if intro else None)
    archive_title = translate(language.code, "archive.title", collection=collection.title(language.code))
    _document(project, Kind.ARCHIVE, f"{collection.source}/_archive/index.md", archive_url, archive_title,
              language, Listing(archive=tree, total=len(items), **shared), parent=index)
    by_year = dict(_by_year(items))
    for year_group in tree:
        year_items = by_year[year_group.year]
        title = translate(language.code, "archive.year", collection=collection.title(language.code),
                          year=year_group.year)
        _document(project, Kind.ARCHIVE_YEAR, f"{collection.source}/_archive/{year_group.year}.md",
                  year_group.url, title, language, Listing(items=year_items, total=len(year_items), **shared),
                  parent=index)
        by_month = dict(_by_month(year_items))
        for month in year_group.months:
            title = translate(language.code, "archive.month", collection=collection.title(language.code),
                              month=month.label)
            key = f"{collection.source}/_archive/{month.year}-{month.month:02d}.md"
            month_items = by_month[month.month]
            _document(project, Kind.ARCHIVE_MONTH, key, month.url, title, language,
                      Listing(items=month_items, total=len(month_items), **shared), parent=index)


def archive_tree(items: list[Listed], archive_url: str, language: Language) -> tuple[YearGroup, ...]:
    """Years, newest first, each with its months (newest first) and counts."""
    years = []
    for year, year_items in _by_year(items):
        months = []
        for month, month_items in _by_month(year_items):
            label = dates.format_date(month_items[0].entry.date, language.locale, "month")
            months.append(MonthGroup(year, month, len(month_items), f"{archive_url}{year}/{month:02d}/", label))
        years.append(YearGroup(year, len(year_items), f"{archive_url}{year}/", tuple(months)))
    return tuple(years)


def _by_year(items: list[Listed]) -> list[tuple[int, list[Listed]]]:
    return [(year, list(group)) for year, group in groupby(items, key=lambda i: i.entry.date.local_date.year)]


def _by_month(items: list[Listed]) -> list[tuple[int, list[Listed]]]:
    return [(month, list(group)) for month, group in groupby(items, key=lambda i: i.entry.date.local_date.month)]


def _tag_pages(project: Project, journal: Journal, language: Language) -> None:
    base = f"{language.url_prefix}{_word(language, 'tags')}/"
    taken: set[str] = set()
    counts = []
    for tag, items in tags_in_order(journal, language):
        slug = tag.slug(language.code)
        while slug in taken:
            slug += "-2"
        taken.add(slug)
        counts.append((tag, items, f"{base}{slug}/"))
    numbers = [len(items) for _, items, _ in counts]
    low, high = (min(numbers), max(numbers)) if numbers else (0, 0)
    cloud = tuple(
        TagCount(tag, tag.label(language.code), url, len(items), weight(len(items), low, high))
        for tag, items, url in counts
    )
    _document(project, Kind.TAGS, "_tags/index.md", base, translate(language.code, "tags.title"), language,
              Listing(tags=cloud, total=len(cloud)))
    default = project.settings.languages.default
    for tag, items, url in counts:
        title = translate(language.code, "tag.title", tag=tag.label(language.code))
        _paginate(project, Kind.TAG, tag_page_key(tag, default), url, title, language, items, SITE_WIDE_PER_PAGE,
                  {"tag": tag, "tags_url": base})


def tags_in_order(journal: Journal, language: Language) -> list[tuple[Tag, list[Listed]]]:
    """The tags of ``language``'s listed entries, alphabetically, each with its entries (newest first)."""
    by_tag = journal.by_tag(language)
    tags = {tag.key: tag for item in journal.all_listed(language) for tag in item.entry.tags}
    ordered = sorted(by_tag, key=lambda key: sort_key(tags[key].label(language.code), language))
    return [(tags[key], by_tag[key]) for key in ordered]


def weight(count: int, low: int, high: int) -> int:
    """A size step from 1 to 5 for a tag used ``count`` times, where tags are used
    ``low`` to ``high`` times (logarithmic between the extremes)."""
    if high == low:
        return 3
    return 1 + round(4 * (math.log(count) - math.log(low)) / (math.log(high) - math.log(low)))


def _author_pages(project: Project, journal: Journal, language: Language) -> None:
    by_author = journal.by_author(language)
    base = f"{language.url_prefix}{_word(language, 'authors')}/"
    people = journal.registries.people
    listed = [person for identifier, person in people.items() if identifier in by_author]
    listed.sort(key=lambda person: sort_key(person.name, language))
    counts = tuple(PersonCount(p, f"{base}{slugify(p.id)}/", len(by_author[p.id])) for p in listed)
    _document(project, Kind.AUTHORS, "_authors/index.md", base, translate(language.code, "blog.authors"),
              language, Listing(people=counts, total=len(counts)))
    for entry in counts:
        _paginate(project, Kind.AUTHOR, author_page_key(entry.person), entry.url,
                  entry.person.name, language, by_author[entry.person.id], SITE_WIDE_PER_PAGE,
                  {"person": entry.person})


def _series_pages(project: Project, journal: Journal, language: Language) -> None:
    base = f"{language.url_prefix}{_word(language, 'series')}/"
    for identifier, items in journal.by_series(language).items():
        series = items[0].entry.series.series
        title = series.title.get(language.code, project.settings.languages.default.code)
        _document(project, Kind.SERIES, series_page_key(series), f"{base}{slugify(identifier)}/",
                  title, language, Listing(items=items, series=series, total=len(items)))


def sort_key(text: str, language: Language) -> str:
    """Alphabetical order of the language: in Swedish å, ä, ö come after z."""
    folded = text.casefold()
    if language.code == "sv":
        return folded.translate(_SWEDISH_ORDER)
    return folded


#: Moves å, ä, ö after z (in that order) and sorts é as e.
_SWEDISH_ORDER = str.maketrans({"å": "z{", "ä": "z|", "ö": "z}", "é": "e"})
