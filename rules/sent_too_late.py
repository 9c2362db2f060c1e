"""sent-too-late (NL101): the note goes out days after the interview.

What it does
    Compares the send time with the end of the interview (metadata
    ``interview`` and ``sent``; ``sent`` defaults to now). When either is a
    date without a time, whole calendar days are compared (one day = 24
    hours). English notes get an info after 24 hours, a warning after 48 hours
    and an error at a week or more; German notes are fine up to 72 hours, then
    a warning, and an error at a week or more. A note "sent" before the
    interview is left to other rules. The finding sits on the note's first
    line and names the delay.

    Without an interview date, the text's own admissions of lateness are
    reported at info: "sorry for the delay", "belated thanks", "our interview
    a week ago", "Entschuldigen Sie die späte Rückmeldung", "dass ich mich erst
    jetzt melde", "unser Gespräch letzte Woche". A week mentioned about
    something else ("You said the launch slipped a week", "Sie erwähnten eine
    Woche Verzug") is not a cue. With an interview date the dates decide and
    the text cues are not reported.

Why
    The founding article names the note sent "a week late" ("eine Woche zu
    spät") as one of the three faux pas that lose a close race; English career
    advice asks for 24 hours, 48 at most [S1, S2, S14, S19]. German guides are
    looser: same day to two days, three tolerated [D1, D2].

Example
    Fires (interview 2026-05-12 15:00, sent 2026-05-21 09:00)::

        Dear Ms. Lee,                      <- error: sent 8 days after the interview

    Fires without dates::

        Sorry this comes a week late.

    Passes: the same note sent on 2026-05-12 at 19:00, or (without dates)
    "You said the launch slipped a week."

Options
    ``info-hours`` ({en = 24, de = 72}): info when more hours than this have
    passed. ``warning-hours`` ({en = 48, de = 72}): warning beyond this.
    ``error-hours`` ({en = 168, de = 168}): error at this many hours or more.
    ``text-cues`` (true): report admissions of lateness when no interview date
    is given.
"""

from notelint.findings import Problem, Severity
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._letter import letter, trimmed

_WEEKS_EN = "a|one|two|three|several|few|couple|over|almost|nearly"
_MEETING_EN = "interview|interviews|meeting|conversation|talk|chat|call|discussion"
_MET_EN = "met|spoke|talked|chatted|had|sat"
_LATE_THING_EN = "reply|note|response|message|email|mail|letter|thanks|follow|follow-up|thank"
_MEETING_DE = (
    "gespräch|gesprächs|vorstellungsgespräch|vorstellungsgesprächs|bewerbungsgespräch|bewerbungsgesprächs|"
    "interview|interviews|telefonat|telefonats|kennenlernen"
)
_MET_DE = "gesprochen|getroffen|trafen|sprachen|unterhalten|unterhielten|kennengelernt|telefoniert|telefonierten"
_WRITE_DE = "melde|melden|schreibe|schreiben|antworte|antworten|bedanke|bedanken|zurückmelde|zurückmelden|komme"
_LAST_DE = "letzte|letzten|letzter|vergangene|vergangenen|vergangener|vorige|vorigen|voriger"
_WEEKS_DE = "einer|zwei|drei|mehreren|gut|knapp|über"
_OUR_DE = "unser|unsere|unserem|unseres|das|dem|des|im|beim|zum"

CUES = PatternSet({
    "en": [
        f"sorry|apologies|apologize|apologise|apologizing|apologising for _? _? delay",
        f"sorry|apologies|apologize|apologise|apologizing|apologising for _? late|delayed|belated {_LATE_THING_EN}",
        f"sorry|apologies _{{0,3}} {_WEEKS_EN} week|weeks|days late|later",
        f"this|note|message|email|thanks is _? {_WEEKS_EN} week|weeks|days late",
        f"this|note|message|email|thanks comes|arrives _{{0,2}} late|later",
        f"last|past week 's {_MEETING_EN}",
        f"our {_MEETING_EN} _{{0,3}} last|past week",
        f"our {_MEETING_EN} _{{0,3}} {_WEEKS_EN} weeks|week ago",
        f"the|my interview|interviews _{{0,3}} last|past week",
        f"the|my interview|interviews _{{0,3}} {_WEEKS_EN} weeks|week ago",
        f"we {_MET_EN} _{{0,3}} last|past week",
        f"we {_MET_EN} _{{0,3}} {_WEEKS_EN} weeks|week ago",
        f"{_WEEKS_EN} _? week|weeks ago _? when? we {_MET_EN}",
        "interviewed me _{0,2} last week",
        f"belated thanks|thank|note|thank-you|message|email|follow-up",
        "better late than never",
        "getting back to you so late",
    ],
    "de": [
        f"erst jetzt|heute _{{0,3}} {_WRITE_DE}",
        f"{_WRITE_DE} _{{0,2}} erst jetzt|heute",
        f"entschuldigung|entschuldigen|sorry _{{0,6}} erst jetzt|heute _{{0,3}} {_WRITE_DE}",
        "verspätet|verspätete|verspäteten|verspäteter|verspätetes|verspätetem dank|danke|dankeschön|dankesbrief|rückmeldung|antwort|nachricht|gruß",
        "mit verspätung _{0,3} dank|danke|bedanke|bedanken|melde|schreibe",
        "späte|späten|verspätete|verspäteten rückmeldung|antwort|nachricht|reaktion",
        "entschuldigen sie bitte? die späte|verspätete rückmeldung|antwort|nachricht|reaktion",
        "entschuldigung|sorry für die späte|verspätete rückmeldung|antwort|nachricht|reaktion",
        f"{_MEETING_DE} _{{0,3}} {_LAST_DE} woche",
        f"{_LAST_DE} woche _{{0,4}} {_OUR_DE} {_MEETING_DE}",
        f"wir|uns _{{0,3}} {_LAST_DE} woche _{{0,3}} {_MET_DE}",
        f"{_MEETING_DE} _{{0,3}} vor {_WEEKS_DE} woche|wochen",
        f"vor {_WEEKS_DE} woche|wochen _{{0,4}} {_OUR_DE} {_MEETING_DE}",
        f"wir|uns _{{0,3}} vor {_WEEKS_DE} woche|wochen _{{0,3}} {_MET_DE}",
        "besser spät als nie",
    ],
})

