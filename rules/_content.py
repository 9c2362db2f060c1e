"""Helpers shared by the content rules: sentences of the letter body, German
compound words, and the phrases that tie a passage to an interview question.

German writes compounds as one word (Geschenkgutschein, Amazon-Gutschein,
Einstiegsgehalt), which token patterns with a trailing ``*`` cannot reach;
``compounds`` matches whole tokens against a regular expression instead.
"""

from __future__ import annotations

import re

from notelint.patterns import PatternSet, token_lowers

from ._letter import doc_length, letter, sentences, token_range

#: Phrases that tie a passage to a question the interviewer asked. The
#: revisits-interview-question rule praises them; new-info-dump stays silent
#: on a sentence that has one (the new detail answers a question).
ANCHORS = PatternSet({
    "en": [
        "you asked me? how|what|why|whether|if|about|which|where|when",
        "you asked me",
        "you 'd|had asked me? how|what|why|whether|if|about|which",
        "when you asked me? how|what|why|whether|if|about|which",
        "follow|following up on your question",
        "to follow up on your question",
        "i 've|have thought|reflected more|further|again|some about|on your question",
        "i 've|have thought a lot about your question",
        "i 've|have been thinking more|further|again? about your question",
        "i kept|keep thinking about your question",
        "thinking more about your question",
        "coming|come|going|go back to your question",
        "returning to your question",
        "regarding|re|on your question about|on|of|regarding",
        "your question about|on|regarding",
        "in response to your question",
        "to answer your question about|on",
        "you wanted to know how|what|why|whether|if|about",
    ],
    "de": [
        "sie fragten mich? ,? nach|wie|was|warum|wieso|ob|welche|welchen|welches|womit",
        # the same in a du-note
        "du hast|hattest mich? ,? gefragt", "du fragtest mich? ,? nach|wie|was|warum|ob|welche",
        "zu|auf deine|deiner frage nach|zu|zum|zur|,", "deine frage nach|zu|zum|zur|,",
        "sie fragten mich",
        "sie hatten mich? gefragt|wissen",
        "sie hatten mich? nach _{1,6} gefragt",
        "zu|auf ihre|ihrer frage nach|zu|zum|zur|,",
        "ihre frage nach|zu|zum|zur|,",
        "noch einmal zu ihrer frage",
        "über ihre frage",
        "sie wollten wissen",
    ],
})


def content_sentences(note):
    """The sentences of the letter body (greeting line and sign-off excluded)."""
    parts = letter(note)
    return sentences(note.doc, parts.content_start, parts.content_end)


def in_span(span, sent) -> bool:
    return sent.start_char <= span.start_char < sent.end_char


def within(spans, sent):
    """The spans that start inside ``sent``."""
    return [s for s in spans if sent.start <= s.start < sent.end]


def compounds(doc, regex: re.Pattern, start: int = 0, end: int | None = None):
    """Tokens (in the range) whose whole lower-cased text matches ``regex``."""
    # the note's words that match, found once per Doc and regex: rules call this once per sentence
    key = ("notelint.content.compounds", regex)
    matching = doc.user_data.get(key)
    if matching is None:
        matching = doc.user_data[key] = frozenset(w for w in set(token_lowers(doc)) if regex.fullmatch(w))
    if not matching:
        return []
    lowers = token_lowers(doc)
    a, b = token_range(doc, start, doc_length(doc) if end is None else end)
    return [doc[i] for i in range(a, b) if lowers[i] in matching]


def anchors(note):
    """The phrases that refer back to an interview question (cached on the Doc)."""
    doc = note.doc
    found = doc.user_data.get("notelint.content.anchors")
    if found is None:
        found = doc.user_data["notelint.content.anchors"] = ANCHORS.find(doc)
    return found


def anchored(note, sent) -> bool:
    """Whether ``sent`` (a Span) refers back to an interview question."""
    return bool(within(anchors(note), sent))
