"""The seeded corpus generator: a samverkan project with N dated entries.

:func:`write_corpus` writes the product's layout (see PRODUCT.md) into a folder:

- ``docs/``: start page, method library index and 20 method pages;
- ``blog/nyheter/`` (80 %) and ``blog/blogg/`` (20 %): N Swedish entries named
  ``YYYY-MM-DD-<slug>.md``, dated 2011-2025, with front matter (title, date,
  summary, 1-4 tags of 40, authors of 8, references for about half) and a
  400-900 word body with headings, lists and links to other entries, method
  pages and example.org;
- ``blog/authors.yml``, ``blog/tags.yml``;
- ``references/``: an index and 200 references with the archive's fields.

About 70 % of every kind of page gets an English translation (``.en.md``) that
sets only what differs (title, summary, slug) over English text of similar
length. Everything is drawn from one ``random.Random`` seeded with the seed and
N, so the same arguments give the same bytes. The MkDocs configuration is not
written here: see :mod:`bench.sites`.
"""

from __future__ import annotations

import datetime
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench import vocabulary
from bench.prose import ENGLISH, SWEDISH, Prose, slugify

#: Collections (folders under blog/) and the share of entries each gets.
COLLECTION_SHARES = {"nyheter": 0.8, "blogg": 0.2}
TRANSLATED_SHARE = 0.7
FIRST_DAY = datetime.date(2011, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)
REFERENCE_COUNT = 200
ENTRY_WORDS = (400, 900)
METHOD_WORDS = (300, 600)
REFERENCE_WORDS = (150, 300)

#: Method pages as (slug, Swedish title, English title).
METHODS = [(slugify(sv), sv, en) for sv, en in vocabulary.METHODS]


@dataclass(frozen=True)
class Entry:
    """A dated entry planned before any text is written (so others can link it)."""

    collection: str
    stem: str
    date: datetime.date
    title: str
    translated: bool

    def link_from(self, collection: str) -> str:
        """This entry's file as written in a link from an entry in ``collection``."""
        if collection == self.collection:
            return f"{self.stem}.md"
        return f"../{self.collection}/{self.stem}.md"


@dataclass(frozen=True)
class CorpusSummary:
    """What was written, and how long it took."""

    entries: int
    translated_entries: int
    files: int
    words: int
    seconds: float


def write_corpus(root: Path, n: int, seed: int) -> CorpusSummary:
    """Write a project with ``n`` entries into the empty folder ``root``."""
    start = time.perf_counter()
    writer = _Writer(root, random.Random(f"samverkan-bench:{seed}:{n}"))
    entries = writer.write(n)
    return CorpusSummary(
        entries=len(entries),
        translated_entries=sum(entry.translated for entry in entries),
        files=writer.files,
        words=writer.words,
        seconds=time.perf_counter() - start,
    )


def method_slugs() -> list[str]:
    """The method pages' slugs, in library order (for the navigation)."""
    return [slug for slug, _, _ in METHODS]


