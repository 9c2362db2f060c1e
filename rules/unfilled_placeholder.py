"""unfilled-placeholder (NL302): a template slot such as [Company] or {{first_name}} is still in the note.

What it does
    Finds placeholders left over from a template: bracketed placeholder
    vocabulary (``[Company]``, ``[Job Title]``, ``[Interviewer's Name]``,
    ``(Your Name)``, ``<Company>``, ``[COMPANY NAME]``, ``[Firmenname]``,
    ``[Ihr Name]``, ``(Firma)``, ``[Stelle]``), template tokens
    (``{{first_name}}``, ``{name}``, ``%NAME%``), fill-in notes
    (``(fill in ...)``, ``[hier einfügen]``), masks (``XXX`` as a word, three or
    more underscores) and sample names ("Max Mustermann", "Herr Mustermann",
    "Erika Musterfrau", "Firma XY", "Musterfirma", "Muster GmbH", "John Doe").
    Each one is reported on its own, as an error.

    Only placeholder vocabulary counts, never a bracket as such:
    "Slides attached [PDF, 2 pages]", "(see attached)", ``<ana@example.com>``
    and "the {x} notation" stay silent. "ACME" is not treated as a sample name,
    because real companies carry it. In template mode (``template = true`` in
    the metadata) placeholders are slots, and the rule is silent.

Why
    A leftover ``[Company]`` tells the reader at once that the note is a mass
    template with the blanks not even filled in, which undoes the point of
    writing it [S38, S56, S9].

Example
    Fires::

        I am excited about the [Job Title] role at [Company].
        Ich freue mich auf die Stelle bei [Firmenname].

    Passes::

        Slides attached [PDF, 2 pages].
        Anbei die Folien [PDF, 2 Seiten].
"""

from notelint.findings import Problem
from notelint.registry import Rule

from ._placeholders import find_placeholders, topic

_WHAT = {
    "company": "the company's name",
    "role": "the job title",
    "date": "the date",
    "name": "the real name",
    "other": "what you meant to write",
}


def check(note, options):
    if note.metadata.template:
        return
    body = note.body
    for ph in find_placeholders(body):
        start, end = note.body_start + ph.start, note.body_start + ph.end
        shown = note.text[start:end]
        yield Problem(
            start, end,
            f"\"{shown}\" is an unfilled placeholder: a reader who sees it knows at once the note was a template.",
            suggestion=f"Replace \"{shown}\" with {_WHAT[topic(ph)]}.",
        )


RULE = Rule(
    code="NL302",
    name="unfilled-placeholder",
    severity="error",
    languages=("en", "de"),
    summary="A template placeholder such as [Company] or {{first_name}} was left in the note.",
    check=check,
)
