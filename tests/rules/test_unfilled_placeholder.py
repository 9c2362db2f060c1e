from rulecase import Case, make_tests, run_rule

from notelint.rules._placeholders import Placeholder, find_placeholders, topic

RULE = "unfilled-placeholder"

E = "error"

FIRES = [
    Case("en", "Dear [Interviewer's Name],\n\n"
               "Thank you for meeting with me yesterday about the [Job Title] role at [Company]. "
               "I enjoyed hearing how the analytics team works, and I would love to contribute.\n\n"
               "Best regards,\n[Your Name]",
         expect=[("[Interviewer's Name]", E), ("[Job Title]", E), ("[Company]", E), ("[Your Name]", E)],
         id="en-bracket-template"),
    Case("en", "Hi {{first_name}},\n\n"
               "Thanks again for the conversation about the data platform. Your point about on-call load "
               "was refreshing, and I would be glad to help fix it at {company}.\n\nBest,\nAna Ruiz",
         expect=[("{{first_name}}", E), ("{company}", E)], id="en-template-tokens"),
    Case("en", "Dear Ms. Lee,\n\n"
               "Thank you for your time on Tuesday. (fill in something specific from the interview) "
               "I am excited about the role at <Company> and the team's plans.\n\nSincerely,\n(Your Name)",
         expect=[("(fill in something specific from the interview)", E), ("<Company>", E), ("(Your Name)", E)],
         id="en-fill-in-and-angle"),
    Case("en", "Dear %NAME%,\n\n"
               "Thank you for the interview for the XXX position. I enjoyed learning how your team plans "
               "the migration, and I am keen to help with it.\n\nBest regards,\n___",
         expect=[("%NAME%", E), ("XXX", E), ("___", E)], id="en-masks"),
    Case("en", "Dear [HIRING MANAGER],\n\n"
               "Thank you for speaking with me about the position at [COMPANY NAME]. I left the "
               "conversation keen to help your team ship the billing rewrite.\n\nBest,\nJohn Doe",
         expect=[("[HIRING MANAGER]", E), ("[COMPANY NAME]", E), ("John Doe", E)], id="en-all-caps"),
    Case("en", "Dear Ms. Okafor,\n\n"
               "Thank you for the interview on [Date]. I enjoyed the discussion about xxx and your plans "
               "for the support team.\n\nKind regards,\nAna Ruiz",
         expect=[("[Date]", E), ("xxx", E)], id="en-date-and-lowercase-mask"),
    Case("de", "Sehr geehrte Frau Weber,\n\n"
               "vielen Dank für das Gespräch bei [Firmenname] über die Stelle als [Position]. "
               "Ihr Plan, das Reporting zu automatisieren, hat mich beschäftigt.\n\n"
               "Mit freundlichen Grüßen\n[Ihr Name]",
         expect=[("[Firmenname]", E), ("[Position]", E), ("[Ihr Name]", E)], id="de-brackets"),
    Case("de", "Sehr geehrter Herr Mustermann,\n\n"
               "vielen Dank für das freundliche Gespräch. Die Aufgaben bei der Firma XY reizen mich sehr, "
               "besonders der Aufbau des Datenlagers.\n\nMit freundlichen Grüßen\nMax Mustermann",
         expect=[("Herr Mustermann", E), ("Firma XY", E), ("Max Mustermann", E)], id="de-sample-names"),
    Case("de", "Sehr geehrte Frau Musterfrau,\n\n"
               "herzlichen Dank für Ihre Zeit am Dienstag. Ich möchte sehr gern bei der Musterfirma "
               "(Firma) als [Stelle] anfangen.\n\nViele Grüße\nErika Musterfrau",
         expect=[("Frau Musterfrau", E), ("Musterfirma", E), ("(Firma)", E), ("[Stelle]", E),
                 ("Erika Musterfrau", E)], id="de-more-samples"),
    Case("de", "Hallo [Ansprechpartner],\n\n"
               "danke für das Gespräch am [Datum] bei der Muster GmbH. Ihre Frage nach meinem letzten "
               "Projekt habe ich gern beantwortet.\n\nBeste Grüße\nAna",
         expect=[("[Ansprechpartner]", E), ("[Datum]", E), ("Muster GmbH", E)], id="de-contact-date"),
    Case("de", "Sehr geehrte Frau Weber,\n\n"
               "danke für das Gespräch über die Stelle [hier einfügen]. Ich freue mich auf die nächsten "
               "Schritte bei {{company}}.\n\nMit freundlichen Grüßen\nAna Ruiz",
         expect=[("[hier einfügen]", E), ("{{company}}", E)], id="de-fill-in"),
]

