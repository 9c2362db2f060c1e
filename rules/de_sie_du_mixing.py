"""de-sie-du-mixing (NL601): a German note that says both Sie and du.

What it does
    Collects the words that address the reader. Polite: "Sie", "Ihnen",
    "Ihr", "Ihre", ... written with a capital in the middle of a sentence, and
    "Sehr geehrte(r)" in the greeting. Informal: "du", "dich", "dir", "dein",
    "deine", ..., "euch", "euer", "eure", ... in any capitalisation. When a
    note has both, every word of the minority form is an error; when both
    forms are used equally often, the form that shows up second is the one
    reported.

    A capitalised "Sie", "Ihr" or "Ihnen" at the start of a sentence (or of a
    line, or after a colon or an opening quote) may mean "they", "her" or
    "them", so it is not counted either way; "Ihr" followed by a verb ("Ihr
    wart toll") is the plural du and not counted as Sie; words in quotation
    marks (a company motto, a quoted question) are not counted.

    Lower-case "ihnen" (or "ihre" after "vielen Dank für") in phrases that
    can only address the reader ("ich danke ihnen", "ich melde mich bei
    ihnen", "ich freue mich auf ihre Rückmeldung") is a warning with the
    capitalised word as the fix; elsewhere "ihnen" and "ihr" mean "them" and
    "her" and are left alone.

    The register is read from the text only: notelint has no ``formality``
    metadata key yet, so a note that is consistently du when the interview was
    in Sie is not reported.

Why
    Du or Sie follows the interview or earlier contact, and if in doubt it is
    Sie; the German etiquette guides agree that the two must never be mixed
    in one letter [D4, D22, D23]. The polite pronouns are capitalised by the
    official spelling rules.

Example
    Fires::

        Danke, dass Sie sich Zeit nahmen – dein Team war toll.

    Passes::

        Die Kolleginnen waren offen. Sie zeigten mir das Tool.

    (a sentence-initial "Sie" that means "they"), a note in du throughout, and
    "Frau Weber stellte ihr Team vor" ("her team").
"""

from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._german import TO_INFORMAL, TO_POLITE, register


def check(note, options):
    reg = register(note)
    polite, informal = reg.polite, reg.informal
    minority = ()
    if polite and informal:
        if len(polite) != len(informal):
            minority = polite if len(polite) < len(informal) else informal
        else:
            minority = polite if polite[0].start > informal[0].start else informal
    flagged = {a.start for a in minority}
    for a in sorted(minority, key=lambda a: a.start):
        yield _mixing(a)
    for a in polite:
        if a.lowercase_polite and a.start not in flagged:
            fixed = a.text[0].upper() + a.text[1:]
            yield Problem(
                a.start, a.end,
                f"'{a.text}' addresses your reader, and the polite form is written with a capital: '{fixed}'.",
                suggestion=f"Write '{fixed}'.",
                severity=Severity.WARNING,
                replacement=fixed,
            )


def _mixing(a):
    if not a.polite:
        swap = TO_POLITE.get(a.lower)
        return Problem(
            a.start, a.end,
            f"'{a.text}' says du, but the rest of the note says Sie; mixing the two forms of address looks careless.",
            suggestion=f"Stay with Sie: write '{swap}'." if swap
            else "Stay with Sie throughout (for example 'Sie haben' instead of 'du hast').",
            replacement=swap,
        )
    if a.lower.startswith("sehr geehrte"):
        return Problem(
            a.start, a.end,
            f"'{a.text}' opens a Sie letter, but the rest of the note says du; mixing the two forms of address "
            "looks careless.",
            suggestion="If you agreed on du, open with 'Liebe …,' or 'Hallo …,'; otherwise write the whole note in Sie.",
        )
    swap = TO_INFORMAL.get(a.lower)
    return Problem(
        a.start, a.end,
        f"'{a.text}' is the polite Sie, but the rest of the note says du; mixing the two forms of address "
        "looks careless.",
        suggestion=f"Stay with du: write '{swap}'." if swap
        else "Stay with du throughout (for example 'du hast' instead of 'Sie haben').",
        replacement=swap,
    )


RULE = Rule(
    code="NL601",
    name="de-sie-du-mixing",
    severity="error",
    languages=("de",),
    summary="The note mixes the polite Sie and the informal du.",
    check=check,
)
