import notelint
from rulecase import Case, make_tests, run_rule

RULE = "aggressive-pushy"


def en(middle, greeting="Dear Ms. Lee,", closing="Best regards,\nAna Ruiz"):
    return (f"{greeting}\n\nThank you for taking the time to talk with me on Tuesday about the Data Analyst role. "
            f"I enjoyed hearing how your team cut reporting time in half. {middle}\n\n{closing}\n")


def de(middle, greeting="Sehr geehrte Frau Weber,", closing="Mit freundlichen Grüßen\nAna Ruiz"):
    return (f"{greeting}\n\nvielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
            f"Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt. {middle}\n\n{closing}\n")


FIRES = [
    # demands and deadlines: one finding per clause, a warning
    Case("en", en("I expect your decision by Friday."),
         expect=[("I expect your decision by Friday", "warning")], id="en-catalog-demand-deadline"),
    Case("en", en("Please let me know by Friday whether I am moving forward."),
         expect=[("let me know by Friday", "warning")], id="en-let-me-know-by"),
    Case("en", en("I need an answer by the end of the week, as I am planning my summer."),
         expect=[("I need an answer by the end of the week", "warning")], id="en-need-answer-by"),
    Case("en", en("I will need your decision soon."),
         expect=[("I will need your decision", "warning")], id="en-will-need-decision"),
    Case("en", en("Could you please respond ASAP?"),
         expect=[("respond ASAP", "warning")], id="en-respond-asap"),
    Case("en", en("I would appreciate a reply no later than Monday."),
         expect=[("a reply no later than Monday", "warning")], id="en-no-later-than"),
    Case("en", en("Could you get back to me by Thursday at 5 pm?"),
         expect=[("get back to me by Thursday at 5 pm", "warning")], id="en-get-back-by-time"),
    Case("en", en("I insist on a decision before the holidays start."),
         expect=[("I insist on a decision", "warning")], id="en-insist"),
    Case("en", en("Please reply within two days."),
         expect=[("reply within two days", "warning")], id="en-reply-within"),
    # pressure through other offers
    Case("en", en("I should mention that I have another offer on the table."),
         expect=[("I have another offer", "warning")], id="en-another-offer"),
    Case("en", en("I'm currently weighing two other offers."),
         expect=[("I'm currently weighing two other offers", "warning")], id="en-weighing-offers"),
    Case("en", en("Other companies are interested in my profile as well."),
         expect=[("Other companies are interested", "warning")], id="en-other-companies"),
    # two hits make every finding an error
    Case("en", en("I have another offer, so I need your decision by Friday."),
         expect=[("I have another offer", "error"), ("I need your decision by Friday", "error")],
         id="en-two-hits-error"),
    Case("en", en("If I don't hear back by Friday, I will accept another offer."),
         expect=[("If I don't hear back by Friday", "error"), ("accept another offer", "error")],
         id="en-ultimatum"),
    # reproaches are errors on their own
    Case("en", en("You said you'd call me last week."),
         expect=[("You said you'd", "error")], id="en-you-said-youd"),
    Case("en", en("You promised an answer within a week."),
         expect=[("You promised", "error")], id="en-you-promised"),
    Case("en", en("I still haven't heard from HR about the assessment."),
         expect=[("I still haven't heard", "error")], id="en-still-havent-heard"),
    Case("en", en("Why haven't you sent the case study yet?"),
         expect=[("Why haven't you", "error")], id="en-why-havent-you"),
    Case("en", en("After ten years in analytics, I deserve this role."),
         expect=[("I deserve", "error")], id="en-deserve"),
    Case("en", en("You won't regret hiring me."),
         expect=[("You won't regret", "error")], id="en-wont-regret"),
    Case("en", en("Please don't waste my time with another round."),
         expect=[("don't waste my time", "error")], id="en-waste-my-time"),
    # German
    Case("de", de("Länger kann ich nicht warten, da ich sonst ein anderes Angebot annehme."),
         expect=[("anderes Angebot annehme", "warning")], id="de-sonst-anderes-angebot-annehme"),
    Case("de", de("Ich erwarte Ihre Entscheidung bis spätestens Freitag."),
         expect=[("Ich erwarte Ihre Entscheidung bis spätestens Freitag", "warning")], id="de-catalog-demand"),
    Case("de", de("Geben Sie mir bitte bis Freitag Bescheid."),
         expect=[("Geben Sie mir bitte bis Freitag Bescheid", "warning")], id="de-bescheid-bis"),
    Case("de", de("Bitte melden Sie sich umgehend."),
         expect=[("melden Sie sich umgehend", "warning")], id="de-umgehend"),
    Case("de", de("Ich brauche Ihre Antwort bis zum 20. Mai um 17 Uhr."),
         expect=[("Ich brauche Ihre Antwort bis zum 20. Mai um 17 Uhr", "warning")], id="de-brauche-antwort"),
    Case("de", de("Ich würde mich freuen, wenn Sie sich bis Ende der Woche melden könnten."),
         expect=[("bis Ende der Woche melden", "warning")], id="de-melden-bis-ende-der-woche"),
    Case("de", de("Ich erwarte, dass Sie sich bis Montag melden."),
         expect=[("Ich erwarte, dass Sie sich bis Montag melden", "warning")], id="de-erwarte-dass"),
    Case("de", de("Mir liegt bereits ein weiteres Angebot vor."),
         expect=[("Mir liegt bereits ein weiteres Angebot", "warning")], id="de-mir-liegt-angebot-vor"),
    Case("de", de("Warum hat sich niemand bei mir gemeldet?"),
         expect=[("Warum hat sich niemand", "error")], id="de-warum-niemand"),
    Case("en", en("I've been offered another position elsewhere."),
         expect=[("I've been offered another position", "warning")], id="en-been-offered"),
    Case("en", en("I would appreciate your decision no later than next Tuesday."),
         expect=[("your decision no later than next Tuesday", "warning")], id="en-your-decision-no-later"),
    Case("de", de("Ich habe noch ein anderes Angebot."),
         expect=[("Ich habe noch ein anderes Angebot", "warning")], id="de-anderes-angebot"),
    Case("de", de("Ich erwarte Ihre Entscheidung bis spätestens Freitag, da ich noch ein anderes Angebot habe."),
         expect=[("Ich erwarte Ihre Entscheidung bis spätestens Freitag", "error"),
                 ("ich noch ein anderes Angebot habe", "error")], id="de-demand-and-offer"),
    Case("en", en("I expect your decision by Friday, since I have another offer on the table."),
         expect=[("I expect your decision by Friday", "error"), ("I have another offer", "error")],
         id="en-demand-and-offer"),
    Case("de", de("Andere Unternehmen warten bereits auf meine Zusage."),
         expect=[("Andere Unternehmen warten", "warning")], id="de-andere-unternehmen"),
    Case("de", de("Wenn ich bis Freitag nichts von Ihnen höre, nehme ich ein anderes Angebot an."),
         expect=[("Wenn ich bis Freitag nichts von Ihnen höre", "error"), ("anderes Angebot an", "error")],
         id="de-ultimatum"),
    Case("de", de("Sie haben mir versprochen, sich diese Woche zu melden."),
         expect=[("Sie haben mir versprochen", "error")], id="de-versprochen"),
    Case("de", de("Sie sagten doch, dass die Entscheidung schnell fällt."),
         expect=[("Sie sagten doch", "error")], id="de-sagten-doch"),
    Case("de", de("Ich warte immer noch auf die Unterlagen zum Assessment."),
         expect=[("Ich warte immer noch", "error")], id="de-warte-immer-noch"),
    Case("de", de("Sie sagten, Sie würden sich bis Montag melden."),
         expect=[("Sie sagten, Sie würden", "error")], id="de-sagten-sie-wuerden"),
    Case("de", de("Ich bestehe darauf, dass wir das Gehalt früh klären."),
         expect=[("Ich bestehe darauf", "warning")], id="de-bestehe-darauf"),
    Case("de", de("Sie werden es nicht bereuen."),
         expect=[("Sie werden es nicht bereuen", "error")], id="de-nicht-bereuen"),
]

