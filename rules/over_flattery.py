"""over-flattery (NL406): the note gushes over the interviewer or the company.

What it does
    Counts gushing words (amazing, incredible, brilliant, genius, phenomenal,
    outstanding, inspiring...; German beeindruckend, großartig, genial,
    fantastisch, unglaublich, wunderbar, einzigartig...) in sentences aimed at
    the reader: sentences that address them (you, your; Sie, Ihr, Ihnen) or
    name their team, company, office, the interview or the company or
    interviewer given in the metadata. ``min-terms`` or more such words in the
    note is a warning on each of them. A "most ... ever" superlative about
    them ("the most brilliant leader I've ever met", "das beste Gespräch, das
    ich je geführt habe", "die beeindruckendste Führungskraft überhaupt") is a
    warning on its own. One "amazing" about a product, or plain praise of a
    specific point, stays silent.

Why
    Praise that is specific sounds sincere; a string of superlatives sounds
    like flattery and makes the reader discount the rest of the note. Career
    advisers warn against being "too effusive" [S28, S29, S40].

Example
    Fires::

        You're the most brilliant leader I've ever met.
        Sie sind die beeindruckendste Führungskraft überhaupt.

    Passes::

        Your prioritisation framework was useful.
        Ihr Priorisierungsansatz hat mich überzeugt.

Options
    ``min-terms`` (3): how many gushing words aimed at the reader make a
    warning.
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.patterns import PatternSet, token_lowers
from notelint.registry import Rule

from ._letter import sentences
from ._tone import content_range, quoted

GUSH = PatternSet({
    "en": [
        "amazing|amazingly|incredible|incredibly|brilliant|brilliantly|genius|phenomenal|phenomenally",
        "outstanding|inspiring|inspirational|awesome|fantastic|fantastically|extraordinary|exceptional",
        "exceptionally|spectacular|stellar|wonderful|wonderfully|magnificent|breathtaking|legendary",
        "unbelievable|unbelievably|superb|superbly|marvelous|marvellous|visionary|awe-inspiring",
        "mind - blowing",
        "world - class",
        "awe - inspiring",
    ],
    "de": [
        "beeindruckend*|großartig*|grossartig*|genial*|fantastisch*|phantastisch*|unglaublich*|wunderbar*",
        "einzigartig*|phänomenal*|herausragend*|grandios*|sensationell*|überragend*|atemberaubend*",
        "inspirierend*|bewundernswert*|brillant*|traumhaft*|spektakulär*|weltklasse*|überwältigend*",
        "fabelhaft*|umwerfend*|legendär*|visionär*",
    ],
})

# Words that show a sentence is about the reader or their organisation.
TARGET = {
    "en": {
        "you", "your", "yours", "yourself", "team", "teams", "company", "firm", "organisation", "organization",
        "office", "leadership", "culture", "interview", "conversation", "panel", "lab", "department", "group",
    },
    "de": {
        "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen", "team", "teams", "unternehmen",
        "firma", "haus", "gespräch", "gesprächs", "führungskraft", "kultur", "abteilung", "führung",
        "vorstellungsgespräch", "unternehmenskultur", "labor",
    },
}

EN_SUPERLATIVE = {"most", "best", "greatest", "finest", "nicest", "kindest", "coolest", "smartest", "brightest"}
EN_EST_STOP = {
    "interest", "request", "test", "latest", "honest", "forest", "guest", "rest", "west", "suggest", "quest",
    "contest", "manifest", "harvest", "modest", "invest", "digest", "protest", "arrest", "chest", "nest",
    "earnest", "largest", "biggest", "earliest", "fastest", "highest", "lowest", "longest", "shortest",
}
EN_EVER_BEFORE = {"i", "we", "'ve", "have", "had", "'d", "has", "anyone", "one", "was", "been", "'ll", "will"}
EN_TAIL = {"of all time", "of my life", "of my career", "of my entire career", "in my life"}
DE_SUPERLATIVE = lazyre.compile(r"^(?:aller)?[a-zäöüß]{2,}(?:ste|sten|ster|stes|stem)$")
DE_SUPER_STOP = lazyre.compile(
    r"^(?:erste|letzte|nächste|meiste|liste|dienste|kosten|posten|osten|westen|testen|feste|gäste|reste|"
    r"kiste|küste|geste|weste|beste(?:hen|llen)|fenste|kunst|gerüste|verluste|lüste|kästen|rüsten|"
    r"ersten|letzten|nächsten|meisten|listen|festen|gästen|resten|kisten|küsten|gesten|westen|wüste|wüsten|"
    r"ersten|herbste|obersten?|äußersten?|mindeste|mindesten|wenigsten)"
)
DE_ARTICLE = {"der", "die", "das", "den", "dem", "des", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "am"}
DE_EVER_BEFORE = {"ich", "wir", "man", "mir", "mich", "uns"}
DE_NEGATION_AFTER = {"nicht", "kein", "keine", "keinen", "keiner", "keines", "noch", "erst", "schon"}
# a sentence holding none of these words has no "ever" marker (see _marker): "ever", the tails' last words
MARKERS = {
    "en": frozenset({"ever"} | {tail.split()[-1] for tail in EN_TAIL}),
    "de": frozenset({"überhaupt", "je", "jemals", "aller"}),
}
# the words an "ever" marker can begin with (see _marker): other tokens are not tried
MARKER_STARTS = {
    "en": frozenset({"ever"} | {tail.split()[0] for tail in EN_TAIL}),
    "de": MARKERS["de"],
}


def check(note, options):
    doc = note.doc
    if doc is None:
        return
    start, end = content_range(note)
    lang = note.language
    names = _names(note)
    all_gush = [s for s in GUSH.find(doc) if start <= s.start_char < end]
    superlatives = []
    gushing = []
    lowers = token_lowers(doc)
    for sent in sentences(doc, start, end):
        lowered = set(lowers[sent.start:sent.end])
        if not (lowered & TARGET.get(lang, set()) or lowered & names):
            continue
        if lowered & MARKERS[lang]:  # no marker word, no "... ever"
            superlatives.extend(_superlatives(sent, lang))
        gushing.extend(s for s in all_gush if sent.start <= s.start and s.end <= sent.end)
    for first, last in superlatives:
        yield Problem(
            first.idx, last.idx + len(last.text),
            "An 'ever' superlative about the interviewer or company reads as flattery, not as sincere thanks.",
            suggestion="Name one specific thing they said or showed you and why it mattered to you.",
        )
    inside = [(a.idx, b.idx + len(b.text)) for a, b in superlatives]
    gushing = [s for s in gushing if not any(a <= s.start_char < b for a, b in inside)]
    if len(gushing) >= options["min-terms"]:
        words = quoted(dict.fromkeys(s.text.lower() for s in gushing))
        for span in gushing:
            yield Problem(
                span.start_char, span.end_char,
                f"'{span.text}' is one of {len(gushing)} gushing words ({words}) about the interviewer "
                "or company; so much praise sounds like flattery.",
                suggestion="Keep one, and replace the rest with something specific you appreciated.",
            )


def _names(note) -> set[str]:
    meta = note.metadata
    words = set()
    for value in (meta.company, meta.interviewer):
        if value:
            words.update(w.lower() for w in re.findall(r"\w+", value) if len(w) > 2)
    return words


def _superlatives(sent, lang):
    """(first token, last token) of each 'most ... ever' in a sentence."""
    tokens = list(sent)
    starts = MARKER_STARTS[lang]
    found = []
    for i, low in enumerate(token_lowers(sent.doc)[sent.start:sent.end]):
        if low not in starts:
            continue
        marker_end = _marker(tokens, i, lang)
        if marker_end is None:
            continue
        for j in range(i - 1, max(-1, i - 9), -1):
            if _is_superlative(tokens, j, lang):
                last = marker_end
                after = tokens[last.i - sent.start + 1] if last.i + 1 < sent.end else None
                if after is not None and _participle(after, lang):
                    last = after
                found.append((tokens[j], last))
                break
    return found


def _marker(tokens, i, lang):
    """The last token of an 'ever' marker starting at tokens[i], or None."""
    tok = tokens[i]
    low = tok.lower_
    before = tokens[i - 1].lower_ if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if lang == "en":
        if low == "ever" and (before in EN_EVER_BEFORE or after is None or after.is_punct):
            return tok
        for tail in EN_TAIL:
            words = tail.split()
            if [t.lower_ for t in tokens[i:i + len(words)]] == words:
                return tokens[i + len(words) - 1]
        return None
    if low == "überhaupt" and (after is None or after.lower_ not in DE_NEGATION_AFTER) and before not in (
        "wenn", "ob", "was", "wie", "wer", "warum"
    ):
        return tok
    if low in ("je", "jemals") and before in DE_EVER_BEFORE:
        return tok
    if low == "aller" and after is not None and after.lower_ == "zeiten":
        return after
    return None


def _is_superlative(tokens, j, lang):
    low = tokens[j].lower_
    before = tokens[j - 1].lower_ if j else ""
    if lang == "en":
        if low in EN_SUPERLATIVE:
            return True
        return low.endswith("est") and low not in EN_EST_STOP and before in ("the", "your", "my")
    return bool(DE_SUPERLATIVE.match(low)) and not DE_SUPER_STOP.match(low) and (
        before in DE_ARTICLE or (j > 1 and tokens[j - 2].lower_ in DE_ARTICLE)
    )


def _participle(tok, lang):
    low = tok.lower_
    if not tok.is_alpha:
        return False
    if lang == "en":
        return low.endswith("ed") or low in {"met", "had", "seen", "known", "been", "done", "heard", "taken", "read"}
    return low.startswith("ge") and low.endswith(("t", "en")) or low in {"erlebt", "kennengelernt", "erfahren"}


RULE = Rule(
    code="NL406",
    name="over-flattery",
    severity="warning",
    languages=("en", "de"),
    summary="The note heaps superlatives on the interviewer or the company.",
    check=check,
    options={"min-terms": 3},
)
