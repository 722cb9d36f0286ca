"""The words of every diagnostic, in Swedish and English.

Messages are Swedish by default: the people who write these sites are Swedish
communicators, and an error in their own language is easier to act on. Each
message says what is wrong and what to do. Codes are stable (editors and tests
use them); the wording may improve.
"""

from __future__ import annotations

from typing import Any

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")

#: code -> {language: template}. Templates use ``str.format`` fields.
CATALOG: dict[str, dict[str, str]] = {
    "encoding": {
        "sv": "filen är inte sparad som UTF-8 (byte {byte} på raden kan inte läsas). "
        "Spara om filen som UTF-8 i din editor.",
        "en": "the file is not saved as UTF-8 (byte {byte} on this line cannot be read). "
        "Save the file again as UTF-8 in your editor.",
    },
    "bom": {
        "sv": "filen börjar med ett osynligt BOM-tecken; det ignoreras. "
        "Spara filen som UTF-8 utan BOM för att bli av med varningen.",
        "en": "the file starts with an invisible byte order mark; it is ignored. "
        "Save the file as UTF-8 without BOM to silence this warning.",
    },
    "empty-file": {
        "sv": "filen är tom. Skriv in front matter med minst {fields}, eller ta bort filen.",
        "en": "the file is empty. Add front matter with at least {fields}, or delete the file.",
    },
    "too-large": {
        "sv": "filen är {size} MB, större än gränsen {limit} MB. Dela upp texten "
        "eller lägg stora dokument som bilagor.",
        "en": "the file is {size} MB, larger than the limit of {limit} MB. Split the text "
        "or attach large documents as files.",
    },
    "frontmatter-unclosed": {
        "sv": "front matter som börjar med '---' avslutas aldrig. Lägg till en rad med "
        "bara '---' efter sista fältet.",
        "en": "front matter that starts with '---' is never closed. Add a line with just "
        "'---' after the last field.",
    },
    "yaml-syntax": {
        "sv": "front matter går inte att läsa som YAML: {detail}. Kontrollera kolon, "
        "citattecken och indrag på raden.",
        "en": "front matter is not valid YAML: {detail}. Check colons, quotes and "
        "indentation on this line.",
    },
    "yaml-tab": {
        "sv": "front matter innehåller en tabb; YAML tillåter bara mellanslag för indrag. "
        "Byt tabben mot mellanslag.",
        "en": "front matter contains a tab; YAML allows only spaces for indentation. "
        "Replace the tab with spaces.",
    },
    "yaml-not-mapping": {
        "sv": "front matter måste vara fält på formen 'namn: värde', men börjar med '{got}'. "
        "Skriv ett fält per rad, t.ex. 'title: Rubrik'.",
        "en": "front matter must be fields of the form 'name: value', but starts with '{got}'. "
        "Write one field per line, e.g. 'title: Heading'.",
    },
    "yaml-duplicate-key": {
        "sv": "fältet '{key}' finns två gånger (först på rad {first}). Ta bort det ena.",
        "en": "the field '{key}' appears twice (first on line {first}). Remove one of them.",
    },
    "field-required": {
        "sv": "fältet '{field}' saknas men måste finnas. Lägg till '{field}: ...' i front matter.",
        "en": "the field '{field}' is missing but required. Add '{field}: ...' to the front matter.",
    },
    "field-empty": {
        "sv": "fältet '{field}' är tomt. Skriv in ett värde.",
        "en": "the field '{field}' is empty. Fill in a value.",
    },
    "field-type": {
        "sv": "fältet '{field}' ska vara {expected}, men är {got}.",
        "en": "the field '{field}' should be {expected}, but is {got}.",
    },
    "field-choice": {
        "sv": "fältet '{field}' har värdet '{value}', som inte är tillåtet. Välj ett av: {choices}.",
        "en": "the field '{field}' has the value '{value}', which is not allowed. Choose one of: {choices}.",
    },
    "unknown-key": {
        "sv": "okänt fält '{key}'; det används inte. Ta bort det eller rätta namnet.",
        "en": "unknown field '{key}'; it is not used. Remove it or correct the name.",
    },
    "unknown-key-suggest": {
        "sv": "okänt fält '{key}' (menade du '{candidate}'?); det används inte.",
        "en": "unknown field '{key}' (did you mean '{candidate}'?); it is not used.",
    },
    "date-format": {
        "sv": "fältet '{field}' har datumet '{value}', som inte går att läsa. "
        "Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2012-12-21, eller '2012-12-21 09:30'.",
        "en": "the field '{field}' has the date '{value}', which cannot be read. "
        "Write dates as YYYY-MM-DD, e.g. 2012-12-21, or '2012-12-21 09:30'.",
    },
    "date-month": {
        "sv": "fältet '{field}' har datumet '{value}', som inte finns: det finns ingen månad "
        "{month}. Skriv datum som ÅÅÅÅ-MM-DD och rätta månaden (01-12).",
        "en": "the field '{field}' has the date '{value}', which does not exist: there is no "
        "month {month}. Write dates as YYYY-MM-DD and correct the month (01-12).",
    },
    "date-day": {
        "sv": "fältet '{field}' har datumet '{value}', som inte finns: månad {month} har ingen "
        "dag {day}. Rätta dagen.",
        "en": "the field '{field}' has the date '{value}', which does not exist: month {month} "
        "has no day {day}. Correct the day.",
    },
    "date-time": {
        "sv": "fältet '{field}' har tiden i '{value}', som inte finns. Skriv tid som TT:MM, "
        "t.ex. 09:30.",
        "en": "the field '{field}' has a time in '{value}' that does not exist. Write times "
        "as HH:MM, e.g. 09:30.",
    },
    "date-number": {
        "sv": "fältet '{field}' är ett tal ({value}), inte ett datum. Skriv det som ÅÅÅÅ-MM-DD.",
        "en": "the field '{field}' is a number ({value}), not a date. Write it as YYYY-MM-DD.",
    },
    "slug-path": {
        "sv": "slug '{value}' är inte tillåten: den får inte innehålla '/' eller '..', eftersom "
        "adressen då skulle hamna utanför sin mapp. Använd bara a-z, 0-9 och bindestreck, "
        "t.ex. '{suggestion}'.",
        "en": "the slug '{value}' is not allowed: it must not contain '/' or '..', since the "
        "address would then leave its folder. Use only a-z, 0-9 and hyphens, e.g. '{suggestion}'.",
    },
    "slug-characters": {
        "sv": "slug '{value}' är inte tillåten: den innehåller andra tecken än a-z, 0-9 och "
        "bindestreck. Skriv till exempel '{suggestion}'.",
        "en": "the slug '{value}' is not allowed: it contains characters other than a-z, 0-9 "
        "and hyphens. Write for example '{suggestion}'.",
    },
    "translation-orphan": {
        "sv": "översättningen saknar svenskt original ({original} finns inte). Skapa "
        "originalet eller byt namn på filen så att det stämmer.",
        "en": "this translation has no Swedish original ({original} does not exist). Create "
        "the original or rename the file to match it.",
    },
    "duplicate-url": {
        "sv": "två källfiler får samma adress /{url}: den här och {other}. Ge en av dem en "
        "annan 'slug'.",
        "en": "two source files resolve to the same address /{url}: this one and {other}. "
        "Give one of them another 'slug'.",
    },
    "nav-missing": {
        "sv": "menyn i mkdocs.yml pekar på '{target}', som inte finns. Rätta sökvägen "
        "(relativt docs/) eller ta bort raden.",
        "en": "the navigation in mkdocs.yml points to '{target}', which does not exist. Fix the "
        "path (relative to docs/) or remove the line.",
    },
    "reserved-folder": {
        "sv": "mappen docs/{folder}/ krockar med samlingen {folder}/. Byt namn på mappen.",
        "en": "the folder docs/{folder}/ clashes with the collection {folder}/. Rename the folder.",
    },
    "link-broken": {
        "sv": "länken '{target}' pekar på en fil som inte finns. Rätta sökvägen.",
        "en": "the link '{target}' points to a file that does not exist. Fix the path.",
    },
    "unknown-person": {
        "sv": "'{id}' finns inte i författarfilen. Använd ett id som finns där ({known}) eller "
        "lägg till personen i filen.",
        "en": "'{id}' is not in the authors file. Use an id from it ({known}) or add the person "
        "to the file.",
    },
    "unknown-series": {
        "sv": "serien '{id}' finns inte i seriefilen. Använd ett id som finns där ({known}) eller "
        "lägg till serien.",
        "en": "the series '{id}' is not in the series file. Use an id from it ({known}) or add the "
        "series.",
    },
    "unknown-reference": {
        "sv": "referensen '{id}' finns inte (ingen fil references/{id}.md). Rätta id:t eller skapa "
        "referensen.",
        "en": "the reference '{id}' does not exist (no file references/{id}.md). Correct the id or "
        "create the reference.",
    },
    "series-part-taken": {
        "sv": "del {part} av serien '{series}' finns redan ({other}). Ge inlägget ett annat delnummer.",
        "en": "part {part} of the series '{series}' already exists ({other}). Give this entry another "
        "part number.",
    },
    "attachment-missing": {
        "sv": "filen '{path}' finns inte. Lägg filen i {folder}/ (sökvägen räknas från inläggets "
        "mapp) eller rätta sökvägen.",
        "en": "the file '{path}' does not exist. Put the file in {folder}/ (the path is counted from "
        "the entry's folder) or correct the path.",
    },
    "image-external": {
        "sv": "bilden '{src}' ligger på en annan webbplats. Lägg bilden bland webbplatsens filer, "
        "så att besökarna inte skickas till någon annan.",
        "en": "the image '{src}' is on another site. Put the image among the site's files, so that "
        "readers are not sent to anyone else.",
    },
    "collection-missing": {
        "sv": "samlingen '{id}' ska ligga i mappen {folder}/, som inte finns. Skapa mappen eller rätta "
        "'source' i mkdocs.yml.",
        "en": "the collection '{id}' should be in the folder {folder}/, which does not exist. Create "
        "the folder or correct 'source' in mkdocs.yml.",
    },
    "alias-invalid": {
        "sv": "den gamla adressen '{alias}' går inte att använda. Skriv den som en sökväg på "
        "webbplatsen, t.ex. /2012/12/gammalt-inlagg.html.",
        "en": "the old address '{alias}' cannot be used. Write it as a path on the site, e.g. "
        "/2012/12/old-post.html.",
    },
    "alias-taken": {
        "sv": "den gamla adressen '{alias}' används redan av {other}. Ta bort den ena.",
        "en": "the old address '{alias}' is already used by {other}. Remove one of them.",
    },
    "directive-option": {
        "sv": "listan över senaste inlägg har ett okänt val '{value}'. Använd collection=, count= "
        "och tag=, t.ex. <!-- samverkan:latest collection=nyheter count=3 -->.",
        "en": "the list of latest entries has an unknown option '{value}'. Use collection=, count= "
        "and tag=, e.g. <!-- samverkan:latest collection=nyheter count=3 -->.",
    },
    "directive-collection": {
        "sv": "listan över senaste inlägg nämner samlingen '{value}', som inte finns. Välj en av: "
        "{known}.",
        "en": "the list of latest entries names the collection '{value}', which does not exist. "
        "Choose one of: {known}.",
    },
    "directive-count": {
        "sv": "listan över senaste inlägg har count={value}; skriv ett heltal, t.ex. count=3.",
        "en": "the list of latest entries has count={value}; write a whole number, e.g. count=3.",
    },
}

