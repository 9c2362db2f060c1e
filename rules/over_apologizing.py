"""over-apologizing (NL401): the note apologises again, or apologises too much.

What it does
    Finds every apology in the note: sorry, apologize/apologise (any form),
    apology/apologies, "I regret", "my bad", "forgive me"; in German
    Entschuldigung, "entschuldigen Sie", "ich entschuldige mich", "es tut mir
    (sehr) leid", "bedaure/bedauere", Verzeihung, "verzeihen Sie". Sympathy
    and refusals are not apologies: "sorry to hear about the reorg", "sorry for
    your loss", "I'm sorry you had to deal with that", "no need to apologize",
    "tut mir leid zu hören", "kein Grund, sich zu entschuldigen",
    "bedauerlicherweise", "Entschuldigungsschreiben".

    One plain apology is reported at info (option ``single``); two are a
    warning; three or more, or any intensified apology ("so sorry", "I truly
    apologize", "sorry again", "vielmals", "nochmals Entschuldigung", "tut mir
    wirklich leid") are an error. Every apology is marked, all with the note's
    severity.

Why
    The founding article: when something went wrong (a mix-up about the time,
    a bad line, arriving late), do not apologise again for what you already
    apologised for in the interview, and do not be effusive about how sorry you
    are: it only underlines what went wrong. Turn it into thanks instead
    [S1, S12, S13, S26, S48]. Career advice disagrees on whether one brief
    apology is fine [S48] or none at all [S13, S26], hence the option.

Example
    Fires (error, twice)::

        So sorry again for being late; I truly apologize.
        Nochmals Entschuldigung, es tut mir wirklich leid.

    Passes::

        Thank you for your flexibility when my train was delayed.
        Danke, dass Sie bei meiner Verspätung so flexibel waren.

Options
    ``single`` ("info"): the severity of a lone plain apology (info, warning,
    error, or off to accept it). ``error-count`` (3): this many apologies make
    an error.
"""

from notelint.findings import Problem, Severity
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._letter import sentence_bounds

# intensifiers allowed before "sorry" / "apologize" (also "do", as in "I do apologize")
_ADV = "so|truly|really|terribly|deeply|very|extremely|sincerely|awfully|incredibly|genuinely|profoundly|most"
_AP = "apologize|apologise|apologized|apologised|apologizing|apologising|apologizes|apologises"
_APN = "apology|apologies"
_ADJ = "sincere|sincerest|deepest|deep|heartfelt|humble|humblest|profound|profuse|many|thousand|a|my|our"
_AGAIN_EN = ["again", "once again|more", "yet again"]

_DE_ADV = (
    "wirklich|sehr|aufrichtig|zutiefst|ausdrücklich|ganz|vielmals|tausendmal|nochmals|nochmal|erneut|so|"
    "furchtbar|schrecklich|unendlich|noch|einmal|mal"
)

_EN_APOLOGIES = []
for _core in (f"{_ADV}{{0,2}} sorry", f"i|we {_ADV}|do{{0,2}} {_AP}", f"{_ADV}{{0,2}} {_AP}", f"{_ADJ}{{0,3}} {_APN}",
              f"i {_ADV}|do{{0,2}} regret|regretted", "please? forgive me"):
    _EN_APOLOGIES.append(_core)
    _EN_APOLOGIES += [f"{_core} {tail}" for tail in _AGAIN_EN]
_EN_APOLOGIES += ["my bad", f"{_AP} enough"]

_DE_APOLOGIES = []
for _core in (
    "entschuldigung|verzeihung|sorry",
    "bitte _{0,2} um entschuldigung|verzeihung",
    "entschuldigen|verzeihen sie bitte? mir?",
    "ich entschuldige mich",
    "entschuldige ich mich",
    "ich möchte|will|wollte|muss mich _{0,6} entschuldigen",
    "tut mir _{0,3} leid",
    "ich? bedaure|bedauere",
    "bedaure|bedauere ich",
):
    _DE_APOLOGIES.append(f"{_DE_ADV}{{0,2}} {_core}")
    _DE_APOLOGIES.append(f"{_DE_ADV}{{0,2}} {_core} {_DE_ADV}{{1,2}}")

