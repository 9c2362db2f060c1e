"""Helpers shared by the tone rules: where to look, and small text utilities.

Most tone rules read the note's content (between the greeting line and the
sign-off), so that a greeting, a closing or a signature block never counts as
something the writer said.
"""

from __future__ import annotations

from ._letter import letter


def content_range(note) -> tuple[int, int]:
    """Character offsets of the note's content (no greeting, no sign-off)."""
    parts = letter(note)
    return parts.content_start, parts.content_end


def body_range(note) -> tuple[int, int]:
    """Character offsets of everything after the front matter."""
    return note.body_start, len(note.text)


#: letters case-blind matching takes for an ASCII letter that lower-casing does not turn into it: İ
#: lower-cases to two characters; ı and ſ match i and s only case-blind
CASE_BLIND_ONLY = ("İ", "ı", "ſ")


def lowered_for_cues(text: str) -> str | None:
    """``text`` lower-cased, to look in for lower-case words a case-blind pattern would find there; None
    if it holds one of :data:`CASE_BLIND_ONLY` (then only the case-blind pattern can tell)."""
    if any(c in text for c in CASE_BLIND_ONLY):
        return None
    return text.lower()


def spans_in(spans, start: int, end: int):
    """The spaCy spans that lie inside [start, end)."""
    return [s for s in spans if s.start_char >= start and s.end_char <= end]


def find(patterns, note, where=content_range, labels=None):
    """Matches of a PatternSet inside the content (or another range)."""
    if note.doc is None:
        return []
    start, end = where(note)
    return spans_in(patterns.find(note.doc, labels), start, end)


def quoted(words) -> str:
    """'a', 'b' and 'c': words for a message."""
    items = [f"'{w}'" for w in words]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
