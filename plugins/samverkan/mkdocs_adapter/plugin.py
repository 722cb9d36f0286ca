"""The ``samverkan`` MkDocs plugin: the thin layer between MkDocs and the core.

Every hook hands its work to the core (which never imports MkDocs) or to a
small adapter module, and turns the result into MkDocs objects:

- ``on_config``: settings, theme overrides, the link extension;
- ``on_pre_build``: load and check all content (before MkDocs empties
  ``site/``, so a content error leaves the previous site in place);
- ``on_files``: give each document its address; add generated pages;
- ``on_nav``: one navigation per language;
- ``on_page_markdown`` / ``on_page_context``: the page's checked front matter,
  language, strings, switch and search entry;
- ``on_post_build``: sitemap, feeds and search indexes.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from samverkan.core.documents import Document, release_source
from samverkan.core.feeds.model import Feed, Kind
from samverkan.core.navigation import build_navigations, pages_in
from samverkan.core.project import Project, load_project
from samverkan.core.settings import Settings, SettingsError
from samverkan.core.sitemap import render_sitemap
from samverkan.mkdocs_adapter.config import SamverkanConfig
from samverkan.mkdocs_adapter.context import PageView
from samverkan.mkdocs_adapter.fragments import Fragments
from samverkan.mkdocs_adapter.preview import Memory, remember
from samverkan.mkdocs_adapter.rendering import SharedMarkdown, share_renderer
from samverkan.core.methods import method_pages, urls as method_urls
from samverkan.mkdocs_adapter.output import (
    render_lists, write_feeds, write_output, write_redirects, write_reference_data,
)
from samverkan.mkdocs_adapter.markdown_links import RepositoryLinks
from samverkan.mkdocs_adapter.material_patches import fix_markup, patch_theme_files
from samverkan.mkdocs_adapter.navigation import detach, to_mkdocs
from samverkan.mkdocs_adapter.report import report
from samverkan.mkdocs_adapter.search import LanguageSearch
from samverkan.mkdocs_adapter.settings import settings_from

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
STYLESHEET = "assets/stylesheets/samverkan.css"
NAV_TEMPLATE = "samverkan/partials/material-nav.html"
#: Folders outside docs/ whose changes ``mkdocs serve`` must see.
WATCHED_FOLDERS = ("blog", "references")


class SamverkanPlugin(BasePlugin[SamverkanConfig]):
    """Bilingual pages, navigation, search and sitemap in one build pass."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.project: Project | None = None
        self.trees: dict[str, list] = {}
        self.navigations: dict[str, Navigation] = {}
        self.search: LanguageSearch | None = None
        self._rendering: Document | None = None
        self._env: Environment | None = None
        self._files: Files | None = None
        self._marked: Page | None = None
        self._fragments: Fragments | None = None
        self._in_nav: set[str] = set()  # pages that have a place in a navigation
        # Each entry's rendered text, for the feeds. Kept between updates of the preview,
        # which renders only changed pages: the others' text has not changed.
        self._entry_html: dict[str, str] = {}
        self.memory: Memory | None = None  # the preview's memory of the last build (make serve)
        self._references_changed = False  # in a preview update: whether a reference's page changed

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Having this hook keeps the plugin alive between builds of one process (MkDocs
        caches such plugins), which the preview needs."""
        if command == "serve" and self.memory is None:
            self.memory = Memory(None)

    # -- configuration ------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        for name in ("search", "material/search"):
            if name in config.plugins:
                raise PluginError(
                    "samverkan gör sökningen per språk själv: ta bort 'search' under 'plugins' i "
                    "mkdocs.yml. (samverkan builds one search index per language: remove 'search' "
                    "from 'plugins' in mkdocs.yml.)"
                )
        try:
            self.settings = settings_from(config, self.config)
        except SettingsError as error:
            raise PluginError(f"mkdocs.yml, plugins.samverkan: {error}") from None
        position = 1 if config.theme.custom_dir else 0
        config.theme.dirs.insert(position, str(THEME_DIR))
        config.theme.static_templates.discard("sitemap.xml")
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        config.markdown_extensions.append(RepositoryLinks(self._rendering_state))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        assert self.settings is not None
        if self.memory is not None and self.memory.root != self.settings.root:
            self.memory = Memory(self.settings.root)  # another site in the same process
        project = load_project(self.settings, self.memory.cache if self.memory else None)
        report(project.diagnostics, self.settings.message_language)
        self.adopt(project, build_navigations(project))
        self._entry_html = {}  # a full build renders every entry again
        if self.memory is not None:
            remember(self)
        self.search = LanguageSearch(self.settings.languages) if self.config.search else None

    # -- files and navigation -------------------------------------------------

    @event_priority(-50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        project = self._project()
        default = project.settings.languages.default
        for document in project:
            file = files.get_file_from_path(document.src_uri)
            if document.is_generated:
                if file is not None:
                    files.remove(file)
                file = File.generated(config, document.src_uri, content=document.markdown or "")
                files.append(file)
            elif file is None:
                file = File(document.src_uri, str(project.settings.root), config.site_dir, config.use_directory_urls)
                files.append(file)
            file.dest_uri = document.dest_uri
            file.url = document.url or "./"
            if document.language != default or document.src_uri not in self._in_nav:
                file.inclusion = InclusionLevel.NOT_IN_NAV
        for collection in project.journal.collections:
            for source, url in collection.assets:
                if files.get_file_from_path(source) is None:
                    root = str(project.settings.root)
                    files.append(File(source, root, config.site_dir, config.use_directory_urls, dest_uri=url))
        patch_theme_files(files, config)
        self._files = files
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        project = self._project()
        detach(files)
        for language in project.settings.languages.all:
            home = project.page("index.md", language.code)
            self.navigations[language.code] = to_mkdocs(
                self.trees[language.code], files, home.src_uri if home else None
            )
        if SharedMarkdown.available():
            renderer = SharedMarkdown(config, files)
            share_renderer([file.page for file in files.documentation_pages() if file.page], renderer)
        return self.navigations[project.settings.languages.default.code]

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """The page's Markdown, already read and checked by the core (MkDocs need not read it again)."""
        document = self._document(page)
        if document.is_generated:
            return document.markdown or ""
        # The blank first line keeps MkDocs from reading a first line "Word: ..." as metadata.
        body = "\n" + document.source.body
        release_source(document)
        return body

    # -- pages -------------------------------------------------------------

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        document = self._document(page)
        page.meta = self._page_meta(document)
        self._rendering = document
        return document.markdown if document.is_generated else markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._rendering = None
        page.markdown = ""  # rendered: the page needs its HTML only (saves a copy of every text)
        return html

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        document = self._document(page)
        project = self._project()
        context["nav"] = self.navigations[document.language.code]
        view = context["samverkan"] = self._view(config, document)
        marked = self._mark_parent(document)
        if page.file.src_uri not in self._in_nav and self._fragments is not None:
            shared = {**context, "lang": view, "features": _features(config)}
            key = ("nav", document.language.code, marked)
            view.shared_nav = self._fragments.place(NAV_TEMPLATE, key, shared, view.root)
        if document.language.url_prefix:
            context["base_url"] = posixpath.join(context["base_url"], document.language.url_prefix)
        if self.search is not None:
            self.search.add(page, document)
        if document.source is not None and "samverkan:latest" in (page.content or ""):
            page.content = render_lists(page.content, context, self._env, project)
        if document.kind is Kind.ENTRY:
            self._entry_html[document.src_uri] = page.content or ""  # the feeds' item text
        return context

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        self._env = env
        self._fragments = Fragments(env)
        return env

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self._marked is not None:
            self._marked.active = False
            self._marked = None
        return fix_markup(output)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        return fix_markup(output_content)

    def on_template_context(
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        # Error pages are served at any address, so their links start from the site's path.
        root = context["base_url"].rstrip("/") + "/"
        context["samverkan"] = self._view(config, None, root)
        return context

    # -- output ------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.write_outputs(config)

    # -- for the preview (preview.py) -----------------------------------------

    def adopt(self, project: Project, trees: dict[str, list]) -> None:
        """Work from ``project`` (freshly loaded) from now on."""
        self.project = project
        self.trees = trees
        self._in_nav = {item.document.src_uri for tree in trees.values() for item in pages_in(tree)}
        if self._env is not None:
            self._fragments = Fragments(self._env)

    @property
    def files(self) -> Files:
        assert self._files is not None
        return self._files

    @property
    def env(self) -> Environment:
        assert self._env is not None
        return self._env

    def write_outputs(
        self, config: MkDocsConfig, only_feeds: Callable[[Feed], bool] | None = None, update: bool = False
    ) -> None:
        """Everything besides the pages: sitemap, redirects, feeds (all, or those
        ``only_feeds`` picks), the reference archive's data, the search indexes.

        An ``update`` of the preview keeps the sitemap and the redirects, which
        follow the site's shape (unchanged in an update); it writes the
        reference data only if a reference's page changed.
        """
        project = self._project()
        if not update:
            write_output(config.site_dir, "sitemap.xml", render_sitemap(project))
            write_redirects(project, config.site_dir)
        write_feeds(project, config.site_dir, self._entry_html, only_feeds)
        if not update or self._references_changed:
            write_reference_data(project, config.site_dir, method_urls(project, method_pages(project)))
        if self.search is not None:
            self.search.write(config.site_dir)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        root = self._project().settings.root
        for folder in WATCHED_FOLDERS:
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server

    # -- helpers -------------------------------------------------------------

    def _project(self) -> Project:
        if self.project is None:
            raise PluginError("samverkan: content was not loaded")
        return self.project

    def _document(self, page: Page) -> Document:
        return self._project().documents[page.file.src_uri]

    def _view(self, config: MkDocsConfig, document: Document | None, root: str | None = None) -> PageView:
        """The ``samverkan`` object of a page's (or, without ``document``, an error page's) template."""
        shared = {"config": config, "features": _features(config)}
        return PageView(self._project(), document, self.search is not None, self._fragments, shared, root)

    def _mark_parent(self, document: Document) -> str | None:
        """Show where a page without a place of its own in the navigation belongs
        (an entry under its collection), as the navigation's active item; its path, if any."""
        parent = self._project().page(document.parent, document.language.code)
        file = self._files.get_file_from_path(parent.src_uri) if parent and self._files else None
        if file is not None and file.page is not None and not file.page.active:
            file.page.active = True
            self._marked = file.page
            return file.src_uri
        return None

    def _rendering_state(self) -> tuple[Project, Document] | None:
        if self._rendering is None or self.project is None:
            return None
        return self.project, self._rendering

    def _page_meta(self, document: Document) -> dict[str, Any]:
        meta = dict(document.meta)
        description = document.summary or self._project().settings.site_descriptions.get(document.language.code)
        if description:
            # Material writes the description into an attribute without escaping it.
            meta["description"] = escape(description)
        return meta


def _features(config: MkDocsConfig) -> list[str]:
    """The Material features the site turns on."""
    return config.theme.get("features") or []
