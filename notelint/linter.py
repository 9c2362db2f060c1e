"""Running rules over notes: reading, batching through spaCy, selecting, reporting.

One direction only: source -> Note -> Doc -> rules -> filter -> findings.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import stat
import time
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import language as _language
from .config import Config
from .fileio import blake2b
from .findings import Finding, Problem, Severity, finding_of, from_rows, to_rows
from .note import Metadata, MetadataError, Moment, Note
from .registry import Rule, all_rules, check_selector, load_checks, matches
from .source import InputError, blank_out, decode, split_front_matter, text_for_nlp


@dataclass
class FileResult:
    """What linting one file (or text) gave."""

    path: str | None
    note: Note | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # the file could not be linted (input error)
    notice: str | None = None  # linted nothing, for a reason that is not an error
    internal_errors: list[str] = field(default_factory=list)
    unused_suppressions: list[str] = field(default_factory=list)
    pipeline: str | None = None
    digest: str | None = None  # hash of the bytes read (the cache's key to the content)
    batch: dict = field(default_factory=dict)  # batch rules' per-note summaries, by rule code (notelint.batch)

    @property
    def language(self) -> str | None:
        if self.note is None or self.notice is not None:
            return None
        return self.note.language

    def outcome(self) -> dict:
        """What linting the note gave, as plain data: a cache entry's or a worker's answer."""
        note = self.note
        return {
            "language": note.language if note is not None else None,
            "language_reason": note.language_reason if note is not None else None,
            "notice": self.notice,
            "pipeline": self.pipeline,
            "findings": to_rows(self.findings),
        }

    def restore(self, outcome: dict) -> None:
        """Fill this prepared result from :meth:`outcome`'s data; raises (leaving it untouched) on bad data."""
        findings = from_rows(outcome["findings"])
        language, reason = str(outcome["language"]), str(outcome["language_reason"])
        notice, pipeline = outcome["notice"], outcome["pipeline"]
        self.note.language, self.note.language_reason = language, reason
        self.notice, self.pipeline, self.findings = notice, pipeline, findings


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "not a plain file"


def read_bytes(path: str, max_bytes: int) -> bytes:
    """Read a note file, refusing what cannot be a note; raises InputError.

    Opened without blocking (a FIFO would wait for a writer forever), then
    checked through the open descriptor: only a regular file is read, and
    never more than the size limit (fileio.read_limited).
    """
    from .fileio import NotRegular, TooLarge, read_limited

    try:
        if os.name != "posix" and os.path.isdir(path):  # elsewhere opening a folder is refused as access denied
            raise InputError("is a directory")
        return read_limited(path, max_bytes)
    except NotRegular as exc:
        raise InputError(f"not a regular file ({_file_kind(exc.mode)}), not a note") from None
    except TooLarge as exc:
        if exc.size is None:
            raise InputError(f"file too large to be a note (over {max_bytes:,} bytes, see max-file-size)") from None
        raise InputError(f"file too large to be a note ({exc.size:,} bytes; the limit is {max_bytes:,}, "
                         f"see max-file-size)") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def make_note(
    source: str,
    path: str | None,
    config: Config,
    overrides: Metadata | None = None,
    encoding: str = "utf-8",
    lang: str | None = None,
    data: bytes | None = None,
    detect: bool = True,
    absolute: str | None = None,
) -> Note:
    """Build a Note from decoded text: front matter or e-mail headers, metadata, language.

    With ``detect=False`` a language that is not set anywhere is left to be
    detected later (``detect_language``; ``language_reason`` stays empty):
    a run that takes the note's findings from the cache never detects it.

    Precedence of metadata: ``overrides`` (command-line flags or API
    arguments), front matter or e-mail headers, configuration. ``data`` is
    the file's bytes (e-mail drafts are parsed from them); ``absolute``, when
    the caller has it, is ``os.path.abspath(path)``. Raises InputError.
    """
    if len(source) > config.max_file_size:
        raise InputError(f"text too large to be a note ({len(source):,} characters, see max-file-size)")
    metadata = config.metadata
    kind, subject_span, body_start, text = "text", None, 0, source
    if path and path.lower().endswith(".eml"):
        from . import email_source

        mail = email_source.read(data if data is not None else source.encode("utf-8", "surrogatepass"), source)
        kind, text, body_start = "email", mail.text, mail.body_start
        subject_span = mail.subject_span
        if not mail.verbatim:
            source = mail.text
        front_data, where = mail.metadata, "e-mail headers"
    else:
        front = split_front_matter(source)
        front_data, where = (front.data, "front matter") if front else ({}, "")
        if front is not None:
            body_start = front.end
            text = blank_out(source, 0, front.end)
    if front_data:
        try:
            metadata = Metadata.from_mapping(front_data, where).merged_over(metadata)
        except MetadataError as exc:
            raise InputError(str(exc)) from None
        for selector in metadata.ignore:
            try:
                check_selector(selector, f"{where}: ignore")
            except ValueError as exc:
                raise InputError(str(exc)) from None
    if overrides is not None:
        metadata = overrides.merged_over(metadata)
    sent_defaulted = metadata.sent is None
    template = not metadata.template and config.matches_glob("templates", path, absolute)
    if sent_defaulted or template:
        metadata = _completed(metadata, sent_defaulted, template)
    disabled = []
    if path and path.lower().endswith((".md", ".markdown")):
        from .suppress import markdown_regions

        disabled, comments = markdown_regions(text)
        for start, end in comments:
            text = blank_out(text, start, end)
    # the text rules read is made when first read (a note whose findings come from the cache never
    # is); filling slots and normalising keep whitespace and non-whitespace apart, except NUL, which
    # becomes a space
    if not text[body_start:].replace("\0", "").strip():
        raise InputError("empty note (no text to check)")
    note = Note(
        source=source, text=text, path=path, metadata=metadata, body_start=body_start,
        encoding=encoding, kind=kind, subject_span=subject_span, disabled=disabled,
        sent_defaulted=sent_defaulted,
    )
    note.derive_text(functools.partial(_text_and_slots, text, body_start, metadata.template))
    forced = lang or metadata.lang or config.lang
    if forced:
        note.language, note.language_reason = forced, "set"
    elif detect:
        detect_language(note)
    return note


