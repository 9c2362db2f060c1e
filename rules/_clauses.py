"""Clauses and small context tests for the rules that judge what a phrase is doing.

aggressive-pushy, presumptuous-assumes-offer and desperation-begging decide
from the words around a match whether it is meant (a deadline the reader is
asked to meet, an offer taken for granted) or harmless (the writer's own
promise, a past job, a hedge). "Around" means the clause: the tokens between
the nearest punctuation, line break or coordinating conjunction on each side,
inside one sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from notelint.patterns import token_lowers

from ._letter import letter, sentence_bounds, sentence_starts

_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "…", '"'})
_CONJUNCTIONS = {
    "en": frozenset({"and", "but", "so", "or", "while", "although", "though", "whereas"}),
    "de": frozenset({"und", "aber", "denn", "oder", "sondern", "während", "obwohl"}),
}


def matches_in_content(patterns, note, labels=None):
    """Matches of a PatternSet between the greeting line and the sign-off."""
    doc = note.doc
    if doc is None:
        return []
    parts = letter(note)
    return [
        s for s in patterns.find(doc, labels)
        if s.start_char >= parts.content_start and s.end_char <= parts.content_end
    ]


def _is_stop(doc, i: int, lowers: list[str], conjunctions) -> bool:
    """Does token i end a clause (punctuation, a line break, a coordinating conjunction)?
    (Read from the lower-cased texts: whitespace and punctuation are their own lower case.)"""
    text = lowers[i]
    if text.isspace():  # spaCy's is_space
        return "\n" in text
    if text in _STOPS:
        return True
    if text == "-" and doc[i].whitespace_:  # a spaced dash, not end-of-day
        return True
    return text in conjunctions


def clause(doc, start: int, end: int, lang: str) -> tuple[int, int]:
    """Token range [s, e) of the clause around tokens [start, end)."""
    # from the Doc's tables of words and sentence starts: a Token object per step costs more than the test
    lowers, starts = token_lowers(doc), sentence_starts(doc)
    conjunctions = _CONJUNCTIONS.get(lang, ())
    k = bisect_right(starts, start)
    first = starts[k - 1] if k else 0  # the sentence start at or before ``start``
    k = bisect_left(starts, end)
    last = starts[k] if k < len(starts) else len(doc)  # the sentence start at or after ``end``
    s = start
    while s > first and not _is_stop(doc, s - 1, lowers, conjunctions):
        s -= 1
    e = end
    while e < last and not _is_stop(doc, e, lowers, conjunctions):
        e += 1
    return s, e


def sentence(doc, start: int, end: int) -> tuple[int, int]:
    """Token range [s, e) of the sentence(s) holding tokens [start, end)."""
    return sentence_bounds(doc, start, end)


def lowers(doc, start: int, end: int) -> list[str]:
    """Lower-cased token texts of [start, end), whitespace left out."""
    return [w for w in token_lowers(doc)[start:end] if not w.isspace()]


def has(doc, start: int, end: int, words) -> bool:
    """Does any token of [start, end) equal one of ``words`` (lower case)?"""
    return any(w in words for w in lowers(doc, start, end))
