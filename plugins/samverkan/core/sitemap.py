"""sitemap.xml with every language's pages and their hreflang alternates.

Notice pages (a page that exists only in another language) are left out, and
nothing carries a date that depends on when the site was built.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr, escape

from samverkan.core.project import Project


def render_sitemap(project: Project) -> bytes:
    """The sitemap of ``project`` as UTF-8 XML."""
    settings = project.settings
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    documents = sorted((doc for doc in project if doc.indexable), key=lambda doc: doc.url)
    for doc in documents:
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(settings.absolute_url(doc.url))}</loc>")
        alternates = project.alternates(doc)
        if len(alternates) > 1:
            for alternate in alternates:
                href = quoteattr(settings.absolute_url(alternate.url))
                lines.append(
                    f'    <xhtml:link rel="alternate" hreflang="{alternate.language.code}" href={href}/>'
                )
            default = alternates[0]
            href = quoteattr(settings.absolute_url(default.url))
            lines.append(f'    <xhtml:link rel="alternate" hreflang="x-default" href={href}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