class _Writer:
    """Writes one corpus; counts files and body words as it goes."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root = root
        self.rng = rng
        self.sv = Prose(rng, SWEDISH)
        self.en = Prose(rng, ENGLISH)
        self.files = 0
        self.words = 0
        self._folders: set[Path] = set()
        self._slugs: set[str] = set()

    def write(self, n: int) -> list[Entry]:
        self._start_pages()
        self._site_data()
        self._method_pages()
        reference_ids = self._references()
        entries = self._plan_entries(n)
        for entry in entries:
            self._entry(entry, entries, reference_ids)
        return entries

    # -- pages in docs/ and the reference index ---------------------------------

    def _start_pages(self) -> None:
        links = ["metoder/index.md", "../references/index.md"]
        self._page("docs/index.md", {"title": "Bench", "summary": self._summary(self.sv)}, self.sv, 150, links)
        self._page("docs/index.en.md", {"title": "Bench", "summary": self._summary(self.en)}, self.en, 150, links)
        intro = {"title": "Referensarkivet", "summary": self._summary(self.sv)}
        self._page("references/index.md", intro, self.sv, 80, ["../docs/metoder/index.md"], sections=(1, 1))
        intro = {"title": "Reference archive", "summary": self._summary(self.en)}
        self._page("references/index.en.md", intro, self.en, 80, ["../docs/metoder/index.md"], sections=(1, 1))
        library_sv = "\n".join(f"- [{sv}]({slug}.md)" for slug, sv, _ in METHODS)
        library_en = "\n".join(f"- [{en}]({slug}.md)" for slug, _, en in METHODS)
        front = {"title": "Metodbiblioteket", "summary": self._summary(self.sv)}
        self._write("docs/metoder/index.md", front, self.sv.sentences(60) + "\n\n" + library_sv + "\n")
        front = {"title": "Method library", "summary": self._summary(self.en), "slug": "methods"}
        self._write("docs/metoder/index.en.md", front, self.en.sentences(60) + "\n\n" + library_en + "\n")

    def _method_pages(self) -> None:
        slugs = method_slugs()
        for slug, title_sv, title_en in METHODS:
            others = self.rng.sample([other for other in slugs if other != slug], self.rng.randint(1, 2))
            links = [f"{other}.md" for other in others] + [self._external()]
            words = self.rng.randint(*METHOD_WORDS)
            self._page(f"docs/metoder/{slug}.md", {"title": title_sv, "summary": self._summary(self.sv)},
                       self.sv, words, links, sections=(2, 3))
            if self._translated():
                front = {"title": title_en, "summary": self._summary(self.en), "slug": slugify(title_en)}
                self._page(f"docs/metoder/{slug}.en.md", front, self.en, words, links, sections=(2, 3))

    def _site_data(self) -> None:
        authors = {
            author_id: {
                "name": name,
                "role": {"sv": role_sv, "en": role_en},
                "organisation": "Benchnoden",
                "email": f"{author_id}@example.se",
                "bio": {"sv": self._summary(self.sv), "en": self._summary(self.en)},
            }
            for author_id, (name, role_sv, role_en) in vocabulary.AUTHORS.items()
        }
        tags = {tag: {"en": label} for tag, label in vocabulary.TAGS.items()}
        for name, data in (("blog/authors.yml", authors), ("blog/tags.yml", tags)):
            self._save(name, yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000))

    # -- references ------------------------------------------------------------

    def _references(self) -> list[str]:
        ids = [f"ref-{number:03d}" for number in range(1, REFERENCE_COUNT + 1)]
        for reference_id in ids:
            rng = self.rng
            region = rng.choice(list(vocabulary.REGIONS))
            start_year, start_month = rng.randint(2010, 2023), rng.randint(1, 12)
            months = start_year * 12 + start_month - 1 + rng.randint(6, 36)
            end_year, end_month = min((months // 12, months % 12 + 1), (2025, 12))
            methods = rng.sample(method_slugs(), rng.randint(1, 2))
            front = {
                "title": self.sv.title(),
                "summary": self._summary(self.sv),
                "clients": rng.sample(vocabulary.CLIENTS, rng.randint(1, 2)),
                "period": {"start": f"{start_year}-{start_month:02d}", "end": f"{end_year}-{end_month:02d}"},
                "region": region,
                "municipalities": rng.sample(vocabulary.REGIONS[region], rng.randint(1, 3)),
                "methods": methods,
                "funding": rng.sample(vocabulary.FUNDING, rng.randint(1, 2)),
                "role": rng.choice(vocabulary.ROLES),
                "status": "avslutad",
                "contact": rng.choice(list(vocabulary.AUTHORS)),
            }
            links = [f"../docs/metoder/{methods[0]}.md"]
            words = rng.randint(*REFERENCE_WORDS)
            self._page(f"references/{reference_id}.md", front, self.sv, words, links, sections=(1, 2))
            if self._translated():
                front = {"title": self.en.title(), "summary": self._summary(self.en)}
                self._page(f"references/{reference_id}.en.md", front, self.en, words, links, sections=(1, 2))
        return ids

    # -- entries -----------------------------------------------------------------

    def _plan_entries(self, n: int) -> list[Entry]:
        rng = self.rng
        days = (LAST_DAY - FIRST_DAY).days + 1
        collections = list(COLLECTION_SHARES)
        shares = list(COLLECTION_SHARES.values())
        entries = []
        for _ in range(n):
            title = self.sv.title()
            day = FIRST_DAY + datetime.timedelta(days=rng.randrange(days))
            stem = f"{day.isoformat()}-{self._unique_slug(title)}"
            collection = rng.choices(collections, weights=shares)[0]
            entries.append(Entry(collection, stem, day, title, self._translated()))
        return entries

    def _entry(self, entry: Entry, entries: list[Entry], reference_ids: list[str]) -> None:
        rng = self.rng
        front: dict[str, Any] = {
            "title": entry.title,
            "date": entry.date,
            "summary": self._summary(self.sv),
            "tags": rng.sample(list(vocabulary.TAGS), rng.randint(1, 4)),
            "authors": rng.sample(list(vocabulary.AUTHORS), 1 if rng.random() < 0.8 else 2),
        }
        if rng.random() < 0.5:
            front["references"] = rng.sample(reference_ids, rng.randint(1, 2))
        links = self._entry_links(entry, entries)
        words = rng.randint(*ENTRY_WORDS)
        folder = f"blog/{entry.collection}"
        self._page(f"{folder}/{entry.stem}.md", front, self.sv, words, links)
        if entry.translated:
            title = self.en.title()
            front = {"title": title, "summary": self._summary(self.en), "slug": self._unique_slug(title)}
            english_words = round(words * rng.uniform(0.9, 1.1))
            self._page(f"{folder}/{entry.stem}.en.md", front, self.en, english_words, links)

    def _entry_links(self, entry: Entry, entries: list[Entry]) -> list[str]:
        """2-5 links: 1-2 external, the rest to other entries (70 %) or method pages."""
        rng = self.rng
        external = rng.randint(1, 2)
        links = [self._external() for _ in range(external)]
        for _ in range(rng.randint(max(1, 2 - external), 5 - external)):
            if rng.random() < 0.7:
                links.append(rng.choice(entries).link_from(entry.collection))
            else:
                links.append(f"../../docs/metoder/{rng.choice(METHODS)[0]}.md")
        rng.shuffle(links)
        return links

    # -- small helpers -----------------------------------------------------------

    def _translated(self) -> bool:
        return self.rng.random() < TRANSLATED_SHARE

    def _summary(self, prose: Prose) -> str:
        return prose.sentences(self.rng.randint(12, 22))

    def _external(self) -> str:
        word = slugify(self.rng.choice(vocabulary.ENGLISH_CONTENT_WORDS))
        return f"https://example.org/{word}/{self.rng.randint(1, 999)}"

    def _unique_slug(self, title: str) -> str:
        base = slug = slugify(title)
        number = 1
        while slug in self._slugs:
            number += 1
            slug = f"{base}-{number}"
        self._slugs.add(slug)
        return slug

    def _page(self, name: str, front: dict[str, Any], prose: Prose, words: int, links: list[str],
              sections: tuple[int, int] = (2, 4)) -> None:
        self.words += words
        self._write(name, front, prose.body(words, links, sections))

    def _write(self, name: str, front: dict[str, Any], body: str) -> None:
        self._save(name, f"---\n{front_matter(front)}---\n\n{body}")

    def _save(self, name: str, text: str) -> None:
        path = self.root / name
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        with open(path, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        self.files += 1


# -- front matter ----------------------------------------------------------------

_NEEDS_QUOTES = set(":#[]{},&*!|>'\"%@`")


def front_matter(fields: dict[str, Any]) -> str:
    """YAML front matter as an author writes it: one line per field, flow lists.

    Handles what the generator produces (text, dates, lists of text, one level
    of mapping); much faster than ``yaml.safe_dump`` for thousands of files.
    """
    return "".join(f"{key}: {_value(value)}\n" for key, value in fields.items())


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_scalar(item)}" for key, item in value.items()) + "}"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    if _NEEDS_QUOTES.intersection(text) or text.lower() in {"yes", "no", "true", "false", "null", "on", "off"}:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text
