"""presumptuous-assumes-offer (NL404): writing as if the job were already yours.

What it does
    Flags phrases that take the offer for granted: "when I start", "once I
    join", "when you hire me", "on my first day", "in my first 90 days", "my
    future team", "see you on Monday"; "wenn ich bei Ihnen anfange", "an
    meinem ersten Arbeitstag", "meine zukünftigen Kolleginnen", "wenn Sie mich
    einstellen". These are warnings. "I look forward to working with you" and
    "Ich freue mich auf die Zusammenarbeit" are reported at info: common, but
    they too presume the decision.

    Hypotheticals pass ("If I join, I'd first learn your stack", "Sollte ich
    zum Team stoßen"), and so do past jobs ("When I started my last job", "On
    my first day at my previous employer I..."), habits ("When I start a new
    project..."), a hedged "I look forward to working with you if given the
    chance" and "see you on Monday" when Monday is another interview.

Why
    Career guides call it too aggressive to assume the offer; confident
    interest is better said with "would" and "if". German guides reserve "Ich
    freue mich auf die Zusammenarbeit" for after an offer and recommend "Ich
    würde mich über eine Zusammenarbeit freuen" [S1, S59; D31].

Example
    Fires::

        When I start, I'll overhaul your reporting.
        Wenn ich anfange, baue ich das Reporting um.

    Passes::

        If I join, I'd first learn your reporting stack.
        Sollte ich zum Team stoßen, arbeite ich mich zuerst ein.
"""

from __future__ import annotations

from notelint.findings import Problem, Severity
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._clauses import clause, has, lowers, matches_in_content, sentence

_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAYS_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
_PERIOD_EN = "day|days|week|weeks|month|months|quarter"
_TEAM_EN = ("team|teammates|colleagues|coworkers|co-workers|manager|boss|supervisor|employer|department|office|desk|"
            "workplace|peers")
_START_DE = ("anfange|beginne|starte|einsteige|dazustoße|dazukomme|anfangen|beginnen|starten|einsteigen|"
             "dazustoßen|dazukommen|antrete|antreten")

PHRASES = PatternSet({
    "en": {
        "start": [
            "when|once|after i start|join|begin|arrive",
            "when|once|after i 'm|am hired|onboarded|employed|aboard",
            "when|once|after i 'm|am on board", "when|once|after i 'm|am part of your|the team",
            "when|once|after you hire|onboard|employ me", "when|once|after you bring me on|aboard",
            "when|once|after you bring me on board",
            "when|once|after i get|'ve|have got? the job|offer|role",
        ],
        "first": [f"on|in|during|within|over|from|by? my first #NUM? {_PERIOD_EN}",
                  f"by|at? the end of my first #NUM? {_PERIOD_EN}"],
        "future": [f"my future {_TEAM_EN}", "my future colleagues|coworkers at|on _"],
        "see": [f"see you on|next|this? {_DAYS_EN}", "see you next week"],
        "info": [
            "i look forward to working|joining|starting", "i 'm|am looking forward to working|joining|starting",
            "looking forward to working|joining|starting", "i ca n't|cannot wait to start|join|work",
        ],
    },
    "de": {
        "start": [
            f"wenn|sobald|nachdem|sowie ich !,|.|;|und|zu{{0,4}} {_START_DE}",
            "wenn|sobald|nachdem ich !,|.|;{0,3} eingestellt|angestellt bin|werde",
            "wenn|sobald|nachdem sie mich _{0,2} einstellen|eingestellt|einstellt",
        ],
        "first": [
            "an|ab|von meinem ersten arbeitstag|tag", "in meiner ersten woche|arbeitswoche",
            "in|während meinen|meiner ersten #NUM? tagen|wochen|monaten|woche",
            "meine ersten #NUM? tage|wochen|monate",
        ],
        "future": [
            "meine|meinen|meiner|meinem zukünftigen|künftigen|zukünftige|künftige|zukünftiger|künftiger "
            "kolleg*|team|teams|vorgesetzt*|chef|chefin|führungskraft|arbeitgeber|abteilung|büro|arbeitsplatz",
        ],
        "see": [f"wir sehen uns _? am|nächsten|nächste|kommenden? {_DAYS_DE}", "wir sehen uns nächste woche"],
        "info": [
            "ich? freue|freuen mich|uns sehr|schon{0,2} auf die|eine|unsere zukünftige|künftige|gemeinsame|weitere|"
            "spannende? zusammenarbeit",
            "auf die|eine|unsere zukünftige|künftige|gemeinsame|weitere|spannende? zusammenarbeit freue ich mich",
        ],
    },
})

# what follows "when I start/join" in a habit, not a job offer ("When I join a new team, I...")
_HABIT = {"a", "an", "any", "each", "every", "new", "something", "anything", "projects", "ein", "eine", "einen",
          "neues", "neue", "neuen", "jedes", "jede", "jeden", "projekt", "aufgabe", "etwas", "mit"}
