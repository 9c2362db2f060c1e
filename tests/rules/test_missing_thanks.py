from rulecase import Case, make_tests

RULE = "missing-thanks"

FIRES = [
    Case("en", "Dear Ms. Lee,\n\nFollowing up on today's interview for the Data Analyst role. "
               "I enjoyed hearing how your team rebuilt the sales dashboard, and I would love to help extend it.\n\n"
               "Best regards,\nAna Ruiz",
         expect=[("Following up on today's interview for the Data Analyst role. I enjoyed hearing how your team "
                  "rebuilt the sales dashboard, and I would love to help extend it.", "warning")],
         id="en-following-up"),
    Case("en", "Hi Priya,\nIt was great to meet you on Tuesday.\nThe walkthrough of the pricing model was a highlight, "
               "and I am excited about the role.\n\nBest,\nAna",
         expect=[("It was great to meet you on Tuesday.", "warning")], id="en-great-to-meet"),
    Case("en", "Dear Mr. Chen,\n\nI wanted to check in after our conversation about the analyst position. "
               "I have attached the sample report you asked for.\n\nRegards,\nAna Ruiz",
         expect=[("I wanted to check in after our conversation about the analyst position. I have attached the "
                  "sample report you asked for.", "warning")], id="en-check-in"),
    Case("en", "Dear Ms. Lee,\n\nIt was good to meet the team today and hear about the migration.\n\n"
               "The plan to rebuild the dashboards sounds like exactly the work I want to do.\n\n"
               "Thank you again for your time.\n\nBest regards,\nAna Ruiz",
         expect=[("It was good to meet the team today and hear about the migration.", "info")],
         id="en-thanks-only-in-last-paragraph"),
    Case("en", "Dear Ms. Lee,\n\nIt was good to meet the team today and hear about the migration. "
               "I would love to work on the dashboards.\n\nThanks,\nAna Ruiz",
         expect=[("It was good to meet the team today and hear about the migration. I would love to work on the "
                  "dashboards.", "info")], id="en-thanks-only-in-signoff"),
    Case("de", "Sehr geehrte Frau Weber,\n\nich melde mich wegen des Gesprächs am Dienstag über die Stelle als "
               "Datenanalystin. Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("ich melde mich wegen des Gesprächs am Dienstag über die Stelle als Datenanalystin. Ihr Plan, "
                  "die Berichtszeit zu halbieren, hat mich beschäftigt.", "warning")], id="de-ich-melde-mich"),
    Case("de", "Hallo Anna,\ndas Gespräch gestern hat mir sehr gefallen.\nIch hätte große Lust, im Datenteam "
               "mitzuarbeiten.\n\nViele Grüße\nAna",
         expect=[("das Gespräch gestern hat mir sehr gefallen.", "warning")], id="de-du-note"),
    Case("de", "Sehr geehrte Frau Weber,\n\nes war schön, Sie und Ihr Team kennenzulernen.\n\n"
               "Die Stelle passt sehr gut zu meinen Erfahrungen.\n\nNochmals herzlichen Dank für Ihre Zeit.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("es war schön, Sie und Ihr Team kennenzulernen.", "info")], id="de-thanks-only-at-the-end"),
    Case("de", "Sehr geehrte Frau Lee,\nsehr geehrter Herr Ruiz,\n\nes war schön, Sie kennenzulernen.\n\n"
               "Danke für Ihre Zeit.\n\nMit freundlichen Grüßen\nAna Ruiz",
         expect=[("es war schön, Sie kennenzulernen.", "info")], id="de-two-addressees-late-thanks"),
]

SILENT = [
    Case("en", "Dear Ms. Lee,\n\nI appreciated your time today and the tour of the analytics floor.\n\n"
               "Best regards,\nAna Ruiz", id="en-appreciated"),
    Case("en", "Dear Ms. Lee,\n\nThank you for meeting with me today about the Data Analyst role.\n\n"
               "Best regards,\nAna Ruiz", id="en-thank-you"),
    Case("en", "Dear Ms. Lee, thank you for yesterday.\nThe tour was a highlight.\n\nBest,\nAna",
         id="en-thanks-on-greeting-line"),
    Case("en", "Hi Priya,\nThanks so much for the chat on Tuesday!\n\nBest,\nAna", id="en-thanks-so-much"),
    Case("en", "Dear Mr. Chen,\n\nIt was a pleasure to meet you, and I am grateful for the candid answers about "
               "the team's roadmap.\n\nRegards,\nAna Ruiz", id="en-grateful"),
    Case("en", "Dear Mr. Chen,\n\nI want to express my gratitude for the time you and the team gave me.\n\n"
               "Regards,\nAna Ruiz", id="en-gratitude"),
    Case("en", "Dear Mr. Chen,\n\nI am thankful for the chance to meet the team.\n\nRegards,\nAna Ruiz",
         id="en-thankful"),
    Case("en", "Dear Ms. Lee,\n\nIt was good to meet you today, and thank you for the tour.\n"
               "The dashboards are impressive.\n\nBest,\nAna", id="en-thanks-later-in-first-paragraph"),
    Case("en", "Hi Priya,\nThx for the chat today, it was great.\n\nBest,\nAna", id="en-thx-is-another-rule"),
    Case("en", "Ms. Patel,\n\nThank you for the interview this afternoon.\n\nThe role is a great fit.\n\n"
               "Kind regards,\nLee Wong", id="en-bare-name-salutation"),
    Case("en", "May 12, 2026\nDear Ms. Lee,\n\nThank you for the interview this afternoon.\n\nThe role is a great fit."
               "\n\nKind regards,\nLee Wong", id="en-date-line-first"),
    Case("de", "Sehr geehrte Frau Lee,\nsehr geehrter Herr Ruiz,\n\nvielen Dank für das Gespräch am Dienstag.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-two-addressees"),
    Case("de", "Frau Weber,\n\nvielen Dank für das Gespräch.\n\nDie Stelle passt gut zu mir.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-bare-name-salutation"),
    Case("de", "Sehr geehrte Frau Weber,\n\nich bedanke mich für Ihre Zeit und das offene Gespräch.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-bedanke"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-vielen-dank"),
    Case("de", "Hallo Anna,\ndanke dir für das Gespräch gestern!\n\nViele Grüße\nAna", id="de-danke"),
    Case("de", "Sehr geehrter Herr Maier,\n\nfür das Gespräch am Montag bin ich Ihnen sehr dankbar.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-dankbar"),
    Case("de", "Sehr geehrter Herr Maier,\n\nherzlichen Dank für die Einblicke in Ihr Team.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-herzlichen-dank"),
    Case("de", "Sehr geehrter Herr Maier,\n\nich möchte mich herzlich bedanken für das Gespräch.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-bedanken"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