#: the last metadata _completed made, with what it was made from: the notes of a folder share their
#: metadata, and "now" is the same second for most notes of a run, so most notes share the copy
_COMPLETED: tuple = (None, None, None, None)


def _completed(metadata: Metadata, now: bool, template: bool) -> Metadata:
    """``metadata`` sent now (to the second, marked as defaulted) if ``now``, a template if ``template``."""
    global _COMPLETED
    second = int(time.time()) if now else None  # what datetime.now() reads, a tenth of its cost
    base, at, as_template, made = _COMPLETED
    if base is metadata and at == second and as_template == template:
        return made
    changes: dict = {"template": True} if template else {}
    if now:
        changes["sent"] = Moment(_dt.datetime.fromtimestamp(second), True)
    made = metadata.replaced(**changes)
    _COMPLETED = (metadata, second, template, made)
    return made


def _text_and_slots(text: str, body_start: int, template: bool) -> tuple[str, tuple]:
    """What rules read (template slots filled, normalised for the tokenizer) and the slots."""
    slots: tuple = ()
    if template:
        text, slots = fill_slots(text, body_start)
    return text_for_nlp(text), slots


def detect_language(note: Note) -> None:
    """Detect the language of a note whose language is neither set nor detected yet (prepared with
    ``detect=False``); a note that has one keeps it."""
    if note.language_reason:
        return
    detected, reason = _language.detect(note.body)
    note.language = detected or ""
    note.language_reason = reason


#: Stand-ins for template slots, by what the slot stands for, longest first;
#: the longest that fits the placeholder's length is used, padded with spaces,
#: so every offset still points into the file as written.
STAND_INS = {
    "name": ("Morgan Lee", "Lee"),
    "company": ("Northwind", "Initech", "Acme", "Ino"),
    "role": ("Data Analyst", "Analyst", "role"),
    "date": ("12 May", "today", "May"),
    "other": ("the topic", "this", "it"),
}


