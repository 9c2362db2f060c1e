import notelint
from rulecase import Case, make_tests

RULE = "sent-too-late"


def en(middle):
    return (
        "Dear Ms. Lee,\n\n"
        f"{middle} I enjoyed hearing how your team cut reporting time in half with the new pipeline. "
        "That is the kind of practical work I want to do next.\n\n"
        "Best regards,\nAna Ruiz\n"
    )


def de(middle):
    return (
        "Sehr geehrte Frau Weber,\n\n"
        f"{middle} Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt. "
        "Genau an solchen Aufgaben möchte ich arbeiten.\n\n"
        "Mit freundlichen Grüßen\nAna Ruiz\n"
    )


PLAIN_EN = en("Thank you for talking with me about the Data Analyst role.")
PLAIN_DE = de("vielen Dank für das offene Gespräch über die Stelle als Datenanalystin.")
EN_GREETING, DE_GREETING = "Dear Ms. Lee,", "Sehr geehrte Frau Weber,"

FIRES = [
    # English: info after 24 h, warning after 48 h, error at a week
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "info")],
         interview="2026-05-12 15:00", sent="2026-05-13 16:00", id="en-25-hours-info"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "info")],
         interview="2026-05-12 15:00", sent="2026-05-14 15:00", id="en-48-hours-still-info"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "warning")],
         interview="2026-05-12 15:00", sent="2026-05-14 16:00", id="en-49-hours-warning"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "warning")],
         interview="2026-05-12 15:00", sent="2026-05-19 14:59", id="en-just-under-a-week-warning"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "error")],
         interview="2026-05-12 15:00", sent="2026-05-19 15:00", id="en-a-week-error"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "error")],
         interview="2026-05-12 15:00", sent="2026-05-21 09:00", id="en-nine-days-error"),
    # a date without a time: whole calendar days
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "info")],
         interview="2026-05-12", sent="2026-05-14", id="en-dates-two-days-info"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "warning")],
         interview="2026-05-12", sent="2026-05-15", id="en-dates-three-days-warning"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "error")],
         interview="2026-05-12", sent="2026-05-19", id="en-dates-a-week-error"),
    Case("en", PLAIN_EN, expect=[(EN_GREETING, "info")],
         interview="2026-05-12", sent="2026-05-14 08:00", id="en-date-and-time-mixed"),
    # the greeting is not needed: the first line carries the finding
    Case("en", "Thank you for the interview on Tuesday.\nI enjoyed meeting the team.\n\nAna",
         expect=[("Thank you for the interview on Tuesday.", "error")],
         interview="2026-05-05 10:00", sent="2026-05-14 10:00", id="en-no-greeting"),
    # German: silent up to 72 h, then warning, error at a week
    Case("de", PLAIN_DE, expect=[(DE_GREETING, "warning")],
         interview="2026-05-12 15:00", sent="2026-05-15 16:00", id="de-73-hours-warning"),
    Case("de", PLAIN_DE, expect=[(DE_GREETING, "warning")],
         interview="2026-05-12", sent="2026-05-16", id="de-dates-four-days-warning"),
    Case("de", PLAIN_DE, expect=[(DE_GREETING, "error")],
         interview="2026-05-12 15:00", sent="2026-05-19 15:00", id="de-a-week-error"),
    Case("de", PLAIN_DE, expect=[(DE_GREETING, "error")],
         interview="2026-05-02", sent="2026-05-20", id="de-dates-weeks-error"),
    # no interview date: the note's own admissions, at info
    Case("en", en("Sorry this comes a week late."), expect=[("Sorry this comes a week late", "info")],
         id="en-cue-a-week-late"),
    Case("en", en("Sorry for the delay in getting back to you, and thank you for the interview."),
         expect=[("Sorry for the delay", "info")], id="en-cue-sorry-for-the-delay"),
    Case("en", en("Apologies for the late reply, and thanks for your time."),
         expect=[("Apologies for the late reply", "info")], id="en-cue-late-reply"),
    Case("en", en("I apologize for the delayed note."),
         expect=[("apologize for the delayed note", "info")], id="en-cue-delayed-note"),
    Case("en", en("Thank you for last week's interview."), expect=[("last week's interview", "info")],
         id="en-cue-last-weeks-interview"),
    Case("en", en("I keep thinking about our conversation two weeks ago."),
         expect=[("our conversation two weeks ago", "info")], id="en-cue-weeks-ago"),
    Case("en", en("When we spoke last week, you mentioned the new pipeline."),
         expect=[("we spoke last week", "info")], id="en-cue-spoke-last-week"),
    Case("de", de("Seit wir letzte Woche gesprochen haben, denke ich über die Stelle nach."),
         expect=[("wir letzte Woche gesprochen", "info")], id="de-cue-wir-letzte-woche"),
    Case("en", en("Belated thanks for your time on the Data Analyst role."), expect=[("Belated thanks", "info")],
         id="en-cue-belated-thanks"),
    Case("en", en("Better late than never: thank you for the interview."),
         expect=[("Better late than never", "info")], id="en-cue-better-late"),
    Case("de", de("Entschuldigung, dass ich mich erst jetzt melde."),
         expect=[("Entschuldigung, dass ich mich erst jetzt melde", "info")], id="de-cue-erst-jetzt"),
    Case("de", de("Ich komme leider erst heute dazu, mich zu bedanken."),
         expect=[("komme leider erst heute", "info")], id="de-cue-erst-heute"),
    Case("de", de("Entschuldigen Sie die späte Rückmeldung."),
         expect=[("Entschuldigen Sie die späte Rückmeldung", "info")], id="de-cue-spaete-rueckmeldung"),
    Case("de", de("Vielen Dank für unser Gespräch letzte Woche."),
         expect=[("Gespräch letzte Woche", "info")], id="de-cue-gespraech-letzte-woche"),
    Case("de", de("Vielen Dank für das Vorstellungsgespräch in der vergangenen Woche."),
         expect=[("Vorstellungsgespräch in der vergangenen Woche", "info")], id="de-cue-vergangene-woche"),
    Case("de", de("Seit wir uns vor einer Woche getroffen haben, denke ich über die Stelle nach."),
         expect=[("wir uns vor einer Woche getroffen", "info")], id="de-cue-vor-einer-woche"),
    Case("de", de("Mit verspätetem Dank für Ihre Zeit melde ich mich."),
         expect=[("verspätetem Dank", "info")], id="de-cue-verspaeteter-dank"),
]

