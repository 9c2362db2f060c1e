import notelint
from rulecase import Case, make_tests

RULE = "excessive-exclamation"


def en(middle, greeting="Dear Ms. Lee,"):
    return (
        f"{greeting}\n\n"
        "Thank you for talking with me on Tuesday about the Data Analyst role. "
        f"{middle} Your plan to halve reporting time stuck with me.\n\n"
        "Best regards,\nAna Ruiz\n"
    )


def de(middle, greeting="Sehr geehrte Frau Weber,"):
    return (
        f"{greeting}\n\n"
        "vielen Dank für das Gespräch am Dienstag über die Stelle als Datenanalystin. "
        f"{middle} Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt.\n\n"
        "Mit freundlichen Grüßen\nAna Ruiz\n"
    )


FIRES = [
    # the catalog's examples
    Case("en", en("Thanks so much! I'm thrilled!!"), expect=[("!!", "warning")], id="en-catalog"),
    Case("de", "Sehr geehrte Frau Lee! Danke!!\n\nIhr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt. "
               "Ich freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nAna Ruiz\n",
         expect=[("!!", "warning")], id="de-catalog"),
    # doubled and mixed runs
    Case("en", en("I can't wait to hear back!!!"), expect=[("!!!", "warning")], id="en-triple"),
    Case("en", en("Who knew reporting could be this exciting?!"), expect=[("?!", "warning")], id="en-interrobang"),
    Case("en", en("Did I mention I love SQL!?!"), expect=[("!?!", "warning")], id="en-mixed-run"),
    Case("de", de("Was für ein Team!!"), expect=[("!!", "warning")], id="de-double"),
    Case("de", de("Wer hätte gedacht, dass Berichte so spannend sind?!"), expect=[("?!", "warning")],
         id="de-interrobang"),
    # more than one single "!": every one after the first
    Case("en", en("It was great to meet you! I loved the demo! The team is fantastic!"),
         expect=[("!", "warning"), ("!", "warning")], id="en-three-singles"),
    Case("en", en("Hello!", greeting="Hi Priya!"), expect=[("!", "warning")], id="en-greeting-and-body"),
    Case("de", de("Das Team hat mich begeistert! Die Demo auch!"), expect=[("!", "warning")], id="de-two-singles"),
    Case("de", de("Danke!", greeting="Sehr geehrte Frau Weber!"), expect=[("!", "warning")],
         id="de-anrede-and-body"),
    # doubled runs fire, and singles are still counted on their own
    Case("en", en("Wow!! What a team! What a demo!"), expect=[("!!", "warning"), ("!", "warning")],
         id="en-double-and-singles"),
    # full-width marks only (an East Asian keyboard): the note holds no "!" at all
    Case("en", en("What a team！！"), expect=[("！！", "warning")], id="en-full-width-only"),
    Case("de", de("Was für ein Team！！"), expect=[("！！", "warning")], id="de-full-width-only"),
]

SILENT = [
    # one "!" is allowed
    Case("en", en("Thank you — I really enjoyed it!"), id="en-one-allowed"),
    Case("en", en("I enjoyed the demo."), id="en-none"),
    Case("en", en("Could we talk about the reporting stack next week?"), id="en-question"),
    Case("en", en("Would Tuesday work?? I am free all day."), id="en-double-question"),
    Case("en", en("My portfolio is at https://example.com/#!/projects if useful."), id="en-url"),
    Case("en", en("The slides are on www.example.com/talks/wow!/deck, and it was a joy!"), id="en-url-and-one"),
    Case("en", en("I worked on Yahoo! Finance dashboards before, which helped!"), id="en-company-name",
         company="Yahoo!"),
    Case("en", en("In the exercise I wrote `if count != 0` to guard the division."), id="en-not-equal"),
    Case("de", de("Ich freue mich auf Ihre Rückmeldung!"), id="de-one-allowed"),
    Case("de", de("Das Gespräch hat mir sehr gefallen."), id="de-none"),
    Case("de", de("Passt Ihnen Dienstag?", greeting="Sehr geehrte Frau Lee,"), id="de-question"),
    Case("de", de("Meine Arbeitsproben finden Sie unter https://example.de/#!/arbeiten."), id="de-url"),
    Case("de", de("Sie fragten, ob ich Python kann?", greeting="Liebe Frau Weber,"), id="de-question-in-body"),
    Case("de", de("Die Demo hat mich begeistert!", greeting="Sehr geehrte Frau Weber,"), id="de-one-in-body"),
    Case("de", de("Im Test schrieb ich `if anzahl != 0`, um die Division abzusichern."), id="de-not-equal"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Ihr Plan hat mich beschäftigt. "
               "Ich freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nAna Ruiz\n", id="de-plain-note"),
    Case("en", en("Here is the chart I mentioned: ![churn by cohort](churn.png)"), id="en-markdown-image"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_quick_fix_is_a_period_or_question_mark():
    found = notelint.lint(en("Thanks so much! I'm thrilled!! Really?! Great!"), lang="en", select=[RULE])
    assert [(f.replacement) for f in found] == [".", "?", "."]


def test_front_matter_is_not_counted():
    text = "---\ncompany: Initech!!\nsubject: Thanks!!\n---\n" + en("I enjoyed it!")
    assert notelint.lint(text, lang="en", select=[RULE]) == []


def test_max_is_an_option(tmp_path):
    config = tmp_path / ".notelint.toml"
    config.write_text("[rules.excessive-exclamation]\nmax = 0\n", encoding="utf-8")
    found = notelint.lint(en("Thank you — I really enjoyed it!"), lang="en", select=[RULE], config=str(config))
    assert [f.severity.value for f in found] == ["warning"]
    config.write_text("[rules.excessive-exclamation]\nmax = 3\n", encoding="utf-8")
    assert notelint.lint(en("Great! Fun! Thanks!"), lang="en", select=[RULE], config=str(config)) == []


def test_exclamation_after_an_address_counts():
    found = notelint.lint(en("My work is on www.example.com!! Have a look."), lang="en", select=[RULE])
    assert [(f.start, f.end) for f in found] and all(f.end - f.start == 2 for f in found)
