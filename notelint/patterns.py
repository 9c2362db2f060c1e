"""Token patterns written as short strings, compiled once into spaCy Matchers.

A pattern is a space-separated sequence of token tests, matched on the
lower-cased text of each token:

=================  =========================================================
``sorry``          the token ``sorry``
``expect|demand``  any of these words
``apolog*``        a word starting with ``apolog`` (``*`` only at the end)
``<apologize>``    a token whose lemma is ``apologize`` (lemmas are loaded
                   on demand; use them where the lemma table is reliable)
``_``              any one token that is not whitespace
``_{0,3}``         zero to three such tokens (any ``{m,n}``)
``word?``          optional (also ``a|b?``, ``_?``)
``!word``          any token except ``word`` (``!a|b`` excludes several)
``#NUM``           a number-like token; ``#PUNCT`` punctuation
``(a b|c d)``      a choice between word sequences (the pattern is expanded
                   into one pattern per choice; groups may be optional: ``(...)?``)
=================  =========================================================

Note that ``a|b c`` means "(a or b) then c": ``|`` binds single tokens. Write
``(do n't|do not) know`` to choose between phrases.

spaCy splits contractions, so write ``i 'm`` and ``do n't``; typographic
apostrophes are normalised to ``'`` before tokenizing.

``PatternSet`` holds named patterns per language and finds them in a Doc:

    DEMANDS = PatternSet({
        "en": ["i expect|demand _{0,3} decision|answer"],
        "de": ["ich erwarte _{0,3} entscheidung|antwort"],
    })
    for span in DEMANDS.find(doc): ...

Nothing here knows about thank-you notes; rules own their pattern lists.
"""

from __future__ import annotations

import re
import threading
from typing import Iterable, Mapping, Sequence

_QUANT = re.compile(r"^(?P<body>.*?)(?P<quant>\?|\{\d+(?:,\d*)?\})?$")


class PatternError(ValueError):
    """A pattern string that cannot be compiled; the message names it."""


_GROUP = re.compile(r"\(([^()]*)\)(\?)?")


def expand(pattern: str) -> list[str]:
    """Expand ``(a b|c)`` phrase groups into plain patterns, one per choice."""
    match = _GROUP.search(pattern)
    if not match:
        return [" ".join(pattern.split())]
    choices = [c.strip() for c in match.group(1).split("|")]
    if any(not c for c in choices) and not match.group(2):
        raise PatternError(f"{pattern!r}: empty choice in {match.group(0)!r}")
    if match.group(2):
        choices.append("")
    out = []
    for choice in choices:
        out.extend(expand(pattern[: match.start()] + " " + choice + " " + pattern[match.end():]))
    if len(out) > 256:
        raise PatternError(f"{pattern!r}: expands into more than 256 patterns")
    return out


def compile_patterns(pattern: str) -> list[list[dict]]:
    """Compile a pattern string (with phrase groups) into Matcher patterns."""
    return [compile_pattern(p) for p in expand(pattern) if p]


def compile_pattern(pattern: str) -> list[dict]:
    """Compile one pattern string into a spaCy Matcher token pattern."""
    tokens: list[dict] = []
    parts = pattern.split()
    if not parts:
        raise PatternError("empty pattern")
    for part in parts:
        match = _QUANT.match(part)
        body, quant = match.group("body"), match.group("quant")
        if not body:
            raise PatternError(f"{pattern!r}: {part!r} has no token test")
        spec = _token_spec(body, pattern)
        if quant:
            spec["OP"] = quant
        tokens.append(spec)
    if all(t.get("OP") in ("?", "*") or str(t.get("OP", "")).startswith("{0") for t in tokens):
        raise PatternError(f"{pattern!r}: every token is optional, so it would match nothing")
    return tokens


def _token_spec(body: str, pattern: str) -> dict:
    if body == "_":
        return {"IS_SPACE": False}
    if body == "#NUM":
        return {"LIKE_NUM": True}
    if body == "#PUNCT":
        return {"IS_PUNCT": True}
    if body.startswith("<") and body.endswith(">") and len(body) > 2:
        words = body[1:-1].lower().split("|")
        return {"LEMMA": {"IN": words}} if len(words) > 1 else {"LEMMA": words[0]}
    negate = body.startswith("!") and len(body) > 1
    if negate:
        body = body[1:]
    words = body.lower().split("|")
    if any(not w for w in words):
        raise PatternError(f"{pattern!r}: empty alternative in {body!r}")
    prefixes = [w[:-1] for w in words if w.endswith("*") and len(w) > 1]
    exact = [w for w in words if not (w.endswith("*") and len(w) > 1)]
    if prefixes:
        alternatives = [re.escape(p) + ".*" for p in prefixes] + [re.escape(w) for w in exact]
        either = "|".join(alternatives)
        regex = f"^(?!(?:{either})$)" if negate else f"^(?:{either})$"
        return {"LOWER": {"REGEX": regex}, "IS_SPACE": False}
    if negate:
        return {"LOWER": {"NOT_IN": exact}, "IS_SPACE": False}
    return {"LOWER": {"IN": exact}} if len(exact) > 1 else {"LOWER": exact[0]}


def uses_lemmas(patterns: Iterable[list[dict]]) -> bool:
    return any("LEMMA" in spec for pattern in patterns for spec in pattern)


class PatternSet:
    """Named pattern strings per language, compiled once per spaCy vocabulary.

    ``patterns`` maps a language code to a list of pattern strings, or to a
    mapping of label -> list of pattern strings (the label comes back with each
    match, so one set can hold several kinds of phrase).
    """

    def __init__(self, patterns: Mapping[str, Sequence[str] | Mapping[str, Sequence[str]]]):
        self._source: dict[str, dict[str, list[list[dict]]]] = {}
        for lang, entries in patterns.items():
            groups = entries if isinstance(entries, Mapping) else {"match": entries}
            self._source[lang] = {
                label: [c for p in strings for c in compile_patterns(p)] for label, strings in groups.items()
            }
        self._matchers: dict[tuple[str, int], tuple[object, bool]] = {}
        self._lock = threading.Lock()

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self._source)

    def _matcher(self, doc):
        lang = doc.lang_
        key = (lang, id(doc.vocab))
        cached = self._matchers.get(key)
        if cached is None:
            from spacy.matcher import Matcher

            with self._lock:
                cached = self._matchers.get(key)
                if cached is None:
                    matcher = Matcher(doc.vocab)
                    groups = self._source.get(lang, {})
                    for label, compiled in groups.items():
                        matcher.add(label, compiled)
                    needs_lemmas = uses_lemmas(p for c in groups.values() for p in c)
                    cached = self._matchers[key] = (matcher, needs_lemmas)
        return cached

    def find(self, doc, labels: Iterable[str] | None = None):
        """Non-overlapping matching spans (longest first), in text order.

        Each span's ``label_`` is the label of the group it came from.
        """
        if doc.lang_ not in self._source:
            return []
        matcher, needs_lemmas = self._matcher(doc)
        if needs_lemmas:
            from .pipeline import for_doc

            for_doc(doc).ensure_lemmas(doc)
        from spacy.util import filter_spans

        spans = matcher(doc, as_spans=True)
        if labels is not None:
            wanted = set(labels)
            spans = [s for s in spans if s.label_ in wanted]
        return sorted(filter_spans(spans), key=lambda s: s.start)