APOLOGIES = PatternSet({
    "en": {
        "apology": _EN_APOLOGIES,
        # longer than the apology they contain, so they win the overlap
        "not": [
            f"no need|reason to|for _? {_AP}|{_APN}",
            f"not|never to {_AP}",
            f"no need|reason to be {_ADV}? sorry",
            f"do|did|should|need|must n't|not {_AP}",
            f"dont {_AP}",
            f"n't|not need|have to {_AP}",
            f"never {_AP}",
            f"do|did n't|not be {_ADV}? sorry",
            f"nothing to {_AP} for|about",
            "nothing to be sorry about|for",
            f"no {_APN} needed|necessary|required",
            f"{_ADV}{{0,2}} sorry to hear|read|learn|see",
            f"{_ADV}{{0,2}} sorry about|for your|the loss",
            f"{_ADV}{{0,2}} sorry that? you _{{1,2}} to deal|go|cope",
            f"{_ADV}{{0,2}} sorry that? you are|'re|were dealing|going",
            "sorry state|sight|excuse|lot",
            "feel|felt|feeling sorry for",
        ],
    },
    "de": {
        "apology": _DE_APOLOGIES,
        "not": [
            "kein|keinen|keine grund|anlass _{0,2} entschuldigung|entschuldigen",
            "keine entschuldigung nötig|notwendig|erforderlich",
            "entschuldigen sie sich nicht|bitte",
            "verzeihen sie sich",
            f"tut mir {_DE_ADV}{{0,2}} leid zu hören|lesen|erfahren",
            f"tut mir {_DE_ADV}{{0,2}} leid , das|dies|davon zu? hören|lesen|erfahren",
            f"{_DE_ADV}{{0,2}} tut mir {_DE_ADV}{{0,2}} leid für sie|euch|dich|ihn|um",
            f"tut mir für sie|euch|dich|ihn {_DE_ADV}{{0,2}} leid",
        ],
    },
})

_INTENSE = {
    "en": {
        "so", "truly", "really", "terribly", "deeply", "very", "extremely", "sincerely", "awfully", "incredibly",
        "genuinely", "profoundly", "most", "sincere", "sincerest", "deepest", "deep", "heartfelt", "humble",
        "humblest", "profound", "profuse", "many", "thousand", "again", "once", "enough",
    },
    "de": {
        "wirklich", "sehr", "aufrichtig", "zutiefst", "ausdrücklich", "vielmals", "tausendmal", "nochmals",
        "nochmal", "erneut", "furchtbar", "schrecklich", "unendlich", "so", "wiederholt", "noch",
    },
}
# apologising again, said a few words away ("Again, please accept my apology"), unless it is
# the again of "thank you again" / "Danke nochmals"
_AGAIN = {"en": {"again"}, "de": {"nochmals", "nochmal", "erneut", "wiederholt"}}
_THANKS = {"thank", "thanks", "you", "danke", "dank", "bedanke", "dankeschön"}

_SUGGESTION = {
    "en": "Thank them instead, e.g. \"Thank you for your flexibility when my train was delayed.\"",
    "de": "Danken Sie stattdessen, z. B. \"Danke, dass Sie bei meiner Verspätung so flexibel waren.\"",
}


def _intensified(doc, span, lang) -> bool:
    words = [t.lower_ for t in span]
    if any(w in _INTENSE[lang] for w in words):
        # "noch" counts only in "noch einmal"
        if lang != "de" or any(w != "noch" and w in _INTENSE[lang] for w in words) or "einmal" in words:
            return True
    sent_start, sent_end = sentence_bounds(doc, span.start, span.end)
    lo, hi = max(sent_start, span.start - 3), min(sent_end, span.end + 3)
    for i in [*range(lo, span.start), *range(span.end, hi)]:
        word = doc[i].lower_
        again = word in _AGAIN[lang] or (lang == "de" and word == "noch" and i + 1 < len(doc)
                                         and doc[i + 1].lower_ in ("einmal", "mal"))
        if again and not any(t.lower_ in _THANKS for t in doc[max(sent_start, i - 3):i]):
            return True
    return False


def check(note, options):
    single = str(options["single"]).strip().lower()
    if single != "off":
        single_severity = Severity.parse(single)
    doc = note.doc
    lang = note.language
    found = [s for s in APOLOGIES.find(doc) if s.label_ == "apology" and s.start_char >= note.body_start]
    if not found:
        return
    intense = any(_intensified(doc, s, lang) for s in found)
    count = len(found)
    if intense or count >= options["error-count"]:
        severity = Severity.ERROR
    elif count >= 2:
        severity = Severity.WARNING
    elif single == "off":
        return
    else:
        severity = single_severity
    if count == 1 and not intense:
        message = ("An apology draws attention to what went wrong; if you already apologised in the interview, "
                   "apologising again only underlines the mishap.")
    else:
        how = {1: "emphatically", 2: "twice"}.get(count, f"{count} times")
        if intense and count > 1:
            how += ", emphatically"
        message = (f"The note apologises {how}: apologising again for a mishap you already apologised for "
                   "underlines what went wrong.")
    for span in found:
        yield Problem(span.start_char, span.end_char, message, suggestion=_SUGGESTION[lang], severity=severity)


RULE = Rule(
    code="NL401",
    name="over-apologizing",
    severity="warning",
    languages=("en", "de"),
    summary="The note apologises again, or more than once, instead of turning the mishap into thanks.",
    check=check,
    options={"single": "info", "error-count": 3},
)
