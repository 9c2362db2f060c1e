"""aggressive-pushy (NL403): demands, deadlines, pressure and reproaches.

What it does
    Looks for four kinds of pushiness in the note's content:

    - demands: "I expect your decision", "I will need your answer",
      "I insist on a reply"; "Ich erwarte Ihre Entscheidung", "ich bestehe
      darauf";
    - deadlines set for the reader: "let me know by Friday", "please respond
      by the end of the week", "an answer ASAP", "no later than Monday";
      "Rückmeldung bis spätestens Freitag", "bitte umgehend";
    - pressure through other offers: "I have another offer", "other companies
      are interested", "I will accept another offer"; "ich habe noch ein
      anderes Angebot", "andere Unternehmen warten";
    - reproaches: "you said you'd", "you promised", "I still haven't heard",
      "why haven't you", "I deserve", "you won't regret it", "don't waste my
      time"; "Sie haben mir versprochen", "Sie sagten doch", "ich warte immer
      noch".

    A deadline counts only when it is attached to something asked of the
    reader in the same clause: "I'll send the samples by Friday" and "I can
    start as soon as possible" are the writer's own promises and pass, and so
    does the reader's own timeline ("You mentioned a decision by Friday").
    Demand and deadline in one clause are one finding ("I expect your
    decision by Friday"). Each finding is a warning; a reproach is an error,
    and so is every finding once the note has ``error-hits`` of them.

Why
    "Too aggressive" is one of the three faux pas of the founding article: the
    winning note is the more diplomatic one. Career guides warn against
    ultimatums, deadlines and mentioning competing offers in a thank-you note,
    and against sounding entitled or reproachful [S1, S31, S32; D10, D11].

Example
    Fires::

        I expect your decision by Friday.
        Ich erwarte Ihre Entscheidung bis spätestens Freitag.

    Passes::

        You mentioned Friday; happy to send anything before then.
        Sie nannten Freitag; gern reiche ich vorher Unterlagen nach.

Options
    ``error-hits`` (2): this many findings in one note make all of them errors.
"""

from __future__ import annotations

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.patterns import PatternSet, token_lowers
from notelint.registry import Rule

from ._clauses import clause, has, lowers, matches_in_content

_ASKED = "decision|answer|response|reply|offer|feedback|update|confirmation|verdict"
_ASKED_DE = "entscheidung|antwort|rückmeldung|zusage|stellungnahme|angebot|bescheid|nachricht|feedback|reaktion"
_WISH_ADJ_DE = "baldige|schnelle|rasche|zeitnahe|verbindliche|endgültige|klare|kurze|positive"

