"""criticizes-interviewer (NL504): the note corrects, blames or lectures the interviewer.

What it does
    Finds phrases that put the interviewer in the wrong or give unasked-for
    advice: "You misunderstood", "as I clearly said", "you didn't ask",
    "you should really fix...", "your process is broken", "with all due
    respect", "you interrupted me"; in German "Sie haben mich
    missverstanden", "wie ich bereits deutlich sagte", "Sie sollten
    unbedingt...", "Ihr Prozess ist veraltet", "bei allem Respekt". Each is a
    warning. Owning the misunderstanding ("My budget answer may have been
    unclear"), a neutral "As I mentioned", "you should receive my references"
    and praise of their process stay silent.

Why
    A thank-you note is no place to win the argument: correcting or
    criticising the interviewer, or lecturing them on how to run their
    company, reads as defensive and hard to work with [S25, S34, S37].

Example
    Fires::

        You misunderstood my budget answer.
        Sie haben mich missverstanden.

    Passes::

        My budget answer may have been unclear; here's an example.
        Meine Antwort war vielleicht unklar; hier ein Beispiel.
"""

from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._letter import sentence_bounds
from ._tone import find

_FIX_EN = "fix|change|improve|rethink|reconsider|overhaul|modernize|modernise|replace|stop|update|rework|streamline"
_BAD_EN = (
    "broken|flawed|outdated|inefficient|chaotic|disorganized|disorganised|confusing|unprofessional|badly|poorly|"
    "unfair|messy|archaic|dysfunctional|terrible|bad|awful|pointless|useless|unclear|misleading|antiquated"
)
_PROCESS_EN = "process|processes|approach|strategy|setup|system|website|product|app|questions|question"
_FIX_DE = (
    "ändern|überdenken|verbessern|überarbeiten|abschaffen|modernisieren|reparieren|beheben|optimieren|"
    "hinterfragen|aktualisieren|umstellen|ersetzen|straffen|vereinfachen"
)
_BAD_DE = (
    "veraltet|chaotisch|umständlich|ineffizient|kaputt|mangelhaft|fehlerhaft|unprofessionell|unstrukturiert|"
    "unorganisiert|verwirrend|unklar|unfair|schlecht|altmodisch|überholt|katastrophal|sinnlos|unnötig|"
    "missverständlich"
)
_PROCESS_DE = (
    "prozess|bewerbungsprozess|auswahlprozess|einstellungsprozess|recruitingprozess|recruiting-prozess|"
    "ablauf|bewerbungsablauf|vorgehen|verfahren|auswahlverfahren|bewerbungsverfahren|system|webseite|"
    "website|produkt|app|frage|fragen|strategie|ansatz"
)
_SAID_DE = "sagte|gesagt|erklärte|erklärt|erwähnte|erwähnt|betonte|betont|ausführte|ausgeführt|schrieb|geschrieben"
_EMPHASIS_DE = "deutlich|klar|mehrfach|ausdrücklich|mehrmals|eindeutig|wiederholt|unmissverständlich"

