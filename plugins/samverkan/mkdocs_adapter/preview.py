"""``make serve``: the preview that keeps up with the author.

MkDocs' own ``serve`` builds the whole site again after every save (seconds
on a large site), and its ``--dirty`` mode leaves generated pages stale. The
preview here builds the whole site once, then after each save:

1. loads the content again, with unchanged files taken from a cache
   (:class:`~samverkan.core.loading.SourceCache`);
2. if the site's shape changed (a page added, removed or moved, the
   navigation or ``mkdocs.yml`` edited, a file added to a collection), builds
   everything again, as MkDocs would;
3. otherwise compares every page's fingerprint (:mod:`samverkan.core.fingerprints`)
   with the last build's, and renders again only the pages that changed (the
   entry, the lists, archive and tag pages that show it ...), the feeds whose
   items changed, the search index, the sitemap.

The result is byte for byte the site a full build would write (a test checks).
Files are watched with the system's change notifications, so a save is seen at
once, and the browser reloads when the update is written.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from mkdocs.commands.build import _build_page, _populate_page, build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError

from samverkan.core.documents import Kind
from samverkan.core.fingerprints import Fingerprints, nav_outline
from samverkan.core.loading import SourceCache
from samverkan.core.navigation import build_navigations
from samverkan.core.project import Project, load_project
from samverkan.mkdocs_adapter.fragments import Fragments
from samverkan.mkdocs_adapter.report import report

if TYPE_CHECKING:
    from samverkan.mkdocs_adapter.plugin import SamverkanPlugin

log = logging.getLogger("mkdocs.plugins.samverkan")

#: Pages whose change means the reference archive's data may have changed.
REFERENCE_KINDS = (Kind.REFERENCE, Kind.REFERENCES, Kind.REFERENCE_FACET)


@dataclass
class Memory:
    """What the preview keeps of the last build of the site at ``root``, to compare the next one with."""

    root: Path | None
    cache: SourceCache = field(default_factory=SourceCache)
    pages: dict[str, int] = field(default_factory=dict)
    feeds: dict[str, int] = field(default_factory=dict)
    assets: dict[str, tuple[int, int]] = field(default_factory=dict)


def shape(project: Project, trees: dict) -> tuple:
    """What must stay the same for a page-by-page update: every address, the
    navigations, the files copied from the collections, the old addresses."""
    pages = tuple((doc.src_uri, doc.dest_uri) for doc in project)
    assets = tuple(asset for collection in project.journal.collections for asset in collection.assets)
    navigations = tuple((code, nav_outline(tree)) for code, tree in sorted(trees.items()))
    redirects = tuple((redirect.path, redirect.target.src_uri) for redirect in project.redirects)
    return pages, assets, navigations, redirects


def asset_stamps(project: Project) -> dict[str, tuple[int, int]]:
    """Modification time and size of every file copied from the collections."""
    stamps = {}
    for collection in project.journal.collections:
        for source, _ in collection.assets:
            status = (project.settings.root / source).stat()
            stamps[source] = (status.st_mtime_ns, status.st_size)
    return stamps


def remember(plugin: SamverkanPlugin) -> None:
    """At the start of a full build, once the content is loaded (and before the engine
    reads and releases the texts): the fingerprints of what it will write."""
    project = plugin.project
    memory = plugin.memory
    prints = Fingerprints(project, plugin.trees)
    memory.pages = prints.pages()
    memory.feeds = {feed.folder: prints.feed(feed, memory.pages) for feed in project.feeds or []}
    memory.assets = asset_stamps(project)


def refresh(plugin: SamverkanPlugin, config: MkDocsConfig) -> list[str] | None:
    """Update the built site for what changed; the pages written, or None when the
    site's shape changed and a full build is needed."""
    memory = plugin.memory
    project = load_project(plugin.settings, memory.cache)
    if project.diagnostics.has_errors:
        report(project.diagnostics, plugin.settings.message_language)  # raises: the old site stays
    trees = build_navigations(project)
    if shape(project, trees) != shape(plugin.project, plugin.trees):
        return None
    report(project.diagnostics, plugin.settings.message_language)
    prints = Fingerprints(project, trees)
    fingerprints = prints.pages()
    changed = [src for src, value in fingerprints.items() if memory.pages.get(src) != value]
    plugin.adopt(project, trees)
    files = plugin.files
    doc_files = files.documentation_pages()
    for src_uri in changed:
        page = files.get_file_from_path(src_uri).page
        _populate_page(page, config, files)
        _build_page(page, config, doc_files, plugin.navigations[project.documents[src_uri].language.code],
                    plugin.env)
    _copy_changed_assets(project, memory, config.site_dir)
    feeds = {feed.folder: prints.feed(feed, fingerprints) for feed in project.feeds or []}
    plugin._references_changed = any(project.documents[src].kind in REFERENCE_KINDS for src in changed)
    plugin.write_outputs(config, only_feeds=lambda feed: memory.feeds.get(feed.folder) != feeds[feed.folder],
                         update=True)
    memory.pages, memory.feeds = fingerprints, feeds
    return changed


