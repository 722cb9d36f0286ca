"""One page of every kind of the example site, in both languages.

Browser tests (axe-core, network requests) run on these. Add a line when a new
kind of page appears.
"""

PAGE_KINDS: dict[str, str] = {
    "home (sv)": "",
    "home (en)": "en/",
    "page (sv)": "om-oss/",
    "page (en)": "en/about/",
    "method library (sv)": "metoder/",
    "method library (en)": "en/metoder/",
    "method page (sv)": "metoder/boston-metoden/",
    "method page (en)": "en/metoder/boston-method/",
    "untranslated page (sv)": "metoder/hur-gruppen/",
    "notice page (en)": "en/metoder/hur-gruppen/",
    "accessibility statement (sv)": "tillganglighet/",
    "not found": "404.html",
    "entry with image, attachment, contact (sv)": "nyheter/2012/en-dorr-in-borlange/",
    "entry with image, attachment, contact (en)": "en/news/2012/one-door-in-borlange/",
    "entry in a series (sv)": "blogg/2012/arets-tio-basta-2012-del-1/",
    "entry in a series (en)": "en/blog/2012/ten-best-2012-part-1/",
    "untranslated entry (sv)": "nyheter/2012/frukostseminarium-srs-ors/",
    "notice for an untranslated entry (en)": "en/news/2012/frukostseminarium-srs-ors/",
    "collection index (sv)": "nyheter/",
    "collection index (en)": "en/news/",
    "collection page 2 (sv)": "nyheter/sida/2/",
    "archive (sv)": "nyheter/arkiv/",
    "archive (en)": "en/news/archive/",
    "archive year (sv)": "nyheter/arkiv/2012/",
    "archive month (en)": "en/news/archive/2012/04/",
    "tag index (sv)": "taggar/",
    "tag index (en)": "en/tags/",
    "tag page (sv)": "taggar/utvardering/",
    "tag page (en)": "en/tags/evaluation/",
    "authors (sv)": "forfattare/",
    "author page (en)": "en/authors/karin/",
    "series page (sv)": "serier/arets-tio-basta-2012/",
    "series page (en)": "en/series/arets-tio-basta-2012/",
}
