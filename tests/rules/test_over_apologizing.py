import notelint
from rulecase import Case, make_tests

RULE = "over-apologizing"


def en(middle):
    return (
        "Dear Ms. Lee,\n\n"
        "Thank you for talking with me on Tuesday about the Data Analyst role. "
        f"{middle} I enjoyed hearing how your team cut reporting time in half with the new pipeline.\n\n"
        "Best regards,\nAna Ruiz\n"
    )


def de(middle):
    return (
        "Sehr geehrte Frau Weber,\n\n"
        "vielen Dank für das Gespräch am Dienstag über die Stelle als Datenanalystin. "
        f"{middle} Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt.\n\n"
        "Mit freundlichen Grüßen\nAna Ruiz\n"
    )


FIRES = [
    # the catalog's examples: intensified, so an error on each apology
    Case("en", en("So sorry again for being late; I truly apologize."),
         expect=[("So sorry again", "error"), ("I truly apologize", "error")], id="en-catalog"),
    Case("de", de("Nochmals Entschuldigung, es tut mir wirklich leid."),
         expect=[("Nochmals Entschuldigung", "error"), ("tut mir wirklich leid", "error")], id="de-catalog"),
    # one plain apology: info
    Case("en", en("Sorry about the bad connection at the start."), expect=[("Sorry", "info")], id="en-one-sorry"),
    Case("en", en("I apologize for the mix-up about the time."), expect=[("I apologize", "info")],
         id="en-one-apologize"),
    Case("en", en("My apologies for the mix-up about the time."), expect=[("My apologies", "info")],
         id="en-my-apologies"),
    Case("en", en("I regret the confusion about the room."), expect=[("I regret", "info")], id="en-i-regret"),
    Case("de", de("Entschuldigen Sie bitte das Durcheinander mit der Uhrzeit."),
         expect=[("Entschuldigen Sie bitte", "info")], id="de-entschuldigen-sie"),
    Case("de", de("Es tut mir leid, dass die Verbindung so schlecht war."), expect=[("tut mir leid", "info")],
         id="de-tut-mir-leid"),
    Case("de", de("Ich bedaure, dass die Verbindung abbrach."), expect=[("Ich bedaure", "info")],
         id="de-ich-bedaure"),
    Case("de", de("Sorry für das Durcheinander mit der Uhrzeit."), expect=[("Sorry", "info")], id="de-sorry"),
    # "thank you again" is not apologising again
    Case("en", en("Thank you once again; sorry I was a few minutes late."), expect=[("sorry", "info")],
         id="en-thanks-again-then-sorry"),
    Case("de", de("Vielen Dank nochmals, und Entschuldigung für die Verwechslung."),
         expect=[("Entschuldigung", "info")], id="de-danke-nochmals-then-entschuldigung"),
    # two plain: warning
    Case("en", en("Sorry for the confusion about the time. My bad for not checking the invite."),
         expect=[("Sorry", "warning"), ("My bad", "warning")], id="en-two-warning"),
    Case("en", en("Please forgive me for the noise, and I apologise for the dropped call."),
         expect=[("Please forgive me", "warning"), ("I apologise", "warning")], id="en-forgive-me"),
    Case("de", de("Verzeihung für das Durcheinander; ich entschuldige mich für die schlechte Verbindung."),
         expect=[("Verzeihung", "warning"), ("ich entschuldige mich", "warning")], id="de-two-warning"),
    # three plain: error
    Case("en", en("Sorry I was late. I apologize for the bad connection. Apologies for the noise, too."),
         expect=[("Sorry", "error"), ("I apologize", "error"), ("Apologies", "error")], id="en-three-error"),
    Case("de", de("Entschuldigung für die Verspätung. Ich bedauere die schlechte Verbindung. "
                  "Verzeihen Sie auch den Lärm."),
         expect=[("Entschuldigung", "error"), ("Ich bedauere", "error"), ("Verzeihen Sie", "error")],
         id="de-three-error"),
    # intensified or repeated: error even alone
    Case("en", en("Once again, I apologize for the mix-up about the time."),
         expect=[("I apologize", "error")], id="en-once-again-before"),
    Case("en", en("I'm terribly sorry about the mix-up."), expect=[("terribly sorry", "error")], id="en-terribly"),
    Case("en", en("I can't apologize enough for the mix-up."), expect=[("apologize enough", "error")],
         id="en-enough"),
    Case("en", en("Please accept my sincere apologies for the dropped call."),
         expect=[("my sincere apologies", "error")], id="en-sincere-apologies"),
    Case("en", en("I wanted to apologize once more for the dropped call."),
         expect=[("apologize once more", "error")], id="en-once-more"),
    Case("de", de("Ich bitte vielmals um Entschuldigung für die Verwechslung."),
         expect=[("bitte vielmals um Entschuldigung", "error")], id="de-vielmals"),
    Case("de", de("Ich möchte mich noch einmal für die Verspätung entschuldigen."),
         expect=[("Ich möchte mich noch einmal für die Verspätung entschuldigen", "error")], id="de-noch-einmal"),
    Case("de", de("Ich entschuldige mich erneut für die schlechte Verbindung."),
         expect=[("Ich entschuldige mich erneut", "error")], id="de-erneut"),
    Case("de", de("Es tut mir aufrichtig leid, dass ich zu spät kam."),
         expect=[("tut mir aufrichtig leid", "error")], id="de-aufrichtig"),
]

