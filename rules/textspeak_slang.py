"""textspeak-slang (NL410): chat abbreviations and slang in the note.

What it does
    Finds texting shorthand and slang in the note's content: thx, u, ur, pls,
    plz, gonna, wanna, lol, btw, omg, tbh, idk, cuz, ty, kinda...; in German
    thx, vlt, mega, krass, geil, "voll" as an intensifier ("voll cool")
    and "der Hammer". Each is a warning; German
    "cool" is reported at info. A greeting abbreviated inside the text
    ("danke und lg an das Team") is a warning; an "LG Ana" line is a closing
    and left to de-grussformel. Where the long form is certain (thx ->
    thanks, u -> you, ur -> your, pls -> please, gonna -> going to) the
    finding offers it as a fix. The sign-off line is left to the closing
    rules (casual-signoff, de-grussformel).
    "u" fires only as a word of its own in lower case: "U.S.", "US-based",
    "U-turn", a list label "(u)" and German abbreviations such as "u. a.",
    "z. B." stay silent, as do compounds such as "Megawatt" or "Mega-Projekt".

Why
    Texting language reads as careless and too casual in a letter to an
    employer [S15, S44; D28].

Example
    Fires::

        Thx for ur time.
        Thx, war mega!

    Passes::

        Thanks for the U.S. office tour.
        Danke für die Führung im US-Büro.
"""

import re

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import letter
from ._tone import content_range, lowered_for_cues

# word (regex), replacement or None, case: False (any), "lower" (lower case only: "Ty", "Ur", "IMO"
# are names), True (lower case, or capitalised at a sentence start: "Mega!", not "MEGA" or "Mega Corp")
SLANG = {
    "en": [
        (r"thx|thnx|thanx|tnx", "thanks", False),
        (r"ty", "thank you", "lower"),
        (r"u", "you", "lower"),
        (r"ur", "your", "lower"),
        (r"ya", "you", "lower"),
        (r"pls|plz|pleez", "please", False),
        (r"gonna", "going to", False),
        (r"wanna", "want to", False),
        (r"gotta", None, False),
        (r"lol|lmao|rofl|lolz", None, False),
        (r"btw", "by the way", False),
        (r"omg|omfg", None, False),
        (r"tbh", "to be honest", False),
        (r"idk", "I don't know", False),
        (r"imo", "in my opinion", "lower"),
        (r"imho", "in my humble opinion", False),
        (r"cuz|coz|'cause", "because", False),
        (r"kinda", "kind of", False),
        (r"sorta", "sort of", False),
        (r"dunno", "don't know", False),
        (r"lemme", "let me", False),
        (r"gimme", "give me", False),
        (r"b4", "before", "lower"),
        (r"gr8", "great", False),
        (r"l8r", "later", False),
        (r"tho", "though", "lower"),
        (r"convo", "conversation", False),
        (r"ppl", "people", False),
        (r"rn", "right now", "lower"),
        (r"np", "no problem", "lower"),
        (r"ttyl|ikr|fwiw", None, False),
        (r"smh", None, "lower"),
    ],
    "de": [
        (r"thx|thnx|thanx", "danke", False),
        (r"lol|omg|btw|rofl", None, False),
        (r"vlt|vllt", "vielleicht", False),
        (r"mega", None, True),
        (r"krass|krasse[nmrs]?", None, True),
        (r"(?:mega|sau|affen|ober)?geil(?:e[nmrs]?)?", None, True),
        (r"kp|hdl|ka", None, "lower"),
        (r"nix", "nichts", True),
        (r"supi", "super", True),
        (r"cool(?:e[nmrs]?)?", None, True),
    ],
}
INFO = {"cool", "coole", "coolen", "coolem", "cooler", "cooles"}

# "voll" as an intensifier: "voll cool", "voll nett"
VOLL = lazyre.compile(
    r"(?<![\w-])[Vv]oll(?=\s+(?:gut|cool|nett|spannend|interessant|toll|super|witzig|lustig|entspannt|"
    r"sympathisch|angenehm|lässig|schön|krass|geil|okay|ok|professionell|motiviert|begeistert)\b)"
)
# "der Hammer" / "echt Hammer" as praise
HAMMER = lazyre.compile(r"\b(?:der|echt|einfach|voll)\s+([Hh]ammer)(?=\s*[!.,]|\s*$)", re.MULTILINE)

