from rulecase import Case, make_tests

RULE = "too-short"

LONG_EN = (
    "Dear Ms. Lee,\n\n"
    "Thank you for taking the time to talk with me yesterday about the Data Analyst role. "
    "I enjoyed hearing how your team cut reporting time in half with the new pipeline. "
    "That kind of practical work is exactly what I want to do next, and my SQL background would help from day one.\n\n"
    "Best regards,\nAna Ruiz\n"
)
LONG_DE = (
    "Sehr geehrte Frau Weber,\n\n"
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit mit der neuen Pipeline zu halbieren, hat mich beschäftigt. "
    "Genau an solchen praktischen Aufgaben möchte ich arbeiten, und meine SQL-Erfahrung hilft dabei vom ersten Tag an. "
    "Ich würde mich freuen, die nächsten Schritte mit Ihnen zu besprechen.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)

FIRES = [
    Case("en", "Thanks for the interview, hope to hear back.",
         expect=[("Thanks for the interview, hope to hear back.", "error")], id="en-one-liner"),
    Case("en", "Dear Ms. Lee,\nThanks for the interview, hope to hear back.\nBest,\nAna",
         expect=[("Thanks for the interview, hope to hear back.", "error")], id="en-one-liner-in-letter"),
    Case("en", "Dear Ms. Lee,\n\nThank you for the interview today. I enjoyed learning about the analyst role "
               "and the team.\nI hope to hear from you soon.\n\nBest regards,\nAna",
         expect=[("Thank you for the interview today. I enjoyed learning about the analyst role and the team.\n"
                  "I hope to hear from you soon.", "warning")], id="en-short"),
    Case("de", "Danke für das Gespräch, ich hoffe auf Rückmeldung.",
         expect=[("Danke für das Gespräch, ich hoffe auf Rückmeldung.", "error")], id="de-one-liner"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch heute. Die Stelle und das Team haben mir "
               "gut gefallen.\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nAna Ruiz",
         expect=[("vielen Dank für das Gespräch heute. Die Stelle und das Team haben mir gut gefallen.\n"
                  "Ich freue mich auf Ihre Rückmeldung.", "warning")], id="de-short"),
]

SILENT = [
    Case("en", LONG_EN, id="en-long-enough"),
    Case("de", LONG_DE, id="de-long-enough"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
