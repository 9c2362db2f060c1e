"""missing-interest (NL307): the note never says you still want the job.

What it does
    Looks for a reaffirmation of interest or fit: "I'm (still) excited /
    interested / eager", "I'd love to", "a great fit", "look forward", "keen",
    "enthusiastic" / "ich freue mich", "großes Interesse", "passt",
    "motiviert", "gerne würde ich", "begeistert". Negated ones ("no longer
    interested", "nicht motiviert") do not count. Without any, the first
    line of the content gets an info finding.

Why
    After thanking the interviewer, the note's second job is to confirm that
    you want the role and why you fit; a polite note without it can read as
    lukewarm [S11, S13; D1].

Example
    Fires::

        Dear Ms. Lee,
        thank you for your time today. Your team's reporting work was
        impressive.

    Passes: the same note ending "I'm even more excited about the role now
    and look forward to hearing from you."
"""

from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._structure import first_content_line, letter_range

INTEREST = PatternSet({
    "en": [
        "excited|excites|exciting|thrilled|eager|keen|enthusiastic|enthusiasm",
        "interested",
        "interest in",
        "'d|would love to|the",
        "look|looking|looked forward",
        "great|good|strong|excellent|perfect|ideal|natural|right|close fit|match",
        "fit well|nicely|perfectly|right|in",
        "i fit",
        "i 'd|would welcome",
        "i want|hope to join|contribute",
        "i 'd|would be glad|happy|delighted|thrilled to join|contribute|bring|help|be",
        "confident that? i|my",
        "appeals|appealed to me",
        "i 'm|am looking for",
        "exactly|just the (kind|sort|type) of",
        "hope|hoping to (join|work|talk|speak|continue)",
    ],
    "de": [
        "freue|freuen|freut|freuten",
        "interesse|interessiert|interessiere|begeistert|begeisterung|motiviert|motivation|reizt|reizen|lust",
        "was ich suche",
        "passt|passe|passen|passend|passende|passenden",
        "gerne|gern würde|möchte ich",
        "würde|möchte ich _? gerne|gern",
        "bin _{0,2} überzeugt",
        "mitzuwirken|mitzuarbeiten|mitzugestalten|beizutragen",
    ],
})
NEGATION = {
    "en": {"not", "n't", "no", "never"},
    "de": {"nicht", "kein", "keine", "keinen", "nie"},
}


def check(note, options):
    start, end = first_content_line(note)
    if start >= end:
        return
    lo, hi = letter_range(note)
    doc = note.doc
    negations = NEGATION.get(note.language, set())
    for span in INTEREST.find(doc):
        if not lo <= span.start_char < hi:
            continue
        before = {t.lower_ for t in doc[max(0, span.start - 3):span.start]}
        if before & negations:
            continue
        return
    yield Problem(
        start, end,
        "The note never says that you still want the role or why you fit; without it the thanks can read as lukewarm.",
        suggestion="Add one sentence, e.g. 'Our conversation made me even more excited about joining your team.'"
        if note.language == "en" else
        "Add one sentence, e.g. 'Das Gespräch hat mein Interesse an der Stelle noch verstärkt.'",
    )


RULE = Rule(
    code="NL307",
    name="missing-interest",
    severity="info",
    languages=("en", "de"),
    summary="The note does not reaffirm your interest in the role or your fit.",
    check=check,
)
