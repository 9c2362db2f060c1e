"""excessive-exclamation (NL407): more exclamation marks than a thank-you note can carry.

What it does
    Counts the runs of exclamation marks in the note (front matter is not
    part of it). Every doubled or mixed run ("!!", "?!", "!?!") is a warning.
    Single "!" are allowed up to ``max`` (one by default); each one after
    that is a warning. The quick fix replaces the run with a period (with a
    question mark when the run ends a question). A "!" inside a web address,
    in the company's own name ("Yahoo!") or before "=" / "[" (code, Markdown
    images) is not counted. German notes are checked the same way.

Why
    Exclamation marks make a note sound over-eager rather than professional;
    career advice allows one at most [S2, S23, S49], German guides likewise
    [D14]. The "!" after a German Anrede ("Sehr geehrte Frau Lee!") is checked
    by de-anrede-format; here it only counts towards ``max``.

Example
    Fires::

        Thanks so much! I'm thrilled!!          <- "!!"
        Sehr geehrte Frau Lee! Danke!!          <- "!!"

    Passes::

        Thank you — I really enjoyed it!

Options
    ``max`` (1): how many single "!" a note may have.
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

_RUN = lazyre.compile(r"[!?！？]+")
_URL = lazyre.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

MESSAGE = "Exclamation marks make a thank-you note sound over-eager; keep at most one."
SUGGESTION = "End the sentence with a period and let your words carry the enthusiasm."


def _ignored(note) -> list[tuple[int, int]]:
    """Character ranges whose "!" are not punctuation: web addresses and the company's name."""
    text = note.text
    # a "!" ending the sentence after an address ("see example.com!") is punctuation
    ranges = [(m.start(), m.start() + len(m.group().rstrip(".,;:!?)"))) for m in _URL.finditer(text, note.body_start)]
    company = note.metadata.company
    if company and "!" in company:
        ranges += [(m.start(), m.end()) for m in re.finditer(re.escape(company), text, re.IGNORECASE)]
    return ranges


def check(note, options):
    text = note.text
    if "!" not in text and "！" not in text:  # every finding is a run holding one (most notes have none)
        return
    skip = _ignored(note)
    singles = 0
    for m in _RUN.finditer(text, note.body_start):
        run = m.group()
        if not any(ch in "!！" for ch in run):
            continue
        if any(lo <= m.start() < hi for lo, hi in skip):
            continue
        if m.end() < len(text) and text[m.end()] in "=[":
            continue
        fix = "?" if any(ch in "?？" for ch in run) else "."
        if len(run) >= 2:
            yield Problem(m.start(), m.end(), MESSAGE, suggestion=SUGGESTION, replacement=fix)
            continue
        singles += 1
        if singles > options["max"]:
            yield Problem(m.start(), m.end(), MESSAGE, suggestion=SUGGESTION, replacement=".")


RULE = Rule(
    code="NL407",
    name="excessive-exclamation",
    severity="warning",
    languages=("en", "de"),
    summary="More than one exclamation mark, or a doubled one, makes the note sound over-eager.",
    check=check,
    options={"max": 1},
)
