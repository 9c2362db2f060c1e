"""``notelint lsp``: the language server, so an editor underlines a note's faux pas while it is typed.

Built on pygls. What the server offers:

* diagnostics on open, save and change (debounced: only the latest text is
  linted), for any text buffer whatever its languageId; ranges in UTF-16 as
  the protocol counts them;
* code actions: a quick fix where a finding has a replacement, "Ignore RULE in
  this note" (adds the rule to the ``ignore`` list of the note's front matter)
  and "Show documentation for RULE" (the command ``notelint.showRuleDoc``);
* hover over a finding: the rule's documentation.

Configuration is found as on the command line (``.notelint.toml`` or
``pyproject.toml`` above the note, or ``--config``), and the client may pass
``initializationOptions``: ``select``, ``ignore`` (lists of codes, prefixes or
names), ``model``, ``lang`` (auto, en, de), ``debounce`` (milliseconds) and
``config`` (a config file path).

Linting runs in one worker thread, never on the thread that reads the
editor's messages; a result for text that has changed since is dropped.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from . import __version__
from .findings import Finding, Severity
from .source import InputError, LineIndex, split_front_matter

SOURCE = "notelint"
SHOW_DOC = "notelint.showRuleDoc"
DEFAULT_DEBOUNCE_MS = 300

logger = logging.getLogger("notelint.lsp")


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    """What the editor chose for every note (initializationOptions, command line)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    model: str | None = None
    lang: str | None = None
    debounce_ms: float = DEFAULT_DEBOUNCE_MS
    config: str | None = None

    @classmethod
    def from_options(cls, options: Any, base: "Settings") -> tuple["Settings", list[str]]:
        """Read initializationOptions over ``base``; returns the settings and one line per value ignored."""
        from .registry import check_selector

        problems: list[str] = []
        if options is None:
            return base, problems
        if not isinstance(options, dict):
            return base, [f"initializationOptions must be an object, not {type(options).__name__}; ignored"]
        values: dict[str, Any] = {}
        for key in ("select", "ignore"):
            raw = options.get(key)
            if raw is None:
                continue
            if isinstance(raw, str):
                raw = [raw]
            if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
                problems.append(f"initializationOptions.{key} must be a list of strings; ignored")
                continue
            kept = []
            for selector in raw:
                try:
                    check_selector(selector, f"initializationOptions.{key}")
                    kept.append(selector)
                except ValueError as exc:
                    problems.append(f"{exc}; ignored")
                except Exception:  # a broken rule plugin: keep the selector, the lint will say what is wrong
                    kept.append(selector)
            values[key] = tuple(kept)
        lang = options.get("lang")
        if lang is not None:
            if isinstance(lang, str) and lang.lower() in ("auto", "en", "de"):
                values["lang"] = None if lang.lower() == "auto" else lang.lower()
            else:
                problems.append(f"initializationOptions.lang must be auto, en or de, not {lang!r}; ignored")
        for key in ("model", "config"):
            raw = options.get(key)
            if raw is None:
                continue
            if isinstance(raw, str) and raw.strip():
                values[key] = raw.strip()
            else:
                problems.append(f"initializationOptions.{key} must be a non-empty string; ignored")
        debounce = options.get("debounce")
        if debounce is not None:
            if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 60_000:
                values["debounce_ms"] = float(debounce)
            else:
                problems.append(f"initializationOptions.debounce must be milliseconds (0-60000), not {debounce!r}; ignored")
        unknown = sorted(set(options) - {"select", "ignore", "lang", "model", "config", "debounce"})
        if unknown:
            problems.append(f"initializationOptions: unknown keys {', '.join(unknown)}; ignored")
        return Settings(**{**base.__dict__, **values}), problems


# --------------------------------------------------------------------------- linting (worker thread)