def fill_slots(text: str, body_start: int) -> tuple[str, tuple]:
    """Template mode: replace each placeholder by a plausible stand-in of the same length."""
    try:
        from notelint.rules._placeholders import find_placeholders, topic
    except ImportError:  # the built-in rules are not installed: nothing knows placeholders
        return text, ()
    slots = tuple(p for p in find_placeholders(text) if p.start >= body_start)
    if not slots:
        return text, ()
    parts, last = [], 0
    for slot in slots:
        width = slot.end - slot.start
        choices = STAND_INS.get(topic(slot), STAND_INS["other"])
        fitting = next((c for c in choices if len(c) <= width), "x" * width)
        parts.append(text[last:slot.start])
        parts.append(fitting.ljust(width))
        last = slot.end
    parts.append(text[last:])
    return "".join(parts), slots


class Linter:
    """Lints notes with one set of command-line/API choices.

    ``select``/``ignore`` given here replace those of configuration;
    ``severity_floor`` is not applied here (reporters and exit codes decide).
    """

    def __init__(
        self,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        model: str | None = None,
        batch_size: int = 64,
        baseline=None,
    ):
        self.select = tuple(select) if select is not None else None
        self.ignore = tuple(ignore) if ignore is not None else None
        self.model = model
        self.batch_size = batch_size
        self._rules_cache: dict[int, tuple[Config, list]] = {}
        self._codes_cache: dict[tuple[int, str], tuple[Config, dict]] = {}
        self._batch_cache: dict[int, tuple[Config, list]] = {}
        #: a notelint.suppress.Baseline whose findings are not reported again
        self.baseline = baseline
        #: fingerprints of every finding reported, kept only if ``record_fingerprints`` (to write a new baseline)
        self.fingerprints: list[tuple[str, str, str]] = []
        self.record_fingerprints = False
        #: the folder of the baseline file to be written (paths in it are relative to it)
        self.baseline_folder: str | None = None
        #: leave suppressions and the baseline to a later ``finish`` (cache, parallel runs)
        self.keep_raw = False
        #: make batch rules' per-note summaries while each note has its Doc (a run over many files)
        self.batch_summaries = False

    # ------------------------------------------------------------------ selection

    def rules_for(self, config: Config) -> list[tuple[Rule, Severity | None, dict]]:
        """The enabled rules for a configuration, with severities and options (cached)."""
        cached = self._rules_cache.get(id(config))
        if cached is not None and cached[0] is config:
            return cached[1]
        chosen = self._choose(config)
        self._rules_cache[id(config)] = (config, chosen)
        return chosen

    def _choose(self, config: Config) -> list[tuple[Rule, Severity | None, dict]]:
        select = self.select if self.select is not None else config.select
        ignore = self.ignore if self.ignore is not None else config.ignore
        chosen = []
        for rule in [*all_rules().values(), *config.house_rules]:
            if select is not None and not any(matches(rule, s) for s in select):
                continue
            if any(matches(rule, s) for s in ignore):
                continue
            settings = config.rules.get(rule.name)
            if settings is not None and not settings.enabled:
                continue
            options = rule.resolve_options(settings.options if settings else {}, config.path or "configuration")
            chosen.append((rule, settings.severity if settings else None, options))
        return chosen

    # ------------------------------------------------------------------ running

    def run(self, items: Iterable[tuple[FileResult, Config]]) -> list[FileResult]:
        """Lint prepared notes (results with a ``note``), batched per pipeline."""
        from . import pipeline as _pipeline

        items = list(items)
        if items and load_checks():  # the imported rules replace the catalogue's: choose them again
            self._rules_cache.clear()
            self._codes_cache.clear()
            self._batch_cache.clear()
        groups: dict[tuple[str, str], list[tuple[FileResult, Config]]] = {}
        for result, config in items:
            note = result.note
            if note is None or result.error:
                continue
            detect_language(note)  # prepared with detect=False
            if note.language not in _language.SUPPORTED:
                result.notice = (
                    f"not linted: the note seems {note.language_reason}; notelint checks English and "
                    f"German notes (use --lang en or --lang de to check it anyway)"
                )
                continue
            model = self.model or config.model
            groups.setdefault((note.language, model), []).append((result, config))
        for (lang, model), members in groups.items():
            pipe = _pipeline.get(lang, model)
            for result, _ in members:  # spaCy refuses longer texts (E088); refuse the note, not the run
                if len(result.note.text) > pipe.nlp.max_length:
                    result.error = (f"note too long to check ({len(result.note.text):,} characters; "
                                    f"the limit is {pipe.nlp.max_length:,})")
                    result.note = None
            members = [(r, c) for r, c in members if r.note is not None]
            docs = pipe.pipe((r.note.text for r, _ in members), batch_size=self.batch_size)
            with _RuleClock() as clock:
                for first in range(0, len(members), self.batch_size):
                    batch = members[first:first + self.batch_size]
                    for (result, _), doc in zip(batch, docs):
                        doc._.note = result.note
                        result.note.doc = doc
                        result.pipeline = pipe.name
                    self._check(lang, batch, clock)
                    for result, _ in batch:
                        doc, result.note.doc = result.note.doc, None  # let the Doc go; findings hold all we need
                        doc.user_data.clear()  # rules' per-Doc memos hold Spans: break the cycles now
        return [r for r, _ in items]

    def _check(self, lang: str, batch: list[tuple[FileResult, Config]], clock: "_RuleClock") -> None:
        """Run the rules over a batch of notes in one language, each rule over every note of the batch
        before the next rule: one rule's code and tables then stay in the processor's caches, which
        took 15-20 % less CPU than running every rule on one note before the next note (docs/performance.md).
        Each note still meets the rules in the same order, so its findings and messages are the same."""
        by_config: dict[int, tuple[Config, list[FileResult]]] = {}
        for result, config in batch:
            by_config.setdefault(id(config), (config, []))[1].append(result)
        for config, results in by_config.values():
            limit = getattr(config, "rule_timeout", 0.0)
            findings: list[list[Finding]] = [[] for _ in results]
            rules: dict[str, Rule] = {}
            notes = [result.note for result in results]
            for rule, severity, options in self.rules_for(config):
                if lang not in rule.languages or rule.check is None:
                    continue
                rules[rule.code] = rule
                outcomes, trouble = clock.run(rule, notes, options, limit)
                for i, message in trouble.items():
                    results[i].internal_errors.append(message)
                for note, found, problems in zip(notes, findings, outcomes):
                    for problem in problems:
                        found.append(to_finding(note, rule, problem, severity))
            if self.batch_summaries:
                from . import batch as _batch

                batch_rules = self.batch_rules_for(config)
            for result, found in zip(results, findings):
                found.sort(key=lambda f: (f.start, f.end, f.code))
                result.findings = _dedupe(found)
                if self.batch_summaries:
                    _batch.prepare(result, batch_rules)
                if not self.keep_raw:
                    result.findings = self._suppress(result, config, result.findings, rules)

    def finish(self, result: FileResult, config: Config) -> None:
        """Apply suppressions and the baseline to a result's rule findings (from ``keep_raw``, the cache or a worker)."""
        if result.note is None or result.error or result.notice:
            return
        result.findings = self._suppress(result, config, result.findings, self._by_code(config, result.note.language))

    def batch_rules_for(self, config: Config) -> list[tuple[Rule, Severity | None, dict]]:
        """The enabled rules that compare notes with each other (``batch_check``), as ``rules_for`` (cached)."""
        cached = self._batch_cache.get(id(config))
        if cached is None or cached[0] is not config:
            cached = (config, [entry for entry in self.rules_for(config) if entry[0].batch_check is not None])
            self._batch_cache[id(config)] = cached
        return cached[1]

    def _by_code(self, config: Config, language: str) -> dict[str, Rule]:
        """The enabled rules for a configuration and a language, by code (cached)."""
        key = (id(config), language)
        cached = self._codes_cache.get(key)
        if cached is None or cached[0] is not config:
            cached = (config, {rule.code: rule for rule, _, _ in self.rules_for(config) if language in rule.languages})
            self._codes_cache[key] = cached
        return cached[1]

    def _suppress(self, result: FileResult, config: Config, findings: list[Finding], rules) -> list[Finding]:
        """Drop suppressed findings (front matter, Markdown comments, config, baseline); note unused ones."""
        note = result.note
        ignore_used = {selector: 0 for selector in note.metadata.ignore}
        applicable = [s for s in config.suppress if s.applies_to(result.path)]
        for suppression in applicable:
            suppression.seen += 1
        if ignore_used or note.disabled or applicable or self.baseline is not None:
            kept = [f for f in findings if not self._drop(result, f, rules[f.code], applicable, ignore_used)]
        else:  # nothing can suppress a finding of this note
            kept = list(findings)
        for selector, used in ignore_used.items():
            if not used:
                result.unused_suppressions.append(_unused_ignore(selector))
        for region in note.disabled:
            if not region.used:
                result.unused_suppressions.append(_unused_region(region))
        self._record(result, kept)
        return kept

    def _drop(self, result: FileResult, finding: Finding, rule: Rule, applicable, ignore_used: dict) -> bool:
        """Is ``finding`` suppressed? Counts the use on whatever suppressed it."""
        from .suppress import fingerprint

        note = result.note
        hit = next((sel for sel in ignore_used if matches(rule, sel)), None)
        if hit is not None:
            ignore_used[hit] += 1
            return True
        region = next((r for r in note.disabled if r.start <= finding.start < r.end and (
            r.selectors is None or any(matches(rule, sel) for sel in r.selectors))), None)
        if region is not None:
            region.used += 1
            return True
        suppression = next((s for s in applicable if s.covers(finding, rule, note.source)), None)
        if suppression is not None:
            suppression.used += 1
            return True
        if self.baseline is not None and result.path:
            return self.baseline.absorbs(fingerprint(finding, note.source, result.path, self.baseline.root))
        return False

    def _record(self, result: FileResult, kept: list[Finding]) -> None:
        """Remember the reported findings' fingerprints (for writing a baseline)."""
        if result.path and self.record_fingerprints:
            from .suppress import fingerprint

            root = self.fingerprint_root()
            self.fingerprints.extend(fingerprint(f, result.note.source, result.path, root) for f in kept)

    def fingerprint_root(self) -> str:
        """The folder baseline paths are relative to: the baseline file's own."""
        if self.baseline is not None:
            return self.baseline.root
        return self.baseline_folder or os.getcwd()

    def suppressed(self, result: FileResult, config: Config, finding: Finding, rule: Rule) -> bool:
        """Is a finding added after the per-note pass (a batch rule's) suppressed? Records the use,
        and takes back an "unused" report the per-note pass made for what now suppressed it."""
        note = result.note
        ignore_used = {selector: 0 for selector in note.metadata.ignore}
        regions_used = {id(r): r.used for r in note.disabled}
        applicable = [s for s in config.suppress if s.applies_to(result.path)]
        if not self._drop(result, finding, rule, applicable, ignore_used):
            self._record(result, [finding])
            return False
        revived = [_unused_ignore(sel) for sel, used in ignore_used.items() if used]
        revived += [_unused_region(r) for r in note.disabled if r.used > regions_used[id(r)]]
        result.unused_suppressions[:] = [u for u in result.unused_suppressions if u not in revived]
        return True


