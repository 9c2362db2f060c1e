"""desperation-begging (NL405): pleading for the job.

What it does
    Flags begging and desperation: "I really need this job", "please give me
    a chance", "I'm begging you", "I'll take any position", "I'll do
    anything", "I'm desperate", "please hire me"; "bitte geben Sie mir eine
    Chance", "ich brauche diesen Job unbedingt", "ich flehe Sie an", "egal
    welche Stelle", "ich nehme jede Stelle", "ich mache alles", "bitte stellen
    Sie mich ein".

    It stays silent on confident wording that shares words with these:
    "I'd welcome the chance to discuss next steps", "You asked what I need to
    do my best work", "Anything that helps your decision, I can send", "any
    role I have held", "jede Stelle im Bericht".

Why
    A note that begs shifts the reader's attention from what you offer to what
    you need; career guides advise showing enthusiasm as a fit for the role,
    never as need [S20, S60; D1, D12].

Example
    Fires::

        Please give me a chance - I need this job.
        Bitte geben Sie mir eine Chance.

    Passes::

        I'd welcome the chance to discuss next steps.
        Über die Chance auf nächste Schritte freue ich mich.
"""

from __future__ import annotations

from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._clauses import clause, has, matches_in_content, sentence

_JOB_EN = "job|position|role|opportunity"
_JOB_DE = "job|stelle|position|arbeit|chance|anstellung"

PHRASES = PatternSet({
    "en": {
        "plead": [
            f"i really|desperately|truly|badly|urgently|so|absolutely? need this {_JOB_EN}",
            "i really|desperately|truly|badly|urgently|so|absolutely? need a|the job",
            "please|just give me a|one|this|another chance|shot",
            "please|just give me a|one|this|another chance|shot to prove myself",
            "i 'm|am begging you?", "i beg you|of", "begging you",
            f"i 'll|will|would|'d|can take|accept|do any|whatever {_JOB_EN}",
            "i 'm|am really|so|truly|quite|getting? desperate", "i desperately want|need|hope|wish",
            "please hire|employ|pick|choose me",
        ],
        "any": [f"any {_JOB_EN}"],
        "give": ["give me a|one|this|another chance|shot"],
        "all": ["i 'll|will|would|'d do anything"],
    },
    "de": {
        "plead": [
            "bitte geben sie mir _? eine|die|diese chance|gelegenheit",
            "geben sie mir bitte _? eine|die|diese chance|gelegenheit",
            f"ich brauche|benötige unbedingt|dringend|wirklich? diesen|den|die|diese {_JOB_DE} unbedingt|dringend|"
            f"wirklich?",
            f"ich brauche|benötige unbedingt|dringend|wirklich einen|eine {_JOB_DE}",
            f"diesen|den|diese job|stelle|arbeit brauche ich unbedingt|dringend|wirklich?",
            "ich flehe _{0,2} an", "ich flehe", "ich bitte sie _? inständig|inständigst", "ich bettle",
            f"egal welche|welchen|welcher {_JOB_DE}|rolle|aufgabe",
            f"jede|jeden beliebige|beliebigen {_JOB_DE}|rolle|aufgabe",
            "ich bin _? verzweifelt", "ich würde|werde wirklich? alles dafür? tun",
            "bitte stellen sie mich _{0,3} ein", "stellen sie mich bitte _{0,3} ein",
        ],
        "any": [f"jede|jeden|jeder {_JOB_DE}|rolle"],
        "all": ["ich mache|tue|tu|würde|werde wirklich? alles"],
    },
})

# "any role I have held", "any position where ..." describe, they do not plead
_RELATIVE_AFTER = {"i", "where", "that", "which", "we", "ich", "die", "in", "wo"}
_TAKING = {"take", "accept", "consider", "happy", "glad", "grateful", "settle", "fill", "do", "fine", "open",
           "nehme", "nähme", "nehmen", "annehmen", "akzeptiere", "akzeptieren", "übernehme", "übernehmen",
           "zufrieden", "froh", "dankbar"}
# "ich mache alles, ..." pleads; "ich mache alles selbst / mit Python" describes a way of working
_ALL_ENDS = {",", ".", "!", "für", "dafür", "was", "um", "tun", "–", "—", "-"}
_ANYTHING_BUT = {"else", "with", "in", "on", "from", "like"}
_ANY_AT_ALL = {"whatsoever", "you", "available"}

MESSAGE = "This sounds like pleading, which puts your need in front of what you offer the team."
SUGGESTION = ("Show enthusiasm as fit instead: name one thing you would bring to the role and say you would "
              "welcome the next step.")


def _pleads(note, span) -> bool:
    doc, lang = note.doc, note.language
    label = span.label_
    cs, ce = clause(doc, span.start, span.end, lang)
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if label == "any":
        ss, se = sentence(doc, span.start, span.end)
        if after in _ANY_AT_ALL or (after == "at" and doc[span.end + 1:span.end + 2].text.lower() == "all"):
            return True
        if doc[se - 1].text == "?" or after in _RELATIVE_AFTER and not span.text.lower().startswith("jede"):
            return False
        return has(doc, cs, ce, _TAKING)
    if label == "give":
        # an imperative at the start of the clause, not "it would give me a chance to grow"
        return span.start == cs
    if label == "all":
        if lang == "en":
            return after not in _ANYTHING_BUT
        return span.end >= len(doc) or after in _ALL_ENDS or doc[span.end].is_space
    return True


def check(note, options):
    for span in matches_in_content(PHRASES, note):
        if _pleads(note, span):
            yield Problem(span.start_char, span.end_char, MESSAGE, suggestion=SUGGESTION)


RULE = Rule(
    code="NL405",
    name="desperation-begging",
    severity="warning",
    languages=("en", "de"),
    summary="Begging or sounding desperate for the job.",
    check=check,
)
