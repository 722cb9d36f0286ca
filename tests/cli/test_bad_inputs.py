"""Bad input never hurts: each gives one clear message at file:line, no crash, no traceback.

Every case is one bad file added to a valid site, run through ``samverkan check``
(exactly one diagnostic, at the right place) and through the build (the same
message; a failed build for errors).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_site import check_json, found, make
from helpers import build_site, run_cli

ENTRY = "blog/nyheter/2012-02-01-fel.md"
PAGE = "docs/fel.md"

#: name -> (path, content, (line, column, severity, code), words the message must contain)
CASES: dict[str, tuple[str, str | bytes, tuple, str]] = {
    "not UTF-8": (ENTRY, b"---\ntitle: R\xe4tt\ndate: 2012-02-01\n---\n", (2, 9, "error", "encoding"),
                  "inte sparad som UTF-8"),
    "UTF-8 BOM": (ENTRY, "\ufeff---\ntitle: Med BOM\ndate: 2012-02-01\n---\nText.\n".encode(),
                  (1, 1, "warning", "bom"), "BOM"),
    "Windows line endings": (ENTRY, b"---\r\ntitle: CRLF\r\ndate: 2012-13-01\r\n---\r\nText.\r\n",
                             (3, 7, "error", "date-month"), "ingen månad 13"),
    "tab in YAML": (ENTRY, "---\ntitle: Tabb\n\tdate: 2012-02-01\n---\n", (3, 1, "error", "yaml-tab"),
                    "Byt tabben mot mellanslag"),
    "front matter never closed": (ENTRY, "---\ntitle: Öppen\ndate: 2012-02-01\n\nText.\n",
                                  (1, 1, "error", "frontmatter-unclosed"), "avslutas aldrig"),
    "empty entry": (ENTRY, "", (1, None, "error", "empty-file"), "filen är tom"),
    "empty page": (PAGE, "\n  \n", (1, None, "warning", "empty-file"), "filen är tom"),
    "5 MB file": (ENTRY, "---\ntitle: Stor\ndate: 2012-02-01\n---\n" + "Ord och ord.\n" * 400_000,
                  (1, None, "error", "too-large"), "större än gränsen"),
    "YAML list, not mapping": (ENTRY, "---\n- title\n- date\n---\n", (2, 1, "error", "yaml-not-mapping"),
                               "namn: värde"),
    "date as a number": (ENTRY, "---\ntitle: Tal\ndate: 20120201\n---\n", (3, 7, "error", "date-number"),
                         "är ett tal (20120201)"),
    "duplicate key": (ENTRY, "---\ntitle: A\ndate: 2012-02-01\ntitle: B\n---\n",
                      (4, 1, "error", "yaml-duplicate-key"), "först på rad 2"),
    "whitespace title": (ENTRY, "---\ntitle: '   '\ndate: 2012-02-01\n---\n", (2, 8, "error", "field-empty"),
                         "fältet 'title' är tomt"),
    "impossible day": (ENTRY, "---\ntitle: Datum\ndate: 2012-02-30\n---\n", (3, 7, "error", "date-day"),
                       "månad 2 har ingen dag 30"),
    "slug with ../": (ENTRY, "---\ntitle: Slug\ndate: 2012-02-01\nslug: ../../index\n---\n",
                      (4, 7, "error", "slug-path"), "slug '../../index' är inte tillåten"),
    "page slug with ../": (PAGE, "---\ntitle: Slug\nslug: ../om-oss\n---\n", (3, 7, "error", "slug-path"),
                           "utanför sin mapp"),
    "tag that is a mapping": (ENTRY, "---\ntitle: Tagg\ndate: 2012-02-01\ntags:\n  - ok\n  - {namn: fel}\n---\n",
                              (6, 5, "error", "field-type"), "en grupp av fält"),
    "colon in a title": (ENTRY, "---\ntitle: Nyhet: mer text\ndate: 2012-02-01\n---\n",
                         (2, 13, "error", "yaml-colon"), "inom citattecken"),
}


def _write(project: Path, path: str, content: str | bytes) -> None:
    target = project / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8", newline="")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make(tmp_path / "site")


@pytest.mark.parametrize(("path", "content", "expected", "words"), CASES.values(), ids=CASES.keys())
def test_check_gives_one_clear_message(site: Path, path: str, content, expected: tuple, words: str) -> None:
    _write(site, path, content)
    code, report = check_json(site)
    assert found(report) == [(path, *expected)]
    assert words in report["diagnostics"][0]["message"]
    assert code == (1 if expected[2] == "error" else 0)
    text = run_cli(site, "check")
    line = next(line for line in text.stdout.splitlines() if line.startswith(path))
    where = ":".join(str(part) for part in (path, *expected[:2]) if part is not None)
    assert line.startswith(f"{where}: {expected[2]}: ")
    assert "Traceback" not in text.stdout + text.stderr


@pytest.mark.parametrize(("path", "content", "expected", "words"), CASES.values(), ids=CASES.keys())
def test_build_gives_the_same_message(site: Path, path: str, content, expected: tuple, words: str) -> None:
    _write(site, path, content)
    message = run_cli(site, "check").stdout.splitlines()[0]
    built = build_site(site)
    assert "Traceback" not in built.output
    assert message in built.output
    if expected[2] == "error":
        assert built.returncode == 1
        assert not built.site_dir.exists()
    else:
        assert built.ok, built.output