PHRASES = PatternSet({
    "en": {
        "demand": [
            f"i expect|demand|require your|a|an _? {_ASKED}",
            f"i really|urgently|absolutely? need your|a|an _? {_ASKED}",
            f"i 'll|will need your|a|an _? {_ASKED}",
            f"i insist|insisted on|upon your|a|an _? {_ASKED}",
            "i expect|demand to hear", "i expect|demand to be told",
            "i expect you to respond|reply|decide|call|get|let|contact|answer|make|send|come",
            "i really|urgently|absolutely? need to hear back|from",
            "i must insist", "i insist that", "i demand",
        ],
        "request": [
            "let me know|hear|have", "tell|inform|notify|update|call|email|contact|text|phone me|us",
            "get|come back to me|us", "hear back|from", "keep me posted|informed|updated", "need to know",
        ],
        "ask_verb": ["respond|reply|answer|confirm|decide|revert", "get back"],
        "ask_noun": [
            "decision|response|feedback|confirmation|verdict|news",
            "a|an|your|the|some|any|quick|prompt|final|formal|written|firm|definite|definitive|clear|official "
            "answer|reply|update|offer|word",
        ],
        "deadline": ["by|before|within|until|till"],
        "urgent": ["asap", "a.s.a.p.", "as soon as possible"],
        "urgent_time": ["no later than"],
        "please": ["please|kindly"],
        "pressure": [
            "i have|'ve|'m|am|currently|also|already|now|got|received|weighing|considering|holding|evaluating|"
            "entertaining|reviewing|been{1,4} one|two|three|several|multiple|a|an|some? another|other|competing|"
            "pending|outstanding|second offer|offers",
            "i have|'ve|'m|am|currently|also|already|now|got|received|weighing|considering|holding{1,4} a|an|"
            "one|two|several|multiple offer|offers from|at another|other|competing|two|several|multiple _?",
            "other|several|multiple|two|three companies|employers|firms are|'re|have _? interested|waiting|"
            "pursuing|approached|courting",
            "other|several|multiple|two|three companies|employers|firms have|'ve made|extended offers|offers",
            "another company|employer|firm has|is|'s _? made|offered|interested|waiting me? an|a? offer|offers?",
            "accept|take|sign another|other|competing offer|offers", "go with another|other|competing offer|offers",
            "accept|take|sign the|a|their other|competing|different offer|offers",
            "go with the|a|their other|competing|different offer|offers",
            "look|go elsewhere",
            "i 've|have been offered another|other|a|an _? position|role|job|offer|offers",
            "if|unless i do|have n't|not hear|heard|receive|received|get",
        ],
        "reproach": [
            "you said|promised you would|'d|will|'ll", "you told me you would|'d|will|'ll",
            "you said|promised you were going to", "you told me you were going to",
            "you promised", "you had promised",
            "i still have|had|did n't|not hear|heard|receive|received|get|gotten|got",
            "i have|'ve still not heard|received",
            "still no word|answer|reply|response|news|update|decision",
            "why have|has|did|had|were|is|wo n't|not you|anyone|anybody|i|there",
            "why has|did|have no one|nobody",
            "i deserve|deserved",
            "you wo|will|would n't|not regret",
            "do n't|not waste my time",
            "waste|wasting|wasted my time",
            "waste of my time",
        ],
    },
    "de": {
        "demand": [
            f"ich erwarte|erbitte|fordere|verlange|brauche|benötige ihre|eine|ihr|einen|die _? {_ASKED_DE}",
            f"erwarte|fordere|verlange|brauche|benötige ich _? ihre|eine|ihr|einen|die _? {_ASKED_DE}",
            "ich erwarte|fordere|verlange ,? dass sie",
            "ich bestehe darauf|auf",
        ],
        "request": [
            "geben sie mir|uns bitte? _{0,3} bescheid", "lassen sie mich|uns bitte? _{0,3} wissen",
            "melden sie sich", "von ihnen _? hören|höre|zu hören", "sagen sie mir",
            "teilen sie mir bitte? _{0,3} mit", "informieren|kontaktieren sie mich", "rufen sie mich _? an",
            "ich muss _{0,3} wissen",
        ],
        "ask_verb": [
            "antworten|antwortet|entscheiden|melden|bestätigen|zusagen|mitteilen|äußern|informieren|rückmelden|"
            "zurückmelden|zurückrufen",
        ],
        "ask_noun": [_ASKED_DE],
        "deadline": ["bis|innerhalb|binnen"],
        "urgent": ["umgehend|umgehende|umgehender|unverzüglich|unverzügliche|schnellstmöglich|schnellstmögliche",
                   "asap", "so schnell wie möglich"],
        "urgent_time": ["bis spätestens", "spätestens bis|am", "spätestens"],
        "please": ["bitte"],
        "pressure": [
            "ich habe|hätte noch|bereits|schon|auch|derzeit|aktuell|zurzeit|momentan{0,3} ein|zwei|drei|mehrere|"
            "weitere? anderes|andere|weiteres|weitere|konkurrierendes|konkurrierende angebot|angebote|jobangebot|"
            "jobangebote|stellenangebot|stellenangebote",
            "ich habe|hätte _{0,2} noch ein|zwei|weitere angebot|angebote|jobangebot|stellenangebot",
            # verb-final: "..., da ich noch ein anderes Angebot habe"
            "ich noch|bereits|schon|auch|derzeit|aktuell{0,2} ein|zwei|mehrere|weitere? anderes|andere|weiteres|"
            "weitere|konkurrierendes|konkurrierende angebot|angebote|jobangebot|stellenangebot habe|hätte|vorliegen",
            "mir liegt|liegen noch|bereits|schon? _? anderes|andere|weiteres|weitere|konkurrierendes|zwei|"
            "mehrere angebot|angebote",
            "andere|weitere|mehrere|zwei unternehmen|firmen|arbeitgeber warten|interessieren|werben",
            "andere|weitere|mehrere|zwei unternehmen|firmen|arbeitgeber sind|haben|zeigen _? interessiert|interesse",
            "anderes|andere|weiteres|konkurrierendes angebot|angebote annehmen|annehme|nehme|an|zusagen|zusage|"
            "unterschreiben|unterschreibe",
            "wenn|falls|sollte ich _{0,5} nichts|keine _{0,3} höre|hören|erhalte|bekomme",
        ],
        "reproach": [
            "sie haben|hatten _{0,3} versprochen", "sie versprachen",
            "sie sagten|meinten|wollten doch", "sie haben|hatten doch _{0,3} gesagt|versprochen|zugesagt|angekündigt",
            "sie sagten|meinten ,? sie würden|werden|wollten",
            "ich warte immer noch", "ich warte noch immer", "ich warte weiterhin|seit",
            "ich habe immer noch keine|nichts|nicht", "ich habe noch immer keine|nichts|nicht",
            "immer noch keine antwort|rückmeldung|nachricht|entscheidung",
            "noch immer keine antwort|rückmeldung|nachricht|entscheidung",
            "warum haben|hat|hatten|habe sie|man|ich _{0,4} nicht|nie|keine",
            "warum hat|haben sich _? niemand|keiner|nicht",
            "ich verdiene es", "ich verdiene diese|die|den|eine|einen _? stelle|job|chance|antwort|rückmeldung|zusage",
            "sie? werden es nicht bereuen",
            "verschwenden|vergeuden sie nicht? _? meine zeit", "meine zeit nicht? verschwendet|vergeudet|verschwenden",
        ],
    },
})

