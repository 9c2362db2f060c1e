"""German forms of address: which words address the reader as Sie and which as du.

Shared by the German letter rules (de-sie-du-mixing, de-grussformel). Computed
once per Doc and kept in ``doc.user_data``. German has no trained pipeline
here, so everything is read from the lower-cased and the written form of each
token, never from lemmas.
"""

from __future__ import annotations

import re
from itertools import compress

from notelint import lazyre
from notelint.patterns import token_lowers
from dataclasses import dataclass

from ._letter import letter

#: Polite address when capitalised in the middle of a sentence.
POLITE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})
#: Informal address (singular du and plural ihr/euch), in any capitalisation.
INFORMAL = frozenset({
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
    "euch", "euer", "eure", "euren", "eurem", "eurer", "eures",
})
#: The literal swap for a possessive or dative, where no verb has to change with it.
TO_POLITE = {
    "dir": "Ihnen", "dich": "Sie", "dein": "Ihr", "deine": "Ihre", "deinen": "Ihren",
    "deinem": "Ihrem", "deiner": "Ihrer", "deines": "Ihres",
}
TO_INFORMAL = {
    "ihnen": "dir", "ihr": "dein", "ihre": "deine", "ihren": "deinen", "ihrem": "deinem",
    "ihrer": "deiner", "ihres": "deines",
}

# Lower-case "ihnen"/"ihr(e)" in phrases that can only address the reader
# (never "them"/"her"): the writer meant the polite form.
_LOWER_POLITE = lazyre.compile(
    r"\b(?:ich\s+danke|danke|bedanke\s+mich(?:\s+\w+)?\s+bei|wünsche|möchte|"
    r"melde\s+mich(?:\s+\w+)?\s+bei)\s+(ihnen)\b"
    r"|\b(?:freue\s+mich(?:\s+\w+)?\s+auf|(?:vielen|herzlichen|besten)\s+dank\s+für|danke\s+für)\s+"
    r"(ihre?n?)\b"
)
_ADDRESS = POLITE | INFORMAL


def _lower_polite(text: str) -> set[int]:
    """Where a lower-case "ihnen"/"ihr(e)" can only address the reader (see _LOWER_POLITE)."""
    found = set()
    for m in _LOWER_POLITE.finditer(text.lower()):
        group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
        found.add(m.start(group))
    return found


# "Ihr" as the plural du ("Ihr wart toll", "Ihr alle"): a verb or "alle" follows.
_PLURAL_IHR_NEXT = lazyre.compile(r"^(?:alle|beide|seid|\w+t)$")
_NOT_VERBS = frozenset({"gut", "erst", "echt", "recht", "leicht", "jetzt", "selbst", "fast", "breit", "weit"})
_QUOTED = lazyre.compile(r"„[^“”\"\n]*[“”\"]|“[^”\n]*”|»[^«\n]*«|«[^»\n]*»|\"[^\"\n]*\"")
_FORMS = frozenset({"Frau", "Herr", "Herrn", "Fr.", "Hr.", "Dr.", "Prof."})
_OPENERS = frozenset({":", "\"", "„", "“", "»", "«", "(", "[", "'"})


@dataclass(frozen=True)
class Address:
    """A word (or the "Sehr geehrte" of the greeting) that addresses the reader."""

    start: int
    end: int
    text: str
    polite: bool
    lowercase_polite: bool = False  # polite, but written in lower case

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Register:
    polite: tuple[Address, ...]
    informal: tuple[Address, ...]

    @property
    def is_sie(self) -> bool:
        """The note mostly says Sie (ties go to Sie, the safe default)."""
        return bool(self.polite) and len(self.polite) >= len(self.informal)

    @property
    def is_du(self) -> bool:
        return bool(self.informal) and len(self.informal) > len(self.polite)


def register(note) -> Register:
    """The Sie and du forms of address in ``note`` (cached on its Doc)."""
    doc = note.doc
    cached = doc.user_data.get("notelint.de-register")
    if cached is None:
        cached = doc.user_data["notelint.de-register"] = _scan(note)
    return cached


def _initial(doc, text: str, i: int) -> bool:
    """Could the token start a sentence (where "Sie" may mean "they")? ``text`` is the text the Doc was made from."""
    tok = doc[i]
    if tok.is_sent_start or i == 0:
        return True
    j = i - 1
    newline = False
    while j >= 0 and doc[j].is_space:
        newline = newline or "\n" in doc[j].text
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    newline = newline or "\n" in text[prev.idx + len(prev.text):tok.idx]
    if prev.text in _OPENERS or prev.text.endswith((".", "!", "?")):
        return True
    return newline and prev.text != ","


def _after_form(doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text in _FORMS


def _plural_ihr(doc, i: int) -> bool:
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j >= len(doc):
        return False
    nxt = doc[j].text
    return nxt.islower() and nxt not in _NOT_VERBS and bool(_PLURAL_IHR_NEXT.match(nxt))


def _scan(note) -> Register:
    doc, text = note.doc, note.text
    quoted = [m.span() for m in _QUOTED.finditer(text)]

    def in_quotes(pos):
        return any(a < pos < b for a, b in quoted)

    lower_polite = None  # found when a lower-case polite form is met (most notes have none)

    polite, informal = [], []
    greeting = letter(note).greeting
    if greeting is not None:
        m = re.match(r"\s*(sehr geehrte[rs]?)\b", greeting.text, re.IGNORECASE)
        if m:
            polite.append(Address(greeting.start + m.start(1), greeting.start + m.end(1), m.group(1), True))
    lowers = token_lowers(doc)
    # only forms of address count: the others are skipped without making a Token (picked in C)
    for i in compress(range(len(lowers)), map(_ADDRESS.__contains__, lowers)):
        low = lowers[i]
        tok = doc[i]
        word = tok.text
        if in_quotes(tok.idx) or word.isupper() and len(word) > 1:
            continue
        if low in INFORMAL:
            if word[0].isupper() and _after_form(doc, i):
                continue  # "Frau Du" (a surname), "Frau Dir. Huber" (Direktorin)
            informal.append(Address(tok.idx, tok.idx + len(word), word, False))
        elif low in POLITE:
            if word[0].isupper():
                if _initial(doc, text, i) or (low == "ihr" and _plural_ihr(doc, i)):
                    continue
                polite.append(Address(tok.idx, tok.idx + len(word), word, True))
            else:
                if lower_polite is None:
                    lower_polite = _lower_polite(text)
                if tok.idx in lower_polite:
                    polite.append(Address(tok.idx, tok.idx + len(word), word, True, lowercase_polite=True))
    return Register(tuple(polite), tuple(informal))
