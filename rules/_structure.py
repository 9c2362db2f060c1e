"""Where a note's salutation and sign-off are, and what they say.

Shared by the structure rules (greeting, closing, length and the "missing"
checks). Builds on ``_letter``: the vocabularies are ``GREETINGS`` and
``SIGNOFFS`` from there; this module adds what those rules need beyond them:

* the salutation may sit on either of the first two lines (a date or a
  subject line may come first), and may run on into the first sentence
  ("Dear Ms. Okafor, thank you ...");
* a sign-off may carry the name on the same line ("Best, Ana"), may be
  followed by a signature block longer than four lines, and a device line
  ("Sent from my iPhone") after it is not the sign-off;
* casual closings ("Cheers", "Thx", "Love,", "Later") that ``SIGNOFFS``
  does not all know.

Everything is computed once per Doc and kept in ``doc.user_data``.
"""

from __future__ import annotations

import re

from notelint import lazyre
from dataclasses import dataclass, replace

from ._letter import GREETINGS, SIGNOFFS, Line, letter, swiss

GREETING_RE = {
    lang: lazyre.compile(swiss(rf"^\s*(?P<word>(?:{p}))\b"), re.IGNORECASE)
    for lang, p in GREETINGS.items()
}

# Casual greeting words (EN and DE alike); "morning" is "Morning," on its own.
CASUAL_GREETING_WORDS = {
    "en": {"hey", "yo", "hiya", "hi", "hello", "morning", "greetings"},
    "de": {"hallo", "hi", "hey", "moin", "servus", "yo"},
}

# Words after a greeting that address nobody in particular.
_NOBODY = {
    "there", "all", "everyone", "everybody", "team", "folks", "guys", "y'all", "you", "both",
    "zusammen", "alle", "allerseits", "leute", "ihr", "team", "liebe", "miteinander",
}
_PLACEHOLDER = lazyre.compile(r"\{\{[^}\n]*\}\}|\[[^\]\n]*\]|<[^>\n]*>|%\w+%|\$\{[^}\n]*\}")
_NAME_ONLY = lazyre.compile(r"^\s*(?P<name>[^,:!]{1,60})[,:!]\s*$")  # "Priya," / "Frau Weber,"
_TITLE_RE = lazyre.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|professor|frau|herr|hr|fr)\b\.?", re.IGNORECASE)
_NAME_WORD = lazyre.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*|[A-Z]\.)$")

# Sign-offs: the shared vocabulary plus casual ones it lacks.
CASUAL_SIGNOFF = r"cheers|thx|thnx|thanx|xoxo|xo|love|later|laters|ttyl|hugs|peace|bye|cya"
DEVICE_LINE = lazyre.compile(
    r"^\s*(?:sent from my \w+(?: \w+)?|gesendet von meinem \w+|von meinem \w+ gesendet|"
    r"get outlook for \w+)\s*\.?\s*$",
    re.IGNORECASE,
)
# Sign-offs _letter.SIGNOFFS lacks (longest first, so they win over their prefixes).
_MORE_SIGNOFFS = {
    "en": r"with (?:kind|warm|warmest|best) regards|(?:warm|warmest|kind|best) wishes|all best|"
    r"thank you so much|thanks so much again|with thanks again",
    "de": r"mit (?:freundlichem|bestem|herzlichem) gruß|(?:viele|beste|herzliche|liebe|sonnige|schöne) grüße aus \w+|"
    r"(?:danke|vielen dank) und (?:viele|beste|herzliche|freundliche|liebe) grüße",
}
_SIGNOFF_WITH_NAME_RE = {
    lang: lazyre.compile(
        swiss(rf"^\s*(?P<closing>(?:{_MORE_SIGNOFFS[lang]}|{p}|{CASUAL_SIGNOFF}))(?!\w)\s*(?P<punct>[,.!]*)"
               rf"\s*(?:[-–—]\s*)?(?P<name>[^\n]*?)\s*$"),
        re.IGNORECASE,
    )
    for lang, p in SIGNOFFS.items()
}
_CASUAL_RE = lazyre.compile(rf"^(?:{CASUAL_SIGNOFF})$", re.IGNORECASE)
_CONTACT = lazyre.compile(r"@|https?://|www\.|linkedin|github\.com|\+?\d[\d ()/.-]{6,}\d", re.IGNORECASE)
_NAME_PARTICLES = {"de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "dos", "y", "zu"}


@dataclass(frozen=True)
class Salutation:
    """The opening salutation ("Dear Ms. Okafor,")."""

    line: Line
    word_start: int  # the greeting word(s): "Dear", "Hey", "Sehr geehrte"
    word_end: int
    start: int  # the whole salutation, without trailing punctuation
    end: int
    word: str  # lower-cased greeting word(s); "" for a bare name ("Priya,")
    address: str  # what follows the greeting word, up to the comma: "Ms. Okafor", "there", ""
    named: bool  # addresses a person by name
    titled: bool  # with Mr./Ms./Dr./Frau/Herr
    lines_end: int = -1  # end of the salutation's last line (a second addressee may follow on the next)

    @property
    def last_end(self) -> int:
        return max(self.lines_end, self.line.end)


@dataclass(frozen=True)
class Signoff:
    """How the note ends."""

    closing: Line | None  # the sign-off line ("Best regards,", "Cheers, Ana")
    closing_word: tuple[int, int] | None  # the sign-off words without punctuation or name
    casual: bool
    has_name: bool  # a name after the sign-off (same line or below)
    last: Line | None  # the last line of the note that is neither contact data nor a device line
    last_is_name: bool  # that last line looks like a name ("Ana Ruiz", "– Ana")
    device: Line | None  # "Sent from my iPhone"
    content_end: int  # where the signature part begins


def looks_like_name(text: str) -> bool:
    """A short signature: "Ana Ruiz", "A.", "– Ana", "Dr. Ana de la Cruz"."""
    text = text.strip().lstrip("-–—").strip().rstrip(",")
    words = text.split()
    if not words or len(words) > 5 or any(ch in text for ch in "!?;:"):
        return False
    if text.endswith(".") and not re.search(r"(?:^|\s)[A-ZÄÖÜ]\.$|\b(?:Jr|Sr|Dr|PhD)\.$", text):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in _NAME_PARTICLES for w in words)


