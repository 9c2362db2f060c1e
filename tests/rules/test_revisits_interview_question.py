import notelint
from rulecase import Case, make_tests

RULE = "revisits-interview-question"


def en(*sentences):
    return ("Dear Ms. Lee,\n\nThank you for the conversation on Tuesday about the Customer Success role. "
            + " ".join(sentences) + "\n\nBest regards,\nAna Ruiz\n")


def de(*sentences):
    return ("Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag über die Stelle im "
            "Kundenservice. " + " ".join(sentences) + "\n\nMit freundlichen Grüßen\nAna Ruiz\n")


FIRES = [
    Case("de", "Hallo Lisa,\n\ndanke für das Gespräch gestern. Du hast gefragt, wie ich neuen Kolleginnen das "
               "Kassensystem erkläre: mit einem Spickzettel.\n\nViele Grüße\nTim",
         expect=[("Du hast gefragt", "info")], id="de-du-hast-gefragt"),
    Case("en", en("You asked how I would reduce churn; I have thought about it since, and I would start with "
                  "the cohort data.", "I would be glad to share a short plan."),
         expect=[("You asked how", "info")], id="en-you-asked-how"),
    Case("en", en("To follow up on your question about onboarding, here is what we changed at Acme."),
         expect=[("To follow up on your question", "info")], id="en-follow-up-on-your-question"),
    Case("en", en("I've thought more about your question on team conflict.", "My better answer is this."),
         expect=[("I've thought more about your question", "info")], id="en-thought-more"),
    Case("en", en("When you asked me what my friends would say about me, I said \"nerdy and funny\".",
                  "What I meant is that I am curious and like to explain things."),
         expect=[("When you asked me what", "info")], id="en-founding-article"),
    Case("en", en("Your question about my weaknesses stayed with me."),
         expect=[("Your question about", "info")], id="en-your-question-about"),
    Case("en", en("You asked about escalations.", "Later you asked how I prioritise tickets."),
         expect=[("You asked about", "info")], id="en-once-per-note"),
    Case("de", de("Sie fragten nach meinen Schwächen; dazu möchte ich etwas ergänzen."),
         expect=[("Sie fragten nach", "info")], id="de-sie-fragten-nach"),
    Case("de", de("Zu Ihrer Frage nach der Teamgröße: Ich habe bisher zwei Personen geführt."),
         expect=[("Zu Ihrer Frage nach", "info")], id="de-zu-ihrer-frage-nach"),
    Case("de", de("Ihre Frage nach meiner Motivation hat mich weiter beschäftigt."),
         expect=[("Ihre Frage nach", "info")], id="de-ihre-frage-beschaeftigt"),
    Case("de", de("Sie fragten mich, wie ich mit Konflikten umgehe.", "Meine Antwort war zu knapp."),
         expect=[("Sie fragten mich, wie", "info")], id="de-sie-fragten-mich"),
    Case("de", de("Ich habe über Ihre Frage zum Onboarding noch einmal nachgedacht."),
         expect=[("über Ihre Frage", "info")], id="de-ueber-ihre-frage"),
]

SILENT = [
    Case("en", en("Thank you for all your great questions.", "They made me think."), id="en-thanks-for-questions"),
    Case("en", en("You asked great questions about my portfolio."), id="en-asked-great-questions"),
    Case("en", en("If you have any further questions, please let me know."), id="en-further-questions"),
    Case("en", en("I asked you about the team's roadmap, and your answer was helpful."), id="en-i-asked"),
    Case("en", en("Please ask if anything in my portfolio is unclear."), id="en-please-ask"),
    Case("en", en("You asked for two references, so I have attached them."), id="en-asked-for-documents"),
    Case("en", en("Thank you for asking about my move to Berlin; it is going well."), id="en-thanks-for-asking"),
    Case("de", de("Bei Fragen stehe ich Ihnen gern zur Verfügung."), id="de-bei-fragen"),
    Case("de", de("Für Ihre Fragen stehe ich gern bereit."), id="de-fuer-ihre-fragen"),
    Case("de", de("Fragen Sie gern jederzeit nach Referenzen."), id="de-fragen-sie"),
    Case("de", de("Die Kolleginnen fragten sich, ob das Tool reicht.", "Sie fragten sich auch, wer es betreut."),
         id="de-fragten-sich"),
    Case("de", de("Ich habe Sie nach dem Team gefragt, und Ihre Antwort hat mir geholfen."), id="de-ich-fragte"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_message_praises_and_needs_no_fix():
    [finding] = notelint.lint(next(c for c in FIRES if c.lang == "en").text, lang="en", select=[RULE])
    assert "good practice" in finding.message
    assert finding.replacement is None


def test_greeting_is_not_scanned_but_a_run_on_first_sentence_is():
    text = "Dear You Asked About,\n\nThank you for the interview.\n\nBest regards,\nAna"
    assert notelint.lint(text, lang="en", select=[RULE]) == []
    # "Dear Ms. Lee, you asked about ..." is a salutation that runs on into the first sentence
    text = "Dear Ms. Lee, you asked about references\n\nThank you for the interview.\n\nBest regards,\nAna"
    [finding] = notelint.lint(text, lang="en", select=[RULE])
    assert text[finding.start:finding.end] == "you asked about"