_DEADLINE_WORDS = {"by", "before", "within", "until", "till", "bis", "innerhalb", "binnen"}
_DETERMINERS = {"your", "a", "an", "the", "ihre", "ihr", "eine", "einen", "die"}
_CONDITIONS = {"if", "unless", "wenn", "falls", "sollte"}
_FIRST_PERSON = {"en": {"i", "we"}, "de": {"ich", "wir"}}
_POSSESSIVE = {"my", "our", "mein", "meine", "meiner", "meinen", "meinem", "unser", "unsere", "unserer"}
_WISHES = {
    "appreciate", "hope", "hoping", "like", "love", "welcome", "need", "want", "expect", "expecting", "await",
    "awaiting", "wait", "waiting", "receive", "receiving", "grateful", "glad",
    "erwarte", "erbitte", "bitte", "freue", "hoffe", "wünsche", "brauche", "benötige", "warte", "erhalten",
    "bekommen", "dankbar",
}
# the reader's own timeline, restated ("You mentioned a decision by Friday")
_THEIR_TIMELINE = {
    "mentioned", "said", "explained", "noted", "indicated", "understand", "understood", "gather", "timeline",
    "schedule", "planned", "expected", "anticipated", "nannten", "erwähnten", "sagten", "erwähnt", "genannt",
    "verstehe", "verstanden", "zeitplan", "geplant", "voraussichtlich", "planen", "rechnen",
}
_YOU_STATEMENT = {"expect", "plan", "hope", "aim", "anticipate", "intend", "'ll", "will", "are", "'re", "were",
                  "would", "wollen", "werden", "würden", "möchten", "hoffen", "erwarten", "wollten"}
_ADDRESSED = {"you", "your", "please", "kindly", "sie", "ihre", "ihr", "ihnen", "bitte"}
# narration of what already happened ("Your team gave me an answer right away")
_PAST = {"was", "were", "had", "did", "gave", "got", "sent", "hatte", "gab", "gaben", "war", "wurde", "gegeben",
         "erhielt", "bekam", "hat"}
_RELAXED = {"rush", "hurry", "pressure", "eile", "stress", "zeitdruck", "eilt"}
# words after "you said you'd" that report the reader's wish, not a broken promise
_WISH_AFTER = {"like", "love", "prefer", "want", "appreciate", "welcome", "enjoy", "value", "gern", "gerne",
               "lieber"}
_WISH_STATE = {"interested", "happy", "glad", "open", "curious", "keen", "eager"}
_RELATIVE = {"the", "a", "an", "this", "that", "these", "those", "die", "der", "das", "den", "dem", "wie", "welche"}

_WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
             "montag dienstag mittwoch donnerstag freitag samstag sonntag")
_MONTHS = ("january february march april june july august september october november december jan feb mar apr jun "
           "jul aug sep sept oct nov dec januar februar märz mai juni juli oktober dezember")
