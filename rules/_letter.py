"""The parts of a thank-you note: greeting, body, closing, words and sentences.

Shared by the rules; computed once per Doc and kept in ``doc.user_data``.
Greeting and sign-off vocabularies are per language, side by side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress

from notelint import lazyre
from notelint.memo import remembered
from notelint.patterns import OFFSET_COLUMN, SENT_START_COLUMN, token_columns, token_lowers

_ALNUM = lazyre.compile(r"[^\W_]")  # a letter or digit (str.isalnum)

GREETINGS = {
    "en": r"dear(?:est)?|hi|hello|hey|hiya|yo|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|morning",
    "de": (
        r"sehr geehrte[rs]?|werte[rs]?|liebe[rs]?|hallo|hi|hey|moin|servus|grüß gott|guten (?:tag|morgen|abend)|"
        r"grüezi|an wen es betrifft"
    ),
}

SIGNOFFS = {
    "en": (
        r"with (?:kind|warm|warmest|best) regards|(?:warm|warmest|kind|best) wishes|"
        r"(?:best|kind|warm|warmest|kindest|with best)? ?regards|best(?: wishes)?|all (?:the )?best|sincerely(?: yours)?|"
        r"yours(?: sincerely| truly| faithfully)?|respectfully(?: yours)?|thanks(?: again| so much| very much)?|"
        r"thank you(?: again| so much| very much)?|many thanks|with (?:many )?thanks(?: again)?|"
        r"with (?:gratitude|appreciation)|gratefully|cordially|warmly|cheers|thx|xoxo|love|take care|talk soon|later"
    ),
    "de": (
        r"mit (?:den )?(?:freundlichen|besten|herzlichen|vielen) grüßen|mit (?:freundlichem|bestem|herzlichem) gruß|"
        r"(?:viele|beste|herzliche|liebe|freundliche|schöne|sonnige)? ?grüße(?: aus \w+)?|mfg|lg|vg|gruß|"
        r"hochachtungsvoll|(?:vielen )?dank(?: nochmals| noch einmal)?|herzlichst|bis bald|ciao|tschüss"
    ),
}


def swiss(pattern: str) -> str:
    """Let "ß" also match "ss": Swiss German has no ß ("Grüsse", "Grüezi")."""
    return pattern.replace("ß", "(?:ß|ss)")


_GREETING_RE = {lang: lazyre.compile(swiss(rf"^\s*(?:{p})\b"), re.IGNORECASE) for lang, p in GREETINGS.items()}
# A sign-off line: the closing words, then punctuation, then at most a short name ("Best, Ana").
_SIGNOFF_RE = {
    lang: lazyre.compile(swiss(rf"^\s*(?:{p})(?!\w)\s*[,.!]*\s*(?:[-–—]\s*)?(?P<name>.*?)\s*$"), re.IGNORECASE)
    for lang, p in SIGNOFFS.items()
}
_NAME_WORD = lazyre.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*|[A-Z]\.|de|da|van|von|der|la|le|zu)$")
# Lines after the letter proper that are not a sign-off: device lines and contact data.
_TRAILER = lazyre.compile(
    r"^\s*(?:sent from my \w+(?: \w+)?|gesendet von meinem \w+|von meinem \w+ gesendet|get outlook for \w+)"
    r"\s*\.?\s*$|@|https?://|www\.|linkedin\.|github\.com|xing\.|\+?\d[\d ()/.-]{6,}\d",
    re.IGNORECASE,
)


def _signature_line(text: str) -> bool:
    """A line that can follow a sign-off: a name, a job title, a company, contact data."""
    stripped = text.strip()
    return bool(_TRAILER.search(stripped)) or (
        len(stripped.split()) <= 8 and not stripped.endswith((".", "!", "?")) or bool(re.search(r"\b[A-Z]\.$", stripped))
    )


def is_signoff(text: str, lang: str) -> bool:
    """Is this line a sign-off ("Best regards," / "Best, Ana" / "Mit freundlichen Grüßen")?"""
    regex = _SIGNOFF_RE.get(lang)
    match = regex.match(text) if regex else None
    if not match:
        return False
    name = match.group("name")
    return not name or (len(name.split()) <= 4 and all(_NAME_WORD.match(w) for w in name.split()))


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # exclusive, before the newline
    text: str

    @property
    def stripped_span(self) -> tuple[int, int]:
        lead = len(self.text) - len(self.text.lstrip())
        return self.start + lead, self.start + len(self.text.rstrip())


@dataclass(frozen=True)
class Letter:
    """Character ranges of a note's parts, as offsets into note.text."""

    lines: tuple[Line, ...]  # non-blank lines of the body
    greeting: Line | None  # the salutation line, if the note has one
    closing: Line | None  # the sign-off line ("Best regards,"), if any
    content_start: int  # after the greeting line
    content_end: int  # before the closing
    paragraphs: tuple[tuple[int, int], ...]  # of the content


