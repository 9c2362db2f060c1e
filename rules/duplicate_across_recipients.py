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


def _recipient(note, greeting: str) -> str:
    if note.metadata.interviewer:
        return " ".join(note.metadata.interviewer.lower().split())
    return " ".join(_WORD.findall(greeting.lower()))


def _names(note, greeting: str) -> set[str]:
    return set(_WORD.findall((note.metadata.interviewer or "").lower())) | set(_WORD.findall(greeting.lower()))


def _words(note, content) -> list[str]:
    start, end = content
    return [w.lower() for w in _WORD.findall(note.text[start:end])]


def _shingles(words: list[str], size: int) -> set[int]:
    """The note's runs of ``size`` words, each as a number (a hash: 8 bytes, not a tuple of words)."""
    if len(words) < size:
        return {hash(tuple(words))} if words else set()
    return {hash(tuple(words[i:i + size])) for i in range(len(words) - size + 1)}


def _shared(keys: list[int], limit: int) -> dict[tuple[int, int], int]:
    """How many shingles each pair of notes shares, leaving out shingles found in more than ``limit`` notes.

    ``keys`` holds one number per shingle of each note: the shingle's hash above, the note's index in
    the low 32 bits. Sorted, the notes sharing a shingle end up side by side, in order: about 50 bytes
    a shingle, where a table from shingle to notes took three times that (140 MB for 10,000 notes).
    """
    keys.sort()
    shared: dict[tuple[int, int], int] = {}

    def count(members: list[int]) -> None:
        if 2 <= len(members) <= limit:
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    pair = (members[a], members[b])
                    shared[pair] = shared.get(pair, 0) + 1

    current, members = None, []
    for key in keys:
        shingle = key >> 32
        if shingle != current:
            count(members)
            current, members = shingle, []
        members.append(key & 0xFFFFFFFF)
    count(members)
    return shared


def batch_check(notes, options):
    size = options["shingle-words"]
    minimum = options["min-similarity"]
    prepared = []  # (note, recipient, content range, number of shingles, greeting line)
    keys: list[int] = []  # see _shared
    for note in notes:
        if note.metadata.template:
            continue
        parts = letter(note)  # parsed once: in this process the notes have no Doc to keep it on
        greeting = parts.greeting.text if parts.greeting is not None else ""
        recipient = _recipient(note, greeting)
        if not recipient:
            continue
        content = trimmed(note.text, parts.content_start, parts.content_end)
        words = _words(note, content)
        if len(words) < 2 * size:
            continue
        shingles = _shingles(words, size)
        keys.extend((shingle << 32) | len(prepared) for shingle in shingles)
        prepared.append((note, recipient, content, len(shingles), greeting))
    if len(prepared) < 2:
        return
    # a stock phrase in more than 50 notes says nothing about copying
    shared = _shared(keys, 50)
    del keys
    again: dict[int, tuple[list[str], set[int]]] = {}  # words and shingles, made again for close pairs only

    def words_and_shingles(i):
        if i not in again:
            words = _words(prepared[i][0], prepared[i][2])
            again[i] = (words, _shingles(words, size))
        return again[i]

    reported: dict[int, tuple] = {}
    for (a, b), common in sorted(shared.items()):
        na, ra, _, la, ga = prepared[a]
        nb, rb, _, lb, gb = prepared[b]
        if ra == rb or common < minimum * max(la, lb):  # the union has at least max(la, lb) shingles
            continue
        (wa, sa), (wb, sb) = words_and_shingles(a), words_and_shingles(b)
        similarity = common / len(sa | sb)
        if similarity < minimum:
            continue
        names = _names(na, ga) | _names(nb, gb)
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
