"""Clauses and small context tests for the rules that judge what a phrase is doing.

aggressive-pushy, presumptuous-assumes-offer and desperation-begging decide
from the words around a match whether it is meant (a deadline the reader is
asked to meet, an offer taken for granted) or harmless (the writer's own
promise, a past job, a hedge). "Around" means the clause: the tokens between
the nearest punctuation, line break or coordinating conjunction on each side,
inside one sentence.
"""

from __future__ import annotations

from ._letter import letter, sentence_bounds

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


def _is_stop(token, lang: str) -> bool:
    if token.is_space:
        return "\n" in token.text
    text = token.text
    if text in _STOPS:
        return True
    if text == "-" and token.whitespace_:  # a spaced dash, not end-of-day
        return True
    return text.lower() in _CONJUNCTIONS.get(lang, ())


def clause(doc, start: int, end: int, lang: str) -> tuple[int, int]:
    """Token range [s, e) of the clause around tokens [start, end)."""
    s = start
    while s > 0 and not doc[s].is_sent_start and not _is_stop(doc[s - 1], lang):
        s -= 1
    e = end
    while e < len(doc) and not doc[e].is_sent_start and not _is_stop(doc[e], lang):
        e += 1
    return s, e


def sentence(doc, start: int, end: int) -> tuple[int, int]:
    """Token range [s, e) of the sentence(s) holding tokens [start, end)."""
    return sentence_bounds(doc, start, end)


def lowers(doc, start: int, end: int) -> list[str]:
    """Lower-cased token texts of [start, end), whitespace left out."""
    return [t.lower_ for t in doc[start:end] if not t.is_space]


def has(doc, start: int, end: int, words) -> bool:
    """Does any token of [start, end) equal one of ``words`` (lower case)?"""
    return any(w in words for w in lowers(doc, start, end))