@dataclass
class Outcome:
    """One lint of one version of a buffer."""

    version: int | None
    text: str
    index: LineIndex
    findings: list[Finding] = field(default_factory=list)
    notice: str | None = None  # why nothing (or not everything) was linted, shown at 0:0
    kind: str = "text"  # "email" for .eml drafts (no front matter to edit)
    logs: list[str] = field(default_factory=list)  # for window/logMessage


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def lint_text(text: str, path: str | None, settings: Settings, version: int | None = None) -> Outcome:
    """Lint a buffer's text as the note at ``path`` (None for an unsaved buffer). Never raises."""
    from .config import ConfigError, Finder
    from .linter import Linter, prepare_text

    outcome = Outcome(version, text, LineIndex(text))
    sample = text[:4096]
    if "\0" in sample or len(_CONTROL.findall(sample)) > 0.1 * max(len(sample), 1):
        outcome.notice = "not linted: binary content (control characters), not a note"
        return outcome
    try:
        config = Finder(settings.config).for_path(path)
        result = prepare_text(text, path, config, None, settings.lang)
        if result.error:
            if not result.error.startswith("empty note"):  # a fresh buffer is no problem
                outcome.notice = f"not linted: {result.error}"
            return outcome
        Linter(select=settings.select, ignore=settings.ignore, model=settings.model).run([(result, config)])
    except ConfigError as exc:
        outcome.notice = f"configuration error: {exc}"
        outcome.logs.append(outcome.notice)
        return outcome
    except Exception as exc:  # a broken pipeline or plugin must not take the server down
        logger.exception("lint failed for %s", path)
        outcome.notice = f"not linted: {type(exc).__name__}: {exc}"
        outcome.logs.append(f"notelint could not lint {path or 'the buffer'}: {type(exc).__name__}: {exc}")
        return outcome
    outcome.findings = list(result.findings)
    outcome.notice = result.notice
    outcome.logs.extend(result.internal_errors)
    outcome.kind = getattr(result.note, "kind", "text")
    if result.note.source != text:  # an e-mail body in quoted-printable or base64: offsets are into the decoded body
        outcome.findings = [
            replace(f, start=0, end=0, message=f"{f.message} (line {f.line} of the decoded e-mail body)")
            for f in outcome.findings
        ]
        outcome.notice = "; ".join(filter(None, [outcome.notice, (
            "the e-mail body is encoded (quoted-printable or base64), so findings are shown here at the top")]))
    return outcome


def finding_at(outcome: Outcome, start: int, end: int) -> list[Finding]:
    """Findings whose span touches the offsets ``start``..``end``."""
    return [f for f in outcome.findings if f.start <= end and f.end >= start]


# --------------------------------------------------------------------------- front matter edit


_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_IGNORE_KEY = re.compile(r"^ignore[ \t]*:.*$", re.MULTILINE | re.IGNORECASE)


