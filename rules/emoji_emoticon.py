"""emoji-emoticon (NL408): an emoji or a text smiley in the note.

What it does
    Reports every emoji anywhere in the note's body, including the sign-off
    and signature, and the text emoticons ``:) ;) :D :-) :( ;-) :P XD xD <3
    ^^``. A span covers the whole emoji as the reader sees it: skin tones,
    variation selectors, flags, keycaps and ZWJ sequences (👩🏽‍💻), and a
    run of emoji written together. List labels such as "(a)", "(b)" or "8)",
    times like "10:30", "Q3:", URLs and text symbols used in a signature
    (☎, ✉, ✓, ★) stay silent. Where deleting the emoji leaves clean text (at
    the end of a line, or right after a word or punctuation mark) the finding
    offers deleting it as a fix.

Why
    Career centres and German etiquette guides agree that emoji and smileys
    have no place in a letter to a prospective employer: they read as casual
    texting [S2, S3; D26, D27].

Example
    Fires::

        Great talking today :)
        Hat mich gefreut 😊

    Passes::

        Options: (a) remote, (b) hybrid.
        Varianten: (a) remote, (b) hybrid.
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._tone import body_range

# Characters that show as emoji by default (Unicode Emoji_Presentation, condensed).
_PRESENTATION = (
    "\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1"
    "\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705"
    "\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55"
    "\U0001f004\U0001f0cf\U0001f18e\U0001f191-\U0001f19a\U0001f201\U0001f21a\U0001f22f\U0001f232-\U0001f236"
    "\U0001f238-\U0001f23a\U0001f250\U0001f251\U0001f300-\U0001f64f\U0001f680-\U0001f6ff"
    "\U0001f7e0-\U0001f7eb\U0001f90c-\U0001f9ff\U0001fa70-\U0001faff"
)
# Text-style symbols people type as emoji even without a variation selector.
_TEXT_AS_EMOJI = "\u263a\u2639\u2665\u2764\u2600\u270c\u261d\u2763"
# Other pictographs: emoji only when followed by U+FE0F (emoji presentation).
_PICTOGRAPH = "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u2300-\u23ff\u24c2\u25aa-\u25fe\u2600-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299"
_MODIFIERS = "\ufe0f\ufe0e\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_BASE = rf"(?:[{_PRESENTATION}{_TEXT_AS_EMOJI}]|[{_PICTOGRAPH}]\ufe0f|[0-9#*]\ufe0f?\u20e3)"
_ONE = rf"(?:[\U0001f1e6-\U0001f1ff]{{2}}|{_BASE}[{_MODIFIERS}]*(?:\u200d{_BASE}[{_MODIFIERS}]*|\u200d[{_PICTOGRAPH}][{_MODIFIERS}]*)*)"
EMOJI = lazyre.compile(rf"{_ONE}+")

# Text emoticons. Eyes : ; = ; optional nose - ' ^ o; mouths ) ( D P p / | ] [ * O o 3.
# Not after a letter, digit or colon (so "10:30", "Q3:D", "https://" stay silent);
# not before a letter or digit (so ":(a)" in a list stays silent).
EMOTICON = lazyre.compile(
    r"(?<![\w:;=/<^])"
    r"(?:[:;=][-'^o]?(?:\)+|\(+|D+|[Pp/|\]\[*])|:'\(|<3+|\^_?\^|xD+|XD+)"
    r"(?![\w/:;=^])"
)
# "XD" is also Adobe's design tool.
_ADOBE = lazyre.compile(r"adobe\s*$", re.IGNORECASE)


def check(note, options):
    text = note.text
    start, end = body_range(note)
    found = [(m.start(), m.end(), "emoji") for m in EMOJI.finditer(text, start, end)] if _beyond_latin1(text) else []
    for m in EMOTICON.finditer(text, start, end):
        token = m.group()
        if token.startswith("XD") and (_ADOBE.search(text[:m.start()]) or not _alone(text, m.start(), m.end())):
            continue  # "Figma and XD" is a tool; a laughing "XD" ends its line
        if token.startswith("<3") and not _alone(text, m.start(), m.end()):
            continue  # "<3 ms" is a comparison
        found.append((m.start(), m.end(), "emoticon"))
    for s, e, kind in sorted(found):
        what = "An emoji" if kind == "emoji" else f"The emoticon '{text[s:e]}'"
        yield Problem(
            s, e,
            f"{what} makes the note read like a text message; leave it out of a letter to an employer.",
            suggestion="Delete it and let a sentence carry the warmth (\"I enjoyed our conversation\").",
            replacement="" if _clean_to_delete(text, s, e) else None,
        )


def _beyond_latin1(text):
    """Does ``text`` hold a character above U+00FF? Every emoji does (its pictograph, selector or
    keycap mark), so most notes, written in Latin-1 letters, skip the emoji scan."""
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def _alone(text, start, end):
    """Is the match followed by nothing but punctuation and a line end?"""
    rest = text[end:].split("\n", 1)[0]
    before = text[:start].rsplit("\n", 1)[-1]
    return not rest.strip(" \t.!,)") and (not before or before[-1] in " \t")


def _clean_to_delete(text, start, end):
    before = text[start - 1] if start else "\n"
    after = text[end:].split("\n", 1)[0]
    return not before.isspace() or not after.strip()


RULE = Rule(
    code="NL408",
    name="emoji-emoticon",
    severity="warning",
    languages=("en", "de"),
    summary="The note contains an emoji or a text emoticon.",
    check=check,
)
