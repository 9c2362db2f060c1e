"""Names of people and companies: parsing salutations and metadata, and edit distance.

Shared by ``recipient-name-mismatch`` and ``wrong-company-name``. Plain
strings and offsets; no spaCy.
"""

from __future__ import annotations

import re

from notelint import lazyre
from dataclasses import dataclass

#: Courtesy titles that put a surname next ("Ms. Lee", "Frau Lee").
COURTESY = frozenset("mr mrs ms miss mx herr herrn frau".split())
#: Academic titles.
ACADEMIC = frozenset("dr doktor prof professor professorin".split())
TITLES = COURTESY | ACADEMIC
#: Name particles that may sit between a first name and a surname.
PARTICLES = frozenset("von van de der den da di du le la zu ter ten vom".split())
#: Words after a greeting that are not a person's name.
NOT_NAMES = frozenset("""
    team all everyone there folks friends colleagues sir madam sirs madams hiring manager managers
    recruiter recruiting recruitment committee search selection panel board department hr people
    whom it may concern future interviewer interviewers
    damen herren zusammen kollegen kolleginnen kollegium personalabteilung bewerbungsteam
    auswahlkommission recruitingteam personalteam ihr euch
""".split())

_TOKEN = lazyre.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance between ``a`` and ``b`` (case-sensitive).

    With ``limit``, any distance above it may be returned as ``limit + 1``.
    """
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def misspelling_limit(name: str) -> int:
    """How many edits still count as a misspelling of ``name`` (1 for short names, else 2)."""
    return 1 if len(name) <= 4 else 2


def same_name(a: str, b: str) -> bool:
    """The same name, allowing transliterated umlauts ("Mueller" for "Müller")."""
    return a == b or _transliterated(a) == _transliterated(b)


def nickname_like(a: str, b: str) -> bool:
    """Plausibly a short form: "Kate"/"Katherine", "Alex"/"Alexander" (a shared start of 3+ letters)."""
    a, b = a.lower(), b.lower()
    return min(len(a), len(b)) >= 3 and a[:3] == b[:3]


def is_misspelling(written: str, right: str) -> bool:
    """``written`` is ``right`` with a slip: 1-2 edits (or only the case differs)."""
    if same_name(written, right):
        return False
    if written.isupper() and len(written) > 1:
        written = written.title()
    return edit_distance(written, right, 3) <= misspelling_limit(right)


def _transliterated(name: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    return "".join(table.get(ch, ch) for ch in name)


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    """A person as named in metadata or a salutation: titles, then name words."""

    titles: tuple[Word, ...]
    names: tuple[Word, ...]

    @property
    def title_keys(self) -> frozenset[str]:
        return frozenset(_key(t.text) for t in self.titles)

    @property
    def formal(self) -> bool:
        """Addressed by title and surname ("Ms. Lee", "Herr Dr. Maier")."""
        return bool(self.title_keys & TITLES)

    @property
    def surname(self) -> Word | None:
        return self.names[-1] if self.names else None

    @property
    def first_names(self) -> tuple[Word, ...]:
        return tuple(w for w in self.names[:-1] if w.text.lower() not in PARTICLES)

    @property
    def is_doctor(self) -> bool:
        return bool(self.title_keys & {"dr", "doktor"})


def _key(title: str) -> str:
    return title.lower().rstrip(".")


def parse_person(text: str, offset: int = 0) -> Person | None:
    """Titles and name words of ``text`` ("Dr. Anna McDonald", "Herr Maier"); None if no name."""
    titles, names = [], []
    for m in _TOKEN.finditer(text):
        raw, start = m.group(), offset + m.start()
        key = _key(raw)
        if key in TITLES and not names:
            titles.append(Word(raw, start, start + len(raw)))
            continue
        if key in NOT_NAMES or any(part in NOT_NAMES for part in key.split("-")):
            return None  # "Hiring Manager", "Recruiting-Team"
        word = raw.rstrip(".'’")
        if not (word[:1].isupper() or word.lower() in PARTICLES):
            break
        names.append(Word(word, start, start + len(word)))
    if not names:
        return None
    return Person(tuple(titles), tuple(names))


def metadata_people(interviewer: str | None) -> list[Person]:
    """The people named in the ``interviewer`` metadata ("Dr. Anna McDonald; Tom Lee")."""
    if not interviewer:
        return []
    people = []
    for part in re.split(r";|&|/|\band\b|\bund\b", interviewer):
        part = part.split(",")[0]  # "Anna McDonald, Head of Data"
        person = parse_person(part.strip())
        if person:
            people.append(person)
    return people


def salutation_people(line_text: str, line_start: int, greeting_re: re.Pattern) -> list[Person]:
    """The people a greeting line addresses, with offsets into the note's text.

    "Dear Ms. Lee and Mr. Ruiz," gives two; "Sehr geehrte Frau Lee, sehr geehrter
    Herr Ruiz," gives two; "Dear Hiring Manager," gives none.
    """
    people = []
    for n, m in enumerate(re.finditer(r"[^,;&]+", line_text)):
        segment = m.group()
        cuts = [0] + [c.end() for c in re.finditer(r"\b(?:and|und)\b", segment)]
        ends = [c.start() for c in re.finditer(r"\b(?:and|und)\b", segment)] + [len(segment)]
        for i, (a, b) in enumerate(zip(cuts, ends)):
            text = segment[a:b]
            g = greeting_re.match(text)
            skip = g.end() if g else 0
            person = parse_person(text[skip:], line_start + m.start() + a + skip)
            if person is None:
                break
            # after the first comma only "sehr geehrter Herr Ruiz" or "Mr. Ruiz", not "Thank you ..."
            if n and i == 0 and not (g or person.titles):
                break
            people.append(person)
    return people
