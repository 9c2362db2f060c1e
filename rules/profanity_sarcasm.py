"""profanity-sarcasm (NL503): swearing, sarcasm and jokes in the note.

What it does
    Reads the note's content and reports, from most to least serious:

    - profanity, an **error**: fuck*, shit*, bitch, damn, "hell of a", crap,
      ass, bastard, wtf...; in German Scheiße/scheiß*, verdammt, Arsch*
      (including "die Arschkarte ziehen"), beschissen, Kacke. The milder
      German "Mist" ("so ein Mist", "Mist!") is a warning;
    - scare quotes around a single lower-case word ("your 'innovative'
      plan", "Ihre „innovative“ Strategie") and stretched words ("sooo",
      "suuuper"), a **warning**;
    - jokes flagged as jokes ("just kidding", "lol jk", "nur Spaß"), **info**.

    Words are matched whole, so "Scunthorpe", "assessment", "class",
    "Hellweg", "Mistral", "Marsch" or "Warschau" stay silent. Quotes around a
    name ("the 'Atlas' project"), around a word being named or reported
    ("the term 'flywheel'", "you called it 'scrappy'") and German compounds
    with three equal letters ("Schifffahrt", "Kaffeeernte") stay silent too.

Why
    Swearing costs the job outright; sarcasm and jokes do not survive being
    written down and can read as contempt [S37, S42].

Example
    Fires::

        Getting there was a bitch.
        Die Anfahrt war scheiße.

    Passes::

        Getting there took a while.
        Die Anfahrt dauerte etwas.
"""

import re

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._tone import content_range, lowered_for_cues

_B = r"(?<![\w'])"
_E = r"(?![\w'])"


def _words(pattern):
    return lazyre.compile(f"{_B}(?:{pattern}){_E}", re.IGNORECASE)


PROFANITY = {
    "en": _words(
        r"\w*fuck\w*|f\*+ck\w*|(?:bull|horse|dip)?shit(?!ake)\w*|bitch\w*|(?:god)?damn(?:ed|it)?|dammit|crap(?:py)?|"
        r"(?:dumb|jack|bad|smart|lard|kick-)?ass(?:es|hole\w*)?|bastard\w*|wtf|fml|piss(?:ed|ing)?|"
        r"(?:a|one) hell of an?|what the hell|the hell out|(?:as|like) hell|hell (?:yeah|no)|(?:was|is) (?:pure )?hell"
    ),
    "de": _words(
        r"schei(?:ß|ss)\w*|(?:ge|ver)?fick\w*|verdammt\w*|(?:ver)?arsch\w*|beschissen\w*|kacke\w*|kack\w*|"
        r"wichser|hurensohn|\w*fuck\w*|shit(?!storm)\w*|wtf"
    ),
}
# "Mist" is also manure ("Mist ausbringen"): only the exclamation and the insults count.
MILD = {"de": _words(r"(?:so|was für) ein mist|(?:totaler|großer|echter|ziemlicher) mist|mist(?=\s*[!,])|"
                     r"mistkerl|miststück")}
# "Ass. Prof." is an abbreviation, not a swear word.
_ABBREVIATION = lazyre.compile(r"Ass\.")

JOKES = {
    "en": _words(r"(?:lol |haha )?(?:jk|j/k)|just (?:kidding|joking)|only (?:kidding|joking)|i'm (?:kidding|joking)|"
                 r"ha(?:ha)+|he(?:he)+"),
    "de": _words(r"(?:lol |haha )?jk|(?:nur|kleiner|war nur ein) (?:spaß|spass|scherz)|(?:spaß|spass|scherz) beiseite|"
                 r"ha(?:ha)+|he(?:he)+|kleiner witz"),
}

# What every match of each list holds, in lower case: a note holding none of these skips the list's
# regular expression, most of this rule's time on a clean note. Keep them in step with the lists.
CUES = {
    "profanity": {
        "en": ("fuck", "f*", "shit", "bitch", "damn", "dammit", "crap", "ass", "bastard", "wtf", "fml", "piss",
               "hell"),
        "de": ("schei", "fick", "verdammt", "arsch", "beschissen", "kack", "wichser", "hurensohn", "fuck", "shit",
               "wtf"),
    },
    "mild": {"de": ("mist",)},
    "jokes": {
        "en": ("jk", "j/k", "kidding", "joking", "haha", "hehe"),
        "de": ("jk", "spaß", "spass", "scherz", "haha", "hehe", "witz"),
    },
}

# Each list with its cues, severity, message and suggestion; earlier lists win where matches overlap.
WORD_LISTS = (
    (PROFANITY, CUES["profanity"], Severity.ERROR,
     "'{}' is profanity; swearing in a thank-you note can cost you the job on its own.",
     "Say it plainly (\"Getting there took a while\") or leave it out."),
    (MILD, CUES["mild"], Severity.WARNING, "'{}' is coarse colloquial language for a letter to an employer.",
     "Describe what happened in neutral words, or leave it out."),
    (JOKES, CUES["jokes"], Severity.INFO, "'{}' flags a joke; humour rarely survives in writing and can read as sarcasm.",
     "If a sentence needs 'just kidding', leave the sentence out."),
)

