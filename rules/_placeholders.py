"""Finding template placeholders in a note: ``[Company]``, ``{{first_name}}``, "Max Mustermann".

Shared by the ``unfilled-placeholder`` rule and, later, by template mode (where
placeholders are slots to fill, not faults). Plain text in, offsets out; no
spaCy, so it is cheap to call on any string.

Only placeholder *vocabulary* counts, never a bracket as such: ``[Company]``
and ``(Your Name)`` are placeholders, ``[PDF, 2 pages]``, ``(see attached)``
and ``<ana@example.com>`` are not. English and German vocabularies are used
together, because a German note may well start from an English template.
"""

from __future__ import annotations

import re

from notelint import lazyre
from functools import lru_cache
from typing import NamedTuple


class Placeholder(NamedTuple):
    """One placeholder: character offsets into the text, its kind, and its name.

    ``kind`` is one of ``"bracket"`` (``[Company]``, ``(Your Name)``,
    ``<Company>``), ``"template"`` (``{{first_name}}``, ``{name}``,
    ``%NAME%``), ``"fill-in"`` (``(fill in ...)``), ``"mask"`` (``XXX``,
    ``___``) and ``"sample"`` (a sample name such as "Max Mustermann" or
    "Firma XY"). ``name`` is the placeholder's inside as written (``Company``,
    ``first_name``), or the whole text for masks and sample names.
    """

    start: int
    end: int
    kind: str
    name: str


# Words that say "a value goes here" (compared lower-cased, both languages).
HEADS = frozenset("""
    name names firstname lastname surname fullname vorname nachname
    company companyname organization organisation employer firm business client
    title jobtitle position role job opening vacancy department
    date day time interviewer interviewers recipient manager contact
    topic skill skills detail details achievement accomplishment reason
    firma firmenname unternehmen unternehmens unternehmensname arbeitgeber arbeitgebers betrieb
    stelle stellenbezeichnung stellentitel jobbezeichnung positionsbezeichnung
    datum uhrzeit termin ansprechpartner ansprechpartnerin ansprechperson
    empfänger empfängerin gesprächspartner gesprächspartnerin personaler personalerin
    abteilung thema titel anrede
""".split())

# Words that may surround a head word inside a placeholder.
FILLERS = frozenset("""
    your my the their his her of a an insert enter add put type here full first last
    hiring specific relevant interview interviewer's s x or and job company
    mr mrs ms mx dr prof
    ihr ihre ihren ihres ihrem mein meine des der die das hier einfügen eintragen
    ergänzen vollständiger vollständige herr frau und oder
""".split())

_WORD = lazyre.compile(r"[^\W\d_]+", re.UNICODE)
_BRACKETS = lazyre.compile(r"\[([^\[\]\n]{1,60})\]|\(([^()\n]{1,60})\)|<<?([^<>\n@]{1,60})>>?")
_DOUBLE_BRACE = lazyre.compile(r"\{\{\s*([^{}\n]{1,60}?)\s*\}\}")
_SINGLE_BRACE = lazyre.compile(r"(?<![{$])\$?\{([A-Za-z_][A-Za-z0-9_.]{0,40})\}(?!\})")
_PERCENT = lazyre.compile(r"(?<![\w%])%([A-Za-z][A-Za-z_]{1,40})%(?![\w%])")
_FILL_IN = lazyre.compile(
    r"[(\[](?:please\s+)?(?:fill\s+in|insert|enter|add\s+(?:a|the|your)|to\s+be\s+filled|tbd|"
    r"hier\s+einfügen|bitte\s+(?:ergänzen|einfügen|eintragen)|einfügen|ergänzen)\b[^()\[\]\n]{0,60}[)\]]",
    re.IGNORECASE,
)
_MASK = lazyre.compile(r"(?<![\w@/.-])(?:XXX+|xxx+)(?![\w@/-])|(?<![\w/])_{3,}")
_SAMPLE = lazyre.compile(
    r"\b(?:(?:Max|Erika|Herrn?|Frau)\s+)?Muster(?:mann|frau)\b"
    r"|\bMuster(?:firma|unternehmen)\b|\bMuster\s+(?:GmbH|AG|KG)\b"
    r"|\b(?:Firma|Unternehmen)\s+XYZ?\b"
    r"|\b(?:John|Jane)\s+Doe\b"
)
# Anchored at the start of a run of non-space characters: the same matches as r"\S*(?:@|://|www\.)\S*",
# without trying every start inside a long run (quadratic on a 200,000-character "word").
_URLISH = lazyre.compile(r"(?<!\S)\S*?(?:@|://|www\.)\S*")


_CAMEL = lazyre.compile(r"[A-ZÄÖÜ]?[a-zäöüß]+|[A-ZÄÖÜ]+(?![a-z])")
_CAPS_WORD = lazyre.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ'’/-]+")


@lru_cache(maxsize=4096)  # templates repeat the same few placeholders, note after note
def _words(inside: str) -> tuple[str, ...]:
    inside = inside.replace("'s", " s").replace("’s", " s")
    parts = []
    for w in _WORD.findall(inside):
        # first_name / companyName / CompanyName
        parts.extend(p.lower() for p in _CAMEL.findall(w) or [w])
    return tuple(parts)