SILENT = [
    # English: on time
    Case("en", PLAIN_EN, interview="2026-05-12 15:00", sent="2026-05-12 19:00", id="en-same-evening"),
    Case("en", PLAIN_EN, interview="2026-05-12 15:00", sent="2026-05-13 15:00", id="en-exactly-24-hours"),
    Case("en", PLAIN_EN, interview="2026-05-12", sent="2026-05-13", id="en-dates-next-day"),
    Case("en", PLAIN_EN, interview="2026-05-12", sent="2026-05-12 21:00", id="en-date-same-day"),
    # sent before the interview is another rule's business
    Case("en", PLAIN_EN, interview="2026-05-12 15:00", sent="2026-05-10 09:00", id="en-sent-before"),
    # with an interview date the dates decide, not the wording
    Case("en", en("Sorry for the delay, and thank you for last week's interview."),
         interview="2026-05-12 15:00", sent="2026-05-13 09:00", id="en-cue-but-dates-on-time"),
    # near-misses without dates
    Case("en", en("You said the launch slipped a week."), id="en-launch-slipped-a-week"),
    Case("en", en("I start my notice period next week."), id="en-notice-next-week"),
    Case("en", en("I finished the Tableau course two weeks ago."), id="en-course-weeks-ago"),
    Case("en", en("You mentioned the release shipped a week late."), id="en-release-a-week-late"),
    Case("en", en("Sorry again for the delay in starting our call."), id="en-delay-about-the-call"),
    Case("en", en("Thank you for your patience when my train was delayed."), id="en-train-delayed"),
    Case("en", en("I look forward to next week's workshop you mentioned."), id="en-next-weeks-workshop"),
    Case("en", en("Last week I read your post on data contracts, and our talk made it concrete."),
         id="en-last-week-other-topic"),
    Case("en", en("Thank you for the interview on Tuesday."), id="en-plain"),
    Case("en", en("I met your colleague Sam at a meetup last week."), id="en-met-someone-else-last-week"),
    Case("en", en("I had a call with my mentor two weeks ago about this role."), id="en-other-call-weeks-ago"),
    # German
    Case("de", PLAIN_DE, interview="2026-05-12 15:00", sent="2026-05-13 10:00", id="de-next-day"),
    Case("de", PLAIN_DE, interview="2026-05-12 15:00", sent="2026-05-15 15:00", id="de-exactly-72-hours"),
    Case("de", PLAIN_DE, interview="2026-05-12", sent="2026-05-15", id="de-dates-three-days"),
    Case("de", PLAIN_DE, interview="2026-05-12 15:00", sent="2026-05-14 16:00", id="de-49-hours-no-info"),
    Case("de", de("Entschuldigen Sie die späte Rückmeldung."),
         interview="2026-05-12 15:00", sent="2026-05-13 09:00", id="de-cue-but-dates-on-time"),
    Case("de", de("Sie erwähnten eine Woche Verzug."), id="de-eine-woche-verzug"),
    Case("de", de("Letzte Woche habe ich mein Zertifikat abgeschlossen."), id="de-zertifikat-letzte-woche"),
    Case("de", de("Erst jetzt, nach unserem Gespräch, verstehe ich die Aufgabe ganz."), id="de-erst-jetzt-verstehe"),
    Case("de", de("Das Projekt liegt, wie Sie sagten, eine Woche hinter dem Plan."), id="de-projekt-woche"),
    Case("de", de("In der nächsten Woche beginne ich meine Kündigungsfrist."), id="de-naechste-woche"),
    Case("de", de("Danke, dass Sie bei meiner Verspätung so flexibel waren."), id="de-verspaetung-flexibel"),
    Case("de", de("Vor einer Woche habe ich die Zertifizierung abgeschlossen."), id="de-vor-einer-woche-other"),
    Case("de", de("Letzte Woche habe ich Ihren Kollegen auf einer Konferenz getroffen."), id="de-kollege-getroffen"),
    Case("de", de("Letzte Woche hatte ich ein Gespräch mit meiner Mentorin über Datenteams."), id="de-anderes-gespraech"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _lint(text, tmp_path, lang="en", **meta):
    config = tmp_path / ".notelint.toml"
    config.write_text(
        "[rules.sent-too-late]\n"
        "info-hours = { en = 12 }\n"
        "error-hours = { de = 96 }\n"
        "text-cues = false\n",
        encoding="utf-8",
    )
    return notelint.lint(text, lang=lang, select=[RULE], config=str(config), **meta)


def test_thresholds_are_options(tmp_path):
    [finding] = _lint(PLAIN_EN, tmp_path, interview="2026-05-12 08:00", sent="2026-05-12 21:00")
    assert finding.severity.value == "info"
    [finding] = _lint(PLAIN_DE, tmp_path, lang="de", interview="2026-05-12", sent="2026-05-16")
    assert finding.severity.value == "error"


def test_text_cues_can_be_turned_off(tmp_path):
    assert _lint(en("Sorry for the delay."), tmp_path) == []


def test_message_names_the_delay():
    [finding] = notelint.lint(PLAIN_EN, lang="en", select=[RULE], interview="2026-05-12 15:00",
                              sent="2026-05-21 16:00")
    assert "sent 9 days after the interview" in finding.message
    [finding] = notelint.lint(PLAIN_EN, lang="en", select=[RULE], interview="2026-05-12 15:00",
                              sent="2026-05-13 21:00")
    assert "sent 30 hours after the interview" in finding.message
    [finding] = notelint.lint(PLAIN_DE, lang="de", select=[RULE], interview="2026-05-12", sent="2026-05-16")
    assert "sent 4 days after the interview" in finding.message


def test_sent_defaults_to_now():
    [finding] = notelint.lint(PLAIN_EN, lang="en", select=[RULE], interview="2020-01-01")
    assert finding.severity.value == "error"
