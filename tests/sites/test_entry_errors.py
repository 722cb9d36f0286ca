"""Bad entries: a clear error at file:line, the build fails, nothing is written, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import build_site, write_site

BASE = {
    "docs/index.md": "---\ntitle: Start\n---\nHej.\n",
    "blog/authors.yml": "anna:\n  name: Anna Berg\n",
    "blog/series.yml": "serie:\n  title: En serie\n",
    "blog/nyheter/2011-01-01-ok.md": "---\ntitle: Bra\ndate: 2011-01-01\nauthors: [anna]\n---\nText.\n",
    "references/dimpa.md": "---\ntitle: DIMPA\n---\nText.\n",
}
CONFIG = {"plugins": [{"samverkan": {"collections": {"nyheter": {"url": {"sv": "nyheter", "en": "news"}}}}}]}

CASES = {
    "missing title": (
        {"blog/nyheter/2012-01-01-x.md": "---\ndate: 2012-01-01\n---\nText.\n"},
        "blog/nyheter/2012-01-01-x.md:1:1: error: fältet 'title' saknas",
    ),
    "missing date": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\n---\nText.\n"},
        "blog/nyheter/2012-01-01-x.md:1:1: error: fältet 'date' saknas",
    ),
    "malformed date": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 21/12/2012\n---\n"},
        "blog/nyheter/2012-01-01-x.md:3:7: error: fältet 'date' har datumet '21/12/2012', som inte går att läsa",
    ),
    "impossible date": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-02-30\n---\n"},
        "blog/nyheter/2012-01-01-x.md:3:7: error: fältet 'date' har datumet '2012-02-30', som inte finns",
    ),
    "unknown author": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-01-01\nauthors:\n  - anna\n  - bertil\n---\n"},
        "blog/nyheter/2012-01-01-x.md:6:5: error: 'bertil' finns inte i författarfilen",
    ),
    "attachment that does not exist": (
        {"blog/nyheter/2012-01-01-x.md": (
            "---\ntitle: X\ndate: 2012-01-01\nattachments:\n  - title: Plan\n    file: bilagor/saknas.pdf\n---\n"
        )},
        "blog/nyheter/2012-01-01-x.md:6:11: error: filen 'bilagor/saknas.pdf' finns inte",
    ),
    "image without alt": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-01-01\nimage:\n  src: bild.png\n---\n",
         "blog/nyheter/bild.png": b"\x89PNG\r\n\x1a\n"},
        "blog/nyheter/2012-01-01-x.md:5:3: error: fältet 'image.alt' saknas",
    ),
    "series part used twice": (
        {"blog/nyheter/2012-01-01-a.md": "---\ntitle: A\ndate: 2012-01-01\nseries: {id: serie, part: 1}\n---\n",
         "blog/nyheter/2012-02-01-b.md": "---\ntitle: B\ndate: 2012-02-01\nseries:\n  id: serie\n  part: 1\n---\n"},
        "blog/nyheter/2012-02-01-b.md:6:9: error: del 1 av serien 'serie' finns redan (blog/nyheter/2012-01-01-a.md)",
    ),
    "two entries at one address": (
        {"blog/nyheter/2012-01-01-a.md": "---\ntitle: A\ndate: 2012-01-01\nslug: samma\n---\n",
         "blog/nyheter/2012-03-01-b.md": "---\ntitle: B\ndate: 2012-03-01\nslug: samma\n---\n"},
        "blog/nyheter/2012-03-01-b.md:4:7: error: två källfiler får samma adress /nyheter/2012/samma/: "
        "den här och blog/nyheter/2012-01-01-a.md",
    ),
    "slug that leaves its folder": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-01-01\nslug: ../../index\n---\n"},
        "blog/nyheter/2012-01-01-x.md:4:7: error: slug '../../index' är inte tillåten",
    ),
    "translation without original": (
        {"blog/nyheter/2012-01-01-x.en.md": "---\ntitle: X\n---\n"},
        "blog/nyheter/2012-01-01-x.en.md:1: error: översättningen saknar svenskt original",
    ),
    "unknown reference": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-01-01\nreferences: [dimpa, okand]\n---\n"},
        "blog/nyheter/2012-01-01-x.md:4:21: error: referensen 'okand' finns inte",
    ),
    "unknown series": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-01-01\nseries: {id: ingen, part: 1}\n---\n"},
        "blog/nyheter/2012-01-01-x.md:4:14: error: serien 'ingen' finns inte",
    ),
    "tag that is a mapping": (
        {"blog/nyheter/2012-01-01-x.md": "---\ntitle: X\ndate: 2012-01-01\ntags:\n  - ok\n  - {namn: fel}\n---\n"},
        "blog/nyheter/2012-01-01-x.md:6:5: error: fältet 'tags' ska vara en text",
    ),
    "external image": (
        {"blog/nyheter/2012-01-01-x.md": (
            "---\ntitle: X\ndate: 2012-01-01\nimage: {src: 'https://example.org/a.png', alt: A}\n---\n"
        )},
        "blog/nyheter/2012-01-01-x.md:4:14: error: bilden 'https://example.org/a.png' ligger på en annan webbplats",
    ),
    "broken latest list": (
        {"docs/index.md": "---\ntitle: Start\n---\n\n<!-- samverkan:latest collection=finns-inte -->\n"},
        "docs/index.md:5: error: listan över senaste inlägg nämner samlingen 'finns-inte'",
    ),
}


@pytest.mark.parametrize(("files", "expected"), CASES.values(), ids=CASES.keys())
def test_bad_entry(tmp_path: Path, files: dict, expected: str) -> None:
    built = build_site(write_site(tmp_path, {**BASE, **files}, CONFIG))
    assert built.returncode == 1
    assert "Traceback" not in built.output
    assert expected in built.output, built.output
    assert not built.site_dir.exists()


def test_all_errors_at_once(tmp_path: Path) -> None:
    files = {**BASE}
    for case in ("missing title", "unknown author", "slug that leaves its folder"):
        for name, text in CASES[case][0].items():
            files[name.replace("x.md", f"{case.split()[0]}.md")] = text
    built = build_site(write_site(tmp_path, files, CONFIG))
    assert built.returncode == 1
    assert "3 fel" in built.output