def letter(note) -> Letter:
    """The parts of ``note`` (cached on its Doc)."""
    doc = note.doc
    cached = doc.user_data.get("notelint.letter") if doc is not None else None
    if cached is not None:
        return cached
    result = _parse(note)
    if doc is not None:
        doc.user_data["notelint.letter"] = result
    return result


def _parse(note) -> Letter:
    text, lang = note.text, note.language
    lines = []
    start = note.body_start
    for raw in note.body.split("\n"):
        if raw.strip():
            lines.append(Line(start, start + len(raw), raw))
        start += len(raw) + 1
    lines = tuple(lines)
    body_end = lines[-1].end if lines else len(text)
    greeting = None
    if lines and lang in _GREETING_RE:
        first = lines[0]
        if _GREETING_RE[lang].match(first.text):
            # "Dear Ms. Okafor, thank you for ...": the greeting ends at its comma
            run_on = re.match(r"^([^,:!]{1,60}[,:!])\s*(\S.*)$", first.text)
            if run_on and len(run_on.group(2).split()) >= 3 and not _GREETING_RE[lang].match(run_on.group(2)):
                greeting = Line(first.start, first.start + len(run_on.group(1)), run_on.group(1))
            elif len(first.text.split()) <= 12:
                greeting = first
    closing = None
    if lang in _SIGNOFF_RE:
        # the sign-off is among the last lines, after at least one line of content,
        # followed only by a name, a title or contact data
        tail = [ln for ln in lines[-8:] if greeting is None or ln.start > greeting.end]
        while tail and _TRAILER.search(tail[-1].text):
            tail.pop()
        # the first line of content: a candidate needs one before it (lines are in order)
        first_content = next((ln for ln in lines if greeting is None or ln.end > greeting.end), None)
        for index in range(len(tail) - 1, max(len(tail) - 5, 0) - 1, -1):
            candidate = tail[index]
            if first_content is None or first_content.start >= candidate.start:
                break
            after = tail[index + 1:]
            if is_signoff(candidate.text, lang) and all(_signature_line(ln.text) for ln in after):
                closing = candidate
                break
    content_start = greeting.end if greeting else (lines[0].start if lines else note.body_start)
    content_end = closing.start if closing else body_end
    if content_end < content_start:
        content_end = content_start
    return Letter(lines, greeting, closing, content_start, content_end, paragraphs(text, content_start, content_end))


# a blank line; the whitespace around it is trimmed off the paragraphs. (With that whitespace in the
# pattern, "\s*\n[ \t]*\n\s*", the search was tried at every space of the note: three times slower.)
_PARAGRAPH_BREAK = lazyre.compile(r"\n[ \t]*\n")


