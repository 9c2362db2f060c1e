"""wrong-company-name (NL303): the note names the wrong company as the one you want to join.

What it does
    Looks for the company named as the target of the application: "work at X",
    "work for X", "join X", "the role at X", "X's team", "bei X arbeiten",
    "die Stelle bei X", "Teil von X werden", "zu X wechseln". It compares that
    name with ``company`` in the metadata:

    - a misspelling ("Intech" or "InitTech" for "Initech") is an error;
    - a name listed in ``other-companies`` (the other applications) is an error;
    - a different name after "work at", "join", "bei X arbeiten" and the like
      is an error. After the looser "work for X" (X may be a person) a
      different name is reported only when the trained English pipeline tags
      it as an organisation; a name it tags as a person or place is left alone.

    A past or current employer in the same sentence ("my former employer",
    "when I worked at", "my current role at", "früherer Arbeitgeber", "bei
    meinem ehemaligen Arbeitgeber") silences it, and so do department names
    ("join Platform Engineering"), "Sie/Ihnen" and the interviewer's name. The
    looser "X's team" and "das X-Team" only report misspellings and other
    applications. Without ``company`` (or ``other-companies``) in the
    metadata the rule is silent.

Why
    Naming another company in a thank-you note is the classic copy-and-paste
    giveaway: the reader learns both that you apply elsewhere and that the
    note is a form letter [S14, S20, S22; D25].

Example
    Fires (company: Initech)::

        I've always wanted to work at Globex.
        Ich wollte immer bei Globex arbeiten.

    Passes::

        At Globex, my former employer, I led the billing migration.
        Bei meinem früheren Arbeitgeber Globex habe ich das Reporting aufgebaut.
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._names import is_misspelling, metadata_people

_NAME_WORD = r"[A-ZÄÖÜ][\w&-]*(?:['’](?!s\b)\w+)?(?:\.\w+)*"  # Initech, O'Reilly, Booking.com
_ORG = (
    rf"(?P<org>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,3}}"
    r"(?:[ \t]+(?:Inc|Corp|Co|Ltd|LLC|GmbH|AG|KG|SE|PLC)\.?)?)"
)

# (before, cues, after, strength): the pattern is ``before``, then one of the ``cues`` (literal text),
# then ``after``. "strong" reports any other name; "weak" reports only misspellings and other
# applications; "loose" is weak unless the trained pipeline tags the name as an organisation.
# Every match holds one of its cues, so a note holding none is not searched: a pattern that starts
# with \b is tried at every position of the note (about 8 microseconds each on a hand-written one).
TRIGGERS = {
    "en": [
        (r"\b", ("work",), rf"(?:ing)?[ \t]+at[ \t]+{_ORG}", "strong"),
        (r"\b", ("work",), rf"(?:ing)?[ \t]+for[ \t]+{_ORG}", "loose"),
        (r"\b", ("join",), rf"(?:ing|ed)?[ \t]+{_ORG}", "strong"),
        (r"\b", ("role", "position", "job", "opening", "opportunity", "internship", "career", "future", "vacancy",
                 "start", "offer"), rf"[ \t]+(?:here[ \t]+)?(?:at|with)[ \t]+{_ORG}", "strong"),
        (r"\b", ("part of", "contribute to", "contributing to"), rf"[ \t]+{_ORG}", "strong"),
        (r"\b", ("team", "people", "engineers", "colleagues"), rf"[ \t]+at[ \t]+{_ORG}", "weak"),
        (_ORG, ("'s", "’s"), r"[ \t]+(?:\w+[ \t]+)?(?:team|mission|culture|products?|customers|growth|plans?|roadmap|"
         r"office|offices|values|platform)\b", "weak"),
    ],
    "de": [
        (r"\b", ("bei",), rf"[ \t]+{_ORG}[ \t]+(?:[a-zäöüß]\w*[ \t]+|als[ \t]+\w+[ \t]+){{0,3}}?"
         r"(?:zu[ \t]+)?(?:arbeiten|anfangen|anzufangen|einsteigen|einzusteigen|mitarbeiten|mitzuarbeiten|"
         r"mitwirken|mitzuwirken|beginnen|zu beginnen|starten|tätig)\b", "strong"),
        (r"\b", ("Stelle", "Position", "Rolle", "Job", "Tätigkeit", "Einstieg", "Zukunft", "Karriere", "Praktikum",
                 "Aufgabe"), rf"[ \t]+(?:als[ \t]+\w+[ \t]+)?bei[ \t]+{_ORG}", "strong"),
        (r"\b", ("für",), rf"[ \t]+{_ORG}[ \t]+(?:zu[ \t]+)?(?:arbeiten|tätig)", "loose"),
        (r"\b", ("Teil",), rf"[ \t]+(?:von|des[ \t]+Teams[ \t]+(?:von|bei))[ \t]+{_ORG}", "strong"),
        (rf"\bzu[ \t]+{_ORG}[ \t]+(?:zu[ \t]+)?", ("wechseln",), "", "strong"),
        (r"\b", ("Team", "Kollegen", "Kolleginnen"), rf"[ \t]+(?:bei|von)[ \t]+{_ORG}", "weak"),
        (r"\b(?P<org>[A-ZÄÖÜ][\w&.]*)", ("-Team",), r"\b", "weak"),
    ],
}
# (a trigger starting at a word start is searched with lazyre.word_start: 2-8 times as fast as with \b)
_COMPILED = {
    lang: [(lazyre.compile((lazyre.word_start(cues) if before == r"\b" else
                            before + "(?:" + "|".join(re.escape(cue) for cue in cues) + ")") + after), cues, strength)
           for before, cues, after, strength in items]
    for lang, items in TRIGGERS.items()
}

# A past or present employer in the sentence: not the company applied to.
PAST = {
    "en": lazyre.compile(
        r"\b(?:former|previous|prior|past|current|present|old|last)[ \t]+(?:employer|job|role|company|team|position)|"
        r"\bex-|\bused to work|\bwhen I (?:was|worked)|\bI (?:worked|interned|was)\b|\bwhile (?:at|working)|"
        r"\bmy (?:time|years|days|internship|tenure) at\b|\bcurrently\b|\bformerly\b|\bpreviously\b|"
        r"\bI (?:currently )?work (?:at|for)\b|\bmy (?:current|present) ",
        re.IGNORECASE,
    ),
    "de": lazyre.compile(
        r"\b(?:früher|ehemalig|vorherig|bisherig|damalig|letzt|jetzig|aktuell|derzeitig)(?:e|en|er|em|es)?[ \t]+"
        r"(?:Arbeitgeber|Firma|Unternehmen|Stelle|Job|Position|Team)|\bArbeitgeber[ \t]+(?:war|ist)\b|"
        r"\b(?:arbeitete|war ich|habe ich [^.]{0,40}gearbeitet|habe ich [^.]{0,40}gelernt|derzeit|zurzeit|momentan|"
        r"damals|bisher|seit \d+ Jahren)\b",
        re.IGNORECASE,
    ),
}

NOT_ORGS = frozenset("""
    I We You Your Our My The This That It He She They A An Mr Mrs Ms Mx Dr Prof Herr Herrn Frau
    Sie Ihnen Ihr Ihre Ihrem Ihrer Ihren Ihres Euch Dir Dich Du Uns Ihm Einem Einer Dem Der Den Die Das
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag
    Januar Februar März Juni Juli Oktober Dezember
    Engineering Marketing Sales Finance Research Design Product Data Platform Operations Support HR IT Legal
    Accounting Analytics Security Infrastructure Customer Success Growth Strategy Controlling Vertrieb Einkauf
    Personal Entwicklung Forschung Buchhaltung Team Teams Bedarf Fragen Gelegenheit Projekten Projekte Kunden
    Unternehmen Firmen Konzernen Startups Start-ups Agenturen Behörden Banken Versicherungen Ihnen
    Abteilung Bereich Standort Home Remote