def _newline(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    if "\r" in text and "\n" not in text:
        return "\r"
    return "\n"


def ignore_edit(source: str, rule_name: str) -> tuple[int, int, str] | None:
    """The edit (start, end, new text) that adds ``rule_name`` to the note's front-matter ignore list.

    Creates a ``---`` block at the top when there is none; None when the
    front matter cannot be read or already ignores the rule.
    """
    nl = _newline(source)
    try:
        front = split_front_matter(source)
    except InputError:
        return None
    if front is None:
        at = 1 if source.startswith("\ufeff") else 0
        return at, at, f"---{nl}ignore: [{rule_name}]{nl}---{nl}"
    existing = front.data.get("ignore")
    if isinstance(existing, (list, tuple)):
        items = [str(item) for item in existing]
    elif existing is None:
        items = []
    else:
        items = [str(existing)]
    if rule_name in items:
        return None
    new = "ignore: [" + ", ".join(i if _PLAIN.fullmatch(i) else json.dumps(i) for i in [*items, rule_name]) + "]"
    block = source[: front.end]
    closing = max(block.rfind("\n"), block.rfind("\r")) + 1  # start of the closing fence line
    key = _IGNORE_KEY.search(block, 0, closing)
    if key is None:
        return closing, closing, new + nl
    # The key's value may go on over following indented or "- item" lines.
    end = key.end()
    for line in re.finditer(r"(?:\r\n|\r|\n)([^\r\n]*)", block[key.end() : closing]):
        if not line.group(1).strip() or line.group(1)[0] not in " \t-":
            break
        end = key.end() + line.end()
    return key.start(), end, new


# --------------------------------------------------------------------------- documentation


def doc_markdown(doc: str) -> str:
    """A rule's docstring (section heads, indented paragraphs, ``::`` examples) as Markdown."""
    lines = doc.splitlines()
    out: list[str] = []
    literal: int | None = None  # indentation of an example block being copied

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip())

    for number, line in enumerate(lines):
        stripped = line.strip()
        if literal is not None:
            if not stripped or indent(line) >= literal:
                if stripped or out[-1] != "```text":
                    out.append(line[literal:])
                continue
            while out and not out[-1]:
                out.pop()
            out += ["```", ""]
            literal = None
        text = re.sub(r"``([^`]+)``", r"`\1`", stripped)
        following = next((x for x in lines[number + 1 :] if x.strip()), "")
        if number == 0:
            out += [f"### {text}"]
        elif stripped.endswith("::"):
            out.append(text[:-1] if text != "::" else "")
            if following and indent(following) > indent(line):
                literal = indent(following)
                out += ["", "```text"]
        elif stripped and indent(line) == 0 and following and indent(following) > 0:
            out += [f"**{text}**", ""]
        else:
            out.append(text)
    if literal is not None:
        while out and not out[-1]:
            out.pop()
        out.append("```")
    return "\n".join(out).strip() + "\n"


def rule_doc(name_or_code: str) -> tuple[str, str] | None:
    """(rule name, documentation as Markdown) for a rule code or name."""
    from .registry import lookup

    rule = lookup(str(name_or_code))
    if rule is None:
        return None
    return rule.name, doc_markdown(rule.doc or f"{rule.name} ({rule.code}): {rule.summary}")


# --------------------------------------------------------------------------- the server


