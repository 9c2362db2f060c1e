"""negative-self-talk (NL402): the note runs the writer down.

What it does
    Finds phrases in which the writer belittles themselves or replays their
    nerves: "I know I'm not the most qualified", "I was so nervous", "I
    rambled", "I messed up", "I'm not sure I'm qualified", "I probably didn't
    come across well", "I blanked"; in German "ich war sehr nervös", "Ich
    weiß, dass ich nicht die Qualifizierteste bin", "ich habe mich
    verhaspelt", "ich bin wohl nicht geeignet". Each phrase is a warning.
    Negated forms ("I wasn't nervous", "ich war gar nicht nervös") and a gap
    named by the interviewer and then closed ("You noted I lack Tableau; I've
    since been certified") stay silent.

Why
    Recruiters say a note that explains a nervous performance draws attention
    to it and makes the reader doubt you; a weak answer is better revisited
    with a concrete example than apologised for [S13, S25, S26, S28].

Example
    Fires::

        I know I'm not the most qualified candidate, and I was so nervous.
        Ich weiß, dass ich nicht die Qualifizierteste bin.

    Passes::

        You noted I lack Tableau; I've since been certified.
        Sie vermissten Tableau-Erfahrung; inzwischen bin ich zertifiziert.
"""

from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._tone import find

_NOT_EN = "!n't|not|never|hardly"
_BEST_EN = "most|best|ideal|strongest|perfect|obvious|likeliest|smartest|brightest|likely"
_WHO_EN = "candidate|fit|applicant|choice|person|one|qualified|experienced"
_DID_EN = (
    "do|make|come|give|answer|explain|convey|show|express|perform|sound|interview|present|seem|impress|articulate"
)
_BEST_DE = (
    "qualifizierteste*|beste|besten|bester|erfahrenste*|ideale*|geeignetste*|perfekte*|stärkste*|"
    "kompetenteste*|passendste*|klügste*|optimale*"
)
_NOT_DE = "!nicht|kaum|gar|keineswegs|keinesfalls|überhaupt|null"

PHRASES = PatternSet({
    # "drop1"/"drop2": the last one or two tokens only confirm the match and are not part of the span
    "en": {"drop1": [
        f"i probably|likely did|could n't|not {_DID_EN}",
        "i probably|likely was n't|not clear|as|very|the|at|convincing|concise|specific|my|in",
        "i completely|totally|just|then|somehow? blanked !out",
        "i froze completely|for|when|on|there|#PUNCT",
    ], "match": [
        # "I know I'm not the most qualified candidate"
        f"i know|realize|realise|understand that? i 'm|am not the {_BEST_EN}",
        f"i know|realize|realise|understand that? i 'm|am not the {_BEST_EN} _? {_WHO_EN}",
        f"i 'm|am not the {_BEST_EN}",
        f"i 'm|am not the {_BEST_EN} _? {_WHO_EN}",
        f"i may|might not be the {_BEST_EN}",
        f"i was|got|felt {_NOT_EN}{{0,2}} nervous|anxious|flustered",
        "my nerves got the better of me",
        "i rambled|fumbled|stammered|babbled",
        "i stumbled|tripped over|through",
        "i was|kept rambling|babbling",
        "i tend to ramble|babble",
        "i messed|screwed|mucked up",
        "i blew|bombed|botched|flubbed it|that|the _{0,2} question|answer|interview|presentation|case",
        "i bombed|botched|choked",
        "i 'm|am not sure i 'm|am qualified|ready|good|the|right",
        "i 'm|am not sure if|whether i 'm|am qualified|ready|good|the|right",
        f"i 'm|am afraid|sure i did|could n't|not {_DID_EN}",
        "i did n't|not do|interview|perform|present _{0,2} well|best|justice",
        "i completely|totally|just? blanked out on|when|there|completely|for",
        "my mind went blank",
        "i froze up",
        "i went blank",
        "i 'm|am not good enough",
        "i 'm|am probably not qualified|experienced|good|ready",
        "despite my lack of",
    ]},
    "de": {"drop1": [
        "ich bin wohl|vermutlich|wahrscheinlich nicht !der|die|einzige*",
    ], "drop2": [
        "ich bin wohl|vermutlich|wahrscheinlich nicht der|die !einzige*",
    ], "match": [
        f"ich war {_NOT_DE}{{0,3}} nervös|aufgeregt|nervöser",
        f"war ich {_NOT_DE}{{0,3}} nervös|aufgeregt|nervöser",
        "meine|meiner nervosität|aufregung",
        "vor lauter nervosität|aufregung",
        # "Ich weiß, dass ich nicht die Qualifizierteste bin"
        f"ich weiß ,? dass ich _{{0,2}} nicht der|die|den|das {_BEST_DE}",
        f"ich bin _{{0,2}} nicht der|die|den|das {_BEST_DE}",
        f"dass ich _{{0,2}} nicht der|die|den|das {_BEST_DE}",
        "ich habe|hab mich _{0,3} verhaspelt|verheddert|versprochen|blamiert|verzettelt",
        "habe|hab ich mich _{0,3} verhaspelt|verheddert|versprochen|blamiert|verzettelt",
        "ich habe|hab _{0,3} herumgestottert|rumgestottert|gestottert|gestammelt",
        "ich habe|hab es|das _{0,2} vermasselt|verbockt|vergeigt|versemmelt|verpatzt",
        "habe|hab ich es|das _{0,2} vermasselt|verbockt|vergeigt|versemmelt|verpatzt",
        "keinen guten eindruck hinterlassen|gemacht",
        "mich nicht gut verkauft",
        "einen blackout|aussetzer|hänger",
        "ein blackout",
        "stand ich _? auf dem schlauch",
        "ich stand _? auf dem schlauch",
        "ich bin mir nicht sicher , ob ich _{0,3} qualifiziert|geeignet|gut|richtig",
        "ich bin nicht gut genug",
        "trotz meiner fehlenden|mangelnden",
    ]},
})
_DROP = {"drop1": 1, "drop2": 2}


def check(note, options):
    for span in find(PHRASES, note):
        span = span[:len(span) - _DROP.get(span.label_, 0)]
        yield Problem(
            span.start_char, span.end_char,
            f"'{span.text}' runs yourself down: it points the reader at a weakness instead of your strengths.",
            suggestion="Leave it out, or turn it around: name the topic and add a concrete example "
            "or what you have done since.",
        )


RULE = Rule(
    code="NL402",
    name="negative-self-talk",
    severity="warning",
    languages=("en", "de"),
    summary="The note belittles the writer or dwells on their nerves.",
    check=check,
)
