"""missing-role-reference (NL306): the note never says which job it is about.

What it does
    Looks in the note (salutation to sign-off, not the signature) for the
    role from the metadata (``role``, case-insensitive, allowing small
    inflections such as "analysts" or "Analystin", or just its head noun,
    "analyst" for "Senior Data Analyst") or for a word that names a job:
    "position", "role", "job", "opening", "internship" / "Stelle" (also in
    compounds such as "Analystenstelle", but not "an dieser Stelle"),
    "Position", "Rolle", "Job", "Praktikum". Without any, the first line of
    the content gets a warning.

Why
    Interviewers often fill several openings at once; naming the role ties
    your note to the right file and shows you know what you applied for
    [S2, S3, S17; D2].

Example
    Fires::

        Dear Ms. Lee,
        I enjoyed our talk yesterday ...

    Passes::

        Dear Ms. Lee,
        I enjoyed our talk yesterday about the Senior Analyst role ...
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.patterns import PatternSet, token_texts
from notelint.registry import Rule

from ._letter import token_range
from ._structure import first_content_line, inflected, letter_range

JOB_WORDS = PatternSet({
    "en": [
        "position|positions|role|roles|job|jobs|opening|openings|vacancy|vacancies|"
        "internship|internships|apprenticeship|post",
        # "my work as a Marketing Coordinator"
        "work|working|career|joining|join|start|starting as a|an _",
    ],
    "de": [
        "stelle|stellen|position|positionen|rolle|rollen|job|jobs|praktikum|praktikums|praktikumsplatz|"
        "ausbildungsplatz|vakanz|stellenangebot|stellenausschreibung|stellenanzeige|stellenbeschreibung",
        # "die Aufgaben als Projektingenieur", "meine Tätigkeit als Erzieherin"
        "aufgaben|tätigkeit|tätigkeiten|funktion|arbeit|einstieg|bewerbung|mitarbeit|start als _",
    ],
})
# German idioms in which "Stelle" is not a job: "an dieser Stelle", "an erster Stelle"
NOT_A_JOB = PatternSet({
    "de": ["an|auf dieser|erster|zweiter|letzter|welcher|ihrer|meiner|anderer|jeder stelle"],
})
# Job compounds: "Analystenstelle", "Juniorposition", "Werkstudentenjob"
_DE_COMPOUND = lazyre.compile(r"^[A-ZÄÖÜ]\w{2,}(?:stelle|stellen|position|rolle|job|praktikum)$")
_EN_POST_OK = lazyre.compile(r"^(?:the|this|that|a)$", re.IGNORECASE)


def check(note, options):
    start, end = first_content_line(note)
    if start >= end:
        return
    lo, hi = letter_range(note)
    text = note.text[lo:hi]
    role = _clean(note.metadata.role)
    if role and _mentions_role(text, role):
        return
    idioms = {(s.start_char, s.end_char) for s in NOT_A_JOB.find(note.doc)}
    for span in JOB_WORDS.find(note.doc):
        if not lo <= span.start_char < hi:
            continue
        if any(a <= span.start_char < b for a, b in idioms):
            continue
        if span.text.lower() == "post" and not (span.start > 0 and _EN_POST_OK.match(note.doc[span.start - 1].text)):
            continue
        return
    if note.language == "de":
        # the tokens starting within the letter, from the Doc's tables (a Token object each costs more)
        a, b = token_range(note.doc, lo, hi)
        if any(_DE_COMPOUND.match(text) for text in token_texts(note.doc)[a:b]):
            return
    what = f"the {role} role" if role else "the role you interviewed for"
    yield Problem(
        start, end,
        f"The note never mentions {what}; the interviewer may be hiring for several and should not have to guess.",
        suggestion=_suggestion(note.language, role),
    )


def _suggestion(lang, role):
    if lang == "de":
        return f"Name it once, e.g. '... unser Gespräch über die Stelle als {role or 'Datenanalystin'}.'"
    return f"Name it once, e.g. '... our conversation about the {role or 'Data Analyst'} position.'"


def _clean(role):
    """'Datenanalyst (m/w/d)' -> 'Datenanalyst'."""
    if not role:
        return None
    role = re.sub(r"\([^)]*\)", " ", role)
    role = re.split(r"\s[/|–—-]\s|/", role)[0]
    role = " ".join(role.split())
    return role or None


def _mentions_role(text: str, role: str) -> bool:
    if re.search(inflected(role), text, re.IGNORECASE):
        return True
    head = role.split()[-1]
    return len(role.split()) > 1 and len(head) >= 5 and bool(re.search(inflected(head), text, re.IGNORECASE))


RULE = Rule(
    code="NL306",
    name="missing-role-reference",
    severity="warning",
    languages=("en", "de"),
    summary="The note does not mention the role it is about.",
    check=check,
)
