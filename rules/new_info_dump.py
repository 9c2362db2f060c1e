"""new-info-dump (NL505): new qualifications added after the fact, tied to nothing.

What it does
    Flags, at info level, the phrases that open an afterthought ("I forgot to
    mention", "I should have mentioned", "ich vergaß zu erwähnen", "was ich
    noch nicht erwähnt habe") and sentences that claim three or more skills
    in one list ("I also know Rust, Go, Kotlin and Spanish"). A sentence that
    points back to a question from the interview ("You asked about X; to
    expand...") is an anchored follow-up, not a dump, and is left alone (the
    revisits-interview-question rule praises it instead).

Why
    Career experts disagree on adding forgotten information: some allow it
    [S1, S7, S24, S25; D2, D8], others say the note is not a second cover
    letter and a list of new skills looks like an afterthought [S17, S26, S27;
    D3]. What all agree on is the founding article's positive pattern: come
    back to a question you were asked and build a better answer. So the rule
    only informs, and steers toward that pattern.

Example
    Flagged::

        I forgot to mention I know Rust, Go and Spanish.

        Ich vergaß zu erwähnen: Rust, Go, Spanisch.

    Passes::

        You asked how I'd cut churn; I'd start with cohort data.

        Sie fragten nach Abwanderung; ich würde mit Kohortendaten beginnen.

Options
    ``min-skills`` (3): how many skills in one list count as a dump.
"""

from __future__ import annotations

from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._content import anchored, content_sentences, in_span

AFTERTHOUGHTS = PatternSet({
    "en": [
        "i forgot|neglected|failed to mention|say|tell|add|share",
        "i forgot to tell you",
        "i did n't get|have a? chance|time|opportunity? to mention|tell|share",
        "i did n't mention|tell you",
        "i should|could have mentioned",
        "i should 've|'d mentioned",
        "i should have told you",
        "one more thing i did n't mention|say",
        "something|one thing i did n't mention|say",
        "what i did n't mention|say",
        "i never got|had a? chance|time|opportunity? to mention|tell",
        "i realized|realised i did n't mention",
        "i realized|realised i never mentioned",
    ],
    "de": [
        "ich vergaß|vergass _{0,2} zu erwähnen|sagen|erzählen",
        "ich habe _{0,4} vergessen ,? _{0,4} zu erwähnen|sagen|erzählen",
        "vergessen ,? zu erwähnen|sagen",
        "was ich _{0,4} nicht erwähnt|gesagt|erzählt habe|hatte",
        "ich habe _{0,4} nicht erwähnt|gesagt|erzählt",
        "ich hätte _{0,4} erwähnen sollen",
        "ich kam|bin _{0,3} nicht dazu ,? _{0,3} zu erwähnen|sagen|erzählen",
        "nicht erwähnt|gesagt habe|hatte",
    ],
})

#: A first-person claim of skills; the list that follows is checked for length.
SKILL_CLAIMS = PatternSet({
    "en": [
        "i also? know|speak|use|code",
        "i am|'m also? fluent|proficient|skilled|certified|experienced|versed in",
        "i am|'m also? well versed in",
        "i also? have _{0,2} experience with|in",
        "i 've|have also? worked with|in",
        "i can also? code|program|work in",
        "i also? hold certifications|certificates in",
    ],
    "de": [
        "ich spreche|beherrsche|kenne|programmiere|nutze",
        "ich spreche|beherrsche|kenne|programmiere|nutze auch|außerdem|zudem",
        "ich habe _{0,3} erfahrung|kenntnisse mit|in",
        "habe ich _{0,3} erfahrung|kenntnisse mit|in",
        "ich verfüge über _{0,3} erfahrung|kenntnisse mit|in",
        "verfüge ich über _{0,3} erfahrung|kenntnisse mit|in",
        "spreche|beherrsche|kenne|programmiere|nutze ich auch|außerdem|zudem?",
        "ich bin _{0,2} zertifiziert|versiert|fit in",
    ],
})

