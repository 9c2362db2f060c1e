"""de-konjunktiv-hedging (NL604): a short German note full of würde, könnte and möchte.

What it does
    Counts the writer's own Konjunktiv II forms in the body of a short note
    (under ``max-words`` words): würde, könnte, möchte, hätte and wäre in all
    persons. A form counts when "ich", "mich", "mir", "wir" or "uns" stands
    within four words of it in the same clause ("Ich würde mich freuen",
    "wenn ich zeigen könnte") or "es"/"das" stands right next to it ("es wäre
    schön"). Reported speech ("Sie sagten, das Team würde wachsen" has no
    "ich") and polite offers ("wenn Sie möchten") are not counted.

    Once the count reaches ``min-count``, that form and every later one is
    reported (info): the first few are normal German, the pile-up is the
    problem. Each message names the forms before it.

Why
    German career guides criticise the Konjunktiv heavily: "Ich würde mich
    freuen" sounds unsure, while "Ich freue mich" is confident [D2, D29, D30].

Example
    Fires::

        Ich würde mich freuen, wenn ich Ihnen zeigen könnte, was ich kann.
        Ich möchte ...

    Passes::

        Ich freue mich darauf, Ihnen zu zeigen, was ich kann.

Options
    ``min-count`` (3): how many forms make a pile-up; ``max-words`` (250):
    longer notes are not checked.
"""

from notelint.findings import Problem
from notelint.registry import Rule

from ._letter import letter, words

HEDGES = frozenset("""
    würde würden würdest würdet könnte könnten könntest könntet möchte möchten möchtest möchtet
    hätte hätten hättest hättet wäre wären wärst wärest wäret
""".split())
_SELF = frozenset({"ich", "mich", "mir", "wir", "uns"})
_NEXT_TO = frozenset({"es", "das"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})
_WINDOW = 4


def _clause_words(doc, i, step):
    j, seen = i + step, 0
    while 0 <= j < len(doc) and seen < _WINDOW:
        tok = doc[j]
        if tok.text in _CLAUSE_BREAK or (step > 0 and tok.is_sent_start) or "\n" in tok.text:
            break
        if not tok.is_space:
            if tok.is_punct:
                break
            yield seen, tok.lower_
            seen += 1
        if step < 0 and tok.is_sent_start:
            break
        j += step


def _is_own(doc, i):
    for step in (-1, 1):
        for pos, low in _clause_words(doc, i, step):
            if low in _SELF or (pos == 0 and low in _NEXT_TO):
                return True
    return False


def check(note, options):
    doc = note.doc
    parts = letter(note)
    body = words(doc, parts.content_start, parts.content_end)
    if len(body) >= options["max-words"]:
        return
    hedges = [t for t in body if t.lower_ in HEDGES and _is_own(doc, t.i)]
    threshold = max(options["min-count"], 1)
    for n, tok in enumerate(hedges[threshold - 1:], start=threshold):
        before = ", ".join(f"'{t.text}'" for t in hedges[:n - 1])
        yield Problem(
            tok.idx, tok.idx + len(tok.text),
            f"'{tok.text}' is Konjunktiv number {n} in a short note (after {before}); "
            "so many würde/könnte/möchte make you sound unsure of yourself.",
            suggestion="Write in the indicative: 'Ich freue mich …' instead of 'Ich würde mich freuen …'.",
        )


RULE = Rule(
    code="NL604",
    name="de-konjunktiv-hedging",
    severity="info",
    languages=("de",),
    summary="A short German note hedges with three or more würde/könnte/möchte.",
    check=check,
    options={"min-count": 3, "max-words": 250},
)
