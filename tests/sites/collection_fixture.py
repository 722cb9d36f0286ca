"""A small site with two collections of entries of known dates, for collection tests."""

from __future__ import annotations

PDF = b"%PDF-1.4\n" + b"0" * 2400 + b"\n%%EOF\n"  # 2,416 bytes: "PDF, 2,4 kB"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def entry(title: str, date: str, body: str = "Text om samverkan.", **fields: str) -> str:
    extra = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return f"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n"


FILES: dict[str, str | bytes] = {
    "docs/index.md": "---\ntitle: Start\n---\n## Senaste\n\n<!-- samverkan:latest collection=nyheter count=2 -->\n",
    "docs/index.en.md": "---\ntitle: Home\n---\n## Latest\n\n<!-- samverkan:latest collection=nyheter count=2 -->\n",
    "blog/authors.yml": (
        "anna:\n  name: Anna Berg\n  role: {sv: samordnare, en: coordinator}\n  organisation: Förbundet\n"
        "  email: anna@example.se\n  phone: 070-174 06 50\n  bio: {sv: Skriver om samverkan., en: Writes.}\n"
        "olle:\n  name: Olle Ek\n"
    ),
    "blog/tags.yml": "utvärdering: {en: evaluation}\nsamverkan: {en: coordination}\n",
    "blog/series.yml": "topp-2012:\n  title: {sv: Topplistan 2012, en: The top list 2012}\n",
    "blog/nyheter/2011-01-21-alfa.md": entry(
        "Alfanyhet", "2011-01-21", "Första stycket om alfa.\n\n<!-- more -->\n\nMer om alfa.",
        tags="[Utvärdering, samverkan]", authors="[anna]", contact="anna", aliases="[/gammal/alfa.html]",
        attachments="[{file: bilagor/plan.pdf, title: Planen}]",
        image="{src: bilder/bild.png, alt: En bild av ett möte, caption: Mötet i januari}",
    ),
    "blog/nyheter/2011-01-21-alfa.en.md": (
        "---\ntitle: Alpha news\nslug: alpha\nimage: {alt: A picture of a meeting, caption: The meeting in January}\n"
        "---\n\nFirst paragraph about alpha.\n"
    ),
    "blog/nyheter/2011-01-30-beta.md": entry("Betanyhet", "2011-01-30", tags="[utvardering]", authors="[olle]"),
    "blog/nyheter/2011-03-05-gamma.md": entry("Gammanyhet", "2011-03-05", authors="[anna]"),
    "blog/nyheter/2011-03-05-gamma.en.md": "---\ntitle: Gamma news\nslug: gamma\n---\nGamma.\n",
    "blog/nyheter/2012-12-21-del-ett.md": entry(
        "Topplistan del ett", "'2012-12-21 09:30'", series="{id: topp-2012, part: 1}", authors="[anna]"
    ),
    "blog/nyheter/2012-12-21-del-ett.en.md": "---\ntitle: Top list part one\nslug: part-one\n---\nOne.\n",
    "blog/nyheter/2012-12-28-del-tva.md": entry(
        "Topplistan del två", "2012-12-28", series="{id: topp-2012, part: 2}", authors="[anna]"
    ),
    "blog/nyheter/2012-12-28-del-tva.en.md": "---\ntitle: Top list part two\nslug: part-two\n---\nTwo.\n",
    "blog/nyheter/2012-12-31-nyarsafton.md": entry("Nyårsaftonsnyhet", "'2012-12-31 23:30'", authors="[olle]"),
    "blog/nyheter/2012-05-01-hemlis.md": entry(
        "Hemlisutkast", "2012-05-01", "Hemlistext.", draft="true", tags="[hemlistagg]", authors="[anna]"
    ),
    "blog/nyheter/2012-05-01-hemlis.en.md": "---\ntitle: Secretdraft\nslug: secretdraft\n---\nSecret.\n",
    "blog/nyheter/2027-01-01-framtid.md": entry(
        "Framtidsnyhet", "2027-01-01", "Framtidstext.", tags="[framtidstagg]", authors="[anna]"
    ),
    "blog/nyheter/2027-01-01-framtid.en.md": "---\ntitle: Futurenews\nslug: futurenews\n---\nFuture.\n",
    "blog/nyheter/bilagor/plan.pdf": PDF,
    "blog/nyheter/bilder/bild.png": PNG,
    "blog/blogg/2013-02-01-inlagg.md": entry("Blogginlägg", "2013-02-01", authors="[anna]"),
    "blog/blogg/2013-02-01-inlagg.en.md": "---\ntitle: Blog post\nslug: blog-post\n---\nPost.\n",
    "blog/blogg/2013-03-01-svenskt.md": entry("Bara svenskt inlägg", "2013-03-01", authors="[olle]"),
}

CONFIG = {
    "plugins": [
        {
            "samverkan": {
                "collections": {
                    "nyheter": {
                        "title": {"sv": "Nyheter", "en": "News"},
                        "url": {"sv": "nyheter", "en": "news"},
                        "per_page": 2,
                    },
                    "blogg": {
                        "title": {"sv": "Blogg", "en": "Blog"},
                        "url": {"sv": "blogg", "en": "blog"},
                        "missing_translation": "hide",
                    },
                }
            }
        }
    ]
}
