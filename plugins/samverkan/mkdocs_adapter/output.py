"""Output that is not a page of its own: embedded entry lists, feeds, redirect pages, the reference data."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping

from jinja2 import Environment

from samverkan.core.feeds import feed_files
from samverkan.core.feeds.model import Feed
from samverkan.core.latest import DIRECTIVE, LatestSpec, latest, parse_spec
from samverkan.core.project import Project
from samverkan.core.redirects import render_redirect
from samverkan.core.reference_pages import DATA_NAME, SCHEMA_PATH, index_url, render_data
from samverkan.core.urls import relative_url

LATEST_TEMPLATE = "samverkan/partials/latest.html"


def render_lists(html: str, context: dict[str, Any], env: Environment | None, project: Project) -> str:
    """Replace each ``<!-- samverkan:latest ... -->`` in a page's HTML with the list it asks for."""
    if env is None:
        return html
    template = env.get_template(LATEST_TEMPLATE)
    view = context["samverkan"]

    def replace(match) -> str:  # noqa: ANN001 - re.Match
        spec = parse_spec(match.group("args"), project.journal)
        if not isinstance(spec, LatestSpec):
            return ""
        items = latest(project.journal, spec, view.language)
        return template.render({**context, "items": items})

    return DIRECTIVE.sub(replace, html)


def write_output(site_dir: str, path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` (relative to ``site_dir``), making its folder as needed."""
    target = Path(site_dir) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def write_reference_data(project: Project, site_dir: str, method_urls: dict[str, dict[str, str]]) -> None:
    """The reference archive as JSON in every language, beside its JSON Schema."""
    if project.references is None or not project.references.groups:
        return
    schema = SCHEMA_PATH.read_bytes()
    for language in project.settings.languages.all:
        folder = index_url(language)
        write_output(site_dir, folder + DATA_NAME, render_data(project, language, method_urls))
        write_output(site_dir, folder + SCHEMA_PATH.name, schema)


def write_redirects(project: Project, site_dir: str) -> None:
    """Write a page at every old address (``aliases``) that sends readers on."""
    for redirect in project.redirects:
        target = redirect.target
        html = render_redirect(
            redirect, project.settings.absolute_url(target.url), relative_url(redirect.path, target.url)
        )
        write_output(site_dir, redirect.path, html)


def write_feeds(
    project: Project, site_dir: str, pages: Mapping[str, str], only: Callable[[Feed], bool] | None = None
) -> None:
    """Write every feed (RSS, Atom, JSON Feed), or those ``only`` picks; ``pages`` holds
    each entry's rendered text by src_uri."""
    for path, data in feed_files(project, pages, only):
        write_output(site_dir, path, data)
