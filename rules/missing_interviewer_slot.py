"""missing-interviewer-slot (NL702): a template has no slot for the interviewer's name.

What it does
    In template mode, checks that at least one placeholder stands for the
    recipient's name (``[Interviewer Name]``, ``{{interviewer}}``,
    ``(Name)``, ``[Ansprechpartner]``). Slots for the writer's own name
    (``[Your Name]``, ``[Ihr Name]``) do not count. Reported on the greeting
    line, or the first line when there is none.

Why
    A thank-you note is personal: a template that cannot be addressed to the
    person who interviewed you produces "Dear Hiring Manager" notes, which
    career advisors single out as generic [S13, S21; D15, D17].

Example
    Fires: ``Dear Hiring Manager, thank you for the interview about [Role]. …``

    Passes: ``Dear [Interviewer Name], thank you for the interview about [Role]. …`` /
    ``Sehr geehrte/r [Ansprechpartner], vielen Dank …``
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._letter import letter

OWN_NAME = lazyre.compile(r"\b(?:your|my|own|sender|signature|ihr|ihre|mein|meine|absender|unterschrift)\b", re.I)


def _for_recipient(slot, topic) -> bool:
    return topic(slot) == "name" and not OWN_NAME.search(re.sub(r"[_\-.]", " ", slot.name))


def check(note, options):
    if not note.metadata.template:
        return
    from ._placeholders import topic

    if any(_for_recipient(slot, topic) for slot in note.slots):
        return
    parts = letter(note)
    line = parts.greeting or (parts.lines[0] if parts.lines else None)
    if line is None:
        return
    start, end = line.stripped_span
    yield Problem(
        start, end,
        "This template has no slot for the interviewer's name, so every note made from it opens "
        "the same impersonal way.",
        suggestion="Address the reader through a slot, e.g. \"Dear [Interviewer Name],\" or "
        "\"Sehr geehrte/r [Ansprechpartner],\".",
    )


RULE = Rule(
    code="NL702",
    name="missing-interviewer-slot",
    severity="warning",
    languages=("en", "de"),
    summary="A template has no placeholder for the interviewer's name.",
    check=check,
)
