"""``samverkan check``: every problem at once, sorted, in plain words, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cli_site import CONFIG, check_json, found, make
from helpers import build_site, run_cli

BROKEN = {
    "docs/trasig.md": "---\ntitle: Trasig\nsummary: [inte stängd\n---\nText.\n",
    "docs/datum.md": "---\ntitle: Datum\nupdated: 2012-13-45\n---\nText.\n",
    "blog/nyheter/2012-03-01-x.md": "---\ntitle: X\ndate: 2012-03-01\nauthors: [anna, bertil]\ntitel: Y\n---\n",
}


def test_every_problem_sorted_then_a_summary(tmp_path: Path) -> None:
    result = run_cli(make(tmp_path, BROKEN), "check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "blog/nyheter/2012-03-01-x.md:4:17: error: 'bertil' finns inte i författarfilen. Använd ett id som "
        "finns där (anna) eller lägg till personen i filen.",
        "blog/nyheter/2012-03-01-x.md:5:1: warning: okänt fält 'titel' (menade du 'title'?); det används inte.",
        "docs/datum.md:3:10: error: fältet 'updated' har datumet '2012-13-45', som inte finns: det finns ingen "
        "månad 13. Skriv datum som ÅÅÅÅ-MM-DD och rätta månaden (01-12).",
        "docs/trasig.md:3:10: error: ett citattecken eller en klammer ([ eller {) som börjar här stängs aldrig. "
        "Lägg till det avslutande tecknet.",
        "3 fel, 1 varning",
    ]
    assert result.stderr == ""


def test_json_for_editors_and_ci(tmp_path: Path) -> None:
    code, report = check_json(make(tmp_path, BROKEN))
    assert code == 1
    assert (report["errors"], report["warnings"]) == (3, 1)
    first = report["diagnostics"][0]
    assert first == {
        "path": "blog/nyheter/2012-03-01-x.md", "line": 4, "column": 17, "severity": "error",
        "code": "unknown-person", "message": first["message"],
    }
    assert first["message"].startswith("'bertil' finns inte")


def test_a_clean_site(tmp_path: Path) -> None:
    result = run_cli(make(tmp_path), "check")
    assert (result.returncode, result.stdout) == (0, "0 fel, 0 varningar\n")


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    project = make(tmp_path, {"docs/tom.md": ""})
    assert run_cli(project, "check").returncode == 0
    strict = run_cli(project, "check", "--strict")
    assert strict.returncode == 1
    assert "docs/tom.md:1: warning: filen är tom" in strict.stdout


def test_messages_in_english_when_chosen(tmp_path: Path) -> None:
    config = json.loads(json.dumps(CONFIG))
    config["plugins"][0]["samverkan"]["messages"] = "en"
    result = run_cli(make(tmp_path, BROKEN, config), "check")
    assert "docs/datum.md:3:10: error: the field 'updated' has the date '2012-13-45', which does not exist" in (
        result.stdout
    )
    assert result.stdout.splitlines()[-1] == "3 errors, 1 warning"


def test_no_configuration(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "check")
    assert result.returncode == 1
    assert "hittar ingen mkdocs.yml" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_broken_configuration_names_its_line(tmp_path: Path) -> None:
    project = make(tmp_path)
    (project / "mkdocs.yml").write_text("site_name: X\nplugins: [samverkan\n", encoding="utf-8")
    result = run_cli(project, "check", "--format", "json")
    assert result.returncode == 1
    [diagnostic] = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["path"] == "mkdocs.yml" and diagnostic["severity"] == "error"
    assert "mkdocs.yml:3:1" in diagnostic["message"]
    assert "Traceback" not in result.stdout + result.stderr


def test_the_build_prints_the_same_messages(tmp_path: Path) -> None:
    project = make(tmp_path, BROKEN)
    lines = run_cli(project, "check").stdout.splitlines()
    built = build_site(project)
    assert built.returncode == 1
    for line in lines[:-1]:
        assert line in built.output
    assert lines[-1] in built.output  # the summary


def test_unreadable_file(tmp_path: Path) -> None:
    project = make(tmp_path)
    (project / "docs" / "mapp.md").mkdir()  # a folder with a Markdown name is not a file: skipped
    (project / "docs" / "lankad.md").symlink_to(project / "docs" / "finns-inte.md")
    code, report = check_json(project)
    assert found(report) == [("docs/lankad.md", 1, None, "error", "read-error")]
    assert code == 1


def test_a_problem_in_an_inherited_field_is_reported_once_at_its_line(tmp_path: Path) -> None:
    files = {
        "blog/nyheter/2012-03-01-x.md": (
            "---\ntitle: X\ndate: 2012-03-01\nauthors: [bertil]\nimage: {src: borta.png, alt: Borta}\n---\n"
        ),
        "blog/nyheter/2012-03-01-x.en.md": "---\ntitle: X in English\nimage: {alt: Gone}\n---\n",
    }
    code, report = check_json(make(tmp_path, files))
    assert found(report) == [
        ("blog/nyheter/2012-03-01-x.md", 4, 11, "error", "unknown-person"),
        ("blog/nyheter/2012-03-01-x.md", 5, 14, "error", "attachment-missing"),
    ]
