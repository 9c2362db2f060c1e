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

import math
import os
import zlib
from collections import Counter
from itertools import chain

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.memo import remembered
from notelint.registry import Rule

_WORD = lazyre.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _recipient(note, greeting: str) -> str:
    if note.metadata.interviewer:
        return " ".join(note.metadata.interviewer.lower().split())
    return " ".join(_WORD.findall(greeting.lower()))


def _names(note, greeting: str) -> set[str]:
    return set(_WORD.findall((note.metadata.interviewer or "").lower())) | set(_WORD.findall(greeting.lower()))


def _words(note, content) -> list[str]:
    start, end = content
    return [w.lower() for w in _WORD.findall(note.text[start:end])]


def _shingles(words: list[str], size: int) -> list[int]:
    """The note's runs of ``size`` words (as written: case is ignored here), each as a number
    (8 bytes, not a tuple of words).

    Each word is first turned into the CRC-32 of its lower-case form: a tuple of integers hashes
    the same in every process (a string's hash does not), so worker processes can make these
    numbers. The runs are hashed as ``zip`` makes them (in C, no slice per run), in no particular
    order.
    """
    codes = _codes(words)
    if len(codes) < size:
        return [hash(tuple(codes))] if codes else []
    return list(set(map(hash, zip(*[codes[i:] for i in range(size)]))))  # in any order: only shared ones count


#: word as written -> CRC-32 of its lower-case form (notes share most of their words)
_CODES: dict[str, int] = {}


def _codes(words: list[str]) -> list[int]:
    return remembered(_CODES, words, _code, 200_000)


def _code(word: str) -> int:
    return zlib.crc32(word.lower().encode("utf-8", "surrogatepass"))


def _close_pairs(shingles: list, limit: int, minimum: float) -> dict[tuple[int, int], int]:
    """Pairs of notes ``(i, j)``, ``i < j``, that may share ``minimum`` of their shingles, each with how
    many they share; only shingles found in 2 to ``limit`` notes count.

    ``shingles`` holds each note's distinct shingle numbers. Every pair that shares at least
    ``max(1, minimum * len)`` counted shingles, ``len`` the larger note's number of shingles, is
    among the answers (with the exact count); so are some pairs that share fewer, which the caller
    leaves out.

    Counting every pair that shares a shingle costs the square of each shingle's notes (a phrase in
    50 notes makes 1,225 pairs), most of them far from alike. Prefix filtering finds the pairs that
    matter from far fewer: order the counted shingles rarest first (then by number). If two notes
    share at least ``c`` of them, the first one they share comes within the first ``count - c + 1``
    of each note's counted shingles (every other one they share comes after it, in both). A note
    needs ``c >= minimum * its own length`` for any pair it is in, so it offers only that prefix
    (about a fifth of its shingles for 0.8); the pairs meeting in a prefix are then counted exactly.
    """
    frequency = Counter(chain.from_iterable(shingles))
    countable = {v for v, notes in frequency.items() if 2 <= notes <= limit}
    counted = [countable.intersection(values) for values in shingles]
    # rarest first, ties by number (two stable sorts: a key function in Python would be called for each)
    order = {v: rank for rank, v in enumerate(sorted(sorted(countable), key=frequency.__getitem__))}
    offered: dict[int, list[int]] = {}  # a shingle -> the notes offering it, ascending
    for note, (values, mine) in enumerate(zip(shingles, counted)):
        need = max(1, math.ceil(minimum * len(values)))
        if len(mine) < need:
            continue  # cannot share enough with any note
        for value in sorted(mine, key=order.__getitem__)[:len(mine) - need + 1]:
            offered.setdefault(value, []).append(note)
    pairs = {(notes[a], notes[b]) for notes in offered.values() if len(notes) > 1
             for a in range(len(notes)) for b in range(a + 1, len(notes))}
    return {(a, b): len(counted[a] & counted[b]) for a, b in pairs}


def batch_prepare(note, options):
    """One note's part, made where the note is linted: (recipient, content range, shingles, greeting)."""
    if note.metadata.template:
        return None
    # imported here, not at the top: a run whose findings all come from the cache never prepares a
    # note, and these imports are 2 ms of its time
    from array import array

    from ._letter import letter, trimmed

    size = options["shingle-words"]
    parts = letter(note)
    greeting = parts.greeting.text if parts.greeting is not None else ""
    recipient = _recipient(note, greeting)
    if not recipient:
        return None
    content = trimmed(note.text, parts.content_start, parts.content_end)
    words = _WORD.findall(note.text, *content)
    if len(words) < 2 * size:
        return None
    return recipient, content, array("q", _shingles(words, size)), greeting


def batch_check(pairs, options):
    minimum = options["min-similarity"]
    prepared = [(note, summary) for note, summary in pairs if summary is not None]
    if len(prepared) < 2:
        return
    # a stock phrase in more than 50 notes says nothing about copying
    shared = _close_pairs([summary[2] for _, summary in prepared], 50, minimum)
    again: dict[int, list[str]] = {}  # the words, read again for close pairs only

    def words(i):
        if i not in again:
            again[i] = _words(prepared[i][0], prepared[i][1][1])
        return again[i]

    reported: dict[int, tuple] = {}
    for (a, b), common in sorted(shared.items()):
        na, (ra, _, sha, ga) = prepared[a]
        nb, (rb, _, shb, gb) = prepared[b]
        la, lb = len(sha), len(shb)
        if ra == rb or common < minimum * max(la, lb):  # the union has at least max(la, lb) shingles
            continue
        similarity = common / len(set(sha) | set(shb))
        if similarity < minimum:
            continue
        names = _names(na, ga) | _names(nb, gb)
        swapped = [w for w in words(a) if w not in names] == [w for w in words(b) if w not in names]
        for mine, other in ((a, b), (b, a)):
            best = reported.get(mine)
            if best is None or (swapped, similarity) > best[1:]:
                reported[mine] = (other, swapped, similarity)
    for mine, (other, swapped, similarity) in sorted(reported.items()):
        note, (_, (start, end), _, _) = prepared[mine]
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
    batch_prepare=batch_prepare,
    options={"min-similarity": 0.8, "shingle-words": 5},
)
