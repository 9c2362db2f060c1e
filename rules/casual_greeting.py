"""casual-greeting (NL202): "Hey," or "Hallo," where a letter needs a proper salutation.

What it does
    Reads the salutation on the note's first two lines.

    English: "Hey", "Yo" and "Hiya" get a warning, and so does a greeting
    that names nobody ("Hi,", "Hello there,", "Greetings,"). "Hi" with a
    first name ("Hi Priya,") gets an info finding, which the
    ``hi-first-name`` option can turn off. "Dear ...", "Hello Ms. Lee," and
    "Hi Dr. Okafor," pass.

    German: "Hallo Frau Weber," gets a warning ("Hi/Hey Frau Weber," an
    error). In a note that addresses the reader as Sie, "Hallo,", "Hi",
    "Hey", "Moin" or "Servus" without Frau/Herr is an error. In a du-note
    "Hallo Anna," passes; a greeting without a name, or "Hey Anna,", gets a
    warning. "Sehr geehrte ...", "Guten Tag Frau Weber," and "Liebe Anna,"
    pass.

Why
    Interview notes are business correspondence. English advisers accept a
    first name after an informal interview but not "Hey" or a nameless
    greeting [S15, S30]; German etiquette treats "Hallo" as casual and an
    informal greeting to someone you address as Sie as a register break
    [D14, D23].

Example
    Fires::

        Hey there,
        Hallo Frau Weber,

    Passes::

        Dear Ms. Lee,
        Guten Tag Frau Weber,

Options
    ``hi-first-name`` ("info"): the severity for "Hi" plus a first name;
    "off" to accept it, "warning" to be stricter.
"""

from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._structure import formality, salutation

EN_CASUAL = {"hey", "yo", "hiya"}
EN_NEUTRAL = {"hi", "hello", "greetings", "morning"}
DE_CASUAL = {"hallo", "hi", "hey", "moin", "servus", "yo"}
DE_ENGLISH = {"hi", "hey", "yo"}


def check(note, options):
    sal = salutation(note)
    if sal is None:
        return
    word_span = (sal.word_start, sal.word_end)
    whole = (sal.start, sal.end)
    shown = note.text[sal.word_start:sal.word_end]
    if note.language == "en":
        if sal.word in EN_CASUAL:
            yield _problem(
                word_span if sal.named else whole,
                f"'{shown}' is too casual for a note to an interviewer; it reads like a message to a friend.",
                "Use 'Dear Ms. Lee,' or, after a relaxed interview, 'Hi Priya,'.",
                Severity.WARNING,
            )
        elif sal.word in EN_NEUTRAL and not sal.named:
            yield _problem(
                whole,
                "The greeting names nobody; a thank-you note should address the interviewer by name.",
                "Add the interviewer's name, e.g. 'Dear Ms. Lee,'.",
                Severity.WARNING,
            )
        elif sal.word == "hi" and not sal.titled:
            level = str(options["hi-first-name"]).strip().lower()
            if level == "off":
                return
            try:
                severity = Severity.parse(level)
            except ValueError:
                severity = Severity.INFO
            yield _problem(
                word_span,
                "'Hi' with a first name is fine after a relaxed interview, but 'Dear' is the safer choice "
                "when you are unsure how formal the company is.",
                "Consider 'Dear Ms. Lee,' unless the interviewer set a first-name tone.",
                severity,
            )
        return
    if note.language != "de" or sal.word not in DE_CASUAL:
        return
    if sal.titled:
        english = sal.word in DE_ENGLISH
        yield _problem(
            word_span,
            f"'{shown}' before Frau/Herr is too casual for a thank-you letter after an interview.",
            "Write 'Sehr geehrte Frau Weber,' (or 'Guten Tag Frau Weber,').",
            Severity.ERROR if english else Severity.WARNING,
        )
    elif formality(note) == "sie":
        yield _problem(
            whole if not sal.named else word_span,
            f"'{shown}' does not fit a letter that addresses the reader as Sie; the register break stands out.",
            "Write 'Sehr geehrte Frau Weber,' or 'Sehr geehrter Herr Weber,'.",
            Severity.ERROR if not sal.named else Severity.WARNING,
        )
    elif not sal.named:
        yield _problem(
            whole,
            "The greeting names nobody; even in a du-note the interviewer should be addressed by name.",
            "Add the name, e.g. 'Hallo Anna,' or 'Liebe Anna,'.",
            Severity.WARNING,
        )
    elif sal.word in {"hey", "yo"}:
        yield _problem(
            word_span,
            f"'{shown}' is too casual for a note to an interviewer, even in a du-note.",
            "Write 'Hallo Anna,' or 'Liebe Anna,'.",
            Severity.WARNING,
        )


def _problem(span, message, suggestion, severity):
    return Problem(span[0], span[1], message, suggestion=suggestion, severity=severity)


RULE = Rule(
    code="NL202",
    name="casual-greeting",
    severity="warning",
    languages=("en", "de"),
    summary="The salutation is too casual, or names nobody.",
    check=check,
    options={"hi-first-name": "info"},
)
