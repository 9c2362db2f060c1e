"""duplicate-across-recipients (NL308): the same note goes to two interviewers.

What it does
    Compares the notes linted together in one run (``notelint notes/``).
    Two notes to different interviewers (``interviewer`` in metadata, or
    different names in their salutations) whose content shares at least
    ``min-similarity`` (0.8) of its five-word sequences (Jaccard similarity)
    get a warning each, naming the other note; if the two notes are the same
    but for the names, it is an error. Templates (template mode) are never
    compared: they are meant to be alike.

Why
    Interviewers on a panel compare notes. A note that was copied and only
    had the name swapped tells each of them they got a form letter; career
    centres advise writing each interviewer something of their own
    [S2, S39, S45].

Example
    Fires: ``notes/lee.txt`` and ``notes/collins.txt`` are the same letter,
    one opening "Dear Ms. Lee," and the other "Dear Mr. Collins,".

    Passes: the same two notes, each with a paragraph about what that
    interviewer asked or said.

Options
    ``min-similarity`` (0.8), ``shingle-words`` (5).
"""

import os
import re

from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import letter, trimmed

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _recipient(note) -> str:
    if note.metadata.interviewer:
        return " ".join(note.metadata.interviewer.lower().split())
    parts = letter(note)
    if parts.greeting is None:
        return ""
    return " ".join(_WORD.findall(parts.greeting.text.lower()))


def _names(note) -> set[str]:
    words = set(_WORD.findall((note.metadata.interviewer or "").lower()))
    parts = letter(note)
    if parts.greeting is not None:
        words |= set(_WORD.findall(parts.greeting.text.lower()))
    return words


def _content(note):
    parts = letter(note)
    return trimmed(note.text, parts.content_start, parts.content_end)


def _shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def batch_check(notes, options):
    size = options["shingle-words"]
    prepared = []
    for note in notes:
        if note.metadata.template:
            continue
        recipient = _recipient(note)
        if not recipient:
            continue
        start, end = _content(note)
        words = [w.lower() for w in _WORD.findall(note.text[start:end])]
        if len(words) < 2 * size:
            continue
        prepared.append((note, recipient, (start, end), words, _shingles(words, size)))
    # an inverted index keeps this near-linear for many notes: only pairs sharing a shingle are compared
    index: dict[tuple[str, ...], list[int]] = {}
    for i, (_, _, _, _, shingles) in enumerate(prepared):
        for shingle in shingles:
            index.setdefault(shingle, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in index.values():
        if len(members) > 50:
            continue  # a stock phrase in every note says nothing about copying
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                pair = (members[a], members[b])
                shared[pair] = shared.get(pair, 0) + 1
    reported: dict[int, tuple] = {}
    for (a, b), common in shared.items():
        na, ra, _, wa, sa = prepared[a]
        nb, rb, _, wb, sb = prepared[b]
        if ra == rb:
            continue
        similarity = common / len(sa | sb)
        if similarity < options["min-similarity"]:
            continue
        names = _names(na) | _names(nb)
        swapped = [w for w in wa if w not in names] == [w for w in wb if w not in names]
        for mine, other in ((a, b), (b, a)):
            best = reported.get(mine)
            if best is None or (swapped, similarity) > best[1:]:
                reported[mine] = (other, swapped, similarity)
    for mine, (other, swapped, similarity) in sorted(reported.items()):
        note, _, (start, end), _, _ = prepared[mine]
        other_note = prepared[other][0]
        where = os.path.basename(other_note.path) if other_note.path else "another note"
        if swapped:
            message = (f"This note is the same as {where} except for the name: interviewers compare notes, "
                       "and a copy with the name swapped reads as a form letter.")
        else:
            message = (f"This note is {similarity:.0%} the same as {where}, written to another interviewer: "
                       "interviewers compare notes and will notice.")
        yield note, Problem(
            start, end, message,
            suggestion="Give each interviewer a sentence of their own: a question they asked or a point they made.",
            severity=Severity.ERROR if swapped else Severity.WARNING,
        )


RULE = Rule(
    code="NL308",
    name="duplicate-across-recipients",
    severity="warning",
    languages=("en", "de"),
    summary="Two notes to different interviewers are the same or nearly so.",
    check=None,
    batch_check=batch_check,
    options={"min-similarity": 0.8, "shingle-words": 5},
)
