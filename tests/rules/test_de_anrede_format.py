from rulecase import Case, make_tests

RULE = "de-anrede-format"

BODY = (
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit mit der neuen Pipeline zu halbieren, hat mich beschäftigt. "
    "Ich freue mich auf Ihre Rückmeldung.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)
REST = (
    "für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Ich freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nAna Ruiz\n"
)


def note(anrede, body=BODY):
    return f"{anrede}\n\n{body}"


FIRES = [
    Case("de", "Sehr geehrter Frau Dr. Weber! Vielen Dank " + REST,
         expect=[("Sehr geehrter Frau", "error"), ("!", "warning")], id="de-catalog-gender-and-bang"),
    Case("de", note("Sehr geehrte Herr Brandt,"), expect=[("Sehr geehrte Herr", "error")], id="de-geehrte-herr"),
    Case("de", note("Liebe Herr Ruiz,"), expect=[("Liebe Herr", "error")], id="de-liebe-herr"),
    Case("de", note("Lieber Frau Kaya,"), expect=[("Lieber Frau", "error")], id="de-lieber-frau"),
    Case("de", note("Sehr geehrte Dr. Weber,"), expect=[("Dr.", "error")], id="de-title-without-frau"),
    Case("de", note("Sehr geehrter Professor Brandt,"), expect=[("Professor", "error")],
         id="de-professor-without-herr"),
    Case("de", note("Sehr geehrte Frau Weber,", "Vielen Dank " + REST), expect=[("Vielen", "warning")],
         id="de-capital-vielen"),
    Case("de", note("Sehr geehrter Herr Brandt,", "Ich danke Ihnen " + REST), expect=[("Ich", "warning")],
         id="de-capital-ich"),
    Case("de", "Sehr geehrte Frau Weber, Herzlichen Dank " + REST, expect=[("Herzlichen", "warning")],
         id="de-capital-same-line"),
    Case("de", note("Sehr geehrter Herr Doktor Brandt,"), expect=[("Doktor", "info")], id="de-doktor-written-out"),
    Case("de", note("Sehr geehrte Frau Prof. Weber,"), expect=[("Prof.", "info")], id="de-prof-abbreviated"),
    Case("de", note("Sehr geehrte Frau Prof. Dr. Weber,"), expect=[("Prof. Dr.", "info")], id="de-two-titles"),
    Case("de", note("Sehr geehrter Herr Professor Dr. Brandt,"), expect=[("Professor Dr.", "info")],
         id="de-professor-and-dr"),
    Case("de", note("Sehr geehrte Frau Lee, sehr geehrter Herrn Ruiz,"), expect=[("Herrn", "warning")],
         id="de-herrn-second-anrede"),
    Case("de", note("Sehr geehrter Frau Mag.a Huber,"), expect=[("Sehr geehrter Frau", "error")],
         id="de-at-gender-with-mag"),
    Case("de", "Hallo Frau Weber!\n\nDanke " + REST, expect=[("!", "warning")], id="de-hallo-bang"),
    Case("de", note("Sehr geehrte Damen und Herren,", "Vielen Dank " + REST), expect=[("Vielen", "warning")],
         id="de-damen-und-herren-capital"),
    Case("de", note("Liebe Frau Weber,\nlieber Herr Ruiz,", "Danke " + REST), expect=[("Danke", "warning")],
         id="de-two-lines-capital-danke"),
]

SILENT = [
    Case("de", note("Sehr geehrte Frau Dr. Weber,"), id="de-catalog-ok"),
    Case("de", "Sehr geehrte Frau Dr. Weber, vielen Dank " + REST, id="de-same-line-lowercase"),
    Case("de", note("Sehr geehrte Frau Mag.a Huber,"), id="de-at-mag-a"),
    Case("de", note("Sehr geehrter Herr DI Gruber,"), id="de-at-di"),
    Case("de", note("Sehr geehrter Herr Dipl.-Ing. Gruber,"), id="de-at-dipl-ing"),
    Case("de", note("Sehr geehrte Frau Mag. Dr. Huber,"), id="de-at-mag-dr"),
    Case("de", note("Sehr geehrte Frau Professorin Weber,"), id="de-professorin"),
    Case("de", note("Sehr geehrter Herr Professor Brandt,", "Ihr Vortrag über Datenqualität hat mich beeindruckt. "
                    "Vielen Dank für das Gespräch.\n\nMit freundlichen Grüßen\nAna Ruiz"), id="de-polite-ihr"),
    Case("de", note("Sehr geehrte Frau Weber,", "Sie haben mir am Dienstag einen offenen Einblick gegeben. "
                    "Vielen Dank dafür.\n\nMit freundlichen Grüßen\nAna Ruiz"), id="de-polite-sie"),
    Case("de", note("Sehr geehrte Frau Weber", "Ich danke Ihnen für das offene Gespräch am Dienstag. "
                    "Ich freue mich auf Ihre Rückmeldung.\n\nFreundliche Grüsse\nAna Ruiz"), id="de-ch-no-comma"),
    Case("de", note("Liebe Anna,", "danke dir für das Gespräch gestern. Deine Fragen waren spannend.\n\n"
                    "Viele Grüße\nAna"), id="de-du-note"),
    Case("de", note("Sehr geehrte Frau Weber,", "Frau Kaya und ich haben nach dem Gespräch noch lange über die "
                    "Pipeline gesprochen. Vielen Dank dafür.\n\nMit freundlichen Grüßen\nAna Ruiz"),
         id="de-next-word-is-a-name"),
    Case("de", note("Sehr geehrter Herr Brandt,", "Ihre Fragen zur Datenqualität haben mir gezeigt, worauf es "
                    "ankommt.\n\nMit freundlichen Grüßen\nAna Ruiz"), id="de-next-word-polite-ihre"),
    Case("de", note("Sehr geehrte Frau Lee,\nsehr geehrter Herr Ruiz,"), id="de-two-anreden"),
    Case("de", note("Sehr geehrte Frau Lee, sehr geehrter Herr Ruiz,"), id="de-two-anreden-one-line"),
    Case("de", note("Sehr geehrte Damen und Herren,"), id="de-damen-und-herren"),
    Case("de", note("Sehr geehrte Frau von der Leyen,"), id="de-name-with-particles"),
    Case("de", note("Liebe Frau Dr. Weber,"), id="de-liebe-frau-dr"),
    Case("de", note("Guten Tag Frau Weber,"), id="de-guten-tag"),
    Case("de", note("Liebes Team von Initech,", "danke für den spannenden Tag bei euch.\n\nViele Grüße\nAna"),
         id="de-liebes-team"),
    Case("de", note("Sehr geehrte Frau Dr. med. Weber,"), id="de-dr-med"),
    Case("de", note("Sehr geehrte Frau Weber,", "Ihre Doktorarbeit über Prof. Dr. Schmidts Methode kam im "
                    "Gespräch zur Sprache. Vielen Dank dafür.\n\nMit freundlichen Grüßen\nAna Ruiz"),
         id="de-titles-in-body"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_fixes():
    from rulecase import run_rule

    fixes = [f.replacement for *_, f in run_rule(RULE, FIRES[0])]
    assert fixes == ["Sehr geehrte Frau", ","]
    assert [f.replacement for *_, f in run_rule(RULE, FIRES[2])] == ["Lieber Herr"]
    assert [f.replacement for *_, f in run_rule(RULE, FIRES[4])] == ["Frau Dr."]
    assert [f.replacement for *_, f in run_rule(RULE, FIRES[5])] == ["Herr Professor"]
    assert [f.replacement for *_, f in run_rule(RULE, FIRES[10])] == ["Professorin"]
    assert [f.replacement for *_, f in run_rule(RULE, FIRES[12])] == ["Professor"]
