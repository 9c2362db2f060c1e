"""revisits-interview-question (NL506): a good move, coming back to a question from the interview.

What it does
    Notices a sentence that refers back to a question the interviewer asked
    ("You asked how I would...", "To follow up on your question about...",
    "Sie fragten nach...", "Zu Ihrer Frage nach...") and says, once per note,
    that this is good practice. It is a hint, not a fault: there is nothing
    to fix. The span is the phrase that points back to the question.

Why
    The founding article's own example: the author had answered "How would
    your friends describe you?" with "nerdy and funny" and used the thank-you
    note to tie those words to curiosity and communication skills. Coming back
    to a question you answered poorly is the one kind of new material career
    experts agree belongs in the note [S1, S7, S24, S25; D2, D8]. The
    new-info-dump rule (NL505) stays silent on such anchored follow-ups.

Example
    Noticed (info)::

        You asked how I would reduce churn; I have thought about it since,
        and I would start with the cohort data.

        Zu Ihrer Frage nach meinen Schwächen möchte ich noch etwas ergänzen.

    Not noticed: "Thank you for all your questions." / "Bei Fragen stehe ich
    Ihnen gern zur Verfügung."
"""

from notelint.findings import Problem
from notelint.registry import Rule

from ._content import anchors
from ._letter import letter

MESSAGE = (
    "Coming back to a question from the interview is good practice: it shows you kept thinking "
    "about the conversation and gives you a second, better answer."
)


def check(note, options):
    parts = letter(note)
    for span in anchors(note):
        if parts.content_start <= span.start_char < parts.content_end:
            yield Problem(
                span.start_char, span.end_char,
                MESSAGE,
                suggestion="Keep it to one short paragraph: the question, your better answer, one concrete example.",
            )
            return  # one hint per note is enough


RULE = Rule(
    code="NL506",
    name="revisits-interview-question",
    severity="info",
    languages=("en", "de"),
    summary="The note comes back to a question from the interview, which is good practice.",
    check=check,
)
