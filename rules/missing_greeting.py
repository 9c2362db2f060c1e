"""missing-greeting (NL201): the note opens without a salutation.

What it does
    Looks for a salutation ("Dear Ms. Okafor,", "Hi Priya,", "Sehr geehrte
    Frau Okafor,", "Guten Tag Herr Weber,") on the first two non-blank lines
    (a date or subject line may come first). A line that is only a name and a
    comma ("Priya,", "Frau Weber,") also counts. Without one, the first line
    gets a warning.

Why
    A note that starts straight with "Thank you for yesterday." reads like a
    text message; both English and German business letters open by
    addressing the reader by name [S30; D17].

Example
    Fires::

        Thank you for yesterday. I enjoyed ...

    Passes::

        Dear Ms. Okafor, thank you for yesterday. I enjoyed ...
"""

from notelint.findings import Problem
from notelint.registry import Rule

from ._letter import letter
from ._structure import salutation

SUGGESTION = {
    "en": "Open with the interviewer's name, e.g. 'Dear Ms. Okafor,' on a line of its own.",
    "de": "Open with a salutation on a line of its own, e.g. 'Sehr geehrte Frau Okafor,'.",
}


def check(note, options):
    if salutation(note) is not None:
        return
    lines = letter(note).lines
    if not lines:
        return
    start, end = lines[0].stripped_span
    yield Problem(
        start, end,
        "The note has no salutation: opening straight with the message reads like a text, not a letter.",
        suggestion=SUGGESTION.get(note.language, SUGGESTION["en"]),
    )


RULE = Rule(
    code="NL201",
    name="missing-greeting",
    severity="warning",
    languages=("en", "de"),
    summary="The note does not open with a salutation.",
    check=check,
)
