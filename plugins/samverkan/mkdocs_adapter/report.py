"""Show content diagnostics in MkDocs' log and stop the build on errors."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from samverkan.core.diagnostics import Diagnostics, Severity

log = get_plugin_logger("samverkan")


def report(diagnostics: Diagnostics, language: str) -> None:
    """Log every diagnostic, sorted by file and line; raise PluginError if any is an error.

    PluginError makes MkDocs print the summary and exit non-zero without a traceback.
    """
    for diagnostic in diagnostics.sorted():
        if diagnostic.severity is Severity.ERROR:
            log.error(diagnostic.format(language))
        else:
            log.warning(diagnostic.format(language))
    if diagnostics.has_errors:
        raise PluginError(diagnostics.summary(language))
