from rulecase import Case, make_tests

RULE = "missing-interest"


def en(sentence=""):
    return ("Dear Ms. Lee,\n\nThank you for your time today and for walking me through the Data Analyst role. "
            f"Your team's work on the reporting pipeline was impressive.{' ' + sentence if sentence else ''}\n\n"
            "Best regards,\nAna Ruiz\n")


def de(sentence=""):
    return ("Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag über die Stelle als "
            f"Datenanalystin. Die Einblicke in Ihre Berichtsplattform waren spannend.{' ' + sentence if sentence else ''}"
            "\n\nMit freundlichen Grüßen\nAna Ruiz\n")


EN_SPAN = ("Thank you for your time today and for walking me through the Data Analyst role. "
           "Your team's work on the reporting pipeline was impressive.")
DE_SPAN = ("vielen Dank für das Gespräch am Dienstag über die Stelle als Datenanalystin. "
           "Die Einblicke in Ihre Berichtsplattform waren spannend.")

FIRES = [
    Case("en", en(), expect=[(EN_SPAN, "info")], id="en-polite-but-lukewarm"),
    Case("en", en("I am no longer interested in relocating, though."),
         expect=[(EN_SPAN + " I am no longer interested in relocating, though.", "info")], id="en-negated"),
    Case("en", "Hi Priya,\nThanks for the chat today.\nI have attached the sample report you asked for.\n\n"
               "Best,\nAna", expect=[("Thanks for the chat today.", "info")], id="en-short"),
    Case("en", en("Please let me know if you need anything else."),
         expect=[(EN_SPAN + " Please let me know if you need anything else.", "info")], id="en-let-me-know"),
    Case("de", de(), expect=[(DE_SPAN, "info")], id="de-polite-but-lukewarm"),
    Case("de", de("Für Rückfragen stehe ich Ihnen zur Verfügung."),
         expect=[(DE_SPAN + " Für Rückfragen stehe ich Ihnen zur Verfügung.", "info")], id="de-floskel"),
    Case("de", de("Ich bin nicht motiviert, umzuziehen."),
         expect=[(DE_SPAN + " Ich bin nicht motiviert, umzuziehen.", "info")], id="de-negated"),
]

SILENT = [
    Case("en", "Hi Priya,\n\nThanks for chatting with me about the UX Researcher opening. Your weekly usability "
               "sessions are exactly the kind of close-to-the-user work I'm looking for.\n\nBest,\nSam\n",
         id="en-looking-for"),
    Case("en", en("I'm very excited about the chance to help build it."), id="en-im-excited"),
    Case("en", en("I am still interested in the role and the team."), id="en-still-interested"),
    Case("en", en("I'm eager to bring my SQL experience to it."), id="en-eager"),
    Case("en", en("I'd love to help extend it."), id="en-id-love-to"),
    Case("en", en("I believe my background makes me a great fit."), id="en-great-fit"),
    Case("en", en("I look forward to hearing from you."), id="en-look-forward"),
    Case("en", en("I am keen to hear about next steps."), id="en-keen"),
    Case("en", en("The conversation made me even more enthusiastic about joining."), id="en-enthusiastic"),
    Case("en", en("I would be glad to contribute to it."), id="en-glad-to-contribute"),
    Case("en", en("I'm confident I could help the team ship it sooner."), id="en-confident"),
    Case("de", de("Ich freue mich auf Ihre Rückmeldung."), id="de-ich-freue-mich"),
    Case("de", de("Ich habe großes Interesse an der Stelle."), id="de-grosses-interesse"),
    Case("de", de("Die Aufgaben passen sehr gut zu meiner Erfahrung."), id="de-passen"),
    Case("de", de("Das Team passt zu mir."), id="de-passt"),
    Case("de", de("Ich bin sehr motiviert, daran mitzuarbeiten."), id="de-motiviert"),
    Case("de", de("Gerne würde ich Teil Ihres Teams werden."), id="de-gerne-wuerde-ich"),
    Case("de", de("Ich würde mich freuen, das Projekt zu begleiten."), id="de-wuerde-mich-freuen"),
    Case("de", de("Die Plattform mitzugestalten, reizt mich sehr."), id="de-reizt"),
    Case("de", de("Ich bin überzeugt, dass ich viel beitragen kann."), id="de-ueberzeugt"),
    Case("de", "Hallo Lena,\n\ndanke dir nochmal für das Gespräch gestern! Die Rolle im Growth-Team klingt nach "
               "dem, was ich suche, und ich hätte große Lust, mit euch zu arbeiten.\n\nViele Grüße\nTim",
         id="de-du-note-lust"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