PHRASES = PatternSet({
    "en": {
        # criticism of their process or product: not when the writer repeats what the interviewer said
        "process": [
            f"your _{{0,2}} {_PROCESS_EN} is|was|are|were|seems|seemed really|very|quite|pretty|frankly|honestly|"
            f"somewhat|rather? {_BAD_EN}",
            f"your _{{0,2}} {_PROCESS_EN} is|was|are|were a mess|nightmare|disaster|joke",
            f"your _{{0,2}} {_PROCESS_EN} is|was|are|were too long|slow|complicated|complex|rigid|bureaucratic",
        ],
        # advice: not in "whenever you need to update the dashboards"
        "advice": [
            f"you should really|seriously|definitely|honestly|urgently? {_FIX_EN}",
            f"you need|ought|have to {_FIX_EN}",
            f"you guys|folks need|should {_FIX_EN}",
        ],
        "match": [
            "you misunderstood|misunderstand|misread|misinterpreted|misheard",
            "you may|might|must have misunderstood|misread|misinterpreted|misheard",
            "you have|'ve misunderstood|misread|misinterpreted",
            "you did n't|not understand",
            "you got it|that|me wrong",
            "you were wrong",
            "as i clearly|repeatedly|explicitly|plainly said|stated|explained|mentioned|told|pointed",
            "as i already said|stated|told",
            "as i said|told several|multiple|many|numerous times",
            "as i told you several|multiple|many|numerous times",
            "as i said|told twice|before|earlier",
            "as i told you twice|before|earlier",
            "as i said|told more than once",
            "as i told you more than once",
            "like i said",
            "you did n't|not|never ask",
            "you did n't|not|never let me finish|speak|explain|answer",
            "you did n't|not|never give me a|the? chance|time",
            "you never asked",
            "you forgot to ask",
            "you failed to",
            "with all due respect",
            "no offense|offence",
            "you interrupted me",
            "you kept|keep interrupting|cutting",
            "you cut me off",
            "you were late",
            "you were|seemed !not|n't|never{0,2} rude|distracted|unprepared|uninterested|disinterested|dismissive"
            "|condescending|impatient",
            "you were on your phone",
            "you did n't|not|never read|open|check|review",
            "you did n't|not seem to",
            "you did n't|not look at",
            "if i were you",
            "i do n't think you understood|understand|realized|realised|appreciated",
        ],
    },
    "de": {
        "process": [
            f"ihr|ihre _{{0,1}} {_PROCESS_DE} ist|war|sind|waren|wirkt|wirkte ziemlich|sehr|leider|wirklich|etwas|"
            f"recht|eher|völlig|total? {_BAD_DE}",
            f"ihr|ihre _{{0,1}} {_PROCESS_DE} ist|war|sind|waren|wirkt|wirkte ziemlich|sehr|leider|wirklich|etwas|"
            "recht|eher|völlig|total? zu lang|langsam|kompliziert|bürokratisch|umständlich|starr",
        ],
        "advice": [
            "sie sollten|müssten unbedingt|dringend|wirklich|endlich|mal|besser|ernsthaft",
            f"sie sollten|müssten ihr|ihre|ihren|ihrem|den|die|das|an _{{0,4}} {_FIX_DE}",
        ],
        "match": [
            "sie haben mich|das|meine|es _{0,3} missverstanden",
            "haben sie mich|das|meine|es _{0,3} missverstanden",
            "sie haben mich|das|meine|es _{0,3} falsch verstanden",
            "haben sie mich|das|meine|es _{0,3} falsch verstanden",
            "sie haben _{0,3} nicht verstanden",
            "haben sie _{0,3} nicht verstanden",
            "sie haben sich geirrt|getäuscht",
            "sie irrten|irren sich",
            f"wie ich _{{0,3}} {_EMPHASIS_DE} {_SAID_DE}",
            f"wie bereits|schon _? {_EMPHASIS_DE} {_SAID_DE}",
            "bei allem respekt",
            "mit verlaub",
            "nichts für ungut",
            "sie haben mich _{0,2} unterbrochen",
            "sie unterbrachen mich",
            "sie haben mich _{0,2} nicht ausreden lassen",
            "sie ließen mich _{0,2} nicht ausreden",
            "sie haben _{0,2} nicht|nie gefragt",
            "sie haben _{0,2} nicht|nie !nur|allein|bloß|einmal _{0,3} gefragt",
            "sie haben _{0,2} vergessen , _{0,4} zu fragen",
            "sie waren|wirkten leider|offensichtlich|sichtlich|etwas|sehr|ziemlich|recht? unvorbereitet|abgelenkt|"
            "unpünktlich|unhöflich|desinteressiert|herablassend",
            "wenn ich sie wäre",
            "an ihrer stelle würde ich",
        ],
    },
})
# A clause opener before "you need to ..." makes it a condition, not advice.
_CONDITION = {
    "if", "when", "whenever", "once", "as", "where", "because", "since", "before", "after", "what", "why", "how",
    "whether", "wherever", "until", "falls", "wenn", "sobald", "ob", "was", "wie", "warum", "weil", "da",
}
# Repeating what the interviewer said is not criticising it.
_REPORTED = {
    "mentioned", "said", "explained", "noted", "described", "told", "shared", "admitted", "agreed", "acknowledged",
    "erwähnten", "sagten", "erklärten", "meinten", "schilderten", "berichteten", "räumten",
}


def check(note, options):
    for span in find(PHRASES, note):
        before = span.doc[span.start - 1].lower_ if span.start else ""
        if span.label_ == "advice" and before in _CONDITION:
            continue
        if span.label_ == "process" and any(t.lower_ in _REPORTED for t in span.doc[sentence_bounds(span.doc, span.start)[0]:span.start]):
            continue
        yield Problem(
            span.start_char, span.end_char,
            f"'{span.text}' puts the interviewer in the wrong; a thank-you note that argues or criticises "
            "reads as defensive.",
            suggestion="Take the misunderstanding on yourself (\"My answer may have been unclear\") and add "
            "a short example; leave advice about their process out.",
        )


RULE = Rule(
    code="NL504",
    name="criticizes-interviewer",
    severity="warning",
    languages=("en", "de"),
    summary="The note corrects, blames or lectures the interviewer.",
    check=check,
)