# "sorry for the delay in starting our call" apologises for the interview, not for the note
_NOT_ABOUT_NOTE = {
    "start", "starting", "call", "connection", "video", "interview", "meeting", "train", "traffic",
    "arriving", "arrival", "beginning", "begin", "flight", "bus",
}


def _hours(note) -> float | None:
    meta = note.metadata
    if meta.interview is None or meta.sent is None:
        return None
    interview, sent = meta.interview, meta.sent
    if not (interview.has_time and sent.has_time):
        return (sent.value.date() - interview.value.date()).days * 24.0
    return (sent.value - interview.value).total_seconds() / 3600


def _delay(hours: float, exact: bool) -> str:
    if exact and hours < 72:
        whole = int(hours)
        return f"{whole} hour{'s' if whole != 1 else ''}"
    days = int(hours // 24)
    return f"{days} day{'s' if days != 1 else ''}"


def _by_language(option, lang: str, fallback: str = "en"):
    return option.get(lang, option.get(fallback))


def _first_line(note) -> tuple[int, int]:
    parts = letter(note)
    if parts.lines:
        return parts.lines[0].stripped_span
    return trimmed(note.text, note.body_start, len(note.text))


def check(note, options):
    hours = _hours(note)
    if hours is not None:
        yield from _check_dates(note, options, hours)
    elif options["text-cues"]:
        yield from _check_text(note)


def _check_dates(note, options, hours):
    lang = note.language
    info = _by_language(options["info-hours"], lang)
    warning = _by_language(options["warning-hours"], lang)
    error = _by_language(options["error-hours"], lang)
    if hours < 0:
        return
    if hours >= error:
        severity = Severity.ERROR
    elif hours > warning:
        severity = Severity.WARNING
    elif hours > info:
        severity = Severity.INFO
    else:
        return
    meta = note.metadata
    exact = meta.interview.has_time and meta.sent.has_time
    delay = _delay(hours, exact)
    if severity is Severity.ERROR:
        why = "a note a week late is one of the faux pas that lose a close race to another candidate"
    elif lang == "de":
        why = "German guides expect the note within two, at most three days"
    else:
        why = "interviewers expect a thank-you within 24 hours, 48 at most"
    start, end = _first_line(note)
    yield Problem(
        start, end,
        f"This note is sent {delay} after the interview: {why}.",
        suggestion="Send it today, and next time send your note the same day or the day after the interview.",
        severity=severity,
    )


def _check_text(note):
    doc = note.doc
    for span in CUES.find(doc):
        if span.start_char < note.body_start:
            continue
        words = {t.lower_ for t in span}
        if "delay" in words:
            after = doc[span.end: min(len(doc), span.end + 6)]
            stop = next((i for i, t in enumerate(after) if t.is_sent_start or t.text in ".;!?"), len(after))
            if any(t.lower_ in _NOT_ABOUT_NOTE for t in after[:stop]):
                continue
        yield Problem(
            span.start_char, span.end_char,
            "This tells the reader the note comes late, which draws attention to the delay instead of the conversation.",
            suggestion="Leave out the apology for the delay and open with a specific thank-you; "
            "give the interview date so notelint can check the timing.",
            severity=Severity.INFO,
        )


RULE = Rule(
    code="NL101",
    name="sent-too-late",
    severity="warning",
    languages=("en", "de"),
    summary="The note is sent days after the interview, or says it comes late.",
    check=check,
    options={
        "info-hours": {"en": 24, "de": 72},
        "warning-hours": {"en": 48, "de": 72},
        "error-hours": {"en": 168, "de": 168},
        "text-cues": True,
    },
)
