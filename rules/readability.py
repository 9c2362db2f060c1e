"""readability (NL507): the note is hard to read.

What it does
    Scores the body of the note (greeting and sign-off left out) with a
    standard readability formula: Flesch reading ease for English, the first
    Wiener Sachtextformel for German. A score past the threshold gives one
    info finding over the body, with the score, what it means and the length
    of the longest sentence. Notes with fewer than ``min-words`` words are
    not scored: the formulas are unreliable on a few sentences.

    Flesch reading ease runs from 100 (easy) down to 0 and below (very
    hard); 60-70 is plain English, below 30 reads like an academic paper.
    The Wiener Sachtextformel gives a school grade from 4 (easy) to 15 (very
    hard); plain German letters score 4-11.

    The thresholds were set by scoring sample notes (body only, 40-70
    words). English: plain notes scored 65 to 84; ordinary formal notes 18
    to 65, and 10 to 22 when the role itself has long words ("Senior
    Financial Analyst", "regulatory reporting"); stiff notes full of
    abstract nouns -17 to -90. Short notes make the formula jumpy and long
    job titles drag it down, so the English default (0) sits below the
    ordinary formal notes rather than at the textbook 30. German: plain
    notes scored 2.7 to 6.6, ordinary formal notes 9.8 to 10.9, stiff
    nominal style 17 to 21.5; the default 12 sits between.

Why
    An interviewer reads a thank-you note in under a minute; long sentences
    and long words hide the one point you want to make. Career centres ask
    for three to five short, plain sentences [S1, S6, S17, S18]; German
    guides criticise the stilted, nominal style of application letters
    [D2, D29, D30]. A formula is a rough guide, so this is only ever an info.

Example
    Noticed::

        Subsequent to our conversation regarding the organizational
        transformation initiatives, I would like to reiterate my considerable
        enthusiasm concerning the opportunity to contribute...

        Im Nachgang zu unserem Gespräch bezüglich der Neuausrichtung der
        Unternehmenskommunikation möchte ich nochmals meine ausdrückliche
        Begeisterung hinsichtlich der ausgeschriebenen Position bekunden...

    Passes: a note of short sentences in everyday words.

Options
    ``min-words`` (40): shorter notes are not scored.
    ``en-min-flesch`` (0): English notes scoring below this are noticed
    (30, the textbook line for "very difficult", also notices many
    ordinary formal notes). Option values cannot be negative, so 0 is
    also the lowest setting.
    ``de-max-wstf`` (12): German notes scoring above this are noticed.
"""

from __future__ import annotations

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._letter import letter, sentences, trimmed, word_count

_STATS = {}
_LINE_END = lazyre.compile(r"[.!?:;]$")


def _stats(lang):
    """A textstat calculator for ``lang`` (set_lang is per instance; one instance per language)."""
    stats = _STATS.get(lang)
    if stats is None:
        from textstat.textstat import textstatistics

        from notelint import syllables

        syllables.install(lang)
        stats = textstatistics()
        stats.set_lang(lang)
        _STATS[lang] = stats
    return stats


def plain_text(text: str) -> str:
    """The body as running text: a line without closing punctuation (a list item) ends a sentence."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return " ".join(ln if _LINE_END.search(ln) else ln + "." for ln in lines)


def score(text: str, lang: str) -> float:
    """Flesch reading ease (English) or Wiener Sachtextformel 1 (German) of ``text``."""
    stats = _stats(lang)
    if lang == "de":
        return stats.wiener_sachtextformel(plain_text(text), 1)
    return stats.flesch_reading_ease(plain_text(text))


def check(note, options):
    lang = note.language
    parts = letter(note)
    start, end = trimmed(note.text, parts.content_start, parts.content_end)
    if word_count(note.doc, start, end) < options["min-words"]:
        return
    value = score(note.text[start:end], lang)
    if lang == "de":
        if value <= options["de-max-wstf"]:
            return
        message = (
            f"The note is hard to read (Wiener Sachtextformel {value:.1f}, about school grade {value:.0f}, "
            f"where plain letters score 4-11)."
        )
    else:
        if value >= options["en-min-flesch"]:
            return
        message = (
            f"The note is hard to read (Flesch reading ease {value:.0f}, where plain English scores 60-70 "
            f"and anything below 30 reads like an academic paper)."
        )
    # the longest sentence is named only in a finding: most notes read well enough and never need it
    longest = max((word_count(note.doc, s.start_char, s.end_char) for s in sentences(note.doc, start, end)), default=0)
    yield Problem(
        start, end, message,
        suggestion=f"Split long sentences (your longest has {longest} words; aim for 15-20) "
        "and use short everyday words instead of long nouns.",
    )


RULE = Rule(
    code="NL507",
    name="readability",
    severity="info",
    languages=("en", "de"),
    summary="The note is hard to read: long sentences and long words.",
    check=check,
    options={"min-words": 40, "en-min-flesch": 0.0, "de-max-wstf": 12.0},
)