_ANCHORS = set((_WEEKDAYS + " " + _MONTHS + " tomorrow tonight today noon midday midnight eod cob eow eom weekend week "
                "weeks month months day days hour hours morning afternoon evening pm am p.m. a.m. latest "
                "morgen übermorgen heute mittag abend feierabend wochenende woche wochen monat monats monatsende "
                "quartal quartals tag tage tagen stunden uhr kw jahresende").split())
_FILLERS = set(("the this next coming of at end close business - a an one two three on 's "
                "zum zur spätestens ende der dieser diesen diese nächsten nächster nächste kommenden kommender den "
                "am um dem einer eines einem zwei drei").split())
_ORDINAL = lazyre.compile(r"^\d{1,4}(?:st|nd|rd|th|\.)?(?:\d{1,2}\.?)?$|^\d{1,2}[:.]\d{2}$|^\d{1,2}(?:am|pm)$")

MESSAGES = {
    "demand": (
        "Demanding an answer or setting a deadline sounds pushy: the hiring team sets the timeline.",
        "Leave the timing to them, e.g. 'I look forward to hearing about next steps.'",
    ),
    "pressure": (
        "Pointing to other offers or companies reads as pressure and can cost you the goodwill you built.",
        "Leave other offers out of the thank-you note; if you truly face a deadline, ask the recruiter about "
        "the timeline in a separate, friendly message.",
    ),
    "reproach": (
        "This sounds like a reproach or a sense of entitlement, which is the opposite of the diplomatic tone "
        "that wins.",
        "Thank them, restate your interest and what you would bring; if you need news, ask politely about "
        "the timeline a week later.",
    ),
}


def _time_end(doc, i: int, limit: int):
    """End token of a time expression starting at doc[i] ("Friday", "the end of the week"), or None."""
    last = None
    j = i
    while j < min(limit, i + 8):
        tok = doc[j]
        low = tok.lower_
        if tok.is_space:
            break
        is_may = low in ("may", "mai") and j + 1 < len(doc) and doc[j + 1].like_num
        if low in _ANCHORS or is_may or tok.like_num or _ORDINAL.match(low):
            if low != "latest" or last is not None:
                last = j + 1
        elif low not in _FILLERS:
            break
        j += 1
    return last


def _clause_groups(doc, spans, lang):
    """(start, end, spans) per clause; a match that spans a comma ("I expect that you ...") joins clauses."""
    groups = []
    for span in spans:
        cs, ce = clause(doc, span.start, span.end, lang)
        if groups and cs < groups[-1][1]:
            last = groups[-1]
            groups[-1] = (min(last[0], cs), max(last[1], ce), last[2] + [span])
        else:
            groups.append((cs, ce, [span]))
    return groups


def _deadlines_inside(doc, span):
    """Deadlines a longer match swallowed ("Geben Sie mir bis Freitag Bescheid")."""
    found = []
    words = token_lowers(doc)  # read from the Doc's table: most matches hold no deadline word
    for i in range(span.start, span.end - 1):
        if words[i] in _DEADLINE_WORDS:
            end = _time_end(doc, i + 1, span.end)
            if end is not None:
                found.append((i, end, False))
    return found


def _subject_before(doc, start: int, i: int, lang: str):
    """The nearest subject-like pronoun before token i in the clause."""
    for tok in reversed(doc[start:i]):
        low = tok.lower_
        if low in _FIRST_PERSON[lang]:
            return "me"
        if low in ("you", "sie"):
            return "you"
    return None


def _is_request(doc, span, cs: int, ce: int, lang: str) -> bool:
    """Is this request word asking the reader for something (not the writer's own act)?"""
    label = span.label_
    if label == "request":
        return True
    words = lowers(doc, cs, ce)
    first = any(w in _FIRST_PERSON[lang] for w in words)
    if label == "ask_noun":
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in _POSSESSIVE:
            return False
        if any(w in _WISHES for w in words):
            return True
        return not first and any(w in _ADDRESSED for w in words)
    if lang == "de":
        return not first or "sie" in words
    return _subject_before(doc, cs, span.start, lang) != "me"


def _their_timeline(doc, cs: int, ce: int) -> bool:
    words = lowers(doc, cs, ce)
    if any(w in _THEIR_TIMELINE or w in _RELAXED or w in _PAST for w in words):
        return True
    return any(w in ("you", "sie") and any(x in _YOU_STATEMENT for x in words[k + 1:k + 3])
               for k, w in enumerate(words))


