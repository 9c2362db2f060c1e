"""House rules: a career center's own rules, written as data in configuration.

Four kinds, after Vale's: ``existence`` (these phrases should not appear),
``substitution`` (prefer X over Y), ``occurrence`` (at most N of something),
and ``metric`` (word, sentence or paragraph counts). Phrases use notelint's
pattern language (see ``notelint/patterns.py``): words, ``a|b`` alternatives,
``prefix*``, ``_`` for any word, ``word?`` optional. Patterns are compiled into
spaCy token matchers; there is no free-form regular expression. A matcher
follows every way the optional words of a phrase can match, which doubles
with each optional word, so a house rule's cost is bounded when it is read:
no open-ended repeat (``_{1,}``), at most 6 optional words per phrase (``_?``
counts 1, ``_{0,3}`` counts 3), at most 2,000 patterns once phrase groups are
expanded, and a total of at most 256 for the sum of 2^optional words over
its phrases that have any. Nothing is ever imported or executed from the
repository being linted.

Example (``.notelint.toml``; in pyproject.toml write ``[[tool.notelint.house-rules]]``)::

    [[house-rules]]
    code = "HR001"
    name = "no-passion-cliche"
    kind = "existence"
    lang = ["en"]
    severity = "warning"
    message = "'{match}' is a cliché every applicant uses."
    suggestion = "Say what you did instead."
    phrases = ["passionate", "team player", "think outside the box"]

    [[house-rules]]
    code = "HR002"
    name = "prefer-plain-words"
    kind = "substitution"
    swap = { "utilize" = "use", "in order to" = "to", "zeitnah" = "bald" }

    [[house-rules]]
    code = "HR003"
    name = "few-i-sentences"
    kind = "occurrence"
    lang = ["en"]
    phrases = ["i"]
    max = 12
    message = "The note says 'I' {count} times; turn some sentences towards them."

    [[house-rules]]
    code = "HR004"
    name = "note-length"
    kind = "metric"
    metric = "words"          # words | sentences | paragraphs
    min = 80
    max = 220
"""

from __future__ import annotations

import re
from typing import Any

from .findings import Problem, Severity
from .patterns import PatternError, PatternSet, compile_patterns, is_gap
from .registry import Rule

KINDS = ("existence", "substitution", "occurrence", "metric")
METRICS = ("words", "sentences", "paragraphs")
_CODE = re.compile(r"^[A-Z]{1,5}\d{3}$")
_COMMON = {"code", "name", "kind", "lang", "severity", "message", "suggestion", "summary"}
_KEYS = {
    "existence": _COMMON | {"phrases"},
    "substitution": _COMMON | {"swap"},
    "occurrence": _COMMON | {"phrases", "max"},
    "metric": _COMMON | {"metric", "min", "max"},
}
_DEFAULT_MESSAGES = {
    "existence": "'{match}' is on your career center's list of phrases to avoid.",
    "substitution": "Prefer '{replacement}' over '{match}'.",
    "occurrence": "'{match}' appears {count} times; the limit is {max}.",
    "metric": "The note has {count} {metric}; the house range is {min} to {max}.",
}


class HouseRuleError(ValueError):
    """A house rule that cannot be used; the message names it and the key."""


def parse(entries: Any, where: str, taken_codes: set[str], taken_names: set[str]) -> tuple[Rule, ...]:
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise HouseRuleError(f"{where}: house-rules must be a list of [[house-rules]] tables")
    rules = []
    for number, entry in enumerate(entries, 1):
        rules.append(_parse_one(entry, f"{where}: house-rules #{number}", taken_codes, taken_names))
    return tuple(rules)