def _unused_ignore(selector: str) -> str:
    return f"front matter: ignore {selector} matched nothing; remove it"


def _unused_region(region) -> str:
    return f"{region.origin} matched nothing; remove it"


class _RuleTimeout(BaseException):
    """Raised inside a rule that overran rule-timeout (a BaseException, so a rule's ``except Exception`` cannot swallow it)."""


class _RuleClock:
    """Runs rules within ``rule-timeout``; one per ``Linter.run``.

    On the main thread of a POSIX process (the command line, -j workers) an
    interval timer interrupts a rule at the limit; its findings are dropped.
    The timer is set once for the run, not per rule call (two system calls
    for each of 40 rules on each note cost more than some rules): when it
    fires, the rule running by then is stopped if it has used up its limit,
    and otherwise the timer is set again for what is left of it. Elsewhere
    (the language server's worker thread, Windows), or while the process's
    own SIGALRM timer is in use, the rule runs to its end and is reported as
    slow afterwards. A rule busy inside compiled code (a spaCy Matcher call)
    is interrupted only when that call returns.
    """

    def __init__(self) -> None:
        import signal
        import threading
        import time

        self._signal = signal
        self._now = time.monotonic
        self._previous = None
        self._installed = False
        self._period = 0.0  # the interval the timer is set to (0: not set)
        self._running = False  # a rule is running, since self._started, with self._limit seconds
        self._started = 0.0
        self._limit = 0.0
        self.usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
                       and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
                       and signal.getitimer(signal.ITIMER_REAL)[0] == 0)

    def _on_alarm(self, signum, frame):
        if not self._running:
            self._signal.setitimer(self._signal.ITIMER_REAL, self._period, self._period)
            return
        left = self._limit - (self._now() - self._started)
        if left <= 0.001:
            self._running = False
            raise _RuleTimeout
        self._signal.setitimer(self._signal.ITIMER_REAL, left, self._period)

    def __enter__(self) -> "_RuleClock":
        return self

    def __exit__(self, *exc) -> None:
        if self._installed:
            self._signal.setitimer(self._signal.ITIMER_REAL, 0)
            self._signal.signal(self._signal.SIGALRM, self._previous)
            self._installed = False
            self._period = 0.0

    def run(self, rule: Rule, notes: list[Note], options: dict, limit: float) -> tuple[list[list[Problem]], dict[int, str]]:
        """Run one rule on each note, within ``limit`` seconds a note (none if 0).

        Returns each note's problems, and by the note's place a message where the rule broke (an
        exception: one broken rule must not hide the others' findings), was stopped (its problems
        for that note are dropped) or ran slow (they are kept). The notes go through one loop per
        rule: a call per note and rule cost more than some rules.
        """
        check = rule.check
        outcomes: list[list[Problem]] = []
        trouble: dict[int, str] = {}
        now = self._now
        if limit <= 0 or not self.usable:
            for i, note in enumerate(notes):
                started = now()
                try:
                    problems = list(check(note, options))
                except Exception as exc:  # noqa: BLE001
                    problems, trouble[i] = [], _broken(rule, exc)
                else:
                    elapsed = now() - started
                    if 0 < limit < elapsed:
                        trouble[i] = (f"rule {rule.name} ({rule.code}) is slow: it took {elapsed:.1f} s on this "
                                      f"note (rule-timeout is {limit:g} s)")
                outcomes.append(problems)
            return outcomes, trouble
        signal = self._signal
        if not self._installed:
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
            self._installed = True
        if limit != self._period:  # the first rule, or a configuration with another limit
            self._period = limit
            signal.setitimer(signal.ITIMER_REAL, limit, limit)
        self._limit = limit
        for i, note in enumerate(notes):
            self._started = now()
            try:
                self._running = True
                try:
                    problems = list(check(note, options))
                finally:
                    self._running = False
            except _RuleTimeout:
                problems, trouble[i] = [], (f"rule {rule.name} ({rule.code}) was stopped after {limit:g} s on this "
                                            f"note (rule-timeout); its findings for this note are missing")
            except Exception as exc:  # noqa: BLE001
                problems, trouble[i] = [], _broken(rule, exc)
            outcomes.append(problems)
        return outcomes, trouble


