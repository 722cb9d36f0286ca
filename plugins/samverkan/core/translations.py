"""Missing translations and the language switch.

One policy per kind of content (see
:class:`~samverkan.core.settings.MissingTranslation`) decides what readers of
another language get where a page has no translation; the same policy then
drives navigation, listings, sitemap, hreflang and the switch, because all of
them ask :func:`switch_target` and :meth:`Project.alternates`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from samverkan.core.documents import Document, Kind
from samverkan.core.languages import Language
from samverkan.core.project import Project
from samverkan.core.entries import entry_url
from samverkan.core.references import reference_url
from samverkan.core.settings import MissingTranslation, Settings
from samverkan.core.strings import translate

#: A function telling the policy for a document (by collection, kind ...).
Policy = Callable[[Document], MissingTranslation]

NOTICE_TEMPLATE = "samverkan/notice.html"


def policy_for(settings: Settings) -> Policy:
    """The policy of each document: its collection's for entries, the pages' policy otherwise."""

    def policy(document: Document) -> MissingTranslation:
        if document.kind is Kind.ENTRY:
            return document.data.collection.missing_translation
        return settings.pages_missing_translation

    return policy


def add_notice_pages(project: Project, policy: Policy) -> None:
    """Give every original that lacks a translation a notice page, where the policy says so."""
    languages = project.settings.languages
    originals = [doc for doc in project if doc.language == languages.default and doc.indexable]
    for original in originals:
        if policy(original) is not MissingTranslation.NOTICE:
            continue
        for language in languages.translations:
            if project.counterpart(original, language) is None:
                project.add(notice_page(original, language, languages.translated_name(original.key, language)))


def notice_page(original: Document, language: Language, src_uri: str) -> Document:
    """A page in ``language`` saying that ``original`` exists only in its own language."""
    marker = translate(language.code, "translation.missing.marker", language=original.language.name_in(language))
    title = f"{original.title} ({marker})"
    if original.kind is Kind.ENTRY:
        entry = original.data
        url = entry_url(entry.collection, language, entry.date, entry.slug)
    elif original.kind is Kind.REFERENCE:
        url = reference_url(language, original.data.id)
    else:
        url = language.url_prefix + original.url[len(original.language.url_prefix) :]
    return Document(
        kind=Kind.NOTICE,
        language=language,
        key=original.key,
        src_uri=src_uri,
        url=url,
        title=title,
        meta={"title": title, "template": NOTICE_TEMPLATE, "search": {"exclude": True}},
        markdown="",
        data=original,
        parent=original.parent,
    )


@dataclass(frozen=True)
class SwitchTarget:
    """Where the language switch of a page leads for one other language.

    Attributes:
        language: the language the link leads to.
        url: the site-root-relative address.
        exists: False when the page has no counterpart and the link goes to that
            language's start page instead (the HIDE policy).
    """

    language: Language
    url: str
    exists: bool


def switch_targets(project: Project, document: Document) -> list[SwitchTarget]:
    """The language switch of ``document``: one target per other language."""
    targets = []
    for language in project.settings.languages.all:
        if language == document.language:
            continue
        counterpart = project.counterpart(document, language)
        if counterpart is not None:
            targets.append(SwitchTarget(language, counterpart.url, True))
            continue
        parent = project.page(document.parent, language.code)
        targets.append(SwitchTarget(language, parent.url if parent else language.url_prefix, False))
    return targets
