"""The command line's own words (help, states, errors about the command), in Swedish and English.

Messages about content come from :mod:`samverkan.core.messages`; these are the
words of the command itself. Both follow the site's ``messages`` option
(Swedish unless ``messages: en``).
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    # -- help ---------------------------------------------------------------
    "help.description": {
        "sv": "samverkan: kommandot för dig som skriver webbplatsen.",
        "en": "samverkan: the command for people who write the site.",
    },
    "help.config": {"sv": "webbplatsens mkdocs.yml", "en": "the site's mkdocs.yml"},
    "help.build": {
        "sv": "bygg webbplatsen till site/ (ett misslyckat bygge lämnar site/ orört)",
        "en": "build the site into site/ (a failed build leaves site/ as it was)",
    },
    "help.site_dir": {"sv": "mappen för den färdiga webbplatsen", "en": "where the finished site goes"},
    "help.serve": {
        "sv": "visa webbplatsen på din dator och uppdatera den medan du skriver",
        "en": "show the site on your computer and update it as you write",
    },
    "help.dev_addr": {"sv": "adress och port, t.ex. 127.0.0.1:8000", "en": "address and port, e.g. 127.0.0.1:8000"},
    "help.strict": {"sv": "räkna varningar som fel", "en": "treat warnings as errors"},
    "help.check": {
        "sv": "kontrollera allt innehåll utan att bygga; visar varje fel med fil och rad",
        "en": "check all content without building; shows every problem with file and line",
    },
    "help.format": {
        "sv": "text (standard) eller json, för editorer och CI",
        "en": "text (default) or json, for editors and CI",
    },
    "help.new": {
        "sv": "skapa en ny sida, ett nytt inlägg eller en ny referens med front matter ifyllt",
        "en": "create a new page, entry or reference with its front matter filled in",
    },
    "help.words": {
        "sv": "vad och titel: t.ex. nyheter \"Titel på nyheten\", blogg, referens eller sida "
        "(med --translation-of räcker titeln)",
        "en": "what and title: e.g. news \"Title of the news\", blog, reference or page "
        "(with --translation-of, the title is enough)",
    },
    "help.lang": {
        "sv": "översättningens språk (en); kräver --translation-of",
        "en": "the translation's language (en); needs --translation-of",
    },
    "help.translation_of": {
        "sv": "den svenska filen som ska översättas, t.ex. docs/om-oss.md",
        "en": "the Swedish file to translate, e.g. docs/om-oss.md",
    },
    "help.slug": {
        "sv": "adressens sista del, om den inte ska komma från titeln",
        "en": "the last part of the address, if it should not come from the title",
    },
    "help.folder": {
        "sv": "för sidor: en mapp under docs/, t.ex. metoder",
        "en": "for pages: a folder below docs/, e.g. metoder",
    },
    "help.translations": {
        "sv": "visa varje sida och inlägg med sin översättnings läge: översatt, saknas eller inaktuell",
        "en": "list every page and entry with its translation's state: translated, missing or outdated",
    },
    "help.missing": {"sv": "visa bara de som saknar översättning", "en": "show only missing translations"},
    "help.outdated": {
        "sv": "visa bara inaktuella översättningar (originalet har ändrats)",
        "en": "show only outdated translations (the original changed)",
    },
    "help.translated": {"sv": "visa bara översatta", "en": "show only translated ones"},
    "help.mark": {
        "sv": "markera en översättning som aktuell, när du har uppdaterat den (ange den eller originalet)",
        "en": "mark a translation as up to date, once you have updated it (name it or its original)",
    },
    # -- errors about the command ---------------------------------------------
    "config-missing": {
        "sv": "hittar ingen {name} i {folder}. Kör kommandot i webbplatsens mapp eller ange filen med "
        "--config-file.",
        "en": "there is no {name} in {folder}. Run the command in the site's folder or name the file "
        "with --config-file.",
    },
    "config-invalid": {
        "sv": "inställningarna går inte att läsa: {detail}",
        "en": "the settings cannot be read: {detail}",
    },
    "unknown-kind": {
        "sv": "vet inte vad '{word}' är. Skriv ett av: {known}.",
        "en": "'{word}' is not something I can create. Write one of: {known}.",
    },
    "empty-title": {
        "sv": "titeln är tom. Skriv titeln inom citattecken, t.ex. \"Titel på nyheten\".",
        "en": "the title is empty. Write the title in quotes, e.g. \"Title of the news\".",
    },
    "bad-slug": {
        "sv": "'{slug}' går inte att använda i en adress. Använd bara a-z, 0-9 och bindestreck, t.ex. "
        "'{suggestion}'.",
        "en": "'{slug}' cannot be used in an address. Use only a-z, 0-9 and hyphens, e.g. '{suggestion}'.",
    },
    "bad-folder": {
        "sv": "mappen '{folder}' går inte att använda. Skriv en mapp under docs/ med bara a-z, 0-9 och "
        "bindestreck, t.ex. metoder.",
        "en": "the folder '{folder}' cannot be used. Write a folder below docs/ with only a-z, 0-9 and "
        "hyphens, e.g. metoder.",
    },
    "not-content": {
        "sv": "{path} är ingen sida, inget inlägg och ingen referens (en .md-fil i docs/, en samling "
        "under blog/ eller references/).",
        "en": "{path} is not a page, entry or reference (a .md file in docs/, a collection under blog/ "
        "or references/).",
    },
    "not-original": {
        "sv": "{path} är själv en översättning. Ange den svenska filen.",
        "en": "{path} is itself a translation. Name the Swedish file.",
    },
    "original-missing": {
        "sv": "{path} finns inte. Kontrollera sökvägen.",
        "en": "{path} does not exist. Check the path.",
    },
    "original-unreadable": {
        "sv": "{path} går inte att läsa. Kör 'samverkan check' och rätta felen först.",
        "en": "{path} cannot be read. Run 'samverkan check' and fix its errors first.",
    },
    "exists": {
        "sv": "filen finns redan; den skrivs inte över. Öppna den, eller välj en annan titel eller "
        "--slug.",
        "en": "the file already exists; it is not overwritten. Open it, or choose another title or "
        "--slug.",
    },
    "lang-unknown": {
        "sv": "språket '{lang}' finns inte på webbplatsen. Välj ett av: {known}.",
        "en": "the language '{lang}' is not one of the site's. Choose one of: {known}.",
    },
    "lang-needs-original": {
        "sv": "en översättning behöver sitt original: lägg till --translation-of och den svenska filen.",
        "en": "a translation needs its original: add --translation-of and the Swedish file.",
    },
    "words-count": {
        "sv": "skriv vad och titel, t.ex.: samverkan new nyheter \"Titel på nyheten\"",
        "en": "write what and title, e.g.: samverkan new news \"Title of the news\"",
    },
    "kind-mismatch": {
        "sv": "{path} är inte en fil av sorten '{word}'. Utelämna ordet eller rätta det.",
        "en": "{path} is not of the kind '{word}'. Leave the word out or correct it.",
    },
    "no-translation": {
        "sv": "{path} har ingen översättning ännu. Skapa den med samverkan new --lang {lang} "
        "--translation-of {path} \"Title\".",
        "en": "{path} has no translation yet. Create it with samverkan new --lang {lang} "
        "--translation-of {path} \"Title\".",
    },
    "internal-error": {
        "sv": "ett internt fel i samverkan ({detail}). Det är inte ditt fel: kör 'samverkan check' för att se "
        "om innehållet har fel, och rapportera annars felet (med SAMVERKAN_DEBUG=1 visas detaljerna).",
        "en": "an internal error in samverkan ({detail}). It is not your fault: run 'samverkan check' to see "
        "whether the content has errors, and otherwise report it (SAMVERKAN_DEBUG=1 shows the details).",
    },
    "build-failed": {
        "sv": "Bygget misslyckades; {folder}/ är orört.",
        "en": "The build failed; {folder}/ was not touched.",
    },
    # -- output ---------------------------------------------------------------
    "hint.page": {
        "sv": "Lägg till sidan under nav: i mkdocs.yml om den ska synas i menyn.",
        "en": "Add the page under nav: in mkdocs.yml if it should show in the menu.",
    },
    "marked": {
        "sv": "{path}: markerad som översatt från {original} ({fingerprint}).",
        "en": "{path}: marked as translated from {original} ({fingerprint}).",
    },
    "state.translated": {"sv": "översatt", "en": "translated"},
    "state.untracked": {"sv": "översatt (följs inte)", "en": "translated (not tracked)"},
    "state.outdated": {"sv": "inaktuell", "en": "outdated"},
    "state.missing": {"sv": "saknas", "en": "missing"},
    "translations.summary": {
        "sv": "{total} original. Översatta: {translated} (följs inte: {untracked}), inaktuella: {outdated}, "
        "saknas: {missing}",
        "en": "{total} originals. Translated: {translated} (not tracked: {untracked}), outdated: {outdated}, "
        "missing: {missing}",
    },
}


def say(language: str, key: str, **fields: Any) -> str:
    """The text ``key`` in ``language`` (Swedish when there is none), ``fields`` filled in."""
    entry = TEXTS[key]
    template = entry.get(language) or entry["sv"]
    return template.format(**fields) if fields else template
