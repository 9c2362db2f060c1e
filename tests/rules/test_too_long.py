from rulecase import Case, make_tests, run_rule

RULE = "too-long"

# Sentences of known length (words as too-short and too-long count them).
EN = [
    "Thank you for taking the time to meet with me on Tuesday about the Data Analyst position.",  # 17
    "I enjoyed hearing how your team rebuilt the weekly sales dashboard and cut its refresh time "
    "from hours to minutes.",  # 20
    "Your point about trusting the numbers before trusting the charts stayed with me on the train home.",  # 17
    "In my current role at a logistics firm I rebuilt our reporting pipeline in SQL and Python, and the "
    "lessons from that project map closely onto what you described.",  # 29
    "I also appreciated the candid answer about the challenges of the migration to the new warehouse.",  # 16
    "Let me recap every topic we covered, starting with the forecasting model and the quarterly planning cycle.",  # 17
    "We then talked about the data catalogue, the onboarding plan for new analysts, and the way your team "
    "reviews every query before it ships.",  # 24
    "After that we discussed stakeholder management, the monthly reviews with finance, and the plan to move "
    "the reports to the cloud next spring.",  # 23
    "Finally we touched on hiring, team culture, remote days, the office in Leeds, and the training budget "
    "for conferences.",  # 19
    "I would love to bring that experience to your team and help make the new dashboards a tool people rely "
    "on every day.",  # 23
    "Please let me know if I can send anything else, such as the sample analysis we talked about.",  # 18
]
DE = [
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin in Ihrem Team.",  # 16
    "Besonders Ihr Plan, die Berichtszeit mit der neuen Pipeline zu halbieren, hat mich auf dem Heimweg "
    "noch lange beschäftigt.",  # 19
    "In meiner jetzigen Position habe ich eine ähnliche Umstellung begleitet und dabei viel über saubere "
    "Datenmodelle gelernt.",  # 17
    "Ich fasse unser Gespräch noch einmal zusammen, angefangen beim Prognosemodell und der Quartalsplanung.",  # 13
    "Danach sprachen wir über den Datenkatalog, die Einarbeitung neuer Kolleginnen und die Prüfung jeder "
    "Abfrage vor der Freigabe.",  # 18
    "Anschließend ging es um die Abstimmung mit dem Controlling, die Monatsberichte und den Umzug der "
    "Berichte in die Cloud im Frühjahr.",  # 21
    "Zum Schluss haben wir über Teamkultur, mobiles Arbeiten, das Büro in Leipzig und das Budget für "
    "Weiterbildungen gesprochen.",  # 18
    "Ich freue mich darauf, die nächsten Schritte mit Ihnen zu besprechen, und sende Ihnen gern die "
    "besprochene Beispielanalyse.",  # 18
]
OPEN = {"en": "Dear Ms. Lee,\n\n", "de": "Sehr geehrte Frau Weber,\n\n"}
CLOSE = {"en": "\n\nBest regards,\nAna Ruiz\n", "de": "\n\nMit freundlichen Grüßen\nAna Ruiz\n"}


def para(lang, *indexes):
    pool = EN if lang == "en" else DE
    return " ".join(pool[i] for i in indexes)


def note(lang, *paras):
    return OPEN[lang] + "\n\n".join(paras) + CLOSE[lang]


def content(*paras):
    return "\n\n".join(paras)


# English
EN_FOUR_PARAS = [para("en", 0, 1), para("en", 2), para("en", 9), para("en", 10)]  # 95 words
EN_LONG_P1 = para("en", 0, 1, 2, 3)  # 83 words
EN_260 = [EN_LONG_P1, para("en", 5, 6, 7, 8, 4), para("en", 9, 10, 2, 1)]  # 83 + 99 + 78 = 260
EN_ONE_BLOCK = para("en", 0, 1, 2, 3, 5, 6, 7, 8, 4, 9, 10, 2, 1, 0)  # 277 words in one paragraph
EN_RECAP = [
    para("en", 0, 1, 2), para("en", 3, 4), para("en", 5, 6), para("en", 7, 8),
    para("en", 3, 2, 1), para("en", 5, 6, 7), para("en", 9, 10),
]
EN_ERROR = EN_RECAP + [para("en", 0, 1, 3)]  # seven short paragraphs and one more: 419 words

# German
DE_FOUR_PARAS = [para("de", 0), para("de", 1, 2), para("de", 3), para("de", 7)]  # 83 words
DE_FOUR_LONGER = [para("de", 0, 1), para("de", 2, 3), para("de", 4, 5), para("de", 6, 7), para("de", 1)]  # 5 paras
EN_FOUR_LONGER = EN_RECAP[:4]  # 182 words in four paragraphs
DE_258 = [para("de", 0, 1, 2, 3, 4), para("de", 5, 6, 1, 2, 3), para("de", 4, 5, 6, 7, 7, 0)]  # 83 + 88 + 109
DE_LONG_P = [para("de", 0, 3), para("de", 1, 2, 4, 5, 6), para("de", 7)]  # 29 + 93 + 18