def _build_server(settings: Settings):
    """The pygls server with notelint's features registered."""
    from lsprotocol import types as t
    from pygls.exceptions import JsonRpcException
    from pygls.lsp.server import LanguageServer
    from pygls.protocol import LanguageServerProtocol
    from pygls.protocol.language_server import lsp_method
    from pygls.uris import to_fs_path

    severity = {
        Severity.ERROR: t.DiagnosticSeverity.Error,
        Severity.WARNING: t.DiagnosticSeverity.Warning,
        Severity.INFO: t.DiagnosticSeverity.Information,
    }

    class Protocol(LanguageServerProtocol):
        @lsp_method(t.INITIALIZE)
        def lsp_initialize(self, params: t.InitializeParams):
            # notelint positions are UTF-16, the encoding every client must support.
            if params.capabilities.general is not None:
                params.capabilities.general.position_encodings = None
            return (yield from super().lsp_initialize(params))

        def structure_message(self, data: dict):
            try:
                return super().structure_message(data)
            except JsonRpcException as exc:
                # pygls gives up on a request it cannot read without answering it; answer it.
                if isinstance(data, dict) and "method" in data and isinstance(data.get("id"), (int, str)):
                    self._send_response(data["id"], None, exc.to_response_error())
                raise

    class Server(LanguageServer):
        def __init__(self):
            super().__init__(SOURCE, __version__, protocol_cls=Protocol,
                             text_document_sync_kind=t.TextDocumentSyncKind.Incremental)
            self.settings = settings
            self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notelint-lint")
            self.latest: dict[str, int | None] = {}  # uri -> newest version seen
            self.pending: dict[str, asyncio.Task] = {}  # uri -> scheduled lint
            self.linted: dict[str, Outcome] = {}  # uri -> last published lint

        def report_server_error(self, error: Exception, source) -> None:
            """Log what went wrong (a bad message, a failed handler); editors keep such logs."""
            cause = f" ({error.__cause__})" if error.__cause__ else ""
            self.log(f"{type(error).__name__}: {error}{cause}", t.MessageType.Error)

        # ---------------------------------------------------------------- helpers

        def log(self, message: str, kind=t.MessageType.Warning) -> None:
            logger.warning("%s", message)
            try:
                self.window_log_message(t.LogMessageParams(type=kind, message=f"notelint: {message}"))
            except Exception:  # the client may be gone; nothing more to do
                logger.exception("could not send a log message")

        def position(self, index: LineIndex, offset: int) -> t.Position:
            line, character = index.utf16_position(offset)
            return t.Position(line=line, character=character)

        def span(self, index: LineIndex, start: int, end: int) -> t.Range:
            return t.Range(start=self.position(index, start), end=self.position(index, end))

        def offset(self, index: LineIndex, position: t.Position) -> int:
            return index.offset_of_utf16(position.line, position.character)

        def diagnostic(self, outcome: Outcome, f: Finding) -> t.Diagnostic:
            message = f"{f.name}: {f.message}"
            if f.suggestion:
                message += f" {f.suggestion}"
            return t.Diagnostic(
                range=self.span(outcome.index, f.start, f.end),
                severity=severity.get(f.severity, t.DiagnosticSeverity.Warning),
                code=f.code,
                source=SOURCE,
                message=message,
                data={"name": f.name},
            )

        def diagnostics(self, outcome: Outcome) -> list[t.Diagnostic]:
            found = [self.diagnostic(outcome, f) for f in outcome.findings]
            if outcome.notice:
                found.insert(0, t.Diagnostic(
                    range=t.Range(start=t.Position(line=0, character=0), end=t.Position(line=0, character=0)),
                    severity=t.DiagnosticSeverity.Information,
                    source=SOURCE,
                    message=outcome.notice,
                ))
            return found

        def current(self, uri: str) -> Outcome | None:
            """The last lint of ``uri`` if it is of the buffer's current text."""
            outcome = self.linted.get(uri)
            if outcome is None:
                return None
            document = self.workspace.text_documents.get(uri)
            if document is None or document.source != outcome.text:
                return None
            return outcome

        # ---------------------------------------------------------------- scheduling

        def schedule(self, uri: str, version: int | None, delay_ms: float) -> None:
            self.latest[uri] = version
            previous = self.pending.pop(uri, None)
            if previous is not None:
                previous.cancel()
            self.pending[uri] = asyncio.get_running_loop().create_task(self.lint_later(uri, delay_ms / 1000))

        async def lint_later(self, uri: str, delay: float) -> None:
            try:
                if delay > 0:
                    await asyncio.sleep(delay)
                document = self.workspace.text_documents.get(uri)
                if document is None:
                    return
                text, version = document.source, document.version
                path = to_fs_path(uri) if uri.startswith("file:") else None
                outcome = await asyncio.get_running_loop().run_in_executor(
                    self.worker, self.lint_if_current, uri, text, path, version)
            except asyncio.CancelledError:
                return
            except Exception as exc:
                self.log(f"lint of {uri} failed: {type(exc).__name__}: {exc}", t.MessageType.Error)
                return
            finally:
                if self.pending.get(uri) is asyncio.current_task():
                    del self.pending[uri]
            if outcome is None or uri not in self.latest or self.latest[uri] != version:
                return  # the buffer changed (or closed) meanwhile: a newer lint is on its way
            for line in outcome.logs:
                self.log(line)
            self.linted[uri] = outcome
            self.text_document_publish_diagnostics(
                t.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=self.diagnostics(outcome)))

        def lint_if_current(self, uri: str, text: str, path: str | None, version: int | None) -> Outcome | None:
            if self.latest.get(uri, version) != version:  # superseded while it waited for the worker
                return None
            return lint_text(text, path, self.settings, version)

        def warm_up(self) -> None:
            """Load rules and pipelines (spaCy) in the worker so the first note is quick."""
            from . import pipeline
            from .registry import load_checks

            try:
                load_checks()
                for lang in ("en", "de"):
                    pipeline.get(lang, self.settings.model or pipeline.BLANK)
            except Exception as exc:
                logger.warning("warm-up failed (the first lint will say why): %s", exc)

    server = Server()

    def guarded(default: Any = None) -> Callable:
        """A handler that logs its failure and answers ``default`` instead of failing the request."""

        def wrap(handler: Callable) -> Callable:
            def run(ls, params):
                try:
                    return handler(ls, params)
                except Exception as exc:
                    logger.exception("%s failed", handler.__name__)
                    ls.log(f"{handler.__name__} failed: {type(exc).__name__}: {exc}", t.MessageType.Error)
                    return default

            run.__name__ = handler.__name__
            return run

        return wrap

    @server.feature(t.INITIALIZE)
    @guarded()
    def initialize(ls: Server, params: t.InitializeParams):
        ls.settings, problems = Settings.from_options(params.initialization_options, settings)
        for problem in problems:
            ls.log(problem)

    @server.feature(t.INITIALIZED)
    @guarded()
    def initialized(ls: Server, params):
        ls.worker.submit(ls.warm_up)

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    @guarded()
    def did_open(ls: Server, params: t.DidOpenTextDocumentParams):
        ls.schedule(params.text_document.uri, params.text_document.version, 0)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    def did_change(ls: Server, params: t.DidChangeTextDocumentParams):
        ls.schedule(params.text_document.uri, params.text_document.version, ls.settings.debounce_ms)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE, t.SaveOptions(include_text=False))
    @guarded()
    def did_save(ls: Server, params: t.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        document = ls.workspace.text_documents.get(uri)
        ls.schedule(uri, document.version if document else None, 0)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(ls: Server, params: t.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        ls.latest.pop(uri, None)
        ls.linted.pop(uri, None)
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    @guarded()
    def hover(ls: Server, params: t.HoverParams):
        outcome = ls.current(params.text_document.uri)
        if outcome is None:
            return None
        at = ls.offset(outcome.index, params.position)
        found = [f for f in outcome.findings if f.start <= at < max(f.end, f.start + 1)]
        if not found:
            return None
        parts, shown = [], set()
        for f in found:
            parts.append(f"**{f.name}** ({f.code}, {f.severity.value}): {f.message}"
                         + (f"\n\n{f.suggestion}" if f.suggestion else ""))
            doc = rule_doc(f.code)
            if doc and f.name not in shown:
                shown.add(f.name)
                parts.append(doc[1])
        return t.Hover(
            contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
            range=ls.span(outcome.index, found[0].start, found[0].end),
        )

    @server.feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix], resolve_provider=False),
    )
    @guarded(default=[])
    def code_action(ls: Server, params: t.CodeActionParams):
        only = params.context.only
        if only and not any(t.CodeActionKind.QuickFix.value.startswith(k) for k in only):
            return []
        uri = params.text_document.uri
        outcome = ls.current(uri)
        if outcome is None:
            return []
        start = ls.offset(outcome.index, params.range.start)
        end = ls.offset(outcome.index, params.range.end)
        document = ls.workspace.text_documents.get(uri)

        def edit(start: int, end: int, new_text: str) -> t.WorkspaceEdit:
            change = t.TextEdit(range=ls.span(outcome.index, start, end), new_text=new_text)
            capabilities = ls.client_capabilities.workspace
            versioned = bool(capabilities and capabilities.workspace_edit and capabilities.workspace_edit.document_changes)
            if versioned:  # the client refuses it if the buffer has changed since
                identifier = t.OptionalVersionedTextDocumentIdentifier(uri=uri, version=document.version)
                return t.WorkspaceEdit(document_changes=[t.TextDocumentEdit(text_document=identifier, edits=[change])])
            return t.WorkspaceEdit(changes={uri: [change]})

        actions: list[t.CodeAction] = []
        per_rule: dict[str, list[t.Diagnostic]] = {}
        for f in finding_at(outcome, start, end):
            diagnostic = ls.diagnostic(outcome, f)
            per_rule.setdefault(f.name, []).append(diagnostic)
            if f.replacement is not None:
                title = (f"Replace with '{f.replacement}'" if f.replacement else "Remove it") + f" ({f.name})"
                actions.append(t.CodeAction(title=title, kind=t.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                                            is_preferred=True, edit=edit(f.start, f.end, f.replacement)))
        for name, diagnostics in per_rule.items():
            change = ignore_edit(outcome.text, name) if outcome.kind != "email" else None
            if change is not None:
                actions.append(t.CodeAction(title=f"Ignore {name} in this note", kind=t.CodeActionKind.QuickFix,
                                            diagnostics=diagnostics, edit=edit(*change)))
            actions.append(t.CodeAction(
                title=f"Show documentation for {name}", kind=t.CodeActionKind.QuickFix, diagnostics=diagnostics,
                command=t.Command(title=f"Show documentation for {name}", command=SHOW_DOC, arguments=[name]),
            ))
        return actions

    @server.command(SHOW_DOC)
    def show_rule_doc(ls, *args):
        try:
            name = args[0] if args else None
            if isinstance(name, dict):
                name = name.get("name") or name.get("code")
            doc = rule_doc(name) if isinstance(name, str) else None
            if doc is None:
                ls.window_show_message(t.ShowMessageParams(type=t.MessageType.Error,
                                                           message=f"notelint: no rule named {name!r}"))
                return None
            window = ls.client_capabilities.window
            if window and window.show_document and window.show_document.support:
                folder = os.path.join(tempfile.gettempdir(), f"notelint-docs-{os.getuid() if hasattr(os, 'getuid') else 0}")
                os.makedirs(folder, exist_ok=True)
                target = os.path.join(folder, f"{doc[0]}.md")
                with open(target, "w", encoding="utf-8") as handle:
                    handle.write(doc[1])
                from pygls.uris import from_fs_path

                ls.window_show_document(t.ShowDocumentParams(uri=from_fs_path(target), take_focus=True))
            else:
                ls.window_show_message(t.ShowMessageParams(type=t.MessageType.Info, message=doc[1]))
        except Exception as exc:
            ls.log(f"{SHOW_DOC} failed: {type(exc).__name__}: {exc}", t.MessageType.Error)
        return None

    @server.feature(t.SHUTDOWN)
    @guarded()
    def shutdown(ls: Server, params):
        for task in ls.pending.values():
            task.cancel()
        ls.worker.shutdown(wait=False, cancel_futures=True)

    return server


def main(argv: list[str] | None = None) -> int:
    """Serve over stdio (the default) until the editor says exit."""
    parser = argparse.ArgumentParser(prog="notelint lsp", description="The notelint language server (LSP over stdio).")
    parser.add_argument("--stdio", action="store_true", help="talk over standard input and output (the default)")
    parser.add_argument("--config", metavar="PATH", help="one configuration file for every note")
    parser.add_argument("--debounce", type=float, metavar="MS", default=DEFAULT_DEBOUNCE_MS,
                        help=f"wait this long after typing stops before linting (default {DEFAULT_DEBOUNCE_MS:g})")
    parser.add_argument("--log-file", metavar="PATH", help="write the server's own log here")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each message (with --log-file)")
    args = parser.parse_args(argv)
    if args.log_file:
        logging.basicConfig(filename=args.log_file, level=logging.DEBUG if args.verbose else logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    else:  # stdout is the protocol; problems go to stderr, which editors keep in their log
        logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="notelint lsp: %(message)s")
    server = _build_server(Settings(debounce_ms=max(0.0, args.debounce), config=args.config))
    server.start_io()
    return 0 if getattr(server.protocol, "_shutdown", True) else 1  # exit before shutdown is an error


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
