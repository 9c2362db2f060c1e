"""generic-template (NL301): the note is stock phrases with nothing from the actual interview.

What it does
    Counts two things in the note's content (between greeting and sign-off):
    specificity anchors, and sentences built on stock phrases. Anchors are
    references to the conversation ("you mentioned", "we discussed", "you
    asked", "our conversation about", "your plan to ...", "Sie erwähnten",
    "wir sprachen über", "Ihre Frage nach", "Ihr Plan ..."), numbers, and
    names of things (a capitalised word inside an English sentence, an acronym
    such as "SQL", a name like "PowerBI") other than the interviewer, the
    company and the role from the metadata. Stock phrases are the lines every
    template has ("thank you for your time and consideration", "I look forward
    to hearing from you", "please do not hesitate to contact me", "I am
    confident that my skills ...", and the German Floskeln "Für Rückfragen
    stehe ich gerne zur Verfügung", "Ich freue mich auf Ihre Rückmeldung",
    "Vielen Dank für Ihre Zeit", "Ich bin überzeugt, dass ich ...", "mit
    großem Interesse").

    The rule warns when there is no anchor at all and at least ``stock-share``
    (60 %) of the content's sentences are stock phrases. A plain thank-you
    sentence ("Thank you for the interview.", "Vielen Dank für Ihre Zeit.")
    counts neither way, since every good note has one; a sentence with
    ``own-words`` (8) or more words besides its stock phrase counts as content. The whole content is
    the span, because the fault is the note as a whole.

Why
    Interviewers read many thank-you notes; one that could have been sent to
    anyone shows no thought and is forgotten at once. Career advisers ask for
    one concrete point from the conversation; German guides single out
    Floskeln [S11, S13, S38; D2, D30].

Example
    Fires::

        Thank you for your time and consideration. I am confident that my
        skills make me a strong fit. I look forward to hearing from you.

        Für Rückfragen stehe ich gerne zur Verfügung.

    Passes (one concrete point is enough)::

        Your plan to halve onboarding time stuck with me.
        Ihr Plan, das Onboarding zu halbieren, hat mich beschäftigt.

Options
    ``stock-share`` (0.6): the share of stock sentences at which the rule fires.
    ``own-words`` (8): a sentence with this many words outside its stock phrase
    says something of its own and does not count as stock.
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.patterns import PatternSet, token_lowers, token_texts
from notelint.registry import Rule

from ._letter import letter, sentence_starts, sentences, token_range, trimmed, word_indices

ANCHORS = PatternSet({
    "en": [
        "you mentioned|said|described|explained|noted|pointed|shared|told|showed|asked|raised|highlighted|"
        "outlined|walked|brought|emphasized|emphasised|stressed",
        "you 'd|had mentioned|described|said|asked",
        "we discussed|talked|spoke|covered|touched|went|agreed",
        "we 've|had discussed|talked|spoke|covered",
        "our conversation|discussion|chat|talk about|on|regarding|around",
        "your question|questions|point|plan|idea|story|example|comment|description|insight|vision|advice|"
        "remark|take|approach about|on|to|that|for|regarding|of",
        "your plan|idea|vision|approach|goal|goals|story|example",
        "stuck with me",
        "i keep|kept|'ve thinking about",
        "the part about",
        "when you|we talked|spoke|discussed|described|mentioned",
    ],
    "de": [
        "sie erwähnten|sagten|beschrieben|erklärten|schilderten|fragten|betonten|erzählten",
        "wie sie _{0,3} erwähnt|gesagt|beschrieben|erklärt|geschildert|betont|erzählt",
        "sie haben _{0,4} erwähnt|gesagt|beschrieben|erklärt|geschildert|betont|erzählt|gefragt",
        "wir sprachen|redeten über|von",
        "wir haben _{0,6} gesprochen|geredet|diskutiert",
        "ihre frage nach|zu|zum|zur|ob",
        "unser|unserem gespräch über|zu|zum|zur",
        "ihr|ihre|ihren|ihrem plan|idee|hinweis|beschreibung|beispiel|schilderung|ansatz|vorschlag|ziel|vision",
        "hat mich beschäftigt",
        "hat mich _{0,2} beschäftigt",
        "ist mir _{0,2} im gedächtnis geblieben",
        "geht mir nicht aus dem kopf",
        "als sie _{0,4} erwähnten|beschrieben|erzählten|erklärten",
    ],
})

STOCK = PatternSet({
    "en": {"thanks": [
        "thank|thanks you? so|very? much? again? for taking the time",
        "thank|thanks you? so|very? much? again? for the opportunity|chance|interview|invitation|conversation|"
        "meeting|tour|chat",
        "thank|thanks you? so|very? much? again? for meeting|speaking|talking|interviewing|inviting|having",
        "thank you again",
        "thank|thanks you? so|very? much? again? for your time",
    ], "stock": [
        "thank|thanks you? _{0,3} for your time and|& consideration",
        "thank|thanks you? so|very? much? again? for your consideration|interest",
        "thank|thanks you? so|very? much? again? for considering",
        "i appreciate|appreciated the opportunity|chance|interview|time",
        "i appreciate|appreciated your time|consideration",
        "i am|'m writing to thank|express",
        "i wanted|want to thank|express",
        "i look|'m|am looking? forward to hearing|the next|learning|speaking|hear",
        "look|looking forward to hearing|speaking|learning|the",
        "i hope to hear from|back",
        "please do not|n't hesitate",
        "do not|n't hesitate to contact|reach|call|let",
        "please feel free to contact|reach",
        "please let me know if",
        "if you have|need any further|additional|other? questions|information",
        "i am|'m confident|certain|sure that? my skills|experience|background|qualifications|abilities",
        "i am|'m confident|certain|sure that? i would|'d|will|can",
        "i believe|feel|think that? i would|'d|will be a great|good|strong|valuable|excellent|perfect "
        "fit|asset|addition",
        "i would|'d be a great|good|strong|valuable|excellent|perfect fit|asset|addition",
        "my skills|experience|background|qualifications and|, _{0,3} make|would|align|match",
        "great|good|strong|perfect|excellent fit for the|this|your position|role|team|company",
        "i am|'m very|truly|really|extremely|so|particularly? excited|enthusiastic|thrilled|interested|eager "
        "about|in|by the|this position|role|opportunity|company|job",
        "excited|enthusiastic|thrilled|eager about|by the|this opportunity",
        "i enjoyed|appreciated learning more? about the|your position|role|company|team|organization|opportunity",
        "it was a|an? great|real|true? pleasure meeting|speaking|talking|to",
        "it was great|nice|wonderful|lovely meeting|speaking|talking|to",
        "i enjoyed our|the|meeting|speaking|talking conversation|discussion|meeting|interview|talk|you|with",
        "contribute to your|the team|company|success|organization",
        "the next steps",
        "considering my application|candidacy",
    ]},
    "de": {"thanks": [
        "vielen|herzlichen|besten dank _{0,2} für das _{0,2} gespräch|vorstellungsgespräch|interview|treffen",
        "ich bedanke mich _{0,3} für das _{0,2} gespräch|vorstellungsgespräch|interview|treffen|einladung",
        "danke für das _{0,2} gespräch|vorstellungsgespräch|interview|treffen|einladung",
        "vielen|herzlichen|besten|recht herzlichen? dank für ihre zeit|mühe|aufmerksamkeit",
        "ich bedanke mich _{0,3} für ihre _{0,2} zeit|mühe|aufmerksamkeit",
        "danke für ihre _{0,2} zeit|mühe|aufmerksamkeit",
    ], "stock": [
        "vielen|herzlichen|besten dank _{0,2} für ihre zeit und|& mühe|aufmerksamkeit|geduld",
        "für|bei rückfragen stehe ich _{0,3} zur verfügung",
        "stehe ich ihnen _{0,2} zur verfügung",
        "stehe ich _{0,3} gerne|gern|jederzeit zur verfügung",
        "ich freue mich _{0,2} , von ihnen zu hören",
        "ich freue mich auf die nächsten schritte|zusammenarbeit",
        "über eine positive? rückmeldung|antwort|zusage würde ich mich _{0,2} freuen",
        "ich würde mich _{0,2} freuen , von ihnen zu hören",
        "vielen|herzlichen|besten|recht herzlichen? dank für ihre zeit|mühe|aufmerksamkeit",
        "ich bin _{0,2} überzeugt , dass ich",
        "ich bin mir sicher , dass ich",
        "mit großem|grossem interesse",
        "es hat mich _{0,2} gefreut , sie _{0,2} kennenzulernen|kennen",
        "das gespräch hat mir _{0,2} gefallen",
        "bereicherung für ihr|ihre team|unternehmen|abteilung|firma",
        "die stelle entspricht _{0,2} meinen vorstellungen",
        "meine kenntnisse und erfahrungen|fähigkeiten",
        "ich bin _{0,4} an der stelle|position interessiert",
        "ich freue mich auf eine|ihre positive|baldige? rückmeldung|antwort|nachricht",
        "einen|einem wertvollen|großen|entscheidenden? beitrag leisten|beitragen",
        "ich interessiere mich _{0,2} für die stelle|position",
        "bei fragen können sie mich _{0,2} kontaktieren|erreichen",
        "bei fragen _{0,3} zur verfügung",
    ]},
})

# Capitalised words that are not names of things.
_NOT_PROPER = frozenset("""
    i i'm i've i'd i'll mr mrs ms mx dr prof monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    thank thanks dear hi hello best regards sincerely ok hr cv
