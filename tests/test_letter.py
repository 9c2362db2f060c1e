"""The parts of a letter that every rule relies on: greeting, content, closing."""

import pytest

from notelint.config import Config
from notelint.linter import Linter, prepare_text
from notelint.rules._letter import letter


def parts(text, lang="en"):
    result = prepare_text(text, None, Config(), None, lang)
    Linter(select=["too-short"]).run([(result, Config())])
    note = result.note
    from notelint import pipeline

    note.doc = next(pipeline.get(lang).pipe([note.text]))
    p = letter(note)
    greeting = text[p.greeting.start:p.greeting.end] if p.greeting else None
    closing = text[p.closing.start:p.closing.end] if p.closing else None
    return greeting, text[p.content_start:p.content_end].strip(), closing


@pytest.mark.parametrize("text,lang,expected", [
    ("Dear Ms. Lee,\n\nThank you for today.\n\nBest regards,\nAna Ruiz\n", "en",
     ("Dear Ms. Lee,", "Thank you for today.", "Best regards,")),
    ("Dear Ms. Okafor, thank you for meeting me today.\n\nBest, Ana\n", "en",
     ("Dear Ms. Okafor,", "thank you for meeting me today.", "Best, Ana")),
    ("Hi Sam,\n\nGreat talk.\n\nThx, A.\n", "en", ("Hi Sam,", "Great talk.", "Thx, A.")),
    ("Dear Ms. Lee,\n\nThank you.\nI look forward to hearing from you.\nAna\n", "en",
     ("Dear Ms. Lee,", "Thank you.\nI look forward to hearing from you.\nAna", None)),
    ("Dear Ms. Lee,\n\nThanks for today.\n\nBest,\nAna\n\nSent from my iPhone\n", "en",
     ("Dear Ms. Lee,", "Thanks for today.", "Best,")),
    ("Dear Ms. Lee,\n\nThanks for today.\n\nKind regards,\nAna Ruiz\nData Analyst\nana@example.com\n+49 170 1234567\n"
     "linkedin.com/in/ana\n", "en", ("Dear Ms. Lee,", "Thanks for today.", "Kind regards,")),
    ("Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch.\n\nMit freundlichen Grüssen\nAna Ruiz\n", "de",
     ("Sehr geehrte Frau Weber,", "vielen Dank für das Gespräch.", "Mit freundlichen Grüssen")),
    ("Werte Frau Weber,\n\nvielen Dank.\n\nLG Ana\n", "de", ("Werte Frau Weber,", "vielen Dank.", "LG Ana")),
    ("Thanks.\nAna\n", "en", (None, "Thanks.\nAna", None)),
    ("Sehr geehrte Frau Lee, sehr geehrter Herr Ruiz,\n\nvielen Dank.\n\nMit freundlichen Grüßen\nAna\n", "de",
     ("Sehr geehrte Frau Lee, sehr geehrter Herr Ruiz,", "vielen Dank.", "Mit freundlichen Grüßen")),
])
def test_letter_parts(text, lang, expected):
    assert parts(text, lang) == expected


def test_an_emoji_ends_a_sentence_like_a_full_stop():
    from notelint import pipeline

    doc = next(pipeline.get("en").pipe(["Thanks so much 🙂 I loved the tour. See you soon"]))
    assert [s.text.strip() for s in doc.sents] == ["Thanks so much 🙂", "I loved the tour.", "See you soon"]


def test_token_range_and_compounds_agree_with_walking_the_tokens():
    import re

    from notelint import pipeline
    from notelint.rules._content import compounds
    from notelint.rules._letter import token_range

    text = "Vielen Dank für den Geschenkgutschein!\n\nEin Amazon-Gutschein und  ein GUTSCHEIN, gutscheinlos."
    doc = next(pipeline.get("de").pipe([text]))
    regex = re.compile(r"\w*gutschein")
    for start, end in [(0, len(text)), (5, 30), (20, 21), (12, 12), (41, len(text)), (len(text), len(text))]:
        inside = [t for t in doc if start <= t.idx < end]
        a, b = token_range(doc, start, end)
        assert [t.i for t in doc[a:b]] == [t.i for t in inside]
        assert [t.i for t in compounds(doc, regex, start, end)] == [t.i for t in inside if regex.fullmatch(t.lower_)]
    assert [t.text for t in compounds(doc, regex)] == ["Geschenkgutschein", "GUTSCHEIN"]
