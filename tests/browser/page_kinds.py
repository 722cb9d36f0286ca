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
}