def _require(entry: dict, key: str, kind: type, where: str):
    if key not in entry:
        raise HouseRuleError(f"{where}: missing key {key!r}")
    value = entry[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise HouseRuleError(f"{where}: {key} must be {kind.__name__}, not {value!r}")
    return value


def _parse_one(entry: dict, where: str, taken_codes: set[str], taken_names: set[str]) -> Rule:
    code = _require(entry, "code", str, where).strip().upper()
    where = f"{where} ({code})"
    if not _CODE.match(code) or code.startswith("NL"):
        raise HouseRuleError(f"{where}: code must be letters then three digits and not start with NL, e.g. HR001")
    name = _require(entry, "name", str, where).strip()
    if not re.match(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", name):
        raise HouseRuleError(f"{where}: name {name!r} must be kebab-case, e.g. no-cliches")
    if code in taken_codes or name in taken_names:
        raise HouseRuleError(f"{where}: code {code} or name {name!r} is already taken")
    kind = _require(entry, "kind", str, where)
    if kind not in KINDS:
        raise HouseRuleError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    unknown = set(entry) - _KEYS[kind]
    if unknown:
        raise HouseRuleError(f"{where}: unknown key {sorted(unknown)[0]!r} for a {kind} rule "
                             f"(keys: {', '.join(sorted(_KEYS[kind]))})")
    langs = entry.get("lang", ["en", "de"])
    if isinstance(langs, str):
        langs = [langs]
    if not isinstance(langs, list) or not langs or any(l not in ("en", "de") for l in langs):
        raise HouseRuleError(f"{where}: lang must be en, de or a list of them")
    try:
        severity = Severity.parse(entry.get("severity", "warning"))
    except ValueError as exc:
        raise HouseRuleError(f"{where}: severity: {exc}") from None
    message = entry.get("message", _DEFAULT_MESSAGES[kind])
    suggestion = entry.get("suggestion")
    for key, value in (("message", message), ("suggestion", suggestion)):
        if value is not None and not isinstance(value, str):
            raise HouseRuleError(f"{where}: {key} must be text")
    check = _make_check(kind, entry, langs, message, suggestion, where)
    taken_codes.add(code)
    taken_names.add(name)
    summary = entry.get("summary") or f"House rule ({kind})."
    doc = f"{name} ({code}): a house rule from configuration ({kind}).\n\n{summary}"
    return Rule(code=code, name=name, severity=severity, languages=langs, summary=str(summary),
                check=check, doc=doc)


def _phrases(entry: dict, where: str) -> list[str]:
    phrases = _require(entry, "phrases", list, where)
    if not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise HouseRuleError(f"{where}: phrases must be a non-empty list of text")
    compiled = []
    for phrase in phrases:
        try:
            compiled.append((phrase, compile_patterns(phrase)))
        except PatternError as exc:
            raise HouseRuleError(f"{where}: phrase {exc}") from None
    _check_cost(compiled, where)
    return phrases


#: Bounds on what one house rule may ask of spaCy's Matcher (see the module docstring).
MAX_OPTIONAL_WORDS = 6
MAX_PATTERNS = 2000
MAX_COST = 256


def _optional_words(spec: dict) -> float:
    op = spec.get("OP")
    if op is None or op == "!" or is_gap(spec):
        return 0  # a required word, or the gap that lets a line break sit between two words
    if op == "?":
        return 1
    counted = re.fullmatch(r"\{(\d*)(,(\d*))?\}", str(op))
    if counted and not counted.group(2):
        return 0  # {n}: exactly n
    if counted and counted.group(3):
        return int(counted.group(3)) - int(counted.group(1) or 0)
    return float("inf")  # *, + or {n,}: any number


def _check_cost(compiled: list[tuple[str, list[list[dict]]]], where: str) -> None:
    """Refuse phrases that would make the matcher slow on a long note (one line naming the phrase)."""
    total_patterns, cost = 0, 0.0
    for phrase, patterns in compiled:
        total_patterns += len(patterns)
        for pattern in patterns:
            optional = sum(_optional_words(spec) for spec in pattern)
            if optional == float("inf"):
                raise HouseRuleError(f"{where}: phrase {phrase!r} repeats a word without an upper bound; "
                                     f"write a range such as _{{0,3}}")
            if optional > MAX_OPTIONAL_WORDS:
                raise HouseRuleError(f"{where}: phrase {phrase!r} has {optional:g} optional words; "
                                     f"at most {MAX_OPTIONAL_WORDS} keep matching fast")
            cost += 2 ** optional if optional else 0
    if total_patterns > MAX_PATTERNS:
        raise HouseRuleError(f"{where}: the phrases expand into {total_patterns:,} patterns; "
                             f"at most {MAX_PATTERNS:,} keep matching fast")
    if cost > MAX_COST:
        raise HouseRuleError(f"{where}: the phrases have too many optional words between them to match fast; "
                             f"use fewer optional words (_? or _{{0,n}}) or split the rule")


def _format(template: str, where: str, **values: Any) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        raise HouseRuleError(f"{where}: message has an unknown placeholder {exc}") from None


def _make_check(kind, entry, langs, message, suggestion, where):
    if kind in ("existence", "occurrence"):
        phrases = _phrases(entry, where)
        patterns = PatternSet({lang: phrases for lang in langs})
        limit = entry.get("max", 0)
        if kind == "occurrence" and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
            raise HouseRuleError(f"{where}: max must be a whole number")
        _format(message, where, match="x", count=0, max=0)

        def check(note, options):
            spans = patterns.find(note.doc)
            if kind == "occurrence" and len(spans) <= limit:
                return
            for span in spans[limit:] if kind == "occurrence" else spans:
                yield Problem(span.start_char, span.end_char,
                              _format(message, where, match=span.text, count=len(spans), max=limit), suggestion)
        return check

    if kind == "substitution":
        swap = _require(entry, "swap", dict, where)
        if not swap or not all(isinstance(k, str) and isinstance(v, str) for k, v in swap.items()):
            raise HouseRuleError(f"{where}: swap must map phrases to their replacements")
        groups, compiled = {}, []
        for index, (phrase, replacement) in enumerate(swap.items()):
            try:
                compiled.append((phrase, compile_patterns(phrase)))
            except PatternError as exc:
                raise HouseRuleError(f"{where}: swap {exc}") from None
            groups[f"swap{index}"] = [phrase]
        _check_cost(compiled, where)
        replacements = {f"swap{i}": r for i, r in enumerate(swap.values())}
        patterns = PatternSet({lang: groups for lang in langs})
        _format(message, where, match="x", replacement="y")

        def check(note, options):
            for span in patterns.find(note.doc):
                replacement = replacements[span.label_]
                yield Problem(span.start_char, span.end_char,
                              _format(message, where, match=span.text, replacement=replacement),
                              suggestion or f"Write '{replacement}'.", replacement=replacement)
        return check

    metric = _require(entry, "metric", str, where)
    if metric not in METRICS:
        raise HouseRuleError(f"{where}: metric must be one of {', '.join(METRICS)}")
    low, high = entry.get("min", 0), entry.get("max")
    for key, value in (("min", low), ("max", high)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise HouseRuleError(f"{where}: {key} must be a whole number")
    if high is None and not low:
        raise HouseRuleError(f"{where}: a metric rule needs min, max or both")
    _format(message, where, count=0, metric=metric, min=0, max=0)

    def check(note, options):
        doc = note.doc
        body = doc.text[note.body_start:]
        if metric == "words":
            count = sum(1 for t in doc if t.idx >= note.body_start and not (t.is_punct or t.is_space))
        elif metric == "sentences":
            count = sum(1 for s in doc.sents if s.end_char > note.body_start and s.text.strip())
        else:
            count = len([p for p in re.split(r"\n[ \t]*\n", body) if p.strip()])
        if count < low or (high is not None and count > high):
            start = note.body_start + (len(body) - len(body.lstrip()))
            end = note.body_start + len(body.rstrip())
            yield Problem(start, end, _format(message, where, count=count, metric=metric, min=low,
                                              max=high if high is not None else "any"), suggestion)
    return check
