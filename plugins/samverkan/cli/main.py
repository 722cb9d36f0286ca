"""``samverkan``: the authors' command line.

Subcommands:

- ``new``: start a page, entry or reference (or a translation) with its front
  matter filled in, and print its path;
- ``check``: check all content without building HTML, every problem at once;
- ``translations``: which pages and entries are translated, missing or outdated;
- ``build``: build the site into ``site/`` through a temporary folder, so a
  failed build leaves the previous ``site/`` exactly as it was;
- ``serve``: show the site at http://127.0.0.1:8000/ and keep it up to date,
  page by page, as files are saved.

Every subcommand but ``build`` and ``serve`` works on the core alone; ``build``
runs MkDocs in a subprocess, ``serve`` runs it in this process. Words follow the site's ``messages`` option (Swedish by default).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from samverkan.cli import project_settings
from samverkan.cli.build import build
from samverkan.cli.check import check
from samverkan.cli.common import CommandError, fail, load_settings
from samverkan.cli.new import new
from samverkan.cli.serve import serve
from samverkan.cli.texts import say
from samverkan.cli.translations import FILTERS, mark_translated, translations


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    config_file = _config_file(argv)
    language = project_settings.message_language(config_file)
    args = parser(language).parse_args(argv)
    try:
        return _run(args, config_file, language)
    except CommandError as error:
        return fail(error, language)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - authors get a plain message, developers SAMVERKAN_DEBUG=1
        if os.environ.get("SAMVERKAN_DEBUG"):
            raise
        return fail(CommandError("internal-error", detail=f"{type(error).__name__}: {error}"), language)


def _run(args: argparse.Namespace, config_file: Path, language: str) -> int:
    if args.command == "build":
        return build(config_file, Path(args.site_dir), language, strict=args.strict)
    if args.command == "serve":
        host, _, port = args.dev_addr.rpartition(":")
        return serve(config_file, host or "127.0.0.1", int(port))
    if args.command == "check":
        return check(config_file, language, output=args.format, strict=args.strict)
    settings = load_settings(config_file)
    if args.command == "new":
        return new(settings, args.words, args.lang, args.translation_of, args.slug, args.folder)
    if args.mark_translated:
        return mark_translated(settings, args.mark_translated)
    wanted = {name for name in FILTERS if getattr(args, name)}
    return translations(settings, wanted, output=args.format)


def _config_file(argv: list[str]) -> Path:
    """The ``--config-file`` given (before the full parser, which needs the message language)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--config-file", "-f", default="mkdocs.yml")
    known, _ = early.parse_known_args(argv)
    return Path(known.config_file).resolve()


def parser(language: str) -> argparse.ArgumentParser:
    """The command line's parser, with help in ``language``."""
    def text(key: str) -> str:
        return say(language, f"help.{key}")

    main_parser = argparse.ArgumentParser(prog="samverkan", description=text("description"))
    main_parser.add_argument("--config-file", "-f", default="mkdocs.yml", help=text("config"))
    commands = main_parser.add_subparsers(dest="command", required=True, metavar="{new,check,translations,build,serve}")

    new_parser = commands.add_parser("new", help=text("new"), description=text("new"))
    new_parser.add_argument("words", nargs="+", metavar="WORD", help=text("words"))
    new_parser.add_argument("--lang", help=text("lang"))
    new_parser.add_argument("--translation-of", metavar="PATH", help=text("translation_of"))
    new_parser.add_argument("--slug", help=text("slug"))
    new_parser.add_argument("--folder", help=text("folder"))

    check_parser = commands.add_parser("check", help=text("check"), description=text("check"))
    check_parser.add_argument("--format", choices=("text", "json"), default="text", help=text("format"))
    check_parser.add_argument("--strict", action="store_true", help=text("strict"))

    states = commands.add_parser("translations", help=text("translations"), description=text("translations"))
    for name in FILTERS:
        states.add_argument(f"--{name}", action="store_true", help=text(name))
    states.add_argument("--mark-translated", metavar="FILE", help=text("mark"))
    states.add_argument("--format", choices=("text", "json"), default="text", help=text("format"))

    build_parser = commands.add_parser("build", help=text("build"), description=text("build"))
    build_parser.add_argument("--site-dir", default="site", help=text("site_dir"))
    build_parser.add_argument("--strict", action="store_true", help=text("strict"))

    serve_parser = commands.add_parser("serve", help=text("serve"), description=text("serve"))
    serve_parser.add_argument("--dev-addr", "-a", default="127.0.0.1:8000", metavar="HOST:PORT", help=text("dev_addr"))
    return main_parser


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