SILENT = [
    Case("en", "Dear Ms. Lee,\n\n"
               "Thank you for walking me through the analytics roadmap yesterday. Slides attached [PDF, 2 pages]. "
               "Your plan to halve onboarding time stuck with me.\n\nBest regards,\nAna Ruiz", id="en-pdf-bracket"),
    Case("en", "Hi Priya,\n\n"
               "Thanks for the chat about the tooling team (see attached for the sample I mentioned). "
               "In Python the {x} notation you asked about is an f-string field. "
               "You can reach me at <ana@example.com> any time.\n\nBest,\nAna", id="en-code-email-see-attached"),
    Case("en", "Dear Mr. Ruiz,\n\n"
               "Thank you for the interview. I loved the team <3 and the focus on testing. "
               "The role (and the on-call rota you described) sounds like a good fit for me.\n\n"
               "Kind regards,\nAna Lee", id="en-heart-and-parenthetical"),
    Case("en", "Dear Ms. Doe,\n\n"
               "Thank you for the interview for the Data Analyst position at Acme Corp. "
               "The [sic] typo in the slide deck made us both laugh, and your questions about SQL were great.\n\n"
               "Best,\nJohn Smith", id="en-real-names-acme-sic"),
    Case("en", "Dear Ms. Lee,\n\n"
               "Thank you for explaining the team's priorities [budget, hiring, tooling]. "
               "I enjoyed the whiteboard session (a refreshing change) and the tour of the lab.\n\n"
               "Best regards,\nAna Ruiz", id="en-list-in-brackets"),
    Case("en", "Dear Ms. Lee,\n\nThank you! My portfolio is at https://example.com/xxx_files/a___b and the "
               "repository at github.com/ana/notes_xxx.\n\nBest,\nAna", id="en-urls"),
    Case("en", "Dear Ms. Lee,\n\nThank you for the [Company] placeholder tip.\n\nBest,\nAna",
         template=True, id="en-template-mode"),
    Case("de", "Sehr geehrte Frau Weber,\n\n"
               "vielen Dank für das Gespräch am Dienstag. Anbei die Folien [PDF, 2 Seiten]. "
               "Ihr Plan, das Onboarding zu halbieren, hat mich beschäftigt.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-pdf-bracket"),
    Case("de", "Sehr geehrter Herr Maier,\n\n"
               "herzlichen Dank für das Gespräch (siehe Anhang) über die Stelle als Analystin. "
               "Die Firma Initech und ihr Team haben mich überzeugt; das Muster, das Sie an der Tafel "
               "gezeigt haben, ist mir im Gedächtnis geblieben.\n\nMit freundlichen Grüßen\nMax Müller",
         id="de-real-names-muster-word"),
    Case("de", "Sehr geehrte Frau Weber,\n\n"
               "danke für das Gespräch. Die Aufgaben [Reporting, Controlling] passen gut zu mir. "
               "Meine E-Mail-Adresse lautet <erika@example.de>.\n\nViele Grüße\nErika Schmidt",
         id="de-list-and-email"),
    Case("de", "Sehr geehrter Herr Becker,\n\n"
               "vielen Dank für das Gespräch über die Stelle (Kennziffer 2026-17) im Controlling. "
               "Ihre Frage nach meiner Rolle [Projektleitung] im letzten Projekt habe ich gern beantwortet.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-reference-number-and-gloss"),
    Case("de", "Sehr geehrte Frau Weber,\n\n"
               "danke für das Gespräch. Wie Sie (in Ihrer Position als Teamleiterin) sagten, zählt vor allem "
               "die Datenqualität; die Vorlage {x} aus meinem Python-Beispiel schicke ich gern nach.\n\n"
               "Viele Grüße\nAna Ruiz", id="de-parenthetical-position-and-code"),
    Case("de", "Sehr geehrter Herr Dr. Muster,\n\n"
               "herzlichen Dank für den Rundgang durch die Musterproduktion in Halle 3. "
               "Die Mustererkennung, an der Ihr Team arbeitet, hat mich begeistert.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-real-surname-muster"),
    Case("de", "Liebe Frau Lange,\n\n"
               "vielen Dank für das Gespräch über die Stelle als Grafikerin. Die Entwürfe im Format "
               "[A4, quer] schicke ich Ihnen bis Freitag.\n\n"
               "Viele Grüße\nMax Schneider", id="de-format-bracket-and-max"),
    Case("en", "Dear Mr. Mustafa,\n\n"
               "Thank you for the interview for the Name Services Engineer role. The [DNS] outage story "
               "you told stuck with me, and I have handled similar ones.\n\n"
               "Best regards,\nJane Doherty", id="en-name-word-and-acronym"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_find_placeholders_returns_offsets_kind_and_name():
    text = "Hi {{first_name}}, the [Job Title] role at Firma XY. ___"
    found = find_placeholders(text)
    assert [(text[p.start:p.end], p.kind, p.name) for p in found] == [
        ("{{first_name}}", "template", "first_name"),
        ("[Job Title]", "bracket", "Job Title"),
        ("Firma XY", "sample", "Firma XY"),
        ("___", "mask", "___"),
    ]
    assert all(isinstance(p, Placeholder) for p in found)


def test_topics_drive_the_suggestion():
    assert [topic(p) for p in find_placeholders("[Company Name] [Interviewer's Name] [Job Title] [Datum] XXX")] == [
        "company", "name", "role", "date", "other",
    ]
    got = run_rule(RULE, Case("en", "Dear Ms. Lee,\n\nThanks for the talk at [Company].\n\nBest,\nAna"))
    assert got[0][2].suggestion == "Replace \"[Company]\" with the company's name."


def test_single_brace_needs_placeholder_vocabulary():
    assert find_placeholders("use {x} or {count} or {user_id}") == []
    assert [p.name for p in find_placeholders("Hi {name}, {companyName}")] == ["name", "companyName"]
