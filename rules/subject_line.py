"""subject-line (NL205): the e-mail's subject is missing, vague, shouting or too long.

What it does
    Checks the subject of an e-mail draft (``.eml``; or ``subject`` in front
    matter):

    - no subject at all: error;
    - a vague subject with neither the role nor the word "interview"
      ("Thank you!", "Follow up", "Danke"): warning;
    - a role named in the subject that is not the role you interviewed for
      (``role`` in metadata): error;
    - an exclamation mark or emoji: warning;
    - longer than ``max-length`` characters (60): info, as it gets cut off;
    - German only: a literal "Betreff:" or a trailing period: info.

Why
    The subject decides whether the note is opened and filed with your
    application; recruiters scan for the role and the word "interview"
    [S8, S18, S36, S55; D7, D24]. A copy-pasted subject naming another role
    can get you rejected [D25].

Example
    Fires: ``Subject: Thank you!!``

    Passes: ``Subject: Thank you – Data Analyst interview, 12 May`` /
    ``Betreff: Vorstellungsgespräch Data Analyst am 12. Mai – Dank``
"""

import re

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import letter, trimmed

ANCHORS = {
    "en": r"interview|conversation|meeting|call|role|position|application|job|opening",
    "de": r"vorstellungsgespräch|gespräch|interview|bewerbung|stelle|position|termin|rolle",
}
ROLE_IN_SUBJECT = {
    "en": lazyre.compile(r"(?:for the|for|–|-|:)\s+(?P<role>[A-Z][\w&/ -]{2,60}?)\s+(?:role|position|interview)\b"),
    "de": lazyre.compile(r"(?:Stelle als|Position als|Vorstellungsgespräch(?: als| für)?)\s+(?P<role>[A-ZÄÖÜ][\w&/ -]{2,60}?)(?=\s+(?:am|vom|–|-)\b|\s*[–,-]|$)"),
}
_EMOJI = lazyre.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:\\)|;\\)|:D\\b")
_WORD = lazyre.compile(r"[^\W_]+")


def _subject_span(note):
    if note.subject_span:
        return note.subject_span
    parts = letter(note)
    line = parts.lines[0] if parts.lines else None
    return line.stripped_span if line else trimmed(note.text, note.body_start, len(note.text))


def check(note, options):
    subject = note.metadata.subject
    if note.kind != "email" and subject is None:
        return
    lang = note.language
    start, end = _subject_span(note)
    if not subject:
        yield Problem(
            start, end,
            "The e-mail has no subject: it may never be opened or filed with your application.",
            suggestion="Name the role and the interview, e.g. \"Thank you – Data Analyst interview, 12 May\"."
            if lang == "en" else "Name the role and the interview, e.g. \"Vorstellungsgespräch Data Analyst am 12. Mai – Dank\".",
            severity=Severity.ERROR,
        )
        return
    role = note.metadata.role
    lower = subject.lower()
    role_named = bool(role) and role.lower() in lower
    anchored = role_named or re.search(rf"\b(?:{ANCHORS[lang]})", lower) is not None
    if not anchored:
        yield Problem(
            start, end,
            f"The subject \"{subject}\" is vague: it names neither the role nor the interview.",
            suggestion="Add the role and the interview date, e.g. \"Thank you – Data Analyst interview, 12 May\"."
            if lang == "en" else "Add the role and the date, e.g. \"Vorstellungsgespräch Data Analyst am 12. Mai\".",
            severity=Severity.WARNING,
        )
    if role and not role_named:
        match = ROLE_IN_SUBJECT[lang].search(subject)
        if match:
            named = set(_WORD.findall(match.group("role").lower()))
            wanted = set(_WORD.findall(role.lower()))
            if named and not (named & wanted):
                yield Problem(
                    start, end,
                    f"The subject names the role \"{match.group('role')}\", but you interviewed for \"{role}\": "
                    "a copy-pasted subject can cost you the job.",
                    suggestion=f"Name the role you interviewed for: {role}.",
                    severity=Severity.ERROR,
                )
    if "!" in subject or _EMOJI.search(subject):
        yield Problem(
            start, end,
            "The subject has an exclamation mark or emoji, which reads as over-eager in a business e-mail.",
            suggestion="Keep the subject plain and factual.",
            severity=Severity.WARNING,
            replacement=re.sub(r"\s*!+", "", subject) if "!" in subject and not _EMOJI.search(subject) else None,
        )
    if len(subject) > options["max-length"]:
        yield Problem(
            start, end,
            f"The subject is {len(subject)} characters long; mail clients cut it off after about "
            f"{options['max-length']}.",
            suggestion="Keep the role and the interview; drop the rest.",
            severity=Severity.INFO,
        )
    if lang == "de":
        if subject.lower().startswith("betreff:"):
            yield Problem(start, end, "The word \"Betreff:\" does not belong in the subject itself.",
                          suggestion="Drop \"Betreff:\".", severity=Severity.INFO,
                          replacement=subject[len("betreff:"):].strip())
        elif subject.rstrip().endswith("."):
            yield Problem(start, end, "A German subject line ends without a period (DIN 5008).",
                          suggestion="Drop the final period.", severity=Severity.INFO,
                          replacement=subject.rstrip()[:-1])


RULE = Rule(
    code="NL205",
    name="subject-line",
    severity="warning",
    languages=("en", "de"),
    summary="The e-mail subject is missing, vague, names the wrong role, shouts or is too long.",
    check=check,
    options={"max-length": 60},
)
