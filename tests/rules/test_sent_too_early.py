from rulecase import Case, make_tests

RULE = "sent-too-early"

EN = (
    "Dear Ms. Lee,\n\n"
    "Thank you for this afternoon's conversation about the Data Analyst role. "
    "Your plan to cut reporting time in half stayed with me, and I would love to help build it.\n\n"
    "Best regards,\nAna Ruiz\n"
)
DE = (
    "Sehr geehrte Frau Weber,\n\n"
    "vielen Dank für das Gespräch heute Nachmittag über die Stelle als Datenanalystin. "
    "Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)

FIRES = [
    Case("en", EN, expect=[("Dear Ms. Lee,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 15:20", id="en-20-minutes"),
    Case("en", EN, expect=[("Dear Ms. Lee,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 15:59", id="en-59-minutes"),
    Case("en", EN, expect=[("Dear Ms. Lee,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 15:00", id="en-same-minute"),
    Case("en", EN, expect=[("Dear Ms. Lee,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 09:30", id="en-before-interview"),
    Case("en", EN, expect=[("Dear Ms. Lee,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-11 22:00", id="en-day-before"),
    Case("de", DE, expect=[("Sehr geehrte Frau Weber,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 15:10", id="de-10-minutes"),
    Case("de", DE, expect=[("Sehr geehrte Frau Weber,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 14:00", id="de-before-interview"),
    Case("en", "\n\n" + EN, expect=[("Dear Ms. Lee,", "info")],
         interview="2026-05-12 15:00", sent="2026-05-12 15:30", id="en-leading-blank-lines"),
]

SILENT = [
    Case("en", EN, interview="2026-05-12 15:00", sent="2026-05-12 16:00", id="en-exactly-an-hour"),
    Case("en", EN, interview="2026-05-12 15:00", sent="2026-05-12 18:30", id="en-same-evening"),
    Case("en", EN, interview="2026-05-12 15:00", sent="2026-05-13 09:00", id="en-next-morning"),
    Case("en", EN, interview="2026-05-12", sent="2026-05-12 15:10", id="en-interview-date-only"),
    Case("en", EN, interview="2026-05-12 15:00", sent="2026-05-12", id="en-sent-date-only"),
    Case("en", EN, interview="2026-05-12", sent="2026-05-12", id="en-both-dates-only"),
    Case("en", EN, sent="2026-05-12 15:10", id="en-no-interview"),
    Case("en", EN, interview="2026-05-12 15:00", id="en-sent-defaults-to-now"),
    Case("de", DE, interview="2026-05-12 15:00", sent="2026-05-12 17:00", id="de-two-hours"),
    Case("de", DE, interview="2026-05-12 15:00", sent="2026-05-14 10:00", id="de-two-days"),
    Case("de", DE, interview="2026-05-12", sent="2026-05-12 09:00", id="de-date-only"),
    Case("de", DE, id="de-no-metadata"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_message_says_before_or_minutes():
    from rulecase import run_rule

    (_, _, before), = run_rule(RULE, Case("en", EN, interview="2026-05-12 15:00", sent="2026-05-12 14:00"))
    assert "before the interview" in before.message
    (_, _, soon), = run_rule(RULE, Case("en", EN, interview="2026-05-12 15:00", sent="2026-05-12 15:01"))
    assert "1 minute after" in soon.message


def test_min_minutes_option(tmp_path):
    import notelint

    config = tmp_path / ".notelint.toml"
    config.write_text('[rules.sent-too-early]\nmin-minutes = 10\n')
    quick = dict(interview="2026-05-12 15:00", sent="2026-05-12 15:20")
    assert notelint.lint(EN, lang="en", select=[RULE], config=str(config), **quick) == []
    config.write_text('[rules.sent-too-early]\nmin-minutes = 120\n')
    later = dict(interview="2026-05-12 15:00", sent="2026-05-12 16:30")
    assert len(notelint.lint(EN, lang="en", select=[RULE], config=str(config), **later)) == 1
