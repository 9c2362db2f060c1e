import notelint
from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "over-flattery"




W = "warning"
GUSHING_EN = en("Thank you for the interview on Monday. Your team is amazing, your product is incredible and "
                "your vision for the platform is truly inspiring. I would love to contribute to it.")

FIRES = [
    Case("en", en("Thank you for meeting me on Friday. You're the most brilliant leader I've ever met, and I'd "
                  "love to learn from you."),
         expect=[("most brilliant leader I've ever met", W)], id="en-catalog-most-ever"),
    Case("en", GUSHING_EN, expect=[("amazing", W), ("incredible", W), ("inspiring", W)], id="en-three-gush"),
    Case("en", en("That was the best interview ever! Thank you for walking me through the roadmap and the "
                  "on-call setup."),
         expect=[("best interview ever", W)], id="en-best-ever"),
    Case("en", en("Thank you for the tour. Initech has an outstanding culture and a phenomenal office, and the "
                  "engineering talk was simply brilliant."),
         expect=[("outstanding", W), ("phenomenal", W), ("brilliant", W)], company="Initech",
         id="en-company-from-metadata"),
    Case("en", en("Thanks again. Your team is the smartest group I have ever worked with, and your approach to "
                  "onboarding is world-class."),
         expect=[("smartest group I have ever worked", W)], id="en-smartest-ever"),
    Case("de", de("vielen Dank für das Gespräch. Sie sind die beeindruckendste Führungskraft überhaupt, und ich "
                  "würde gern von Ihnen lernen."),
         expect=[("beeindruckendste Führungskraft überhaupt", W)], id="de-catalog-ueberhaupt"),
    Case("de", de("vielen Dank für die Einladung. Ihr Team ist großartig, Ihre Vision genial und Ihr neues Büro "
                  "einfach wunderbar."),
         expect=[("großartig", W), ("genial", W), ("wunderbar", W)], id="de-three-gush"),
    Case("de", de("danke für den Nachmittag. Das war das beste Gespräch, das ich je geführt habe. Ich freue mich "
                  "auf Ihre Rückmeldung."),
         expect=[("beste Gespräch, das ich je geführt", W)], id="de-je-gefuehrt"),
    Case("de", de("herzlichen Dank für Ihre Zeit. Ihr Unternehmen ist einzigartig, Ihre Produkte sind fantastisch "
                  "und Ihr Team ist unglaublich motiviert."),
         expect=[("einzigartig", W), ("fantastisch", W), ("unglaublich", W)], id="de-einzigartig"),
]

SILENT = [
    Case("en", en("Thank you for the interview. Your prioritisation framework was useful, and I've already "
                  "tried it on my own backlog."), id="en-catalog-near-miss"),
    Case("en", en("Thank you for the demo. The new scheduling app is amazing, and I'd like to help bring it to "
                  "more clinics."), id="en-one-amazing-product"),
    Case("en", en("Thank you for the conversation. Call me if you ever need more detail; email is the best way "
                  "to reach me."), id="en-ever-without-superlative"),
    Case("en", en("At Acme I signed the most clients we had ever signed in one quarter. I'd like to bring that "
                  "drive to the account team you described."), id="en-own-achievement"),
    Case("en", en("I had an amazing mentor and an incredible first manager at my last job, which taught me "
                  "what brilliant onboarding looks like."), id="en-gush-not-about-them"),
    Case("en", en("Thank you for your time. Your team's approach to testing is impressive, and the story of the "
                  "outage was inspiring. I'd welcome the next step."), id="en-two-terms-only"),
    Case("en", en("Thank you for the interview. The most useful part for me was the pairing exercise, and I "
                  "learned a lot about your deploy process."), id="en-most-without-ever"),
    Case("de", de("vielen Dank für das Gespräch. Ihr Priorisierungsansatz hat mich überzeugt, und ich habe ihn "
                  "schon am eigenen Backlog ausprobiert."), id="de-catalog-near-miss"),
    Case("de", de("danke für die Vorführung. Die neue App ist beeindruckend, und ich würde sie gern in weitere "
                  "Praxen bringen."), id="de-one-term"),
    Case("de", de("vielen Dank. Wenn überhaupt, hätte ich gern noch mehr über die Datenplattform gehört. "
                  "Ihre Fragen waren überhaupt nicht das Schwierigste."), id="de-ueberhaupt-neutral"),
    Case("de", de("vielen Dank für den Einblick. Das Wichtigste für mich war Ihr Ansatz beim Testen. "
                  "Je mehr ich darüber nachdenke, desto besser passt die Stelle."), id="de-je-desto"),
    Case("de", de("vielen Dank für das Gespräch. Die erste Runde mit Ihrem Team und die letzte Frage zur Liste "
                  "der Kunden, die je nach Region wechseln, fand ich spannend."), id="de-erste-letzte"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_min_terms_option_lowers_the_threshold(tmp_path):
    text = en("Thank you for the interview. Your team is amazing and your vision is inspiring.")
    assert notelint.lint(text, lang="en", select=[RULE]) == []
    config = tmp_path / ".notelint.toml"
    config.write_text('[rules.over-flattery]\nmin-terms = 2\n', encoding="utf-8")
    found = notelint.lint(text, lang="en", select=[RULE], config=str(config))
    assert [text[f.start:f.end] for f in found] == ["amazing", "inspiring"]
