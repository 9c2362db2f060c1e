"""too-long (NL104): the note recaps the whole interview.

What it does
    Counts the words of the note's content (the greeting line and the
    sign-off are not counted, as in too-short) and its paragraphs. Over
    ``max-words`` words, or over ``max-paragraphs`` paragraphs with more than
    ``paragraphs-min-words`` words in all, gets a warning;
    over ``error-words`` words an error. German notes should stay within half
    a page, about ``de-error-words`` words: above that they get an error.
    Independently, each paragraph over ``paragraph-words`` words gets an info
    finding (unless it is the whole note and the note is already reported);
    a line break after a full stop also ends a paragraph here, since many
    e-mails separate paragraphs that way.

Why
    Hiring managers skim: a thank-you note that retells every topic, or runs
    to five or six paragraphs, buries the one point that should stay with
    them. Advisers agree on 100 to 200 words in two or three short paragraphs,
    call 400 words excessive, and German guides cap it at half a page
    [S15, S17, S35, S43; D8].

Example
    Fires: a 300-word note that begins "Let me recap every topic we
    covered..." and walks through each of them.

    Passes: three short paragraphs that pick one point ("One point stuck with
    me: ...") and say why you want the role.

Options
    ``max-words`` (250), ``max-paragraphs`` (3), ``error-words`` (400),
    ``de-error-words`` (250), ``paragraph-words`` (80), ``paragraphs-min-words``
    (150: many short paragraphs in a short note are not "too long").
"""

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import letter, trimmed, word_count


def check(note, options):
    doc = note.doc
    parts = letter(note)
    count = word_count(doc, parts.content_start, parts.content_end)
    n_paras = len(parts.paragraphs)
    start, end = trimmed(note.text, parts.content_start, parts.content_end)
    error_words = options["de-error-words"] if note.language == "de" else options["error-words"]
    reported = False
    if count > error_words:
        limit = "half a page (about %d words)" % error_words if note.language == "de" else f"{error_words} words"
        yield Problem(
            start, end,
            f"The note runs to {count} words, more than {limit}: a reader skims a note this long "
            "and the point you want them to remember gets lost.",
            suggestion="Cut it to 100-200 words: thank them, pick one point from the conversation, "
            "say why you fit, and close.",
            severity=Severity.ERROR,
        )
        reported = True
    elif count > options["max-words"] or (
        n_paras > options["max-paragraphs"] and count > options["paragraphs-min-words"]
    ):
        reasons = []
        if count > options["max-words"]:
            reasons.append(f"{count} words")
        if n_paras > options["max-paragraphs"]:
            reasons.append(f"{n_paras} paragraphs")
        yield Problem(
            start, end,
            f"The note is long ({' in '.join(reasons)}); a thank-you note works best at 100-200 words "
            f"in {options['max-paragraphs'] - 1}-{options['max-paragraphs']} short paragraphs.",
            suggestion="Keep one specific point from the conversation instead of recapping every topic.",
            severity=Severity.WARNING,
        )
        reported = True
    for p_start, p_end in _blocks(note.text, parts.paragraphs):
        n = word_count(doc, p_start, p_end)
        if n <= options["paragraph-words"] or (reported and (p_start, p_end) == (start, end)):
            continue
        yield Problem(
            p_start, p_end,
            f"This paragraph has {n} words; a block this long is hard to read on a phone or between meetings.",
            suggestion="Split it, or keep only its main point.",
            severity=Severity.INFO,
        )


def _blocks(text, paragraphs):
    """Paragraphs, also split where a line ends a sentence (single-newline paragraphs)."""
    for p_start, p_end in paragraphs:
        start = p_start
        for m in _SENTENCE_BREAK.finditer(text, p_start, p_end):
            yield start, m.end(1)
            start = m.end()
        yield start, p_end


_SENTENCE_BREAK = lazyre.compile(r"([.!?:][\"')]?)[ \t]*\n[ \t]*(?=\S)")


RULE = Rule(
    code="NL104",
    name="too-long",
    severity="warning",
    languages=("en", "de"),
    summary="The note is over 250 words or 3 paragraphs, or has a very long paragraph.",
    check=check,
    options={"max-words": 250, "max-paragraphs": 3, "error-words": 400, "de-error-words": 250, "paragraph-words": 80, "paragraphs-min-words": 150},
)