#: A list in a sentence like these restates what was discussed; it is not new.
DISCUSSED = PatternSet({
    "en": ["as we discussed|talked|mentioned", "as discussed|mentioned", "we talked|spoke about", "you mentioned",
           "as i mentioned|said", "the role|job|position|team needs|requires|asks|uses"],
    "de": ["wie besprochen|erwähnt|gesagt", "wie _{0,3} besprochen|erwähnt|gesagt haben|hatten", "sie erwähnten",
           "die stelle|position|rolle _{0,2} erfordert|verlangt"],
})
#: "I forgot to mention how much I enjoyed..." is warmth, not new information.
WARMTH = {"en": {"how"}, "de": {"wie"}}
WARMTH_NEXT = {"en": {"much", "glad", "grateful", "happy", "thankful", "excited", "impressed"},
               "de": {"sehr", "gern", "gerne", "dankbar", "beeindruckt"}}

SEPARATORS = {"en": {",", "and", "&", "/", "or", "plus"}, "de": {",", "und", "&", "/", "sowie", "oder"}}
STOPS = {";", ":", ".", "!", "?", "—", "–", "(", ")"}
#: Words that start a clause rather than name a skill.
CLAUSE_WORDS = {
    "en": {"which", "that", "who", "so", "because", "since", "but", "i", "it", "this", "how", "what", "as", "to",
           "your", "you", "our", "we"},
    "de": {"die", "der", "das", "was", "weil", "dass", "denn", "aber", "ich", "es", "wie", "womit", "so", "um",
           "ihr", "ihre", "ihren", "ihrer", "ihrem", "sie", "unsere", "wir"},
}
MAX_ITEM_WORDS = 4


def skill_list(note, claim, sent, min_items):
    """The (start, end) of a list of at least ``min_items`` short items after ``claim``."""
    lang = note.language
    items, current = [], []
    for tok in note.doc[claim.end:sent.end]:
        low = tok.lower_
        if tok.text in STOPS:
            break
        if low in SEPARATORS[lang]:
            if current:
                items.append(current)
            current = []
            continue
        if not current and low in CLAUSE_WORDS[lang]:
            break
        current.append(tok)
        if len(current) > MAX_ITEM_WORDS:
            break
    if current and len(current) <= MAX_ITEM_WORDS:
        items.append(current)
    if len(items) < min_items:
        return None
    return items[0][0].idx, items[-1][-1].idx + len(items[-1][-1].text)


def check(note, options):
    doc = note.doc
    afterthoughts = AFTERTHOUGHTS.find(doc)
    claims = SKILL_CLAIMS.find(doc)
    if not afterthoughts and not claims:
        return  # neither an afterthought nor a skill claim (most notes): nothing can be flagged
    discussed = DISCUSSED.find(doc)
    lang = note.language
    previous = None
    for sent in content_sentences(note):
        # an anchor in this sentence or the one before ("You asked about X. To expand, ...")
        follow_up = anchored(note, sent) or (
            previous is not None and anchored(note, previous) and "\n\n" not in note.text[previous.end_char:sent.start_char]
        )
        previous = sent
        if follow_up:
            continue
        phrase = next((m for m in afterthoughts if in_span(m, sent)), None)
        if phrase is not None:
            after = doc[phrase.end:phrase.end + 2]
            if len(after) == 2 and after[0].lower_ in WARMTH[lang] and after[1].lower_ in WARMTH_NEXT[lang]:
                continue
            yield Problem(
                phrase.start_char, phrase.end_char,
                "An afterthought in a thank-you note reads like a second application and can bury your thanks.",
                suggestion="Add it only if it answers a question from the interview, and say which "
                "(\"You asked about X; to add to my answer...\"); otherwise leave it for the next round.",
            )
            continue
        if any(in_span(m, sent) for m in discussed):
            continue
        for claim in claims:
            if not in_span(claim, sent):
                continue
            found = skill_list(note, claim, sent, options["min-skills"])
            if found:
                yield Problem(
                    *found,
                    "A list of new skills tied to nothing from the interview looks like a second cover letter.",
                    suggestion="Pick the one skill that answers something the interviewer asked about, "
                    "and tie it to that question.",
                )
                break


RULE = Rule(
    code="NL505",
    name="new-info-dump",
    severity="info",
    languages=("en", "de"),
    summary="The note adds forgotten information or a list of new skills not tied to the interview.",
    check=check,
    options={"min-skills": 3},
)