def _cached(note, key, compute):
    doc = note.doc
    if doc is None:
        return compute(note)
    key = "notelint.structure." + key
    if key not in doc.user_data:
        doc.user_data[key] = compute(note)
    return doc.user_data[key]


def salutation(note) -> Salutation | None:
    """The salutation on one of the first two non-blank lines, if any."""
    return _cached(note, "salutation", _find_salutation_lines)


def _find_salutation_lines(note) -> Salutation | None:
    """The salutation, extended over a second addressee's line ("sehr geehrter Herr Ruiz,")."""
    sal = _find_salutation(note)
    if sal is None:
        return None
    regex = GREETING_RE[note.language]
    following = [ln for ln in letter(note).lines if ln.start > sal.line.end][:1]
    for line in following:
        text = line.text.strip()
        if regex.match(text) and text.endswith((",", ":")) and len(text.split()) <= 8:
            return replace(sal, lines_end=line.end)
    return sal


def _find_salutation(note) -> Salutation | None:
    regex = GREETING_RE.get(note.language)
    if regex is None:
        return None
    for line in letter(note).lines[:2]:
        m = regex.match(line.text)
        if not m:
            bare = _NAME_ONLY.match(line.text)
            if bare and looks_like_name(bare.group("name")) and not _SIGNOFF_WITH_NAME_RE[note.language].match(line.text):
                start, end = line.stripped_span
                name = bare.group("name").strip()
                return Salutation(line, start, start, start, start + len(name), "", name, True,
                                  bool(_TITLE_RE.match(name)))
            continue
        if len(line.text.split()) > 40:
            continue
        word = m.group("word")
        rest = line.text[m.end():]
        # what follows the greeting word, up to the first comma, colon, "!" or dash
        sep = re.match(r"[ \t]*,?[ \t]*", rest)
        addr_off = m.end() + sep.end()
        tail = line.text[addr_off:]
        stop = re.search(r"[,:!;–—]|\s-\s|$", tail)
        address = tail[: stop.start()].strip()
        address_words = address.split()
        first = address_words[0].lower() if address_words else ""
        if len(address_words) > 6 or (
            address_words and not _NAME_WORD.match(address_words[0]) and not _TITLE_RE.match(address)
            and not (first in _NOBODY and len(address_words) <= 2)
            and not _lower_case_name(sep.group(), address_words, tail[stop.start():])
        ):
            address, address_words = "", []  # "Hi, thanks for ..." or a sentence: no name
        named = bool(address_words) and address_words[0].lower().strip(",.") not in _NOBODY
        if not address_words and _PLACEHOLDER.match(tail):
            address = _PLACEHOLDER.match(tail).group()
            address_words, named = [address], True  # "Hi {{first_name}},": a name goes there
        titled = bool(_TITLE_RE.match(address))
        addr_start = line.start + addr_off
        if any(slot.start < addr_start + max(len(address), 1) and addr_start < slot.end
               for slot in getattr(note, "slots", ()) or ()):
            # template mode filled a placeholder with a stand-in ("Ms. Lee"): a name, of unknown form
            named, titled = True, False
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        end = line.start + addr_off + len(address) if address else line.start + m.end()
        return Salutation(
            line=line,
            word_start=line.start + m.start("word"),
            word_end=line.start + m.end("word"),
            start=start,
            end=end,
            word=re.sub(r"\s+", " ", word.lower()),
            address=address,
            named=named,
            titled=titled,
        )
    return None


