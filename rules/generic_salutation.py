"""generic-salutation (NL203): "Dear Hiring Manager" when you know their name.

What it does
    When the interviewer's name is known (metadata ``interviewer``), a
    salutation that addresses nobody in particular gets a warning: "To whom
    it may concern", "Dear Hiring Manager", "Dear Sir or Madam", "Dear
    Recruiter", "Sehr geehrte Damen und Herren", "An wen es betrifft". A
    salutation that also names someone ("Dear Ms. Lee and team,", "Sehr
    geehrte Frau Lee, sehr geehrter Herr Ruiz,") passes, and without a known
    interviewer the rule is silent.

Why
    You spoke with this person for an hour; a form-letter salutation tells
    them the note is a template. German guides are as clear: "Sehr geehrte
    Damen und Herren" is for when no contact person is known [D15, D17].

Example
    Fires (interviewer: Jana Lee)::

        Dear Hiring Manager,

    Passes::

        Dear Ms. Lee,
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._structure import salutation

GENERIC = {
    "en": lazyre.compile(
        r"to whom it may concern|(?:(?:dear|hello|hi|greetings)\s+)?(?:"
        r"sirs?\s*(?:or|/|and)\s*madam|madam\s*(?:or|/|and)\s*sirs?|sirs|"
        r"(?:the\s+)?hiring\s+(?:manager|team|committee|panel)|recruiters?|(?:the\s+)?recruiting\s+team|"
        r"(?:the\s+)?(?:talent\s+acquisition|hr|human\s+resources)\s+team|hr\s+department|human\s+resources)"
        r"(?![\w-])",
        re.IGNORECASE,
    ),
    "de": lazyre.compile(
        r"an wen es betrifft|sehr geehrte\s+damen\s+und\s+herren|sehr geehrte\s+herren\s+und\s+damen|"
        r"sehr geehrte\s+personalabteilung|"
        r"(?:sehr geehrtes|liebes|hallo)\s+(?:recruiting|personal|hr|bewerbungs)-?team",
        re.IGNORECASE,
    ),
}
_PERSON = lazyre.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Frau|Herr)\b\.?\s+[A-ZÄÖÜ]")
_TITLE = lazyre.compile(r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Miss|Professor|Frau|Herr)\s", re.IGNORECASE)


def check(note, options):
    interviewer = (note.metadata.interviewer or "").strip()
    sal = salutation(note)
    if not interviewer or sal is None or note.language not in GENERIC:
        return
    line = sal.line
    m = GENERIC[note.language].search(line.text)
    if not m or m.start() > len(line.text) - len(line.text.lstrip()) + 25:
        return
    if _PERSON.search(line.text) or _names(line.text, interviewer):
        return  # "Dear Ms. Lee and team," addresses a person
    start, end = line.start + m.start(), line.start + m.end()
    yield Problem(
        start, end,
        f"The salutation is generic although you know who interviewed you ({interviewer}); "
        "it makes the note read like a template.",
        suggestion=_suggestion(note.language, interviewer),
        replacement=_replacement(note.language, interviewer, m.group()),
    )


def _names(text: str, interviewer: str) -> bool:
    words = [w for w in re.findall(r"[\w'-]+", interviewer) if len(w) >= 3 and not _TITLE.match(w + " ")]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def _suggestion(lang, interviewer):
    fixed = _replacement(lang, interviewer, "sehr geehrte" if lang == "de" else "dear")
    if fixed:
        return f"Address {interviewer} by name: '{fixed},'."
    surname = interviewer.split()[-1]
    if lang == "de":
        return f"Address {interviewer} by name: 'Sehr geehrte Frau {surname},' or 'Sehr geehrter Herr {surname},'."
    return f"Address {interviewer} by name: 'Dear Ms. {surname},' or 'Dear Mr. {surname},'."


def _replacement(lang, interviewer, matched):
    """A literal salutation, when the interviewer metadata carries the title."""
    if not _TITLE.match(interviewer + " "):
        return None
    if lang == "en":
        if matched.lower().startswith("to whom"):
            return f"Dear {interviewer}"
        return f"Dear {interviewer}" if matched.lower().startswith(("dear", "hello", "hi", "greetings")) else None
    if matched.lower().startswith("sehr geehrte"):
        title = interviewer.split()[0].lower()
        if title == "frau":
            return f"Sehr geehrte {interviewer}"
        if title == "herr":
            return f"Sehr geehrter {interviewer}"
    return None


RULE = Rule(
    code="NL203",
    name="generic-salutation",
    severity="warning",
    languages=("en", "de"),
    summary="The salutation is generic although the interviewer's name is known.",
    check=check,
)
