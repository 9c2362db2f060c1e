from rulecase import Case, make_tests, run_rule

RULE = "generic-salutation"

EN_BODY = (
    "Thank you for taking the time to meet with me yesterday about the Data Analyst role. "
    "I enjoyed hearing how your team cut reporting time in half, and I would love to help build on that.\n\n"
    "Best regards,\nAna Ruiz\n"
)
DE_BODY = (
    "vielen Dank für das Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)

FIRES = [
    Case("en", "To whom it may concern,\n\n" + EN_BODY, expect=[("To whom it may concern", "warning")],
         interviewer="Jana Lee", id="en-to-whom"),
    Case("en", "Dear Hiring Manager,\n\n" + EN_BODY, expect=[("Dear Hiring Manager", "warning")],
         interviewer="Jana Lee", id="en-hiring-manager"),
    Case("en", "Dear Sir or Madam:\n" + EN_BODY, expect=[("Dear Sir or Madam", "warning")],
         interviewer="Ms. Lee", id="en-sir-or-madam"),
    Case("en", "Dear Sir/Madam,\n\n" + EN_BODY, expect=[("Dear Sir/Madam", "warning")],
         interviewer="Jana Lee", id="en-sir-slash-madam"),
    Case("en", "Dear Recruiter,\n\n" + EN_BODY, expect=[("Dear Recruiter", "warning")],
         interviewer="Jana Lee", id="en-recruiter"),
    Case("en", "Hello Hiring Team,\n\n" + EN_BODY, expect=[("Hello Hiring Team", "warning")],
         interviewer="Jana Lee", id="en-hello-hiring-team"),
    Case("en", "May 12, 2026\ndear hiring manager,\n" + EN_BODY, expect=[("dear hiring manager", "warning")],
         interviewer="Jana Lee", id="en-second-line-lower-case"),
    Case("de", "Sehr geehrte Damen und Herren,\n\n" + DE_BODY, expect=[("Sehr geehrte Damen und Herren", "warning")],
         interviewer="Frau Weber", id="de-damen-und-herren"),
    Case("de", "Sehr geehrte Damen und Herren,\n\n" + DE_BODY, expect=[("Sehr geehrte Damen und Herren", "warning")],
         interviewer="Dr. Jana Weber", id="de-damen-und-herren-dr"),
    Case("de", "An wen es betrifft,\n\n" + DE_BODY, expect=[("An wen es betrifft", "warning")],
         interviewer="Jana Weber", id="de-an-wen-es-betrifft"),
    Case("de", "Sehr geehrtes Recruiting-Team,\n\n" + DE_BODY, expect=[("Sehr geehrtes Recruiting-Team", "warning")],
         interviewer="Jana Weber", id="de-recruiting-team"),
]

SILENT = [
    Case("en", "Dear Hiring Manager,\n\n" + EN_BODY, id="en-interviewer-unknown"),
    Case("en", "To whom it may concern,\n\n" + EN_BODY, id="en-to-whom-interviewer-unknown"),
    Case("en", "Dear Ms. Lee,\n\n" + EN_BODY, interviewer="Jana Lee", id="en-by-name"),
    Case("en", "Dear Ms. Lee and team,\n\n" + EN_BODY, interviewer="Jana Lee", id="en-name-and-team"),
    Case("en", "Dear Jana and the hiring team,\n\n" + EN_BODY, interviewer="Jana Lee", id="en-first-name-and-team"),
    Case("en", "Dear Ms. Lee and Hiring Committee,\n\n" + EN_BODY, interviewer="Jana Lee", id="en-name-and-committee"),
    Case("en", "Dear Ms. Lee,\n\nThank you for the interview. The recruiter mentioned the hiring manager "
               "would decide by Friday.\n\nBest regards,\nAna Ruiz", interviewer="Jana Lee",
         id="en-hiring-manager-in-body"),
    Case("en", "Dear Dr. Okafor,\n\n" + EN_BODY, interviewer="Jana Lee", id="en-other-name-is-another-rule"),
    Case("en", "Thank you for meeting with me. To whom it may concern: I am available all week.\n\nBest,\nAna",
         interviewer="Jana Lee", id="en-phrase-not-in-salutation"),
    Case("de", "Sehr geehrte Damen und Herren,\n\n" + DE_BODY, id="de-interviewer-unknown"),
    Case("de", "Sehr geehrte Frau Lee, sehr geehrter Herr Ruiz,\n\n" + DE_BODY, interviewer="Jana Lee",
         id="de-two-names"),
    Case("de", "Sehr geehrte Frau Weber, sehr geehrte Damen und Herren,\n\n" + DE_BODY, interviewer="Jana Weber",
         id="de-name-and-damen-und-herren"),
    Case("de", "Sehr geehrte Frau Weber,\n\n" + DE_BODY, interviewer="Jana Weber", id="de-by-name"),
    Case("de", "Guten Tag Frau Weber,\n\nich danke Ihnen und den Damen und Herren aus dem Team für das Gespräch.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", interviewer="Jana Weber", id="de-damen-und-herren-in-body"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_replacement_when_the_title_is_known():
    (_, _, en), = run_rule(RULE, Case("en", "Dear Hiring Manager,\n\n" + EN_BODY, interviewer="Ms. Lee"))
    assert en.replacement == "Dear Ms. Lee"
    (_, _, de), = run_rule(RULE, Case("de", "Sehr geehrte Damen und Herren,\n\n" + DE_BODY, interviewer="Herr Weber"))
    assert de.replacement == "Sehr geehrter Herr Weber"
    assert "Sehr geehrter Herr Weber" in de.suggestion


def test_no_replacement_without_a_title():
    (_, _, en), = run_rule(RULE, Case("en", "Dear Hiring Manager,\n\n" + EN_BODY, interviewer="Jana Lee"))
    assert en.replacement is None
    assert "Ms. Lee" in en.suggestion and "Jana Lee" in en.message