@lru_cache(maxsize=4096)
def is_placeholder_text(inside: str) -> bool:
    """True when ``inside`` (the text between brackets) is placeholder vocabulary."""
    if any(ch.isdigit() for ch in inside):
        return False  # "[Stelle 4711]", "(Position 2)": a reference, not a slot
    words = _words(inside)
    if not words or len(words) > 7:
        return False
    joined = "".join(words)
    if joined in HEADS:
        return True
    return all(w in HEADS or w in FILLERS for w in words) and any(w in HEADS for w in words)


def _all_caps_slot(inside: str) -> bool:
    """``COMPANY NAME``, ``YOUR NAME``: two or more upper-case words."""
    words = inside.split()
    return (
        len(words) >= 2
        and all(_CAPS_WORD.fullmatch(w) for w in words)
        and sum(len(w) for w in words) >= 6
    )


def find_placeholders(text: str) -> list[Placeholder]:
    """Every placeholder in ``text``, in text order, without overlaps.

    Returns :class:`Placeholder` tuples ``(start, end, kind, name)`` with
    character offsets into ``text``.
    """
    found: list[Placeholder] = []
    # Each scan runs only when the text has a character its pattern cannot match without: most
    # notes have no braces, percent signs or masks, and a scan costs microseconds per character.
    brackets = "[" in text or "(" in text or "<" in text
    if "(" in text or "[" in text:
        for m in _FILL_IN.finditer(text):
            found.append(Placeholder(m.start(), m.end(), "fill-in", m.group()[1:-1].strip()))
    if "{" in text:
        for m in _DOUBLE_BRACE.finditer(text):
            found.append(Placeholder(m.start(), m.end(), "template", m.group(1).strip()))
        for m in _SINGLE_BRACE.finditer(text):
            if is_placeholder_text(m.group(1)):
                found.append(Placeholder(m.start(), m.end(), "template", m.group(1)))
    if "%" in text:
        for m in _PERCENT.finditer(text):
            if is_placeholder_text(m.group(1)) or m.group(1).isupper():
                found.append(Placeholder(m.start(), m.end(), "template", m.group(1)))
    for m in _BRACKETS.finditer(text) if brackets else ():
        square, round_, angle = m.group(1), m.group(2), m.group(3)
        inside = (square or round_ or angle).strip()
        if not is_placeholder_text(inside) and not (round_ is None and _all_caps_slot(inside)):
            continue
        if round_ is not None and not (inside[:1].isupper() or _words(inside)[0] in ("your", "ihr", "ihre")):
            continue  # "(name)" in running prose is a gloss more often than a slot
        found.append(Placeholder(m.start(), m.end(), "bracket", inside))
    if "XXX" in text or "xxx" in text or "___" in text:
        for m in _MASK.finditer(text):
            found.append(Placeholder(m.start(), m.end(), "mask", m.group()))
    if "Muster" in text or "XY" in text or "Doe" in text:
        for m in _SAMPLE.finditer(text):
            found.append(Placeholder(m.start(), m.end(), "sample", m.group()))
    if found and ("@" in text or "://" in text or "www." in text):
        urls = [(m.start(), m.end()) for m in _URLISH.finditer(text)]
        found = [p for p in found if not any(s <= p.start and p.end <= e for s, e in urls)]
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    result: list[Placeholder] = []
    for p in found:
        if result and p.start < result[-1].end:
            continue
        result.append(p)
    return result


_SAMPLE_COMPANY = lazyre.compile(r"firma|unternehmen|GmbH|AG\b|KG\b", re.I)
_TOPICS = (
    ("company", {"company", "companyname", "organization", "organisation", "employer", "firm", "business",
                 "client", "firma", "firmenname", "unternehmen", "unternehmens", "unternehmensname",
                 "arbeitgeber", "betrieb"}),
    ("role", {"title", "jobtitle", "position", "role", "job", "opening", "vacancy", "stelle",
              "stellenbezeichnung", "stellentitel", "jobbezeichnung", "positionsbezeichnung", "titel"}),
    ("date", {"date", "day", "time", "datum", "uhrzeit", "termin"}),
    ("name", {"name", "names", "firstname", "lastname", "surname", "fullname", "vorname", "nachname",
              "interviewer", "interviewers", "recipient", "manager", "contact", "ansprechpartner",
              "ansprechpartnerin", "ansprechperson", "empfänger", "empfängerin", "gesprächspartner",
              "gesprächspartnerin", "personaler", "personalerin", "anrede", "mustermann", "musterfrau", "doe"}),
)


def topic(placeholder: Placeholder) -> str:
    """What the placeholder stands for: "company", "role", "date", "name" or "other"."""
    return _topic(placeholder.kind, placeholder.name)


@lru_cache(maxsize=4096)
def _topic(kind: str, name: str) -> str:
    words = _words(name)
    joined = "".join(words)
    if kind == "sample":
        return "company" if _SAMPLE_COMPANY.search(name) else "name"
    if joined in _TOPICS[3][1]:
        return "name"
    # "Company Name" stands for a company, "Interviewer's Name" for a name
    for label, vocab in _TOPICS:
        if any(w in vocab for w in words):
            return label
    return "other"