# "lg"/"glg"/"vg" greetings inside the text ("danke und lg an das Team"). A line of its own ("LG Ana") is a
# closing and left to de-grussformel; capital "LG" elsewhere is often a court or a company ("am LG Köln").
GREETING = lazyre.compile(r"(?<![\w.\-])(?:g?lg|vg|mfg|(?<=und )(?:G?LG|VG))(?![\w\-]|\.\w)")
_SIGNOFF = lazyre.compile(r"^\s*(?i:thx|thnx|thanx|tnx|ty)\b[\s,.!]*(?:[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?)?\s*$")
_OWN_LINE = lazyre.compile(r"^[ \t]*\S+(?:[ \t]+\S+){0,3}[ \t]*$")

_BEFORE, _AFTER = r"(?<![\w.\-'&/@])", r"(?![\w\-'&/@]|\.\w)"
PATTERNS = {
    lang: [
        (lazyre.compile(rf"{_BEFORE}(?:{word}){_AFTER}", re.IGNORECASE), replacement, cased)
        for word, replacement, cased in entries
    ]
    for lang, entries in SLANG.items()
}
# all of a language's words in one regex: a note it finds nothing in needs none of the patterns above.
# It reads the lower-cased content, as case-blind matching several times slower would find the same:
# the words are lower case, and lower-casing keeps every character's class and turns every character
# that matches an ASCII letter case-blind into that letter, except for the three in _tone.CASE_BLIND_ONLY.
ANY = {
    lang: lazyre.compile(rf"{_BEFORE}(?:{'|'.join(f'(?:{word})' for word, _, _ in entries)}){_AFTER}")
    for lang, entries in SLANG.items()
}


def check(note, options):
    text = note.text
    start, end = content_range(note)
    end = _before_unrecognised_signoff(note, start, end)
    found = {}
    patterns = PATTERNS.get(note.language, []) if _may_hold_slang(text, start, end, note.language) else ()
    for regex, replacement, cased in patterns:
        for m in regex.finditer(text, start, end):
            word = m.group()
            if cased and word != word.lower() and (
                cased == "lower" or not (word == word.capitalize() and _sentence_start(text, m.start()))
            ):
                continue
            if word.lower() == "u" and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
                continue  # a list label "(u)"
            found.setdefault(m.start(), (m.end(), replacement, "slang"))
    if note.language == "de":
        for regex in (VOLL, HAMMER):
            for m in regex.finditer(text, start, end):
                group = 1 if regex.groups else 0
                found.setdefault(m.start(group), (m.end(group), None, "slang"))
        for m in GREETING.finditer(text, start, end):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if not _OWN_LINE.match(text[line_start:line_end if line_end >= 0 else len(text)]):
                found[m.start()] = (m.end(), None, "greeting")
    for s in sorted(found):
        e, replacement, kind = found[s]
        word = text[s:e]
        if kind == "greeting":
            message = f"'{word}' is a texting abbreviation; write the greeting out in a letter."
            suggestion = "Write 'Mit freundlichen Grüßen' (or 'Viele Grüße' if you know each other well)."
        else:
            message = f"'{word}' is texting shorthand or slang, which reads as careless in a letter to an employer."
            fix = _fix(text, s, word, replacement)
            suggestion = f"Write '{fix}'." if fix else "Use plain, written language."
        yield Problem(
            s, e, message,
            suggestion=suggestion,
            severity=Severity.INFO if word.lower() in INFO else None,
            replacement=_fix(text, s, word, replacement),
        )


def _may_hold_slang(text, start, end, lang):
    """Can one of the language's words be in text[start:end]? (False for most notes)"""
    gate = ANY.get(lang)
    if gate is None:
        return False
    lowered = lowered_for_cues(text[start:end])
    return lowered is None or gate.search(lowered) is not None


def _fix(text, start, word, replacement):
    """The long form, capitalised where the short form starts a sentence."""
    if not replacement:
        return None
    if word[:1].isupper() and (not word.isupper() or _sentence_start(text, start)):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _before_unrecognised_signoff(note, start, end):
    """Without a recognised closing, a short last line opening with "Thx"/"Ty" ("Thx, A.") is the sign-off:
    casual-signoff reports it, so the content ends before it."""
    parts = letter(note)
    if parts.closing is not None:
        return end
    for line in parts.lines[-3:]:
        if line.start >= start and _SIGNOFF.match(line.text):
            return min(end, line.start)
    return end


def _sentence_start(text, index):
    before = text[:index].rstrip(" \t\"'„“(")
    return not before or before[-1] in ".!?:\n"


RULE = Rule(
    code="NL410",
    name="textspeak-slang",
    severity="warning",
    languages=("en", "de"),
    summary="The note uses texting shorthand or slang.",
    check=check,
)