def _copy_changed_assets(project: Project, memory: Memory, site_dir: str) -> None:
    stamps = asset_stamps(project)
    for collection in project.journal.collections:
        for source, url in collection.assets:
            if memory.assets.get(source) != stamps[source]:
                target = Path(site_dir) / url
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(project.settings.root / source, target)
    memory.assets = stamps


class Preview:
    """A site built once and then kept up to date, for ``make serve``."""

    def __init__(self, config_file: str, site_dir: str, site_url: str | None = None) -> None:
        self.config_file = config_file
        self.site_dir = site_dir
        self.site_url = site_url
        self.config: MkDocsConfig | None = None
        self._config_stamp: float | None = None

    def _load(self) -> MkDocsConfig:
        config = load_config(config_file=self.config_file, site_dir=self.site_dir)
        if self.site_url:
            config.site_url = self.site_url
        return config

    @property
    def plugin(self) -> SamverkanPlugin:
        assert self.config is not None
        return self.config.plugins["samverkan"]

    def build(self) -> None:
        """Build everything (as ``mkdocs build`` does) and remember it."""
        config = self._load()
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        self.config = config
        self._config_stamp = os.stat(self.config_file).st_mtime_ns

    def update(self) -> str:
        """Bring the site up to date after a change: 'pages' (some pages), 'site'
        (everything), or 'failed' (content errors, reported; the site stays as it was)."""
        try:
            if self.config is None or os.stat(self.config_file).st_mtime_ns != self._config_stamp:
                self.build()
                return "site"
            written = refresh(self.plugin, self.config)
            if written is None:
                self.build()
                return "site"
        except (PluginError, Abort) as error:
            log.error(str(error))
            return "failed"
        log.info(f"Updated {len(written)} page(s)")
        return "pages"


def _change_observer():  # noqa: ANN202 - a watchdog observer
    """The system's file-change notifications (no polling delay), passing on changes only:
    reading a file (as every build does) is not a change."""
    import watchdog.events
    import watchdog.observers

    reads = {watchdog.events.EVENT_TYPE_OPENED, watchdog.events.EVENT_TYPE_CLOSED_NO_WRITE}

    class ChangesOnly(watchdog.events.FileSystemEventHandler):
        def __init__(self, handler: watchdog.events.FileSystemEventHandler) -> None:
            self._handler = handler

        def dispatch(self, event: watchdog.events.FileSystemEvent) -> None:
            if event.event_type not in reads:
                self._handler.dispatch(event)

    class Observer(watchdog.observers.Observer):  # type: ignore[misc, valid-type]
        def schedule(self, handler, path, recursive=False, **options):  # noqa: ANN001, ANN201
            return super().schedule(ChangesOnly(handler), path, recursive=recursive, **options)

    return Observer()


def serve(config_file: str, host: str = "127.0.0.1", port: int = 8000,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the site on ``host:port`` with live reload, updating it as files are saved."""
    from mkdocs.livereload import LiveReloadServer, _serve_url

    site_dir = tempfile.mkdtemp(prefix="samverkan-")
    url = _serve_url(host, port, "/")
    preview = Preview(config_file, site_dir, url)
    try:
        preview.build()
        server = LiveReloadServer(builder=preview.update, host=host, port=port, root=site_dir)
        server.observer = _change_observer()
        config = preview.config
        server.watch(config.docs_dir)
        server.watch(config.config_file_path)
        config.plugins.on_serve(server, config=config, builder=preview.update)
        for path in config.watch:
            server.watch(path)
        server.error_handler = lambda code: _error_page(site_dir, code)
        if on_ready is not None:
            on_ready(url)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)


def _error_page(site_dir: str, code: int) -> bytes | None:
    page = Path(site_dir) / f"{code}.html"
    return page.read_bytes() if code in (404, 500) and page.is_file() else None
