"""casual-signoff (NL204): "Cheers", "Thx" or no sign-off at all.

What it does
    Reads the end of the note. In English, a casual sign-off ("Cheers",
    "Thx", "xoxo", "Love,", "Later") gets a warning, and so does a bare
    "Sent from my iPhone" where a sign-off should be. In both languages, a
    note that ends without a sign-off or without your name gets a warning: a
    sign-off with no name after it, a name with no sign-off before it (unless
    the line before thanks the reader), or neither. German sign-offs
    themselves ("MfG", "LG", "Liebe Grüße") are left to de-grussformel.

Why
    The sign-off is the last thing the interviewer reads; a chat-style
    "Thx" or a note that just stops undoes the care in the body, and a
    missing name makes the note look unfinished [S53; D19].

Example
    Fires::

        Thx,
        A.

    Passes::

        Thanks again,
        Ana Ruiz
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._letter import letter
from ._structure import signoff

SUGGESTION = {
    "en": "End with 'Best regards,' or 'Thank you again,' and your full name on the next line.",
    "de": "End with 'Mit freundlichen Grüßen' and your full name on the next line.",
}
_THANKS = lazyre.compile(r"\b(?:thank|thanks|grateful|appreciate|danke|dank|bedanke)\b", re.IGNORECASE)


def check(note, options):
    so = signoff(note)
    suggestion = SUGGESTION.get(note.language, SUGGESTION["en"])
    if note.language == "en" and so.closing is not None and so.casual:
        start, end = so.closing_word
        word = note.text[start:end]
        unsigned = "" if so.has_name else ", and no name follows it"
        yield Problem(
            start, end,
            f"'{word}' is too casual a sign-off for a note to an interviewer{unsigned}.",
            suggestion=suggestion,
        )
        return
    if so.closing is not None:
        if not so.has_name:
            start, end = so.closing.stripped_span
            yield Problem(
                start, end,
                "The note is not signed: no name follows the sign-off.",
                suggestion="Put your full name on the line after the sign-off.",
            )
        return
    if so.device is not None:
        start, end = so.device.stripped_span
        yield Problem(
            start, end,
            "The note has no sign-off of its own, only the phone's signature, so it looks dashed off.",
            suggestion=suggestion,
        )
        return
    last = so.last
    if last is None:
        return
    if so.last_is_name:
        lines = letter(note).lines
        before = [ln for ln in lines if ln.end <= last.start]
        if before and _THANKS.search(_last_sentence(before[-1].text)):
            return  # "Thank you again for your time.\nAna Ruiz" closes the letter
        if before and before[-1].text.rstrip().endswith(",") and len(before[-1].text.split()) <= 8:
            return  # "Looking forward to hearing from you,\nAna" is a sign-off of its own
        start, end = last.stripped_span
        yield Problem(
            start, end,
            "Your name follows the last sentence without a sign-off, so the note ends abruptly.",
            suggestion=suggestion,
        )
        return
    start, end = last.stripped_span
    start = end - len(_last_sentence(note.text[start:end]))
    yield Problem(
        start, end,
        "The note ends without a sign-off or your name, so it looks unfinished.",
        suggestion=suggestion,
    )


def _last_sentence(line: str) -> str:
    parts = _SENTENCE_END.split(line.strip())
    return parts[-1] if parts[-1] else line.strip()


_SENTENCE_END = lazyre.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


RULE = Rule(
    code="NL204",
    name="casual-signoff",
    severity="warning",
    languages=("en", "de"),
    summary="The note ends with a casual sign-off, or without a sign-off or name.",
    check=check,
)
