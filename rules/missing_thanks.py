"""missing-thanks (NL305): a thank-you note that never says thank you.

What it does
    Looks for thanks anywhere in the note: "thank", "thanks", "thankful",
    "appreciate", "grateful", "gratitude" / "danke", "bedanke", "Dank",
    "dankbar" (with their inflections). None at all gets a warning; thanks
    that first appear after the first paragraph (for example only in the
    sign-off) get an info finding. The finding sits on the first line of the
    content.

Why
    Thanking the interviewer for their time is the purpose of the note and
    belongs in its first lines; a note that opens with "Following up on
    today's interview" reads as a status request [S30; D1, D8].

Example
    Fires::

        Dear Ms. Lee,
        Following up on today's interview for the analyst role ...

    Passes::

        Dear Ms. Lee,
        I appreciated your time today ...
"""

from notelint.findings import Problem, Severity
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._letter import letter
from ._structure import first_content_line, salutation

THANKS = PatternSet({
    # "Thx" is thanks too (textspeak-slang judges the spelling)
    "en": ["thank*|thx|thnx|thanx", "appreciat*", "grateful*", "gratitude"],
    "de": ["dank*|bedank*|verdank*|thx", "merci"],
})


def check(note, options):
    start, end = first_content_line(note)
    if start >= end:
        return
    hits = [s for s in THANKS.find(note.doc) if s.start_char >= note.body_start]
    if not hits:
        yield Problem(
            start, end,
            "The note never thanks the interviewer, which is the one thing a thank-you note must do.",
            suggestion="Open with thanks, e.g. 'Thank you for taking the time to meet with me today.'"
            if note.language == "en" else
            "Open with thanks, e.g. 'vielen Dank für das Gespräch am Dienstag.'",
        )
        return
    parts = letter(note)
    sal = salutation(note)
    after = sal.last_end if sal is not None else -1
    # the first paragraph with content; thanks on the salutation line ("Dear Ms. Lee, thank you ...") count too
    first_para_end = next((end for _, end in parts.paragraphs if end > after), max(parts.content_end, after))
    if hits[0].start_char >= first_para_end:
        yield Problem(
            start, end,
            "The thanks come only after the first paragraph; lead with them so the note's purpose is clear at once.",
            suggestion="Move the thank-you into the first sentence.",
            severity=Severity.INFO,
        )


RULE = Rule(
    code="NL305",
    name="missing-thanks",
    severity="warning",
    languages=("en", "de"),
    summary="The note does not thank the interviewer, or only late.",
    check=check,
)
