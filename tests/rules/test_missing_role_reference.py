from rulecase import Case, make_tests

RULE = "missing-role-reference"

EN_NO_ROLE = (
    "Dear Ms. Lee,\n\n"
    "I enjoyed our talk yesterday. Thank you for walking me through the new sales dashboard "
    "and the team's plans for the migration. I would love to help with it.\n\n"
    "Best regards,\nAna Ruiz\n"
)
EN_NO_ROLE_SPAN = (
    "I enjoyed our talk yesterday. Thank you for walking me through the new sales dashboard "
    "and the team's plans for the migration. I would love to help with it."
)
DE_NO_ROLE = (
    "Sehr geehrte Frau Weber,\n\n"
    "das Gespräch hat mir gefallen. Vielen Dank, dass Sie mir das neue Dashboard und die Pläne "
    "für die Migration gezeigt haben. An dieser Stelle auch Dank an Ihr Team.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)
DE_NO_ROLE_SPAN = (
    "das Gespräch hat mir gefallen. Vielen Dank, dass Sie mir das neue Dashboard und die Pläne "
    "für die Migration gezeigt haben. An dieser Stelle auch Dank an Ihr Team."
)


def en(sentence):
    return f"Dear Ms. Lee,\n\nThank you for meeting with me yesterday. {sentence}\n\nBest regards,\nAna Ruiz\n"


def de(sentence):
    return (f"Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag. {sentence}\n\n"
            "Mit freundlichen Grüßen\nAna Ruiz\n")


FIRES = [
    Case("en", EN_NO_ROLE, expect=[(EN_NO_ROLE_SPAN, "warning")], id="en-no-role"),
    Case("en", EN_NO_ROLE, expect=[(EN_NO_ROLE_SPAN, "warning")], role="Data Analyst", id="en-role-known"),
    Case("en", "Hi Priya,\nThanks for the chat today.\nThe pricing model was fascinating.\n\nBest,\nAna Ruiz\n"
               "Data Analyst, Globex", expect=[("Thanks for the chat today.", "warning")], role="Data Analyst",
         id="en-role-only-in-signature"),
    Case("en", "Dear Hiring Manager,\n\nThank you for your time today. I enjoyed meeting the team.\n\nRegards,\nAna",
         expect=[("Thank you for your time today. I enjoyed meeting the team.", "warning")], id="en-short"),
    Case("de", DE_NO_ROLE, expect=[(DE_NO_ROLE_SPAN, "warning")], id="de-an-dieser-stelle"),
    Case("de", DE_NO_ROLE, expect=[(DE_NO_ROLE_SPAN, "warning")], role="Datenanalyst (m/w/d)", id="de-role-known"),
    Case("de", "Hallo Anna,\ndanke für das Gespräch gestern.\nDas Team hat mir gut gefallen, an erster Stelle "
               "die offene Art.\n\nViele Grüße\nAna",
         expect=[("danke für das Gespräch gestern.", "warning")], id="de-an-erster-stelle"),
]

SILENT = [
    Case("en", en("I enjoyed learning about the Senior Analyst role."), id="en-role-word"),
    Case("en", en("The position sounds like a great match for my experience."), id="en-position"),
    Case("en", en("This job combines the two things I enjoy most."), id="en-job"),
    Case("en", en("I am excited about the opening on your analytics team."), id="en-opening"),
    Case("en", en("The internship would be a great start for me."), id="en-internship"),
    Case("en", en("I would love to join Initech as a data analyst."), role="Data Analyst", id="en-role-metadata"),
    Case("en", en("Working as one of your data analysts would be a dream."), role="Data Analyst",
         id="en-role-plural"),
    Case("en", en("I would be glad to join as an analyst."), role="Senior Data Analyst", id="en-role-head-noun"),
    Case("en", en("I can picture myself as your next UX researcher."), role="UX Researcher", id="en-role-case"),
    Case("en", "Dear Ms. Lee, thank you for the interview for the Data Analyst position.\n\nBest,\nAna",
         id="en-role-on-greeting-line"),
    Case("de", de("Die Stelle als Datenanalystin reizt mich sehr."), id="de-stelle-als"),
    Case("de", de("Die Position im Datenteam passt gut zu meinen Erfahrungen."), id="de-position"),
    Case("de", de("Die Rolle im Team hat mich überzeugt."), id="de-rolle"),
    Case("de", de("Der Job klingt nach genau dem, was ich suche."), id="de-job"),
    Case("de", de("Das Praktikum wäre ein idealer Einstieg."), id="de-praktikum"),
    Case("de", de("Die Analystenstelle reizt mich sehr."), id="de-compound"),
    Case("de", de("Ich kann mir gut vorstellen, als Datenanalystin bei Ihnen zu arbeiten."), role="Datenanalyst",
         id="de-role-feminine"),
    Case("de", de("Die Aufgaben einer Datenanalystin reizen mich."), role="Datenanalystin (m/w/d)",
         id="de-role-with-mwd"),
    Case("de", de("Die Stellenausschreibung hatte nicht zu viel versprochen."), id="de-stellenausschreibung"),
    Case("de", de("Ich freue mich auf die Aufgaben als Projektingenieur in Ihrer Abteilung."), id="de-aufgaben-als"),
    Case("en", en("I would enjoy my work as a Marketing Coordinator on your launch."), id="en-work-as-a"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