# where the object of "looking forward to working ..." ends
_OBJECT_STOPS = {"on", "in", "at", "for", "as", "to", "soon", "next", "this", "very", "and", "more", "again"}
_PAST = {
    "was", "were", "had", "did", "went", "got", "learned", "learnt", "started", "joined", "began", "spent", "met",
    "took", "made", "shipped", "built", "led", "ago", "then", "previous", "prior", "former", "last", "old",
    "earlier", "university", "college", "school", "internship", "current",
    "war", "waren", "hatte", "hatten", "damals", "letzten", "vorherigen", "früheren", "bisherigen", "alten",
    "ehemaligen", "wurde", "studium", "praktikum", "aktuellen", "jetzigen",
}
# An interviewer's hypothetical question being answered, or an explicit condition.
_ANSWERED = {"asked", "question", "if", "fragten", "frage", "gefragt", "fragte", "falls", "sollte"}
_HEDGES = {"if", "should", "hopefully", "possibility", "chance", "opportunity", "potentially", "possibly", "perhaps",
           "would", "'d", "may", "might", "could", "selected", "chosen", "falls", "wenn", "sollte", "sollten",
           "hoffentlich", "möglich", "mögliche", "möglichen", "eventuell", "vielleicht", "würde", "würden", "gelegenheit",
           "chance", "klappt"}
_APPOINTMENTS = {"interview", "meeting", "call", "round", "panel", "presentation", "workshop", "visit", "chat",
                 "coffee", "lunch", "demo", "onsite", "on-site", "conversation", "session", "gespräch",
                 "vorstellungsgespräch", "termin", "runde", "zweitgespräch", "probetag", "präsentation", "treffen",
                 "besuch", "workshop", "interview", "kennenlernen", "telefonat"}
_NEXT_STEP = {"second", "next", "final", "follow-up", "third", "zweite", "zweiten", "nächste", "nächsten", "finale",
              "dritte"}

MESSAGES = {
    "warning": (
        "This takes the offer for granted, which can read as presumptuous before the team has decided.",
        "Say it as a possibility: 'If I join the team, I would...' / 'Sollte ich zum Team stoßen, würde ich...'",
    ),
    "info": (
        "Looking forward to working together assumes the offer; it is common, but a conditional sounds more "
        "diplomatic before a decision.",
        "Try 'I would welcome the chance to work with you' / 'Über eine Zusammenarbeit würde ich mich sehr "
        "freuen.'",
    ),
}


def _about_past_job(note, cs: int, ce: int) -> bool:
    """Is the clause about a job the writer already had ("my first week at Globex was...")?"""
    doc = note.doc
    if has(doc, cs, ce, _PAST):
        return True
    company = (note.metadata.company or "").lower().split()
    for i in range(cs, ce - 1):
        if doc[i].lower_ in ("at", "with", "bei") and doc[i + 1].text[:1].isupper():
            name = doc[i + 1].lower_
            if name not in ("ihnen", "you") and name not in company:
                return True
    return False


def _another_appointment(note, span) -> bool:
    """Does "see you on Monday" refer to a further interview or meeting?"""
    doc = note.doc
    ss, se = sentence(doc, span.start, span.end)
    if has(doc, ss, se, _APPOINTMENTS):
        return True
    words = lowers(doc, 0, len(doc))
    return any(w in _NEXT_STEP and words[k + 1:k + 2] and words[k + 1] in _APPOINTMENTS | {"step", "steps", "schritt"}
               for k, w in enumerate(words[:-1]))


def _object_end(doc, end: int, ce: int) -> int:
    """End of "... working with you" / "... joining your team": up to four more words of the clause."""
    stop = min(ce, end + 4)
    while end < stop and doc[end].lower_ not in _OBJECT_STOPS and not doc[end].is_space:
        end += 1
    return end


def hits(note):
    """(span, severity) of every presumptuous phrase, in text order."""
    doc, lang = note.doc, note.language
    for span in matches_in_content(PHRASES, note):
        label = span.label_
        cs, ce = clause(doc, span.start, span.end, lang)
        if label == "start":
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            inside = lowers(doc, span.start, span.end)
            if after in _HABIT or any(w in _HABIT for w in inside) or (lang == "de" and has(doc, cs, ce, _PAST)):
                continue
        elif label == "first":
            if _about_past_job(note, cs, ce):
                continue
            ss, se = sentence(doc, span.start, span.end)
            if has(doc, ss, se, _ANSWERED):
                continue  # "You asked what I would do in my first month": answering their hypothetical
        elif label == "see":
            if _another_appointment(note, span):
                continue
        elif label == "info":
            ss, se = sentence(doc, span.start, span.end)
            if has(doc, ss, se, _HEDGES):
                continue
            end = _object_end(doc, span.end, ce) if lang == "en" else span.end
            yield doc[span.start:end], Severity.INFO
            continue
        yield span, Severity.WARNING


def check(note, options):
    for span, severity in hits(note):
        message, suggestion = MESSAGES["info" if severity is Severity.INFO else "warning"]
        yield Problem(span.start_char, span.end_char, message, suggestion=suggestion, severity=severity)


RULE = Rule(
    code="NL404",
    name="presumptuous-assumes-offer",
    severity="warning",
    languages=("en", "de"),
    summary="Writing as if the offer were already made (\"when I start\", \"on my first day\").",
    check=check,
)
