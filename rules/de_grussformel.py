"""de-grussformel (NL603): a German closing with punctuation, an abbreviation or the wrong tone.

What it does
    Finds the Grußformel among the last four lines of the note ("Mit
    freundlichen Grüßen", "Viele Grüße", "LG Ana", ...) and reports:

    - a comma or period after it (warning; the fix removes it): in German
      the name follows on the next line without punctuation;
    - an abbreviation ("MfG", "LG", "VG", "GLG", "BG") or a bare "Gruß"
      (warning); a bare "Grüße" (info); "Grüße aus Graz" is fine;
    - a closing for friends ("Liebe Grüße", "Ganz liebe Grüße", "LG",
      "Ciao", "Tschüss", "Servus", "Baba", "Bussi") in a note that says Sie
      (warning); in a du-note they are left alone;
    - "Beste Grüße", whose tone is disputed, and the outdated
      "Hochachtungsvoll" (info).

    A note says Sie when it has at least as many polite forms of address
    ("Sehr geehrte", "Sie", "Ihnen" mid-sentence) as du forms (see
    de-sie-du-mixing). A line that only looks like an abbreviation, such as a
    signature with "LG Electronics", is not a closing.

Why
    No punctuation after the Grußformel, no abbreviations, and a closing that
    matches the Anrede: the German guides on letters and e-mails agree
    [D18, D19, D20, D21].

Example
    Fires::

        Mit freundlichen Grüßen,
        Ana Ruiz

    Passes::

        Mit freundlichen Grüßen
        Ana Ruiz

    and "Viele Grüße⏎Ana Ruiz" in a du-note.
"""

from __future__ import annotations

import re

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._german import register
from ._letter import letter

_G = r"gr(?:ü|ue)(?:ß|ss)"  # Grüße, Grüsse (de-CH), Gruesse
_CLOSING = lazyre.compile(
    rf"^\s*(?P<formel>"
    rf"mit\s+(?:den\s+)?(?:freundlichen|besten|herzlichen|vielen|lieben|sonnigen|kollegialen)\s+{_G}en"
    rf"|mit\s+freundlichem\s+gru(?:ß|ss)"
    rf"|(?P<adj>(?:ganz\s+)?(?:viele|beste|herzliche|liebe|liebste|freundliche|schöne|sonnige|allerbeste|"
    rf"herzlichste|kollegiale)\s+){_G}e"
    rf"|(?P<bare>{_G}e|gru(?:ß|ss))"
    rf"|(?P<word>hochachtungsvoll|herzlichst|ciao|tschüss|tschüs|tschau|servus|baba|bussi)"
    rf")(?P<where>\s+(?:aus|nach|in)\s+[\w-]+(?:\s+[\w-]+)?)?(?P<punct>\s*[,.]+)?\s*$",
    re.IGNORECASE,
)
_ABBREVIATION = lazyre.compile(
    r"^\s*(?P<formel>mfg|lg|glg|vg|bg)\b[,.!]?(?P<rest>(?:[ \t]+[^\s,]+){0,3})[ \t]*$", re.IGNORECASE
)
_COMPANY = lazyre.compile(r"\b(?:gmbh|ag|se|kg|inc|corp|electronics|display|chem|energy|innotek|uplus)\b", re.IGNORECASE)
_FOR_FRIENDS = lazyre.compile(r"^(?:(?:ganz\s+)?liebe|liebste|ciao|tschüss|tschüs|tschau|servus|baba|bussi|lg|glg)$",
                          re.IGNORECASE)


def _closing(note):
    parts = letter(note)
    found = [parts.closing] if parts.closing is not None else []
    for line in reversed(parts.lines[-4:]):
        if line is parts.greeting or line is parts.lines[0]:
            break
        found.append(line)
    for line in found:
        m = _CLOSING.match(line.text)
        if m:
            return line, m, False
        m = _ABBREVIATION.match(line.text)
        if m and not _COMPANY.search(m.group("rest")):
            return line, m, True
    return None, None, False


def check(note, options):
    line, m, abbreviated = _closing(note)
    if line is None:
        return
    start, end = line.start + m.start("formel"), line.start + m.end("formel")
    formel = m.group("formel")
    low = " ".join(formel.lower().split())
    sie = register(note).is_sie
    friendly = bool(_FOR_FRIENDS.match(m.group("adj").strip() if not abbreviated and m.group("adj") else low))
    usual = "Mit freundlichen Grüßen" if sie else "Viele Grüße"
    if abbreviated:
        tone = " and one for friends in a note that says Sie" if sie and friendly else ""
        yield Problem(
            start, end,
            f"'{formel}' is an abbreviation{tone}; a thank-you note spells its closing out.",
            suggestion=f"Write '{usual}'.",
            severity=Severity.WARNING,
        )
        return
    if sie and friendly:
        yield Problem(
            start, end,
            f"'{formel}' is a closing for friends; in a note that says Sie it sounds too familiar.",
            suggestion="Write 'Mit freundlichen Grüßen' or 'Viele Grüße'.",
            severity=Severity.WARNING,
        )
    elif m.group("bare") and not m.group("where"):
        gruss = m.group("bare").lower().startswith("gru")
        yield Problem(
            start, end,
            f"'{formel}' on its own is curt; a thank-you note closes with a full Grußformel.",
            suggestion=f"Write '{usual}'.",
            severity=Severity.WARNING if gruss else Severity.INFO,
        )
    elif low.startswith("beste"):
        yield Problem(
            start, end,
            "'Beste Grüße' is disputed: some readers find the superlative hollow or stiff.",
            suggestion=f"'{usual}' is safe.",
            severity=Severity.INFO,
        )
    elif low == "hochachtungsvoll":
        yield Problem(
            start, end,
            "'Hochachtungsvoll' is outdated and today can read as cold or even as displeasure.",
            suggestion="Write 'Mit freundlichen Grüßen'.",
            severity=Severity.INFO,
        )
    if m.group("punct"):
        p_start = line.start + m.start("punct")
        p_end = line.start + m.end("punct")
        yield Problem(
            p_start, p_end,
            "No punctuation follows a German Grußformel: the name goes on the next line without a comma or period.",
            suggestion="Remove the punctuation.",
            severity=Severity.WARNING,
            replacement="",
        )


RULE = Rule(
    code="NL603",
    name="de-grussformel",
    severity="warning",
    languages=("de",),
    summary="The German closing has punctuation, an abbreviation or the wrong tone.",
    check=check,
)
