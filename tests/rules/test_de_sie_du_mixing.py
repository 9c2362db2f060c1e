from rulecase import Case, make_tests

RULE = "de-sie-du-mixing"

SIE_NOTE = (
    "Sehr geehrte Frau Weber,\n\n"
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit mit der neuen Pipeline zu halbieren, hat mich beschäftigt. "
    "Die Kolleginnen waren sehr offen. Sie zeigten mir das Tool, mit dem Sie die Berichte erstellen. "
    "Ich freue mich auf Ihre Rückmeldung.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)
DU_NOTE = (
    "Hallo Tom,\n\n"
    "danke dir für das lockere Gespräch gestern. Deine Frage nach meinem letzten Projekt hat mich zum "
    "Nachdenken gebracht, und ich habe dir die Folien angehängt. Die Leute im Team waren super. "
    "Sie zeigten mir, wie ihr eure Releases plant. Ich freue mich, von dir zu hören.\n\n"
    "Viele Grüße\nAna\n"
)

FIRES = [
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag. Danke, dass Sie sich Zeit "
               "nahmen – dein Team war toll. Ich freue mich auf Ihre Rückmeldung.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("dein", "error")], id="de-catalog-dein-in-sie-note"),
    Case("de", "Liebe Anna,\n\ndanke dir für das tolle Gespräch gestern. Deine Fragen zur Datenpipeline haben mir "
               "gezeigt, wie ihr arbeitet. Ich würde mich freuen, Ihnen bald mehr davon zu zeigen.\n\n"
               "Viele Grüße\nAna",
         expect=[("Ihnen", "error")], id="de-ihnen-in-du-note"),
    Case("de", "Sehr geehrter Herr Brandt,\n\ndanke für das Gespräch am Montag. Dein Blick auf das Produkt hat mich "
               "beeindruckt, und ich hoffe, dich bald wiederzusehen.\n\nViele Grüße\nAna Ruiz",
         expect=[("Sehr geehrter", "error")], id="de-sehr-geehrter-in-du-note"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch und die Führung durch das Büro. "
               "Dein Feedback zu meiner Fallstudie hat mir sehr geholfen.\n\nMit freundlichen Grüßen\nAna Ruiz",
         expect=[("Dein", "error")], id="de-tie-second-register-reported"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank, dass Sie sich so viel Zeit genommen haben. Bitte grüßen "
               "Sie auch das Team von mir – ich habe mich bei euch sehr wohlgefühlt. Ihre Beschreibung der "
               "Projekte hat mich überzeugt, und ich hoffe, dich bald wiederzusehen.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("euch", "error"), ("dich", "error")], id="de-two-du-words-in-sie-note"),
    Case("de", "Sehr geehrter Herr Brandt,\n\nich danke ihnen für das offene Gespräch am Montag. Besonders die "
               "Einblicke in das Data-Team haben mich überzeugt. Ich freue mich auf Ihre Rückmeldung.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("ihnen", "warning")], id="de-lowercase-ihnen"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für ihre Zeit am Dienstag. Das Gespräch über die "
               "Pipeline hat mir gezeigt, wie gut die Stelle zu mir passt. Ich melde mich bei ihnen, sobald "
               "ich die Unterlagen habe.\n\nMit freundlichen Grüßen\nAna Ruiz",
         expect=[("ihre", "warning"), ("ihnen", "warning")], id="de-lowercase-ihre-and-ihnen"),
    Case("de", "Hallo Tom,\n\ndanke dir für das lockere Gespräch. Deine Fragen waren spannend, und ich habe dir "
               "die Folien angehängt. Ich freue mich auf Ihre Antwort.\n\nViele Grüße\nAna",
         expect=[("Ihre", "error")], id="de-ihre-in-du-note"),
    Case("de", "Liebe Anna,\n\nvielen Dank für den schönen Nachmittag bei Initech. Danke Dir. Ich freue mich auf "
               "Ihre Antwort.\n\nViele Grüße\nAna", expect=[("Ihre", "error")], id="de-tie-ihre-second"),
]

SILENT = [
    Case("de", SIE_NOTE, id="de-sie-throughout-with-they"),
    Case("de", DU_NOTE, id="de-du-throughout-with-they"),
    Case("de", "Liebe Anna,\n\ndanke dir für den Einblick in eure Arbeit. Die Kolleginnen waren offen. Sie zeigten "
               "mir das Tool, mit dem ihr die Berichte baut. Ich freue mich, von dir zu hören.\n\n"
               "Liebe Grüße\nAna", id="de-catalog-sie-means-they"),
    Case("de", "Sehr geehrter Herr Brandt,\n\nvielen Dank für das Gespräch am Montag. Frau Kaya stellte mir ihr "
               "Team vor, und ich konnte mit ihnen über die Pipeline sprechen. Ich freue mich auf Ihre "
               "Rückmeldung.\n\nMit freundlichen Grüßen\nAna Ruiz", id="de-ihr-means-her"),
    Case("de", "Sehr geehrte Frau Weber,\n\nIhr Leitsatz „Du bist das Team“ ist mir im Kopf geblieben. Vielen "
               "Dank, dass Sie sich Zeit genommen haben. Ich freue mich auf Ihre Rückmeldung.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-quoted-du-motto"),
    Case("de", "Liebe Anna, lieber Tom,\n\nich danke Euch für den tollen Tag in Graz, Ihr wart großartig. Euer "
               "Team hat mich begeistert, und ich freue mich, Euch bald wiederzusehen.\n\n"
               "Liebe Grüße\nAna", id="de-plural-ihr-capitalised"),
    Case("de", "Hallo Tom,\n\ndanke dir für das Gespräch. Frau Kaya leitet bei euch das Data-Team. Ihr Ansatz "
               "für Code-Reviews hat mich beeindruckt. Ich freue mich, von dir zu hören.\n\nViele Grüße\nAna",
         id="de-sentence-initial-ihr-means-her"),
    Case("de", "Sehr geehrte Frau Weber\n\nSie haben mir am Dienstag einen offenen Einblick in Ihr Team gegeben. "
               "Dafür danke ich Ihnen herzlich. Ich freue mich auf Ihre Rückmeldung.\n\n"
               "Freundliche Grüsse\nAna Ruiz", id="de-ch-no-comma"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Die Kolleginnen aus dem Support waren "
               "sehr offen, und ich habe mit ihnen lange über Tickets gesprochen. Sie meinten, dass ihr Team "
               "bald wächst.\n\nMit freundlichen Grüßen\nAna Ruiz", id="de-ihnen-means-them"),
    Case("de", "Liebe Frau Weber,\n\nvielen Dank, dass Sie sich am Freitag so viel Zeit für mich genommen haben. "
               "Ihre Fragen zu meinem Projekt haben mir Spaß gemacht.\n\nHerzliche Grüße\nAna Ruiz",
         id="de-liebe-frau-with-sie"),
    Case("de", "Hallo Anna,\n\nDanke Dir für das offene Gespräch! Deine Tipps zum Onboarding helfen mir sehr, und "
               "ich melde mich bei Dir, sobald ich die Unterlagen habe.\n\nViele Grüße\nTom",
         id="de-capitalised-du-in-letter"),
    Case("de", "Sehr geehrte Frau Du,\n\nvielen Dank, dass Sie sich am Montag Zeit genommen haben. Frau Dir. "
               "Huber hat mir danach noch die Schule gezeigt, und Ihre Fragen zum Stundenplan haben mir "
               "gefallen.\n\nMit freundlichen Grüßen\nAna Ruiz", id="de-surname-du-and-at-direktorin"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_replacements_swap_possessives():
    from rulecase import run_rule

    got = run_rule(RULE, FIRES[0])
    assert got[0][2].replacement == "Ihr"
    got = run_rule(RULE, FIRES[1])
    assert got[0][2].replacement == "dir"
    got = run_rule(RULE, FIRES[2])
    assert got[0][2].replacement is None
    got = run_rule(RULE, FIRES[5])
    assert got[0][2].replacement == "Ihnen"
