from rulecase import Case, make_tests

RULE = "missing-greeting"

EN_BODY = (
    "Thank you for taking the time to meet with me yesterday about the Data Analyst role. "
    "I enjoyed hearing how your team cut reporting time in half with the new pipeline, "
    "and I would love to help build on that.\n\n"
    "Best regards,\nAna Ruiz\n"
)
DE_BODY = (
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt, "
    "und ich freue mich auf die nächsten Schritte.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)

FIRES = [
    Case("en", "Thank you for yesterday. I enjoyed learning about the Data Analyst role and the team's "
               "plans for the new dashboard.\n\nBest regards,\nAna Ruiz",
         expect=[("Thank you for yesterday. I enjoyed learning about the Data Analyst role and the team's "
                  "plans for the new dashboard.", "warning")], id="en-opens-with-thanks"),
    Case("en", "Following up on today's interview for the analyst position.\nIt was great to meet the team.\n\n"
               "Best,\nAna",
         expect=[("Following up on today's interview for the analyst position.", "warning")], id="en-following-up"),
    Case("en", "  I wanted to thank you for the conversation on Tuesday.\n\nKind regards,\nAna Ruiz",
         expect=[("I wanted to thank you for the conversation on Tuesday.", "warning")], id="en-indented"),
    Case("en", "Re: Data Analyst interview\n\nThank you for meeting with me today.\n\nBest regards,\nAna",
         expect=[("Re: Data Analyst interview", "warning")], id="en-subject-then-body"),
    Case("en", "Thanks so much, Priya, for showing me around the office today.\n\nBest,\nAna",
         expect=[("Thanks so much, Priya, for showing me around the office today.", "warning")],
         id="en-name-inside-sentence"),
    Case("de", "Vielen Dank für das Gespräch am Dienstag zur Stelle als Datenanalystin.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("Vielen Dank für das Gespräch am Dienstag zur Stelle als Datenanalystin.", "warning")],
         id="de-opens-with-thanks"),
    Case("de", "Ich melde mich wegen unseres Gesprächs gestern.\nEs hat mir sehr gefallen.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("Ich melde mich wegen unseres Gesprächs gestern.", "warning")], id="de-ich-melde-mich"),
    Case("de", "Danke, Frau Weber, für die Zeit, die Sie sich genommen haben.\n\nViele Grüße\nAna",
         expect=[("Danke, Frau Weber, für die Zeit, die Sie sich genommen haben.", "warning")],
         id="de-name-inside-sentence"),
]

SILENT = [
    Case("en", "Dear Ms. Okafor,\n\n" + EN_BODY, id="en-dear"),
    Case("en", "Dear Ms. Okafor, thank you for yesterday. I enjoyed the conversation.\n\nBest,\nAna",
         id="en-dear-same-line"),
    Case("en", "Hi Priya,\n" + EN_BODY, id="en-hi-name"),
    Case("en", "Hello Mr. Chen,\n\n" + EN_BODY, id="en-hello"),
    Case("en", "Good afternoon Dr. Patel,\n\n" + EN_BODY, id="en-good-afternoon"),
    Case("en", "May 12, 2026\n\nDear Ms. Okafor,\n\n" + EN_BODY, id="en-date-line-first"),
    Case("en", "Priya,\n\n" + EN_BODY, id="en-name-only"),
    Case("en", "Ms. Okafor,\n\n" + EN_BODY, id="en-title-name-only"),
    Case("en", "To whom it may concern,\n\n" + EN_BODY, id="en-generic-is-another-rule"),
    Case("en", "Hey there,\n\n" + EN_BODY, id="en-casual-is-another-rule"),
    Case("de", "Sehr geehrte Frau Okafor,\n\n" + DE_BODY, id="de-sehr-geehrte"),
    Case("de", "Sehr geehrter Herr Dr. Weber,\n\n" + DE_BODY, id="de-sehr-geehrter-dr"),
    Case("de", "Guten Tag Frau Weber,\n\n" + DE_BODY, id="de-guten-tag"),
    Case("de", "Liebe Anna,\n\n" + DE_BODY, id="de-liebe"),
    Case("de", "Werte Frau Weber,\n\n" + DE_BODY, id="de-werte"),
    Case("de", "Hallo Frau Weber,\n" + DE_BODY, id="de-hallo-is-another-rule"),
    Case("de", "Berlin, 12. Mai 2026\nSehr geehrte Frau Weber,\n" + DE_BODY, id="de-date-line-first"),
    Case("de", "Frau Weber,\n\n" + DE_BODY, id="de-name-only"),
    Case("de", "Grüezi Frau Weber,\n\n" + DE_BODY, id="de-gruezi"),
    Case("de", "Grüss Gott Herr Huber,\n\n" + DE_BODY, id="de-gruess-gott-swiss-spelling"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
