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
        "sv": "filen är tom. Skriv in front matter med fälten som behövs ({fields}) och en text, "
        "eller ta bort filen.",
        "en": "the file is empty. Add front matter with the fields it needs ({fields}) and a text, "
        "or delete the file.",
    },
    "too-large": {
        "sv": "filen är {size} MB, större än gränsen {limit} MB. Dela upp texten "
        "eller lägg stora dokument som bilagor.",
        "en": "the file is {size} MB, larger than the limit of {limit} MB. Split the text "
        "or attach large documents as files.",
    },
    "read-error": {
        "sv": "filen går inte att läsa ({reason}). Kontrollera att det är en vanlig fil och att du "
        "har rätt att läsa den.",
        "en": "the file cannot be read ({reason}). Check that it is an ordinary file and that you "
        "may read it.",
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
        "sv": "front matter innehåller ett tabbtecken här; YAML tillåter bara mellanslag. "
        "Byt tabben mot mellanslag.",
        "en": "front matter contains a tab character here; YAML allows only spaces. "
        "Replace the tab with spaces.",
    },
    "yaml-colon": {
        "sv": "ett värde innehåller ett kolon följt av mellanslag, och då tror YAML att ett nytt fält "
        "börjar. Sätt hela värdet inom citattecken, t.ex. title: \"Nyhet: text\".",
        "en": "a value contains a colon followed by a space, so YAML takes it for a new field. Put "
        "the whole value in quotes, e.g. title: \"News: text\".",
    },
    "yaml-indent": {
        "sv": "raden är indragen, men fältet hör inte till något annat fält. Ta bort mellanslagen "
        "i början av raden.",
        "en": "this line is indented, but the field does not belong to another field. Remove the "
        "spaces at the start of the line.",
    },
    "yaml-quote-needed": {
        "sv": "ett värde börjar med tecknet '{char}', som YAML inte tillåter där. Sätt hela värdet "
        "inom citattecken, t.ex. title: \"{char}...\".",
        "en": "a value starts with the character '{char}', which YAML does not allow there. Put the "
        "whole value in quotes, e.g. title: \"{char}...\".",
    },
    "yaml-unclosed": {
        "sv": "ett citattecken eller en klammer ([ eller {{) som börjar här stängs aldrig. Lägg till "
        "det avslutande tecknet.",
        "en": "a quote or bracket ([ or {{) that starts here is never closed. Add the closing "
        "character.",
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
    "translated-from-invalid": {
        "sv": "fältet '{field}' ska vara det fingeravtryck med 12 tecken (0-9, a-f) som 'samverkan new' "
        "skriver. Kör 'samverkan translations --mark-translated {path}' för att sätta rätt värde, "
        "eller ta bort fältet.",
        "en": "the field '{field}' should be the 12-character fingerprint (0-9, a-f) that "
        "'samverkan new' writes. Run 'samverkan translations --mark-translated {path}' to set it, "
        "or remove the field.",
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
        "sv": "länken '{target}' pekar på en fil som inte finns. Rätta sökvägen; den räknas från "
        "filen du skriver i, t.ex. ../../docs/metoder/boston-metoden.md från ett inlägg.",
        "en": "the link '{target}' points to a file that does not exist. Fix the path; it is "
        "counted from the file you write in, e.g. ../../docs/metoder/boston-metoden.md from an entry.",
    },
    "link-draft": {
        "sv": "länken '{target}' pekar på ett utkast (draft: true), som inte publiceras. Länken "
        "fungerar inte förrän inlägget publiceras; ta bort länken eller publicera inlägget.",
        "en": "the link '{target}' points to a draft (draft: true), which is not published. The "
        "link will not work until the entry is published; remove the link or publish the entry.",
    },
    "link-future": {
        "sv": "länken '{target}' pekar på ett inlägg som publiceras först {date}. Fram till dess "
        "fungerar inte länken.",
        "en": "the link '{target}' points to an entry that is published on {date}. Until then the "
        "link does not work.",
    },
    "link-outside": {
        "sv": "länken '{target}' pekar på en fil utanför webbplatsens mappar (docs/, blog/, "
        "references/), som inte publiceras. Länka en sida på webbplatsen eller skriv en hel "
        "adress (https://...).",
        "en": "the link '{target}' points to a file outside the site's folders (docs/, blog/, "
        "references/), which is not published. Link a page of the site or write a full address "
        "(https://...).",
    },
    "image-alt-missing": {
        "sv": "bilden '{target}' saknar alternativtext, så den som inte ser bilden får inte veta vad "
        "den visar. Beskriv bilden inom hakparenteserna: ![En kort beskrivning]({target}).",
        "en": "the image '{target}' has no alternative text, so people who cannot see it do not "
        "know what it shows. Describe it within the brackets: ![A short description]({target}).",
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
    "unknown-method": {
        "sv": "metoden '{id}' finns inte i metodbiblioteket. Använd namnet på en metodsida ({known}) "
        "eller skapa sidan.",
        "en": "the method '{id}' is not in the method library. Use the name of a method page ({known}) "
        "or create the page.",
    },
    "reference-duplicate": {
        "sv": "det finns redan en referens med id '{id}' ({other}). Ge filen ett annat namn.",
        "en": "there is already a reference with the id '{id}' ({other}). Give this file another name.",
    },
    "period-format": {
        "sv": "perioden '{value}' går inte att läsa. Skriv år och månad som ÅÅÅÅ-MM, t.ex. 2010-03, "
        "och 'pågående' som slut om uppdraget pågår.",
        "en": "the period '{value}' cannot be read. Write year and month as YYYY-MM, e.g. 2010-03, and "
        "'ongoing' as the end if the assignment goes on.",
    },
    "period-order": {
        "sv": "perioden slutar ({end}) innan den börjar ({start}). Rätta start eller slut.",
        "en": "the period ends ({end}) before it starts ({start}). Correct the start or the end.",
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
    "feeds-site-url": {
        "sv": "webbplatsen har inlägg, och deras flöden (RSS, Atom, JSON Feed) behöver fullständiga "
        "adresser, men 'site_url' saknas. Skriv webbplatsens adress i mkdocs.yml, t.ex. "
        "'site_url: https://www.exempel.se/'.",
        "en": "the site has entries, and their feeds (RSS, Atom, JSON Feed) need full addresses, but "
        "'site_url' is missing. Add the site's address to mkdocs.yml, e.g. "
        "'site_url: https://www.example.org/'.",
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