#: Words for value types, used in the ``expected`` and ``got`` fields of messages.
TYPE_WORDS: dict[str, dict[str, str]] = {
    "text": {"sv": "en text", "en": "a text"},
    "list": {"sv": "en lista (rader som börjar med '- ')", "en": "a list (lines starting with '- ')"},
    "text-list": {"sv": "en lista med texter", "en": "a list of texts"},
    "mapping": {"sv": "en grupp av fält (namn: värde)", "en": "a group of fields (name: value)"},
    "date": {"sv": "ett datum (ÅÅÅÅ-MM-DD)", "en": "a date (YYYY-MM-DD)"},
    "boolean": {"sv": "true eller false", "en": "true or false"},
    "number": {"sv": "ett tal", "en": "a number"},
    "whole-number": {"sv": "ett heltal", "en": "a whole number"},
    "empty": {"sv": "tomt", "en": "empty"},
    "text-or-mapping": {"sv": "ett id eller en grupp av fält", "en": "an id or a group of fields"},
}

_SUMMARY = {
    "sv": "{errors} fel, {warnings} {warning_word}",
    "en": "{errors} {error_word}, {warnings} {warning_word}",
}


def check_code(code: str) -> None:
    """Fail early (a programming error) when a diagnostic code has no message."""
    if code not in CATALOG:
        raise KeyError(f"no message for diagnostic code {code!r}")


def render(code: str, language: str, args: dict[str, Any]) -> str:
    """The message for ``code`` in ``language`` with ``args`` filled in."""
    templates = CATALOG[code]
    template = templates.get(language) or templates[DEFAULT_LANGUAGE]
    words = {
        key: TYPE_WORDS[value].get(language, TYPE_WORDS[value]["en"])
        for key, value in args.items()
        if key in ("expected", "got") and value in TYPE_WORDS
    }
    return template.format(**{**args, **words})


def summary(errors: int, warnings: int, language: str) -> str:
    """'2 fel, 1 varning' / '2 errors, 1 warning'."""
    if language == "sv":
        word = "varning" if warnings == 1 else "varningar"
        return _SUMMARY["sv"].format(errors=errors, warnings=warnings, warning_word=word)
    return _SUMMARY["en"].format(
        errors=errors,
        warnings=warnings,
        error_word="error" if errors == 1 else "errors",
        warning_word="warning" if warnings == 1 else "warnings",
    )