def _wish_not_promise(doc, span) -> bool:
    """ "You said you'd like a sample" reports a wish; "you said you'd call" is a reproach."""
    after = [t.lower_ for t in doc[span.end:span.end + 4] if not t.is_space]
    if after and after[0] in _WISH_AFTER or "freuen" in after:
        return True
    return len(after) > 1 and after[0] == "be" and after[1] in _WISH_STATE


def _in_relative_clause(doc, span) -> bool:
    """ "the samples you promised", "die Unterlagen, die Sie versprachen" """
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in _RELATIVE and before.lower_ not in ("the", "a", "an"):
        return True
    return span.start > 1 and doc[span.start - 2].lower_ in ("the", "a", "an", "this", "these", "those", "your")


def _negated(doc, cs: int, ce: int) -> bool:
    return has(doc, cs, ce, {"no", "not", "n't", "never", "kein", "keine", "keinen", "nicht", "nie"})


def _harmless_reproach(doc, span, cs: int) -> bool:
    """A reported wish, a relative clause or a negation that only looks like a reproach."""
    low = span.text.lower()
    if ("said" in low or "sagten" in low or "meinten" in low) and _wish_not_promise(doc, span):
        return True
    if ("promised" in low or "versprachen" in low) and _in_relative_clause(doc, span):
        return True
    return low.startswith(("waste", "wasting", "wasted")) and _negated(doc, max(cs, span.start - 2), span.start)


def hits(note):
    """(start_char, end_char, kind) of every pushy phrase, in text order."""
    doc, lang = note.doc, note.language
    found = []
    for cs, ce, spans in _clause_groups(doc, matches_in_content(PHRASES, note), lang):
        parts, asks, urgent, reproached = [], [], [], False
        for span in spans:
            label = span.label_
            urgent.extend(_deadlines_inside(doc, span))
            if label == "reproach":
                if not _harmless_reproach(doc, span, cs):
                    found.append((span.start_char, span.end_char, "reproach"))
                    reproached = True
            elif label == "pressure":
                if span[0].lower_ not in _CONDITIONS and _negated(doc, cs, span.end):
                    continue
                parts.append(("pressure", span))
            elif label == "demand":
                parts.append(("demand", span))
            elif label in ("request", "ask_verb", "ask_noun"):
                if _is_request(doc, span, cs, ce, lang):
                    start = span.start
                    if label == "ask_noun" and start > cs and doc[start - 1].lower_ in _DETERMINERS:
                        start -= 1  # "your decision", "eine Rückmeldung"
                    asks.append(doc[start:span.end])
            elif label == "deadline":
                end = _time_end(doc, span.end, ce)
                if end is not None:
                    urgent.append((span.start, end, False))
            elif label == "urgent_time":
                end = _time_end(doc, span.end, ce)
                urgent.append((span.start, end or span.end, True))
            elif label == "urgent":
                urgent.append((span.start, span.end, True))
        please = any(s.label_ == "please" for s in spans)
        timed = [(s, e) for s, e, _ in urgent]
        strong_alone = [(s, e) for s, e, strong in urgent if strong and please]
        if parts:
            for kind, span in parts:
                s, e = span.start, span.end
                if kind == "demand" or span[0].lower_ in _CONDITIONS:
                    extra = timed + ([(a.start, a.end) for a in asks] if timed and kind == "demand" else [])
                    for ts, te in extra:
                        s, e = min(s, ts), max(e, te)
                found.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), kind))
        elif (asks and timed) or strong_alone:
            # a deadline inside a reproach ("You promised an answer within a week") is part of it
            if reproached or _their_timeline(doc, cs, ce):
                continue
            pieces = [(a.start, a.end) for a in asks] + timed if asks and timed else strong_alone
            s, e = min(p[0] for p in pieces), max(p[1] for p in pieces)
            found.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "demand"))
    return sorted(found)


def check(note, options):
    found = hits(note)
    many = len(found) >= options["error-hits"] > 0
    for start, end, kind in found:
        message, suggestion = MESSAGES[kind]
        severity = Severity.ERROR if kind == "reproach" or many else None
        if many and kind != "reproach":
            message = message[:-1] + f" ({len(found)} pushy phrases in this note)."
        yield Problem(start, end, message, suggestion=suggestion, severity=severity)


RULE = Rule(
    code="NL403",
    name="aggressive-pushy",
    severity="warning",
    languages=("en", "de"),
    summary="Demands, deadlines, pressure through other offers, or reproaches.",
    check=check,
    options={"error-hits": 2},
)
