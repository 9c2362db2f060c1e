from rulecase import Case, make_tests

RULE = "casual-signoff"

EN = (
    "Dear Ms. Lee,\n\n"
    "Thank you for taking the time to meet with me yesterday about the Data Analyst role. "
    "I enjoyed hearing how your team cut reporting time in half, and I would love to help build on that.\n\n"
)
DE = (
    "Sehr geehrte Frau Weber,\n\n"
    "vielen Dank für das Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt. "
    "Ich freue mich auf Ihre Rückmeldung.\n\n"
)

FIRES = [
    Case("en", EN + "Thx,\nA.", expect=[("Thx", "warning")], id="en-thx-initial"),
    Case("en", EN + "Thx, A.", expect=[("Thx", "warning")], id="en-thx-same-line"),
    Case("en", EN + "Cheers,\nAna", expect=[("Cheers", "warning")], id="en-cheers"),
    Case("en", EN + "Cheers!", expect=[("Cheers", "warning")], id="en-cheers-unsigned"),
    Case("en", EN + "xoxo\nAna", expect=[("xoxo", "warning")], id="en-xoxo"),
    Case("en", EN + "Love,\nAna", expect=[("Love", "warning")], id="en-love"),
    Case("en", EN + "Later,\nAna Ruiz", expect=[("Later", "warning")], id="en-later"),
    Case("en", EN + "Cheers,\nAna Ruiz\n\nSent from my iPhone", expect=[("Cheers", "warning")],
         id="en-cheers-with-device-line"),
    Case("en", EN + "Sent from my iPhone", expect=[("Sent from my iPhone", "warning")], id="en-only-device-line"),
    Case("en", EN + "I look forward to hearing from you.",
         expect=[("I look forward to hearing from you.", "warning")], id="en-no-closing-no-name"),
    Case("en", EN + "Best regards,", expect=[("Best regards,", "warning")], id="en-closing-without-name"),
    Case("en", EN + "I look forward to hearing from you.\n\nAna Ruiz",
         expect=[("Ana Ruiz", "warning")], id="en-name-without-closing"),
    Case("en", "Hi Priya,\nThanks for today!\nCheers, Ana\nana.ruiz@example.com",
         expect=[("Cheers", "warning")], id="en-cheers-contact-line"),
    Case("de", DE + "Ana Ruiz", expect=[("Ana Ruiz", "warning")], id="de-name-without-closing"),
    Case("de", DE + "Ich freue mich auf Ihre Antwort.\n– Ana", expect=[("– Ana", "warning")],
         id="de-dash-name-without-closing"),
    Case("de", DE + "Mit freundlichen Grüßen", expect=[("Mit freundlichen Grüßen", "warning")],
         id="de-closing-without-name"),
    Case("de", DE.rstrip("\n"), expect=[("Ich freue mich auf Ihre Rückmeldung.", "warning")],
         id="de-ends-with-body"),
    Case("de", DE + "Von meinem iPhone gesendet", expect=[("Von meinem iPhone gesendet", "warning")],
         id="de-only-device-line"),
]

SILENT = [
    Case("en", EN + "Thanks again,\nAna Ruiz", id="en-thanks-again"),
    Case("en", EN + "Thanks again, Ana Ruiz", id="en-thanks-again-same-line"),
    Case("en", EN + "Best,\nAna", id="en-best"),
    Case("en", EN + "Best regards,\nAna Ruiz\n", id="en-best-regards"),
    Case("en", EN + "Kind regards,\n\nAna Ruiz", id="en-blank-line-before-name"),
    Case("en", EN + "Sincerely,\nAna Ruiz\nData Analyst\nGlobex Logistics\nana.ruiz@example.com\n"
               "+44 113 496 0000\nlinkedin.com/in/anaruiz", id="en-long-signature-block"),
    Case("en", EN + "Best regards,\nAna Ruiz\n\nSent from my iPhone", id="en-device-line-after-closing"),
    Case("en", EN + "With appreciation,\nDr. Ana de la Cruz", id="en-with-appreciation"),
    Case("en", EN + "Warm wishes,\nAna", id="en-warm-wishes"),
    Case("en", EN + "Thank you again for your time and consideration.\nAna Ruiz", id="en-thanks-line-then-name"),
    Case("en", "Dear Ms. Lee,\n\nCheers to your team for the launch! Thank you for the interview; "
               "I would love to help with the next release.\n\nBest regards,\nAna Ruiz", id="en-cheers-in-body"),
    Case("en", EN + "I will send the sample analysis later.\n\nRegards,\nAna Ruiz", id="en-later-in-body"),
    Case("en", EN + "Respectfully,\nAna Ruiz, PhD", id="en-respectfully"),
    Case("en", EN + "Looking forward to hearing from you,\nAna Ruiz", id="en-own-closing-phrase"),
    Case("en", EN + "Thank you for your consideration,\nAna Ruiz", id="en-thank-you-for-your-consideration"),
    Case("en", EN + "Best,\nAna\n\n-- \nAna Ruiz · +49 170 000000", id="en-email-signature-separator"),
    Case("de", DE + "Mit freundlichen Grüßen\nAna Ruiz", id="de-mfg-written-out"),
    Case("de", DE + "Mit freundlichem Gruß\n\nAna Ruiz", id="de-freundlichem-gruss"),
    Case("de", DE + "Mit freundlichen Grüssen\nAna Ruiz", id="de-swiss-spelling"),
    Case("de", DE + "Viele Grüße aus Leipzig\nAna Ruiz", id="de-gruesse-aus"),
    Case("de", DE + "Beste Grüße\nAna Ruiz\nana.ruiz@example.de", id="de-beste-gruesse-contact"),
    Case("de", DE + "MfG\nAna Ruiz", id="de-mfg-is-another-rule"),
    Case("de", DE + "Liebe Grüße\nAna", id="de-liebe-gruesse-is-another-rule"),
    Case("de", DE + "Mit freundlichen Grüßen\nAna Ruiz\n\nVon meinem iPhone gesendet", id="de-device-after-closing"),
    Case("de", DE + "Nochmals vielen Dank für Ihre Zeit.\nAna Ruiz", id="de-thanks-line-then-name"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