SILENT = [
    Case("de", de("Ich nehme Ihr Angebot, die Unterlagen nachzureichen, gern an."), id="de-angebot-annehmen-kindly"),
    # the catalog's near-misses
    Case("en", en("You mentioned Friday; happy to send anything before then."), id="en-catalog-mentioned-friday"),
    Case("de", de("Sie nannten Freitag; gern reiche ich vorher Unterlagen nach."), id="de-catalog-nannten-freitag"),
    Case("en", en("I can start as soon as possible."), id="en-start-asap"),
    Case("en", en("I expect the role involves a lot of SQL, which suits me."), id="en-expect-role"),
    Case("en", en("I look forward to your decision."), id="en-look-forward-decision"),
    Case("de", de("Ich freue mich auf Ihre Rückmeldung."), id="de-freue-rueckmeldung"),
    Case("en", en("You said the team ships weekly, which I liked."), id="en-you-said-fact"),
    # the writer's own promises and timelines
    Case("en", en("I'll send the writing sample by Friday."), id="en-own-promise-by"),
    Case("en", en("I'll confirm my availability for the panel by Friday."), id="en-own-confirm"),
    Case("en", en("I'll get back to you by Thursday with two references."), id="en-own-get-back"),
    Case("en", en("I can send more samples as soon as possible."), id="en-own-asap"),
    Case("en", en("I'm available to start no later than June 1."), id="en-own-no-later-than"),
    Case("de", de("Ich sende Ihnen die Unterlagen umgehend zu."), id="de-own-umgehend"),
    Case("de", de("Ich kann unverzüglich anfangen."), id="de-own-unverzueglich"),
    Case("de", de("Ich reiche die Arbeitsproben bis spätestens Freitag nach."), id="de-own-bis-spaetestens"),
    Case("de", de("Ich gebe Ihnen bis Freitag Bescheid, ob der Umzug klappt."), id="de-own-bescheid"),
    Case("de", de("Ich melde mich bis Freitag mit den Referenzen bei Ihnen."), id="de-own-melde"),
    # the reader's own timeline
    Case("en", en("You mentioned a decision by Friday; I'm happy to wait."), id="en-their-timeline"),
    Case("en", en("I understand a decision is expected by mid-June."), id="en-understand-timeline"),
    Case("de", de("Sie erwähnten, dass die Entscheidung bis Freitag fällt."), id="de-their-timeline"),
    Case("en", en("There's no rush on a reply by Friday; I know the team is busy."), id="en-no-rush"),
    # harmless look-alikes
    Case("en", en("Let me know by email if you need anything else."), id="en-by-email"),
    Case("en", en("You said you'd like a writing sample, so I attached one."), id="en-you-said-youd-like"),
    Case("de", de("Sie sagten, Sie würden gern ein Beispiel sehen; es liegt bei."), id="de-sagten-gern"),
    Case("en", en("Thanks again for the samples you promised to share."), id="en-relative-promised"),
    Case("de", de("Die Unterlagen, die Sie mir versprachen, habe ich erhalten."), id="de-relative-versprachen"),
    Case("en", en("I have no other offers I am considering; this is my first choice."), id="en-no-other-offers"),
    Case("en", en("I turned down other offers to interview with you."), id="en-turned-down-offers"),
    Case("en", en("I look forward to hearing from you soon."), id="en-hear-soon"),
    Case("en", en("Your team gave me an answer right away, which I appreciated."), id="en-past-answer"),
    Case("de", de("Ich habe noch keine Erfahrung mit Rust, lerne es aber gerade."), id="de-noch-keine-erfahrung"),
    Case("de", de("Ich habe noch eine Frage zum Onboarding."), id="de-noch-eine-frage"),
    Case("de", de("Ich hoffe, ich habe Ihre Zeit nicht verschwendet."), id="de-ihre-zeit"),
    Case("en", en("I hope I didn't take too much of your time."), id="en-your-time"),
    Case("en", en("Please let me know if there is anything else I can provide."), id="en-let-me-know-if"),
    Case("en", en("I can provide two references by Friday if that helps."), id="en-own-references-by"),
    Case("en", en("I will follow up with the writing sample by tomorrow morning."), id="en-own-follow-up"),
    Case("en", en("Thanks for explaining that decisions are usually made within two weeks."),
         id="en-their-process"),
    Case("en", en("I'd welcome any feedback you have on the case study."), id="en-welcome-feedback"),
    Case("en", en("As promised, I've attached the portfolio sample we discussed."), id="en-as-promised"),
    Case("en", en("I'm available for a follow-up conversation any day next week."), id="en-available-next-week"),
    Case("en", en("I understand you'll be interviewing other candidates this week."), id="en-other-candidates"),
    Case("de", de("Über eine positive Rückmeldung würde ich mich sehr freuen."), id="de-positive-rueckmeldung"),
    Case("de", de("Sie erwähnten, dass Sie bis Ende des Monats entscheiden möchten."), id="de-their-month"),
    Case("de", de("Gern reiche ich die Referenzen umgehend nach, falls Sie diese benötigen."),
         id="de-own-umgehend-nach"),
    Case("de", de("Ich bin bis Ende Mai noch im Urlaub, danach jederzeit erreichbar."), id="de-own-bis-ende-mai"),
    Case("de", de("Ich würde mich freuen, bald von Ihnen zu hören."), id="de-bald-hoeren"),
    Case("de", de("Besonders spannend fand ich Ihren Plan, bis Ende des Jahres nach Wien zu expandieren."),
         id="de-their-plan-bis"),
    Case("en", en("Our discussion of cohort analysis gave me ideas I'd like to try by next quarter."),
         id="en-own-idea-by"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_error_hits_option_raises_the_threshold(tmp_path):
    config = tmp_path / ".notelint.toml"
    config.write_text('[rules.aggressive-pushy]\nerror-hits = 3\n', encoding="utf-8")
    text = en("I have another offer, so I need your decision by Friday.")
    findings = notelint.lint(text, lang="en", select=[RULE], config=str(config))
    assert [f.severity.value for f in findings] == ["warning", "warning"]
    assert all("pushy phrases" not in f.message for f in findings)


def test_greeting_and_signoff_are_not_read():
    case = Case("en", "Dear Ms. Lee,\n\nThank you for the interview. I enjoyed the tour of the lab and the demo. "
                      "The reporting work fits what I have done for five years.\n\nASAP,\nAna")
    assert run_rule(RULE, case) == []
