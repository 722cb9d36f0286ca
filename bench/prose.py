"""Seeded prose: titles, sentences, paragraphs and whole Markdown bodies.

A :class:`Prose` draws words from one language's word lists with one
``random.Random``, so the same seed gives the same text. Bodies have the shape
of real entries: an introduction, 2-4 ``##``/``###`` sections, a bullet list or
two and the links the caller asks for, woven in as extra sentences.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass

from bench import vocabulary

#: How much more often a function word is drawn than a content word.
FUNCTION_WORD_WEIGHT = 5

_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """An ASCII URL segment the way the product makes one: å, ä → a; ö → o."""
    return _NOT_SLUG.sub("-", text.lower().translate(_ASCII)).strip("-")


@dataclass(frozen=True)
class Language:
    """The words of one language and its phrases for introducing a link."""

    code: str
    function_words: list[str]
    content_words: list[str]
    link_phrases: list[str]


SWEDISH = Language(
    "sv",
    vocabulary.SWEDISH_FUNCTION_WORDS,
    vocabulary.SWEDISH_CONTENT_WORDS,
    ["Läs mer om", "Se även", "Mer om detta finns i", "Jämför med"],
)
ENGLISH = Language(
    "en",
    vocabulary.ENGLISH_FUNCTION_WORDS,
    vocabulary.ENGLISH_CONTENT_WORDS,
    ["Read more about", "See also", "There is more on this in", "Compare with"],
)


class Prose:
    """Text in one language, drawn from a shared random generator."""

    def __init__(self, rng: random.Random, language: Language) -> None:
        self._rng = rng
        self._language = language
        self._words = language.function_words + language.content_words
        weights = [FUNCTION_WORD_WEIGHT] * len(language.function_words) + [1] * len(language.content_words)
        self._cumulative = list(itertools.accumulate(weights))

    def words(self, count: int) -> list[str]:
        """``count`` words, function words more frequent, as in real text."""
        return self._rng.choices(self._words, cum_weights=self._cumulative, k=count)

    def content_words(self, count: int) -> list[str]:
        """``count`` content words (for titles, headings, link texts)."""
        return self._rng.choices(self._language.content_words, k=count)

    def title(self, low: int = 3, high: int = 6) -> str:
        """A title of ``low``-``high`` content words, first letter capitalised."""
        return _capitalised(" ".join(self.content_words(self._rng.randint(low, high))))

    def sentences(self, count: int) -> str:
        """About ``count`` words cut into capitalised sentences of 6-16 words."""
        words = self.words(count)
        out = []
        start = 0
        while start < count:
            end = start + self._rng.randint(6, 16)
            out.append(_capitalised(" ".join(words[start:end])) + ".")
            start = end
        return " ".join(out)

    def link_sentence(self, target: str) -> str:
        """A sentence linking ``target`` as written: "Läs mer om [some words](target)."."""
        phrase = self._rng.choice(self._language.link_phrases)
        text = " ".join(self.content_words(self._rng.randint(2, 4)))
        return f"{phrase} [{text}]({target})."

    def bullet_list(self) -> str:
        """A list of 3-6 items of 4-10 words."""
        items = (self.sentences(self._rng.randint(4, 10)) for _ in range(self._rng.randint(3, 6)))
        return "\n".join(f"- {item}" for item in items)

    def body(self, word_count: int, links: list[str], sections: tuple[int, int] = (2, 4)) -> str:
        """A Markdown body of about ``word_count`` words linking each of ``links``.

        An introductory paragraph, then ``sections`` (low, high) sections under
        ``##`` or ``###`` headings (the first always ``##``), with one or two
        bullet lists in some of them.
        """
        rng = self._rng
        section_count = rng.randint(*sections)
        lists_in = rng.sample(range(section_count), min(section_count, rng.randint(1, 2)))
        bullet_lists = [self.bullet_list() for _ in lists_in]
        prose_words = word_count - sum(len(text.split()) - text.count("\n- ") - 1 for text in bullet_lists)
        paragraph_count = max(section_count + 1, round(prose_words / 80))
        paragraphs = [self.sentences(size) for size in self._split(prose_words, paragraph_count)]
        for target in links:
            index = rng.randrange(paragraph_count)
            paragraphs[index] += " " + self.link_sentence(target)

        blocks = [paragraphs[0]]
        rest = paragraphs[1:]
        for section in range(section_count):
            level = "##" if section == 0 else rng.choice(("##", "###"))
            blocks.append(f"{level} {self.title(2, 5)}")
            mine = rest[section * len(rest) // section_count : (section + 1) * len(rest) // section_count]
            blocks.extend(mine[:1])
            if section in lists_in:
                blocks.append(bullet_lists[lists_in.index(section)])
            blocks.extend(mine[1:])
        return "\n\n".join(blocks) + "\n"

    def _split(self, total: int, parts: int) -> list[int]:
        """``parts`` sizes near ``total / parts`` (±30 %) that add up to ``total``."""
        base = total // parts
        spread = max(1, base * 3 // 10)
        sizes = [base + self._rng.randint(-spread, spread) for _ in range(parts - 1)]
        sizes.append(max(6, total - sum(sizes)))
        return sizes


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
