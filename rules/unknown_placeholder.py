"""unknown-placeholder (NL701): a template uses a placeholder name that is not on the allowed list.

What it does
    In template mode (``--template``, ``template: true`` in front matter, or a
    ``templates`` glob in config), compares every placeholder's name with the
    ``allowed`` list of this rule's options (case, spaces, hyphens and
    underscores do not matter) and reports the ones not on it, suggesting the
    closest allowed name. With an empty list (the default) the rule is silent.

Why
    A career center's mail-merge or portal fills only the placeholder names it
    knows; a misspelt one (``{{intervewer}}``) reaches the recipient unfilled,
    and an unfilled placeholder tells the reader at once that the note was a
    form letter [S38, S56].

Example
    With ``allowed = ["interviewer", "company", "role", "your_name"]``:

    Fires: ``Dear {{intervewer}},`` (suggests ``interviewer``)

    Passes: ``Dear {{interviewer}},`` / ``Dear {{ Interviewer }},``

Options
    ``allowed`` (a list of placeholder names; empty: the rule is off).

    .. code-block:: toml

        [tool.notelint.rules.unknown-placeholder]
        allowed = ["interviewer", "company", "role", "your_name", "Ihr Name", "Firma"]
"""

import re

from notelint.findings import Problem
from notelint.registry import Rule


def normalise(name: str) -> str:
    return re.sub(r"[\s_\-'’.]+", "", name).lower()


def check(note, options):
    if not note.metadata.template or not options["allowed"]:
        return
    allowed = {normalise(a): a for a in options["allowed"]}
    for slot in note.slots:
        if slot.kind in ("mask", "sample"):
            continue  # XXX, ___, Max Mustermann: no name to check (unfilled-placeholder's job outside templates)
        key = normalise(slot.name)
        if not key or key in allowed:
            continue
        from difflib import get_close_matches  # only notes with an unknown slot pay for importing it

        close = get_close_matches(key, list(allowed), n=1, cutoff=0.6)
        shown = note.text and note.source[slot.start:slot.end]
        if close:
            best = allowed[close[0]]
            yield Problem(
                slot.start, slot.end,
                f"The placeholder {shown} is not one your templates know; it looks like a misspelling of \"{best}\".",
                suggestion=f"Write the allowed name \"{best}\" so the placeholder gets filled.",
                replacement=shown.replace(slot.name, best) if slot.name in shown else None,
            )
        else:
            names = ", ".join(options["allowed"])
            yield Problem(
                slot.start, slot.end,
                f"The placeholder {shown} is not one your templates know, so it would reach the reader unfilled.",
                suggestion=f"Use one of the allowed names: {names}.",
            )


RULE = Rule(
    code="NL701",
    name="unknown-placeholder",
    severity="error",
    languages=("en", "de"),
    summary="A template placeholder name is not on the allowed list (e.g. a misspelt {{intervewer}}).",
    check=check,
    options={"allowed": ()},
)