""".split())
_ROLE_HEADS = frozenset("position role job team opening stelle rolle".split())
_COMPANY_CUES = frozenset("at with join for from bei".split())
_DIGIT = lazyre.compile(r"\d")


def _names_something(note, doc, start, end, known) -> bool:
    """Does a token name something specific (not the metadata's names, not a sentence start)?"""
    # the tokens' texts from the Doc's tables: a Token object per token costs more than this whole test
    a, b = token_range(doc, start, end)
    texts, lowers = token_texts(doc)[a:b], token_lowers(doc)[a:b]
    # most tokens have no capital letter (their lower-cased text is the same), so are neither acronym,
    # inner capitals nor capitalised: the rest of the test (sentence starts, runs of capitalised
    # words) is made only for the others
    candidates = [i for i, (text, lower) in enumerate(zip(texts, lowers)) if text != lower]
    if not candidates:
        return False
    english = note.language == "en"
    sent_starts = run_start = run_end = None
    for i in candidates:
        text = texts[i]
        if not any(ch.isalpha() for ch in text) or text.lower() in _NOT_PROPER or text.lower() in known:
            continue
        acronym = len(text) >= 2 and text.isupper() and text.isalpha()
        inner_caps = bool(re.search(r"[a-zäöü][A-ZÄÖÜ]", text))
        capitalised = (english and text[:1].isupper() and i > 0 and texts[i - 1] not in (":", '"', "'", "(", "-")
                       and "\n" not in texts[i - 1])
        if capitalised:
            if sent_starts is None:
                sent_starts = set(sentence_starts(doc))
            capitalised = a + i not in sent_starts
        if not (acronym or inner_caps or capitalised):
            continue
        if run_end is None:
            run_start, run_end = _capital_runs(texts)
        # "the Senior Analyst position" and "at Initech" are the role and the company
        j = run_end[i]
        if j + 1 < len(texts) and lowers[j + 1] in _ROLE_HEADS:
            continue
        k = run_start[i]
        if k > 0 and lowers[k - 1] in _COMPANY_CUES and not acronym:
            continue
        return True
    return False


def _capital_runs(texts: list[str]) -> tuple[list[int], list[int]]:
    """For each token, where the run of capitalised tokens just before it starts and the run just
    after it ends (the token itself if there is none), in two linear passes."""
    caps = [text[:1].isupper() for text in texts]
    run_end = list(range(len(texts)))
    for i in range(len(texts) - 2, -1, -1):
        if caps[i + 1]:
            run_end[i] = run_end[i + 1]
    run_start = list(range(len(texts)))
    for i in range(1, len(texts)):
        if caps[i - 1]:
            run_start[i] = run_start[i - 1]
    return run_start, run_end


def check(note, options):
    doc = note.doc
    parts = letter(note)
    start, end = trimmed(note.text, parts.content_start, parts.content_end)
    if start >= end:
        return
    sents = sentences(doc, start, end)
    if not sents:
        return
    # four reasons to stay silent, tried in the order that costs least on ordinary notes (each is a
    # plain test: the order changes no finding)
    if any(start <= s.start_char < end for s in ANCHORS.find(doc)):
        return
    if _DIGIT.search(note.text, start, end):  # a number (a date, a figure) is specific
        return
    found = [s for s in STOCK.find(doc) if start <= s.start_char < end]
    if not any(s.label_ == "stock" for s in found):
        return
    meta = note.metadata
    known = {w.lower() for value in (meta.interviewer, meta.company, meta.role) if value for w in value.split()}
    known |= {w.lower() for c in meta.other_companies for w in c.split()}
    if _names_something(note, doc, start, end, known):
        return
    stock = thanks = 0
    for sent in sents:
        inside = [s for s in found if sent.start_char <= s.start_char < sent.end_char]
        labels = {s.label_ for s in inside}
        covered = {i for s in inside for i in range(s.start, s.end)}
        # the sentence's words inside the content, outside its stock phrases
        rest = [i for i in word_indices(doc, max(start, sent.start_char), min(end, sent.end_char))
                if i not in covered]
        if len(rest) >= options["own-words"]:
            continue  # a stock phrase inside a sentence that says something of its own
        if "stock" in labels:
            stock += 1
        elif "thanks" in labels:
            thanks += 1  # a plain "thank you for the interview" is neither stock nor specific
    counted = len(sents) - thanks
    if not stock or stock / counted < options["stock-share"]:
        return
    share = "Every sentence" if stock == counted else f"{stock} of {counted} sentences"
    yield Problem(
        start, end,
        f"{share}{' besides the thanks' if thanks else ''} "
        f"{'is a stock phrase' if stock == counted else 'are stock phrases'} "
        "and nothing refers to the actual conversation: the note reads like a template that could go to anyone.",
        suggestion="Replace one stock sentence with something specific: a point the interviewer made, "
        "a question they asked, and why it makes you want the role.",
    )


RULE = Rule(
    code="NL301",
    name="generic-template",
    severity="warning",
    languages=("en", "de"),
    summary="The note is made of stock phrases and says nothing specific about the interview.",
    check=check,
    options={"stock-share": 0.6, "own-words": 8},
)
