import notelint
from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "all-caps-shouting"




W = "warning"

FIRES = [
    Case("en", en("Thank you for the interview on Monday. I am VERY EXCITED about the analyst role and the "
                  "team's roadmap."),
         expect=[("VERY EXCITED", W)], id="en-catalog"),
    Case("en", en("Thank you for the call. It was ABSOLUTELY the best part of my week."),
         expect=[("ABSOLUTELY", W)], id="en-one-long-word"),
    Case("en", en("THANK YOU SO MUCH for the tour of the plant. I'm keen to help with the line upgrade."),
         expect=[("THANK YOU SO MUCH", W)], id="en-run-with-short-words"),
    Case("en", en("Thank you for your time. I REALLY want this job, and I think I'd be a great fit. "
                  "The data work sounds GREAT."),
         expect=[("REALLY", W), ("GREAT", W)], id="en-separate-words"),
    Case("en", en("Thanks for the interview. Our AWS migration was a HUGE SUCCESS for the SAP team."),
         expect=[("HUGE SUCCESS", W)], id="en-shouting-among-acronyms"),
    Case("de", de("vielen Dank für das Gespräch. Ich bin SEHR MOTIVIERT und freue mich auf die nächsten Schritte."),
         expect=[("SEHR MOTIVIERT", W)], id="de-catalog"),
    Case("de", de("vielen Dank für die Einladung. Die Stelle passt PERFEKT zu meinem Profil."),
         expect=[("PERFEKT", W)], id="de-one-long-word"),
    Case("de", de("herzlichen Dank für Ihre Zeit. Das Projekt ist GENAU das, was ich suche, und das Team war "
                  "WIRKLICH toll."),
         expect=[("GENAU", W), ("WIRKLICH", W)], id="de-two-words"),
]

SILENT = [
    Case("en", en("Thank you for the interview. I've shipped AWS and SAP work, and I'd bring that to your "
                  "platform team."), id="en-catalog-near-miss"),
    Case("en", en("Thank you for the conversation. I've built HTML5 dashboards on JSON APIs, worked with NASA "
                  "data for UNICEF, and led a DACH rollout at Initech GmbH."), id="en-acronyms"),
    Case("en", en("Thank you for the tour. The SCRUM board, the ISO audit and the GDPR checklist all looked "
                  "familiar from my time at IKEA."), id="en-more-acronyms"),
    Case("en", en("Thank you for your time. I'd love to learn more about [COMPANY NAME] and the {{ROLE TITLE}} "
                  "you mentioned."), id="en-placeholders"),
    Case("en", en("Thank you for the interview about the ACME plant. I enjoyed the part on Henry VIII's "
                  "archives, of all things."), company="ACME Corp", id="en-company-and-roman"),
    Case("en", en("Thank you for the interview. It was a pleasure to talk about the LabVIEW rig.",
                  closing="Best regards,\nANA RUIZ\nSENIOR ENGINEER"), id="en-caps-signature"),
    Case("en", en("Thank you for the interview. The migration was a HUGE WIN for us, and the rest went well."),
         id="en-one-short-caps-word"),
    Case("en", en("Thank you for the interview. The OK from legal and the go-live on the new CRM are the "
                  "two milestones I'd tackle first."), id="en-short-caps"),
    Case("de", de("vielen Dank für das Gespräch. SAP-Projekte geleitet habe ich fünf Jahre lang, zuletzt bei "
                  "der DATEV."), id="de-catalog-near-miss"),
    Case("de", de("vielen Dank für das Gespräch. Die Arbeit mit der ZEISS-Optik und dem LIDAR-System in der "
                  "ESA-Kooperation hat mich begeistert."), id="de-firmen-akronyme"),
    Case("de", de("vielen Dank für das Gespräch. Ich habe das WLAN-Projekt bei der REWE geleitet; das war "
                  "GUT, aber nur ein Wort."), id="de-ein-kurzes-wort"),
    Case("de", de("vielen Dank für den Einblick. Meine MINT-Ausbildung und die IHK-Prüfung passen gut zur "
                  "Stelle im TÜV-Umfeld."), id="de-bindestrich-akronyme"),
    Case("de", de("vielen Dank für das Gespräch. Die DSGVO-Schulung und das ISO-Audit bei der BASF haben mich "
                  "gut vorbereitet.", closing="Mit freundlichen Grüßen\nANA RUIZ"), id="de-akronyme-signatur"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_allow_option_adds_words(tmp_path):
    text = en("Thank you for the interview. I'd bring my BOSCH experience to the ZENTRUM project.")
    assert [text[f.start:f.end] for f in notelint.lint(text, lang="en", select=[RULE])] == ["BOSCH", "ZENTRUM"]
    config = tmp_path / ".notelint.toml"
    config.write_text('[rules.all-caps-shouting]\nallow = ["BOSCH", "zentrum"]\n', encoding="utf-8")
    assert notelint.lint(text, lang="en", select=[RULE], config=str(config)) == []


def test_caps_finds_what_the_lookbehind_first_pattern_found():
    """CAPS tests the character before a run after its first capital (so the engine can skip to
    capitals); it must find what the pattern that tested it first found, from any start and end."""
    import random
    import re

    from notelint.rules.all_caps_shouting import CAPS

    before = re.compile(r"(?<![\w'’.\-/@&])[A-ZÄÖÜẞ]{2,}(?![\w'’\-/@&]|\.\w)")
    rng = random.Random(3)
    alphabet = list("AB ÄẞaB.-/@&'’1_ \nÉ")
    for _ in range(50000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert [m.span() for m in CAPS.finditer(text, start, end)] == \
            [m.span() for m in before.finditer(text, start, end)], (text, start, end)