def _lower_case_name(separator: str, words: list[str], after: str) -> bool:
    """"hi priya," typed in lower case: a word or two, alone on the line, after no comma."""
    return "," not in separator and len(words) <= 2 and bool(re.fullmatch(r"[,:!]?\s*", after)) and all(
        w.isalpha() for w in words
    )


def signoff(note) -> Signoff:
    """The sign-off and signature."""
    return _cached(note, "signoff", _find_signoff)


def letter_range(note) -> tuple[int, int]:
    """From the salutation line to the sign-off: the letter without its signature."""
    sal = salutation(note)
    lo = sal.line.start if sal is not None else note.body_start
    hi = signoff(note).content_end
    return lo, (hi if hi > lo else len(note.text))


def _find_signoff(note) -> Signoff:
    parts = letter(note)
    lines = [ln for ln in parts.lines if parts.greeting is None or ln.start > parts.greeting.start]
    sal = salutation(note)
    if sal is not None:
        lines = [ln for ln in lines if ln.start >= sal.last_end]
    device = None
    while lines and (DEVICE_LINE.match(lines[-1].text) or _CONTACT.search(lines[-1].text)):
        if DEVICE_LINE.match(lines[-1].text) and device is None:
            device = lines[-1]
        lines.pop()
    regex = _SIGNOFF_WITH_NAME_RE.get(note.language)
    closing = closing_word = None
    casual = has_name = False
    if regex is not None:
        tail = lines[-6:]
        for i in range(len(tail) - 1, -1, -1):
            candidate = tail[i]
            m = regex.match(candidate.text)
            if not m:
                continue
            name = m.group("name")
            if name and not looks_like_name(name):
                continue  # "Thanks again for your time." is a sentence, not a sign-off
            if not _signature_block(tail[i + 1:]):
                continue  # "Thank you!" in the body, with more of the letter after it
            closing = candidate
            closing_word = (candidate.start + m.start("closing"), candidate.start + m.end("closing"))
            casual = bool(_CASUAL_RE.match(m.group("closing")))
            has_name = bool(name) or i < len(tail) - 1
            break
    last = lines[-1] if lines else None
    last_is_name = bool(last) and looks_like_name(last.text) and (closing is None or last is not closing)
    if closing is not None:
        content_end = closing.start
    elif last_is_name:
        content_end = last.start
    else:
        content_end = parts.content_end
    return Signoff(closing, closing_word, casual, has_name, last, last_is_name, device, content_end)


def _signature_block(lines) -> bool:
    """Lines that can follow a sign-off: a name, a job title, contact data."""
    return all(
        looks_like_name(ln.text) or _CONTACT.search(ln.text)
        or (len(ln.text.split()) <= 8 and not ln.text.rstrip().endswith((".", "!", "?")))
        for ln in lines
    )


_SIE = lazyre.compile(r"^(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)$")
_DU = lazyre.compile(r"^(?:du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure)$", re.IGNORECASE)


def formality(note) -> str | None:
    """"sie", "du" or None for a German note, from the pronouns it uses.

    A capitalised Sie/Ihnen/Ihr... counts only where it cannot be a
    sentence-initial "they"/"their"; "Sehr geehrte" also marks a Sie-note.
    """
    doc = note.doc
    sal = salutation(note)
    sie = bool(sal and sal.word.startswith(("sehr geehrte", "werte")))
    du = False
    for tok in doc:
        if tok.idx < note.body_start:
            continue
        if _SIE.match(tok.text) and not _sentence_initial(tok):
            sie = True
        elif _DU.match(tok.text):
            du = True
    if sie:
        return "sie"
    return "du" if du else None


def _sentence_initial(tok) -> bool:
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or "\n" in prev.text or prev.text in {".", "!", "?", ":", "–", "—", "-", '"'}


def first_content_line(note) -> tuple[int, int]:
    """The first line of the note's content (after the salutation), trimmed."""
    parts = letter(note)
    sal = salutation(note)
    after = sal.last_end if sal is not None else -1
    for line in parts.lines:
        if line.start > after:
            return line.stripped_span
    if parts.lines:
        return parts.lines[0].stripped_span
    return note.body_start, note.body_start


def inflected(words: str) -> str:
    """A regex for a (multi-word) term allowing small English/German inflections."""
    ending = r"(?:'s|s|es|e|en|n|er|in|innen|ns)?"
    parts = [re.escape(w) + ending for w in words.split()]
    return r"(?<!\w)" + r"[\s-]+".join(parts) + r"(?!\w)"