def paragraphs(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The paragraphs of text[start:end]: the stretches between blank lines, whitespace trimmed.

    Found by splitting at the breaks (tests/test_letter.py holds it to the regular expression it
    replaced, which tried every position for the end of a paragraph: a third of parsing a letter).
    """
    chunk = text[start:end]
    found = []
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(chunk), None]:
        stop = m.start() if m is not None else len(chunk)
        piece = chunk[pos:stop]
        trimmed_piece = piece.strip()
        if trimmed_piece:
            first = start + pos + len(piece) - len(piece.lstrip())
            found.append((first, first + len(trimmed_piece)))
        if m is not None:
            pos = m.end()
    return tuple(found)


def token_offsets(doc) -> list[int]:
    """Each token's character offset (``token.idx``), from spaCy's arrays, once per Doc."""
    offsets = doc.user_data.get("notelint.token_offsets")
    if offsets is None:
        offsets = doc.user_data["notelint.token_offsets"] = (
            token_columns(doc)[:, OFFSET_COLUMN].tolist() if len(doc) else [])
    return offsets


def token_range(doc, start: int, end: int) -> tuple[int, int]:
    """Token range [a, b) of the tokens that begin within characters [start, end)."""
    offsets = token_offsets(doc)
    return bisect_left(offsets, start), bisect_left(offsets, end)


def sentence_starts(doc) -> list[int]:
    """The index of each sentence's first token (found once per Doc)."""
    starts = doc.user_data.get("notelint.sent_starts")
    if starts is None:
        # from spaCy's array (1 marks a sentence start) rather than a Token object per token
        flags = token_columns(doc)[:, SENT_START_COLUMN].tolist() if len(doc) else []
        starts = doc.user_data["notelint.sent_starts"] = [i for i, flag in enumerate(flags) if i == 0 or flag == 1]
    return starts


def sentence_bounds(doc, start: int, end: int | None = None) -> tuple[int, int]:
    """Token range [s, e) of the sentence(s) holding tokens [start, end).

    The sentence starts are found once per Doc; ``span.sent`` and walking
    ``is_sent_start`` cost a pass over the sentence on every call, which is
    quadratic on a note that never ends a sentence.
    """
    import bisect

    starts = sentence_starts(doc)
    end = start + 1 if end is None else max(end, start + 1)
    s = starts[max(bisect.bisect_right(starts, start) - 1, 0)] if starts else 0
    k = bisect.bisect_left(starts, end)
    e = starts[k] if k < len(starts) else len(doc)
    return s, e


def doc_length(doc) -> int:
    """The length of ``doc.text`` without building it (``doc.text`` joins every token, each time)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _word_index(doc) -> tuple[list[int], list[int]]:
    """The word tokens' indices and character offsets, found once per Doc (no Token objects: rules
    mostly only count words).

    A word is a token holding a letter or digit. That also leaves out what spaCy flags as
    punctuation, space, quote or bracket: those flags hold only for tokens made of punctuation
    characters, whitespace or listed quote and bracket characters (tests/test_letter.py checks it).
    """
    cached = doc.user_data.get("notelint.letter.words")
    if cached is None:
        offsets = token_offsets(doc)
        lowers = token_lowers(doc)
        indices = list(compress(range(len(lowers)), _alnums(lowers)))
        cached = doc.user_data["notelint.letter.words"] = (indices, [offsets[i] for i in indices])
    return cached


_ALNUM_SEEN: dict[str, bool] = {}


def _alnums(lowers: list[str]) -> list[bool]:
    """Does each token hold a letter or digit? (remembered per word: notes share most of their words)"""
    return remembered(_ALNUM_SEEN, lowers, lambda word: _ALNUM.search(word) is not None, 100_000)


def _word_range(doc, start: int, end: int | None) -> tuple[list[int], int, int]:
    end = doc_length(doc) if end is None else end
    indices, offsets = _word_index(doc)
    return indices, bisect_left(offsets, start), bisect_left(offsets, end)


def words(doc, start: int = 0, end: int | None = None):
    """Word tokens (not punctuation, spaces or symbols) within a character range."""
    return [doc[i] for i in word_indices(doc, start, end)]


def word_indices(doc, start: int = 0, end: int | None = None) -> list[int]:
    """The indices of the word tokens (as :func:`words` finds them) within a character range."""
    indices, a, b = _word_range(doc, start, end)
    return indices[a:b]


def word_count(doc, start: int = 0, end: int | None = None) -> int:
    """How many words (as :func:`words` finds them) lie within a character range."""
    _, a, b = _word_range(doc, start, end)
    return b - a


def sentences(doc, start: int = 0, end: int | None = None):
    """Sentences with at least one word inside a character range."""
    end = doc_length(doc) if end is None else end
    # walk the sentences once per Doc: rules ask for several ranges
    cached = doc.user_data.get("notelint.letter.sentences")
    if cached is None:
        # where each word-initial token starts, from the arrays (a Token object per token costs more)
        starts = token_offsets(doc)
        initial = _initials(token_lowers(doc))
        cached = doc.user_data["notelint.letter.sentences"] = [
            (s, s.start_char, s.end_char, list(compress(starts[s.start:s.end], initial[s.start:s.end])))
            for s in doc.sents
        ]
    out = []
    for sent, first, last, word_starts in cached:
        if last > start and first < end:
            k = bisect_left(word_starts, start)
            if k < len(word_starts) and word_starts[k] < end:
                out.append(sent)
    return out


_INITIAL_SEEN: dict[str, bool] = {}


def _initials(lowers: list[str]) -> list[bool]:
    """Does each token start with a letter or digit? (remembered per word, like :func:`_alnums`;
    lower-casing keeps a letter a letter)"""
    return remembered(_INITIAL_SEEN, lowers, lambda word: word[:1].isalnum(), 100_000)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