""".split())

_SUFFIX = lazyre.compile(
    r"(?:[ \t,]+(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|GmbH|AG|KG|SE|PLC|plc|Group|Gruppe|& Co\.? KG)\.?)+$"
)


def _core(name: str) -> str:
    name = re.sub(r"(?:'s|’s)$", "", name.strip()).rstrip(".,")
    return _SUFFIX.sub("", name).strip()


def _same(written: str, known: str) -> bool:
    a, b = _core(written).lower().split(), _core(known).lower().split()
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _classify(written, company, others):
    """"ok", "misspelt", "other" or "different"; with the name it was matched to."""
    if company and _same(written, company):
        core_w, core_c = _core(written), _core(company)
        n = min(len(core_w.split()), len(core_c.split()))
        w_head, c_head = " ".join(core_w.split()[:n]), " ".join(core_c.split()[:n])
        if w_head != c_head and not w_head.isupper():
            return "misspelt", company
        return "ok", company
    for other in others:
        if _same(written, other) or is_misspelling(_core(written), _core(other)):
            return "other", other
    if company and is_misspelling(_core(written), _core(company)):
        return "misspelt", company
    if company and company.lower() in written.lower():
        return "ok", company
    return "different", company


def _sentence_bounds(doc, start):
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            return sent.start_char, sent.end_char
    return start, start


def _trim_org(text, start, end):
    """Drop a trailing possessive and stray punctuation from a matched name."""
    chunk = text[start:end]
    m = re.search(r"(?:'s|’s|[.,;:'’-])+$", chunk)
    if m:
        end = start + m.start()
    return start, end


def check(note, options):
    company = note.metadata.company
    others = [o for o in note.metadata.other_companies if o.strip()]
    if not company and not others:
        return
    lang = note.language
    triggers = _COMPILED.get(lang)
    if not triggers:
        return
    doc = note.doc
    trained = doc is not None and doc.has_annotation("ENT_IOB")
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if trained else []
    people = {w.text for p in metadata_people(note.metadata.interviewer) for w in p.names}
    role_words = set((note.metadata.role or "").split())
    text = note.text
    found = {}
    for pattern, cues, strength in triggers:
        if not any(cue in text for cue in cues):
            continue
        for m in pattern.finditer(text, note.body_start):
            start, end = _trim_org(text, m.start("org"), m.end("org"))
            written = text[start:end]
            if not written or written.split()[0] in NOT_ORGS or written.split()[0] in people:
                continue
            if written.split()[0] in role_words:
                continue
            previous = found.get(start)
            if previous is None or (previous[2] != "strong" and strength == "strong"):
                found[start] = (end, written, strength)
    for start in sorted(found):
        end, written, strength = found[start]
        kind, known = _classify(written, company, others)
        if kind == "ok":
            continue
        s_start, s_end = _sentence_bounds(doc, start)
        if PAST[lang].search(text, s_start, s_end):
            continue
        if kind == "different":
            if strength == "weak" or not company:
                continue
            overlapping = {label for a, b, label in ents if a < end and start < b}
            if overlapping & {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT"}:
                continue
            if strength == "loose" and "ORG" not in overlapping:
                continue  # "work for Sarah": without an entity tag X may be a person
        yield _problem(start, end, written, kind, known, company)


def _problem(start, end, written, kind, known, company):
    if kind == "misspelt":
        return Problem(
            start, end,
            f"\"{written}\" looks like a misspelling of {known}: getting the company's name wrong "
            "tells the reader the note was rushed.",
            suggestion=f"Write \"{known}\".",
            replacement=_core(known),
        )
    if kind == "other":
        target = f", not {company}" if company else ""
        return Problem(
            start, end,
            f"\"{written}\" is another company you applied to{target}: a note that names the wrong "
            "company reads as copy-and-paste.",
            suggestion="Name the company you interviewed with.",
        )
    return Problem(
        start, end,
        f"\"{written}\" is not {known}, the company you interviewed with: a note that names the wrong "
        "company reads as copy-and-paste.",
        suggestion=f"Check the name: write \"{known}\" if that is the company you mean.",
    )


RULE = Rule(
    code="NL303",
    name="wrong-company-name",
    severity="error",
    languages=("en", "de"),
    summary="The note names a different company than the one you interviewed with.",
    check=check,
)
