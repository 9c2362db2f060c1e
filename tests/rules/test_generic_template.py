from rulecase import Case, make_tests, run_rule

RULE = "generic-template"

W = "warning"


def en(content, expect=False, id=None, greeting="Dear Ms. Lee,", **meta):
    text = f"{greeting}\n\n{content}\n\nBest regards,\nAna Ruiz"
    return Case("en", text, expect=[(content, W)] if expect else None, id=id, **meta)


def de(content, expect=False, id=None, greeting="Sehr geehrte Frau Weber,", **meta):
    text = f"{greeting}\n\n{content}\n\nMit freundlichen Grüßen\nAna Ruiz"
    return Case("de", text, expect=[(content, W)] if expect else None, id=id, **meta)


FIRES = [
    en("Thank you for your time and consideration.", True, id="en-catalog"),
    en("Thank you for taking the time to meet with me yesterday. I enjoyed learning more about the position. "
       "I am confident that my skills and experience make me a strong fit for the role. Please do not hesitate "
       "to contact me if you need any further information. I look forward to hearing from you.",
       True, id="en-classic-template"),
    en("Thank you for meeting with me about the Senior Analyst position at Initech. I am very excited about "
       "the opportunity. I believe I would be a great fit for your team. I look forward to hearing from you.",
       True, id="en-role-and-company-are-not-anchors"),
    en("It was a pleasure speaking with you today.\nI'm confident that I would be a valuable addition.\n"
       "Please feel free to contact me with any questions.\nThanks again for your consideration.",
       True, id="en-contractions-and-lines", company="Initech"),
    en("Thank you for the interview. I appreciated the opportunity to learn about the team. I am excited "
       "about this opportunity. Some of it was new to me.", True, id="en-three-of-four"),
    en("Thank you for your time and consideration.\nExcited about this opportunity.\nLooking forward to the "
       "next steps.", True, id="en-capitals-starting-lines-are-not-names"),
    en("Thank you for your time and consideration. I am confident that my skills make me a strong fit for the "
       "Data Platform team. I look forward to hearing from you.", True, id="en-capitalised-team-name-is-the-role"),
    en("Thank you for your time and consideration. I am excited about this opportunity, and I admire Initech. "
       "I look forward to hearing from you.", True, id="en-the-company-from-the-metadata-is-no-anchor",
       company="Initech"),
    de("Für Rückfragen stehe ich gerne zur Verfügung.", True, id="de-catalog"),
    de("vielen Dank für das angenehme Gespräch. Mit großem Interesse habe ich von der Stelle erfahren. "
       "Ich bin überzeugt, dass ich eine Bereicherung für Ihr Team wäre. Für Rückfragen stehe ich Ihnen "
       "gerne zur Verfügung. Ich freue mich auf Ihre Rückmeldung.", True, id="de-floskeln"),
    de("vielen Dank für Ihre Zeit. Das Gespräch hat mir sehr gut gefallen. Ich bin mir sicher, dass ich gut "
       "in Ihr Team passe. Über eine positive Rückmeldung würde ich mich sehr freuen.", True, id="de-more-floskeln"),
    de("herzlichen Dank für das Vorstellungsgespräch. Es hat mich sehr gefreut, Sie kennenzulernen. Ich "
       "interessiere mich sehr für die Stelle. Ich freue mich auf Ihre Antwort.", True, id="de-kennenzulernen"),
]

SILENT = [
    en("Thank you for taking the time to meet with me yesterday. Your plan to halve onboarding time stuck "
       "with me. I look forward to hearing from you.", id="en-catalog-near-miss"),
    en("Thank you for the interview. The way your team runs blameless post-mortems impressed me. I look "
       "forward to hearing from you.", id="en-one-concrete-observation"),
    en("Thank you for your time yesterday. You mentioned that the support queue doubled last year; I cut a "
       "similar backlog by a third at my last job. I look forward to hearing from you.", id="en-you-mentioned"),
    en("Thank you for your time and consideration. I enjoyed learning more about the role, especially the "
       "migration to Kubernetes. I look forward to hearing from you.", id="en-proper-noun"),
    en("Thank you for your time and consideration. The dashboards your analysts build in PowerBI interest me. "
       "I look forward to hearing from you.", id="en-inner-capitals"),
    en("Thank you for your time and consideration. I would enjoy working on the API. I look forward to hearing "
       "from you.", id="en-acronym"),
    en("Thank you for your time and consideration. I am excited about this opportunity, and I admire Initech. "
       "I look forward to hearing from you.", id="en-a-name-not-in-the-metadata"),
    en("Thank you for your time and consideration. Cutting onboarding from 6 weeks to 3 sounds achievable. "
       "I look forward to hearing from you.", id="en-numbers"),
    en("Thank you for your time and consideration. We discussed how the team triages incidents, and I have "
       "some ideas. I look forward to hearing from you.", id="en-we-discussed"),
    en("Thank you for your time. Your question about my thesis made me think again about sampling bias. "
       "Please do not hesitate to contact me.", id="en-your-question"),
    en("Thank you for the tour of the warehouse. Seeing the picking robots at work made the role concrete for "
       "me, and the night-shift handover you walked me through is a problem I have solved before.",
       id="en-specific-no-stock"),
    en("Thank you for your time and consideration. I look forward to hearing from you. Our conversation about "
       "pricing experiments has stayed with me.", id="en-anchor-at-end"),
    en("Thank you for the interview.", id="en-thanks-only-is-too-short-not-generic"),
    de("vielen Dank für das Gespräch am Dienstag. Ihr Plan, das Onboarding zu halbieren, hat mich beschäftigt. "
       "Ich freue mich auf Ihre Rückmeldung.", id="de-catalog-near-miss"),
    de("vielen Dank für das Gespräch. Die Art, wie Ihr Team Fehler offen bespricht, hat mich beeindruckt. "
       "Ich freue mich auf Ihre Rückmeldung.", id="de-one-observation"),
    de("vielen Dank für Ihre Zeit. Sie erwähnten, dass die Berichte noch von Hand erstellt werden; genau das "
       "habe ich in meinem letzten Projekt automatisiert. Für Rückfragen stehe ich gerne zur Verfügung.",
       id="de-sie-erwaehnten"),
    de("vielen Dank für Ihre Zeit. Wir sprachen über die Migration der Datenbank, und ich habe dazu einige "
       "Ideen. Ich freue mich auf Ihre Rückmeldung.", id="de-wir-sprachen"),
    de("vielen Dank für Ihre Zeit. Ihre Frage nach meinem Umgang mit Konflikten hat mich zum Nachdenken "
       "gebracht. Ich freue mich auf Ihre Rückmeldung.", id="de-ihre-frage"),
    de("vielen Dank für Ihre Zeit. Die Umstellung auf SAP S/4HANA reizt mich sehr. Ich freue mich auf Ihre "
       "Rückmeldung.", id="de-acronym-anchor"),
    de("vielen Dank für Ihre Zeit. In 3 Monaten das Reporting umzustellen ist ehrgeizig, aber machbar. "
       "Ich freue mich auf Ihre Rückmeldung.", id="de-number-anchor"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_stock_share_option():
    case = en("Thank you for the interview. I am excited about this opportunity. The office was bright. "
              "The coffee was good.")
    assert run_rule(RULE, case) == []  # 1 of 3 counted sentences
    from notelint.registry import all_rules

    rule = all_rules()[RULE]
    assert rule.resolve_options({"stock-share": 0.3}, "test")["stock-share"] == 0.3
