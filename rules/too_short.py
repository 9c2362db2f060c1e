"""too-short (NL103): the one-line note.

What it does
    Counts the words and sentences of the note's body (the greeting line and
    the sign-off are not counted). A note under ``min-words`` words or with
    fewer than ``min-sentences`` sentences gets a warning; a note under
    ``error-words`` words, or a single line, gets an error.

Why
    The founding article names the one-liner ("einzeilig") as one of the three
    faux pas that lose a job when two candidates are neck and neck: it shows
    no thought. Career centres recommend three to five sentences, about 100 to
    200 words [S1, S6, S13, S17].

Example
    Fires::

        Thanks for the interview, hope to hear back.

    Passes: the same opener followed by two or three sentences about what was
    discussed and why you want the role.

Options
    ``min-words`` (50), ``min-sentences`` (3), ``error-words`` (20).
"""

from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import letter, sentences, trimmed, word_count


def check(note, options):
    doc = note.doc
    parts = letter(note)
    count = word_count(doc, parts.content_start, parts.content_end)
    n_sents = len(sentences(doc, parts.content_start, parts.content_end))
    content_lines = [ln for ln in parts.lines if parts.content_start <= ln.start < parts.content_end]
    start, end = trimmed(note.text, parts.content_start, parts.content_end)
    if start >= end:
        start, end = trimmed(note.text, note.body_start, len(note.text))
    one_line = len(content_lines) <= 1
    if count < options["error-words"] or (one_line and n_sents <= 1):
        what = "a single line" if count >= options["error-words"] else f"only {count} words"
        yield Problem(
            start, end,
            f"The note is {what}: a one-line thank-you reads as an afterthought and can cost you the job.",
            suggestion="Add two or three sentences: something specific from the conversation, "
            "why it makes you want the role, and what you would bring to it.",
            severity=Severity.ERROR,
        )
    elif count < options["min-words"] or n_sents < options["min-sentences"]:
        yield Problem(
            start, end,
            f"The note is short ({count} words, {n_sents} sentence{'s' if n_sents != 1 else ''}); "
            f"a thoughtful note has about {options['min-sentences']}-5 sentences and 100-200 words.",
            suggestion="Mention one thing from the conversation that stayed with you and why you are a fit.",
        )


RULE = Rule(
    code="NL103",
    name="too-short",
    severity="warning",
    languages=("en", "de"),
    summary="The note is a one-liner or too short to show any thought.",
    check=check,
    options={"min-words": 50, "min-sentences": 3, "error-words": 20},
)