# A single lower-case word in matching quotes, not right after a word character or an apostrophe. That
# test comes after the opening quote ("(?<![\w'].)" looks at the character before it): a pattern that
# starts with the quote lets the regex engine skip from quote character to quote character.
_QUOTES = (("'", "'"), ('"', '"'), ("„", '[“"]'), ("“", "”"), ("‚", "'"), ("«", "»"), ("»", "«"))
_QUOTED = lazyre.compile(
    "(?:" + "|".join(rf"{opening}(?<![\w'].)([a-zäöüß][\w-]{{2,}}){closing}" for opening, closing in _QUOTES)
    + r")(?![\w'])"
)

# Words before a quoted word that show it is named or reported, not sneered at.
_MENTION = lazyre.compile(
    r"\b(?:word|term|phrase|called|call|calls|named|dubbed|titled|labell?ed|motto|slogan|said|say|says|"
    r"described|describe|as|mentioned|used|wrote|begriff|wort|stichwort|schlagwort|genannt|nannten|nennen|"
    r"namens|sagten|beschrieben|als|titel)(?:\s+(?:it|this|that|them|us|me|es|das|ihn|sie|uns|mich))?\s*:?\s*$",
    re.IGNORECASE,
)

# Question words used as nouns ("the 'why' behind it", "das „Wie“") are not scare quotes.
_NOUNED = {"why", "how", "what", "who", "when", "where", "yes", "no", "warum", "wie", "was", "wer", "wann", "wo",
           "ja", "nein"}

_WORD = lazyre.compile(r"(?<![\w.@/])[^\W\d_]+(?![\w@/]|\.\w)")
_RUN_EN = lazyre.compile(r"([^\W\d_])\1\1", re.IGNORECASE)
_RUN_ANY = lazyre.compile(r"(.)\1\1", re.IGNORECASE | re.DOTALL)
_RUN_DE = lazyre.compile(r"([aiouäöüy])\1\1|([^\W\d_])\2\2\2", re.IGNORECASE)
_RUN_DE_E = lazyre.compile(r"eee", re.IGNORECASE)
_NOT_STRETCHED = lazyre.compile(r"^(?:w+|z+|h*m+|hm+|b?r+|brr+|sh+|pf+t?|psst*|i+|x+|a+h*|o+h*|u+h*)$", re.IGNORECASE)


def check(note, options):
    text = note.text
    start, end = content_range(note)
    lang = note.language
    found = {}

    def add(s, e, severity, message, suggestion):
        if not any(a < e and s < b for a, b in found):
            found[(s, e)] = (severity, message, suggestion)

    lowered = lowered_for_cues(text[start:end])  # None: every list is tried
    for lists, cues, severity, message, suggestion in WORD_LISTS:
        regex = lists.get(lang)
        if regex is None or lowered is not None and not any(cue in lowered for cue in cues[lang]):
            continue
        for m in regex.finditer(text, start, end):
            if lists is PROFANITY and _ABBREVIATION.match(text, m.start()):
                continue
            add(m.start(), m.end(), severity, message.format(m.group()), suggestion)
    for m in _QUOTED.finditer(text, start, end):
        word = next(g for g in m.groups() if g)
        if word.lower() in _NOUNED or _MENTION.search(text[max(start, m.start() - 40):m.start()]):
            continue
        add(m.start(), m.end(), Severity.WARNING,
            f"The quotes around {m.group()} read as sarcasm (scare quotes), as if you doubted the word.",
            "Drop the quotes, or say plainly what you mean.")
    # every stretched word has a letter three times in a row: a note without one has none (and a note
    # without any character three times in a row, ignoring case, has no such letter: a quicker test)
    stretch = _RUN_ANY.search(text, start, end) and _RUN_EN.search(text, start, end)
    for m in _WORD.finditer(text, start, end) if stretch else ():
        word = m.group()
        if _stretched(word, lang):
            add(m.start(), m.end(), Severity.WARNING,
                f"'{word}' is stretched for effect, which reads as gushing or mocking in a letter.",
                "Write the word normally.")
    for (s, e), (severity, message, suggestion) in sorted(found.items()):
        yield Problem(s, e, message, suggestion=suggestion, severity=severity)


def _stretched(word, lang):
    if word.isupper() or _NOT_STRETCHED.match(word):
        return False
    if lang == "de":
        return bool(_RUN_DE.search(word) or (len(word) <= 7 and _RUN_DE_E.search(word)))
    return bool(_RUN_EN.search(word))


RULE = Rule(
    code="NL503",
    name="profanity-sarcasm",
    severity="error",
    languages=("en", "de"),
    summary="The note swears, sneers with scare quotes, or flags a joke.",
    check=check,
)
