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


def test_words_are_the_tokens_with_a_letter_or_digit_and_no_punctuation_flag():
    # _word_index counts a token as a word when it holds a letter or digit, without reading spaCy's
    # punctuation, space, quote and bracket flags: no token with a letter or digit has one of them
    import sys

    from notelint import pipeline
    from notelint.rules._letter import _word_index

    def walked(doc):
        return [t.i for t in doc if not (t.is_punct or t.is_space or t.is_quote or t.is_bracket)
                and any(c.isalnum() for c in t.lower_)]

    text = ("\"Quoted\" 'single' «Zitat» „so“ ‚so‘ ``tex'' (round) [square] {curly} <angle> e-mail U.S. 3.5% "
            "don't _under_ __ -- ... … 🙂 ½ ² ① Ⅻ 中文 ٣ x²\n\n\t \u00a0 Ende.")
    for lang in ("en", "de"):
        doc = next(pipeline.get(lang).pipe([text]))
        assert _word_index(doc)[0] == walked(doc)
        assert _word_index(doc)[1] == [doc[i].idx for i in walked(doc)]
        # every letter or digit character, alone or with punctuation around it, by the functions
        # spaCy sets the flags with (asking the vocabulary would add a lexeme per form)
        from spacy.attrs import IS_BRACKET, IS_PUNCT, IS_QUOTE, IS_SPACE

        getters = [doc.vocab.lex_attr_getters[attr] for attr in (IS_PUNCT, IS_SPACE, IS_QUOTE, IS_BRACKET)]
        for code in range(sys.maxunicode + 1):
            char = chr(code)
            if char.isalnum():
                for form in (char, f"'{char}", f"({char}"):
                    assert not any(flag(form) for flag in getters), form


def test_clauses_and_name_tests_read_from_the_tables_as_from_the_tokens():
    # clause(), lowers() and generic-template's name test read token_lowers/token_texts/sentence_starts
    # instead of Token objects; they must agree with walking the Tokens
    from notelint import pipeline
    from notelint.patterns import token_lowers, token_texts
    from notelint.rules._clauses import _CONJUNCTIONS, _STOPS, clause, lowers
    from notelint.rules._letter import sentence_starts

    def walked_clause(doc, start, end, lang):
        def stop(t):
            if t.is_space:
                return "\n" in t.text
            return t.text in _STOPS or (t.text == "-" and bool(t.whitespace_)) or t.text.lower() in _CONJUNCTIONS[lang]
        s, e = start, end
        while s > 0 and not doc[s].is_sent_start and not stop(doc[s - 1]):
            s -= 1
        while e < len(doc) and not doc[e].is_sent_start and not stop(doc[e]):
            e += 1
        return s, e

    texts = {"en": "I expect an answer by Friday - end of day, and I EXPECT it soon; but\nmaybe not. "
                   "You promised -- I waited (a week) … OK? “Quoted” İstanbul  ДА and Or",
             "de": "Ich erwarte eine Antwort bis Freitag, und zwar schnell; aber\nvielleicht nicht. Oder doch – sondern"}
    for lang, text in texts.items():
        doc = next(pipeline.get(lang).pipe([text]))
        assert token_texts(doc) == [t.text for t in doc]
        assert token_lowers(doc) == [t.lower_ for t in doc]
        assert sentence_starts(doc) == [t.i for t in doc if t.is_sent_start]
        for start in range(len(doc)):
            for end in range(start, len(doc) + 1):
                assert clause(doc, start, end, lang) == walked_clause(doc, start, end, lang), (start, end)
                assert lowers(doc, start, end) == [t.lower_ for t in doc[start:end] if not t.is_space]



def test_paragraphs_are_what_one_regular_expression_finds():
    # paragraphs() splits at blank lines; it must find what the regular expression it replaced found
    import random
    import re

    from notelint.rules._letter import paragraphs

    def by_regex(text, start, end):
        return tuple((start + m.start(), start + m.end()) for m in
                     re.finditer(r"\S(?:.*?\S)??(?=\s*\n[ \t]*\n|\s*\Z)", text[start:end], re.DOTALL))

    rng = random.Random(7)
    alphabet = ["a", "b", ".", " ", " ", "\t", "\n", "\n", "\r", "\u00a0", "\u2028", "\x0b"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert paragraphs(text, start, end) == by_regex(text, start, end), (text, start, end)
    text = "Dear Ms. Lee,\n\nThank you.\nSee you.\n \t\nBest,\n\n\n  Ana  \n"
    assert paragraphs(text, 0, len(text)) == by_regex(text, 0, len(text))


def test_letter_lines_are_the_non_blank_lines_of_the_body():
    import random
    import re
    from types import SimpleNamespace

    from notelint.rules._letter import _parse

    rng = random.Random(11)
    alphabet = ["a", "B", ",", " ", "\t", "\n", "\n", "\r", "\u00a0", "\u2028"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        body_start = rng.randint(0, len(text))
        note = SimpleNamespace(text=text, language="en", body_start=body_start, body=text[body_start:])
        expected = [(body_start + m.start(), body_start + m.end(), m.group())
                    for m in re.finditer(r"[^\n]*", note.body) if m.group().strip()]
        assert [(ln.start, ln.end, ln.text) for ln in _parse(note).lines] == expected, (text, body_start)