def _broken(rule: Rule, exc: Exception) -> str:
    return f"internal error in rule {rule.name} ({rule.code}): {type(exc).__name__}: {exc}"


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    unique = []
    for f in findings:
        key = (f.code, f.start, f.end, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def to_finding(note: Note, rule: Rule, problem: Problem, severity: Severity | None) -> Finding:
    """Position a rule's Problem in the file as written."""
    size = len(note.text)
    start = max(0, min(problem.start, size))
    end = max(start, min(problem.end, size))
    line, column = note.index.line_col(start)
    end_line, end_column = note.index.line_col(end)
    return finding_of((rule.code, rule.name, severity or problem.severity or rule.severity, line, column, end_line,
                       end_column, start, end, problem.message, problem.suggestion, problem.replacement, note.path))


def prepare_file(path: str, config: Config, overrides: Metadata | None, lang: str | None, display: str | None = None,
                 detect: bool = True, absolute: str | None = None) -> FileResult:
    """Read and decode a file into a FileResult holding its Note (or its error); ``absolute`` is
    ``os.path.abspath(path)`` when the caller has it."""
    result = FileResult(display or path)
    try:
        data = read_bytes(path, config.max_file_size)
        result.digest = _digest(data)
        source, encoding = decode(data)
        result.note = make_note(source, result.path, config, overrides, encoding, lang, data, detect, absolute)
    except InputError as exc:
        result.error = str(exc)
    return result


def prepare_text(source: str, path: str | None, config: Config, overrides: Metadata | None, lang: str | None,
                 detect: bool = True) -> FileResult:
    result = FileResult(path)
    try:
        result.digest = _digest(source.encode("utf-8", "surrogatepass"))
        result.note = make_note(source, path, config, overrides, "utf-8", lang, detect=detect)
    except InputError as exc:
        result.error = str(exc)
    return result


def _digest(data: bytes) -> str:
    return blake2b(data, digest_size=20).hexdigest()