SILENT = [
    # the founding article's good pattern: turn it into thanks
    Case("en", en("Thank you for your flexibility when my train was delayed."), id="en-flexibility"),
    Case("en", en("Thank you for taking the time to answer all my questions, even as we ran long."),
         id="en-ran-long"),
    # sympathy and refusals are not apologies
    Case("en", en("I was sorry to hear about the reorganisation."), id="en-sorry-to-hear"),
    Case("en", en("I'm so sorry to hear that your launch slipped."), id="en-so-sorry-to-hear"),
    Case("en", en("I'm sorry for your loss."), id="en-sorry-for-your-loss"),
    Case("en", en("I'm sorry you had to deal with the fire alarm in the middle of our call."),
         id="en-sorry-you-had-to-deal"),
    Case("en", en("You said there was no need to apologize for the short notice."), id="en-no-need"),
    Case("en", en("You told me not to apologize for the dropped call, which was kind."), id="en-told-not-to"),
    Case("en", en("Please don't apologize for running late; I enjoyed the extra time with your team."),
         id="en-dont-apologize"),
    Case("en", en("There was truly nothing to apologize for."), id="en-nothing-to-apologize"),
    Case("en", en("I felt sorry for the team that had to migrate by hand."), id="en-feel-sorry-for"),
    Case("en", en("The old dashboards were in a sorry state, you said."), id="en-sorry-state"),
    Case("en", en("Thank you again for walking me through the data model."), id="en-thank-you-again"),
    Case("en", en("I don't regret leaving consulting: this role is why."), id="en-dont-regret"),
    # German
    Case("de", de("Danke, dass Sie bei meiner Verspätung so flexibel waren."), id="de-flexibel"),
    Case("de", de("Es tut mir leid zu hören, dass das Projekt stockt."), id="de-leid-zu-hoeren"),
    Case("de", de("Das tut mir sehr leid für Sie und Ihr Team."), id="de-leid-fuer-sie"),
    Case("de", de("Sie sagten, es gebe keinen Grund, sich zu entschuldigen."), id="de-kein-grund"),
    Case("de", de("Sie müssen sich nicht entschuldigen, sagten Sie freundlich."), id="de-muessen-sich-nicht"),
    Case("de", de("Bedauerlicherweise konnte ich die Folien nicht zeigen; ich schicke sie gern nach."),
         id="de-bedauerlicherweise"),
    Case("de", de("Im Kundendienst habe ich oft Entschuldigungsschreiben verfasst."), id="de-entschuldigungsschreiben"),
    Case("de", de("Nochmals vielen Dank für Ihre Geduld."), id="de-nochmals-danke"),
    Case("de", de("Leider ist die Verbindung kurz abgebrochen, danke für Ihre Geduld."), id="de-leider"),
    Case("de", de("Entschuldigen Sie sich bitte nicht für die kurze Verspätung Ihres Kollegen."),
         id="de-entschuldigen-sie-sich-nicht"),
    Case("de", de("Sie brauchen sich für die kurze Unterbrechung nicht zu entschuldigen."), id="de-brauchen-nicht"),
    Case("de", de("Ich möchte mich nochmals herzlich für Ihre Zeit bedanken."), id="de-nochmals-bedanken"),
    Case("de", de("Es tut mir für Sie leid, dass das Release verschoben wurde."), id="de-leid-fuer-sie-vorne"),
    Case("de", de("Ihre Frage nach meiner Entschuldigungspolitik im Support fand ich spannend."),
         id="de-compound"),
    # English
    Case("en", en("You said there was no reason to apologize for the short notice."), id="en-no-reason"),
    Case("en", en("I'm sorry to see the old dashboards go, but the new ones look great."), id="en-sorry-to-see"),
    Case("en", en("In support I learned that customers forgive quickly when you fix things fast."),
         id="en-forgive-other-sense"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _config(tmp_path, body):
    path = tmp_path / ".notelint.toml"
    path.write_text("[rules.over-apologizing]\n" + body, encoding="utf-8")
    return str(path)


def test_single_apology_can_be_accepted(tmp_path):
    config = _config(tmp_path, 'single = "off"\n')
    assert notelint.lint(en("Sorry about the bad line."), lang="en", select=[RULE], config=config) == []
    # "off" only spares a lone plain apology
    found = notelint.lint(en("So sorry about the bad line."), lang="en", select=[RULE], config=config)
    assert [f.severity.value for f in found] == ["error"]


def test_single_apology_severity_is_an_option(tmp_path):
    config = _config(tmp_path, 'single = "warning"\n')
    [finding] = notelint.lint(de("Entschuldigung für die Verwechslung."), lang="de", select=[RULE], config=config)
    assert finding.severity.value == "warning"


def test_message_and_suggestion():
    found = notelint.lint(en("So sorry again for being late; I truly apologize."), lang="en", select=[RULE])
    assert all("underlines what went wrong" in f.message for f in found)
    assert all("flexibility" in f.suggestion for f in found)
    [finding] = notelint.lint(de("Nochmals Entschuldigung."), lang="de", select=[RULE])
    assert "flexibel" in finding.suggestion