FIRES = [
    Case("en", note("en", *EN_FOUR_LONGER), expect=[(content(*EN_FOUR_LONGER), "warning")], id="en-four-paragraphs"),
    Case("en", note("en", *EN_260),
         expect=[(EN_260[0], "info"), (content(*EN_260), "warning"), (EN_260[1], "info")],
         id="en-over-250-words"),
    Case("en", note("en", EN_ONE_BLOCK), expect=[(EN_ONE_BLOCK, "warning")], id="en-one-long-block"),
    Case("en", note("en", *EN_ERROR), expect=[(content(*EN_ERROR), "error")], id="en-over-400-words"),
    Case("en", note("en", para("en", 0, 1, 2, 3), para("en", 9, 10)),
         expect=[(para("en", 0, 1, 2, 3), "info")], id="en-long-paragraph"),
    Case("en", "Hi Priya,\n" + "\n\n".join(EN_FOUR_LONGER) + "\nThanks again,\nAna",
         expect=[(content(*EN_FOUR_LONGER), "warning")], id="en-four-paragraphs-no-blank-after-greeting"),
    Case("de", note("de", *DE_FOUR_LONGER), expect=[(content(*DE_FOUR_LONGER), "warning")], id="de-five-paragraphs"),
    Case("de", note("de", *DE_258),
         expect=[(DE_258[0], "info"), (content(*DE_258), "error"), (DE_258[1], "info"), (DE_258[2], "info")],
         id="de-over-half-page"),
    Case("de", note("de", *DE_LONG_P), expect=[(DE_LONG_P[1], "info")], id="de-long-paragraph"),
    Case("de", "Sehr geehrte Frau Weber,\n" + DE_LONG_P[0] + "\n" + DE_LONG_P[1] + "\n" + DE_LONG_P[2]
         + "\nMit freundlichen Grüßen\nAna Ruiz", expect=[(DE_LONG_P[1], "info")], id="de-long-line-paragraph"),
]

SILENT = [
    # many short paragraphs in a short note are choppy, not too long
    Case("en", note("en", *EN_FOUR_PARAS), id="en-four-short-paragraphs"),
    Case("de", note("de", *DE_FOUR_PARAS), id="de-four-short-paragraphs"),
    Case("en", note("en", para("en", 0, 1), para("en", 2, 9), para("en", 10)), id="en-typical-three-paragraphs"),
    Case("en", note("en", para("en", 0, 1, 2, 9)), id="en-one-paragraph-77-words"),
    Case("en", note("en", para("en", 0, 1, 4), para("en", 2, 3), para("en", 9, 10)), id="en-154-words"),
    Case("en", note("en", para("en", 0), para("en", 9)), id="en-two-short-paragraphs"),
    Case("en", note("en", para("en", 0, 1), para("en", 9, 10))
         + "Senior Analyst, Globex Logistics\n42 Harbour Street, Leeds LS1 4AB\nana.ruiz@example.com\n"
         "+44 113 496 0000\nlinkedin.com/in/anaruiz\n", id="en-signature-not-counted"),
    Case("en", "Dear Ms. Lee,\n\n" + para("en", 0, 1) + "\n" + para("en", 2) + "\n" + para("en", 9, 10)
         + "\n\nBest regards,\nAna Ruiz", id="en-line-breaks-without-blank-lines"),
    Case("en", "Thanks for the interview, hope to hear back.", id="en-one-liner"),
    Case("de", note("de", para("de", 0, 1), para("de", 2), para("de", 7)), id="de-typical"),
    Case("de", note("de", para("de", 0, 1, 2), para("de", 7)), id="de-two-paragraphs"),
    Case("de", note("de", para("de", 0, 1, 2, 3), para("de", 4, 5, 6), para("de", 7, 1)), id="de-212-words"),
    Case("de", "Danke für das Gespräch, ich hoffe auf Rückmeldung.", id="de-one-liner"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _config(tmp_path, body):
    path = tmp_path / ".notelint.toml"
    path.write_text("[rules.too-long]\n" + body)
    return str(path)


def test_thresholds_are_options(tmp_path):
    import notelint

    text = note("en", *EN_FOUR_PARAS)
    assert notelint.lint(text, lang="en", select=[RULE], config=_config(tmp_path, "max-paragraphs = 4\n")) == []
    strict = _config(tmp_path, "max-words = 60\nerror-words = 90\nparagraph-words = 30\n")
    found = notelint.lint(text, lang="en", select=[RULE], config=strict)
    assert [f.severity.value for f in found] == ["info", "error"]


def test_german_half_page_is_an_option(tmp_path):
    import notelint

    text = note("de", *DE_258)
    lenient = _config(tmp_path, "de-error-words = 400\nparagraph-words = 120\n")
    found = notelint.lint(text, lang="de", select=[RULE], config=lenient)
    assert [f.severity.value for f in found] == ["warning"]


def test_message_gives_the_count():
    (_, _, finding), *_ = run_rule(RULE, Case("en", note("en", EN_ONE_BLOCK)))
    assert "277 words" in finding.message
